from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_search_call import FileSearchCall


T = TypeVar("T", bound="RunStepFileSearchToolCall")


@_attrs_define
class RunStepFileSearchToolCall:
    """A file search call made in a step."""

    id: str
    """ ID of the call. """
    type_: Literal["file_search"]
    """ Always `file_search`. """
    file_search: FileSearchCall
    """ Settings and hits of a file search call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        file_search = self.file_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "file_search": file_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_search_call import FileSearchCall

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        file_search = FileSearchCall.from_dict(d.pop("file_search"))

        run_step_file_search_tool_call = cls(
            id=id,
            type_=type_,
            file_search=file_search,
        )

        run_step_file_search_tool_call.additional_properties = d
        return run_step_file_search_tool_call

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
