from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class FileSearchTool:
    """Lets the assistant search the vector stores attached to it or to the thread."""

    type_: Literal["file_search"]
    """ Always `file_search`. """

    file_search: FileSearchToolSettings | Unset = UNSET
    """ Tuning of the file search tool. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "file_search":
            raise ValueError(f"type must be 'file_search', not {type_!r}")
        _file_search = d.pop("file_search", UNSET)
        file_search: FileSearchToolSettings | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = FileSearchToolSettings.from_dict(_file_search)

        obj = cls(
            type_=type_,
            file_search=file_search,
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


# Imported after the class is defined, so that models referring to each other can load.
from ..models.file_search_tool_settings import FileSearchToolSettings
