from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_result_content_type import FileSearchResultContentType
from ..types import UNSET, Unset


@_attrs_define
class FileSearchResultContent:
    """A piece of the content of a file search hit."""

    type_: FileSearchResultContentType | Unset = UNSET
    """ Kind of result content; only `text` today. """

    text: str | Unset = UNSET
    """ The text of the hit. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if type_ is not UNSET:
            field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: FileSearchResultContentType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = FileSearchResultContentType(_type_)

        text = d.pop("text", UNSET)

        obj = cls(
            type_=type_,
            text=text,
        )
        obj.additional_properties = d
        return obj

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
