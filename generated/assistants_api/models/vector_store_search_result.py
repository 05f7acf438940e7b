from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_number, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "file_id",
        "filename",
        "score",
        "attributes",
        "content",
    )
)


@_attrs_define
class VectorStoreSearchResult:
    """One matching chunk."""

    file_id: str
    """ ID of the file the chunk is from. """

    filename: str
    """ Name of that file. """

    score: float
    """ Relevance from 0 to 1. """

    attributes: None | VectorStoreFileAttributes

    content: list[VectorStoreTextContent]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_id = self.file_id
        filename = self.filename
        score = self.score
        attributes: dict[str, Any] | None
        if isinstance(self.attributes, VectorStoreFileAttributes):
            attributes = (
                self.attributes.to_dict() if isinstance(self.attributes, VectorStoreFileAttributes) else self.attributes
            )

        else:
            attributes = self.attributes

        content: Any
        if isinstance(self.content, list):
            content = []
            for content_item_data in self.content:
                content_item = (
                    content_item_data.to_dict()
                    if isinstance(content_item_data, VectorStoreTextContent)
                    else content_item_data
                )

                content.append(content_item)
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_id"] = file_id
        field_dict["filename"] = filename
        field_dict["score"] = score
        field_dict["attributes"] = attributes
        field_dict["content"] = content
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "file_id"
            file_id = src_dict.get("file_id", MISSING)
            if file_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "file_id"]
                file_id = None
            else:
                if _strict and not (type(file_id) is str):
                    raise expected("string", file_id)

            _at = "filename"
            filename = src_dict.get("filename", MISSING)
            if filename is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "filename"]
                filename = None
            else:
                if _strict and not (type(filename) is str):
                    raise expected("string", filename)

            _at = "score"
            score = src_dict.get("score", MISSING)
            if score is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "score"]
                score = None
            else:
                if _strict and not (is_number(score)):
                    raise expected("number", score)

            _at = "attributes"
            attributes = src_dict.get("attributes", MISSING)
            if attributes is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "attributes"]
                attributes = None
            else:
                if attributes is None:
                    pass
                elif type(attributes) is dict:
                    attributes = VectorStoreFileAttributes.from_dict(attributes, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(attributes))

            _at = "content"
            content = src_dict.get("content", MISSING)
            if content is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "content"]
                content = None
            else:
                if type(content) is list:
                    _content_items = content
                    content = []
                    try:
                        for content_item_data in _content_items:
                            content_item = content_item_data
                            if type(content_item) is dict:
                                content_item = VectorStoreTextContent.from_dict(content_item, _strict)
                            elif _strict:
                                raise expected("object", content_item)

                            content.append(content_item)
                    except InvalidValue as _error:
                        raise _error.at(len(content)) from None
                elif _strict:
                    raise expected("array", content)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 5 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.file_id = file_id
        _obj.filename = filename
        _obj.score = score
        _obj.attributes = attributes
        _obj.content = content
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported after the class is defined, so that models referring to each other can load.
from ..models.vector_store_file_attributes import VectorStoreFileAttributes
from ..models.vector_store_text_content import VectorStoreTextContent
