from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "text",
        "file_citation",
        "start_index",
        "end_index",
    )
)


@_attrs_define
class FileCitationAnnotation:
    """Marks a span of the text that cites a file found by file search."""

    type: Literal["file_citation"]
    """ Always `file_citation`. """

    text: str
    """ The span of the message text that is replaced by the citation. """

    file_citation: FileCitation
    """ The file a citation points to. """

    start_index: int
    """ Start offset of the span. """

    end_index: int
    """ End offset of the span. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type
        text = self.text
        file_citation = (
            self.file_citation.to_dict() if isinstance(self.file_citation, FileCitation) else self.file_citation
        )

        start_index = self.start_index
        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["text"] = text
        field_dict["file_citation"] = file_citation
        field_dict["start_index"] = start_index
        field_dict["end_index"] = end_index
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if _strict and type_ != "file_citation":
                    raise InvalidValue("expected 'file_citation'")
            _at = "text"
            text = src_dict.get("text", MISSING)
            if text is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "text"]
                text = None
            else:
                if _strict and not (type(text) is str):
                    raise expected("string", text)

            _at = "file_citation"
            file_citation = src_dict.get("file_citation", MISSING)
            if file_citation is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "file_citation"]
                file_citation = None
            else:
                if type(file_citation) is dict:
                    file_citation = FileCitation.from_dict(file_citation, _strict)
                elif _strict:
                    raise expected("object", file_citation)

            _at = "start_index"
            start_index = src_dict.get("start_index", MISSING)
            if start_index is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "start_index"]
                start_index = None
            else:
                if _strict and not (is_integer(start_index)):
                    raise expected("integer", start_index)

            _at = "end_index"
            end_index = src_dict.get("end_index", MISSING)
            if end_index is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "end_index"]
                end_index = None
            else:
                if _strict and not (is_integer(end_index)):
                    raise expected("integer", end_index)

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
        _obj.type = type_
        _obj.text = text
        _obj.file_citation = file_citation
        _obj.start_index = start_index
        _obj.end_index = end_index
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
from ..models.file_citation import FileCitation
