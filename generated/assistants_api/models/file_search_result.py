from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_number
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "file_id",
        "file_name",
        "score",
        "content",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class FileSearchResult:
    """One file search hit."""

    file_id: str
    """ ID of the file the hit is in. """

    file_name: str
    """ Name of that file. """

    score: float
    """ Relevance from 0 to 1. """

    content: list[FileSearchResultContent] | Unset = UNSET
    """ Content of the hit; only present when asked for through `include[]`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_id = self.file_id
        file_name = self.file_name
        score = self.score
        content: Any
        if isinstance(self.content, list):
            content = []
            for content_item_data in self.content:
                content_item = (
                    content_item_data.to_dict()
                    if isinstance(content_item_data, FileSearchResultContent)
                    else content_item_data
                )

                content.append(content_item)
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_id"] = file_id
        field_dict["file_name"] = file_name
        field_dict["score"] = score
        if content is not UNSET:
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

            _at = "file_name"
            file_name = src_dict.get("file_name", MISSING)
            if file_name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "file_name"]
                file_name = None
            else:
                if _strict and not (type(file_name) is str):
                    raise expected("string", file_name)

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

            _at = "content"
            content = src_dict.get("content", UNSET)
            if content is not UNSET:
                if type(content) is list:
                    _content_items = content
                    content = []
                    try:
                        for content_item_data in _content_items:
                            content_item = content_item_data
                            if type(content_item) is dict:
                                content_item = FileSearchResultContent.from_dict(content_item, _strict)
                            elif _strict:
                                raise expected("object", content_item)

                            content.append(content_item)
                    except InvalidValue as _error:
                        raise _error.at(len(content)) from None
                elif _strict:
                    raise expected("array", content)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 4 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.file_id = file_id
        _obj.file_name = file_name
        _obj.score = score
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
from ..models.file_search_result_content import FileSearchResultContent
