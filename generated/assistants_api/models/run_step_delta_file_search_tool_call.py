from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_search_call_delta import FileSearchCallDelta


T = TypeVar("T", bound="RunStepDeltaFileSearchToolCall")


@_attrs_define
class RunStepDeltaFileSearchToolCall:
    """Change of a file search call."""

    index: int
    """ Position of the call in the step's tool call list. """
    type_: Literal["file_search"]
    """ Always `file_search`. """
    file_search: FileSearchCallDelta
    """ File search data arriving in a delta (currently always an empty object). """
    id: str | Unset = UNSET
    """ ID of the call. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        type_ = self.type_

        file_search = self.file_search.to_dict()

        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "type": type_,
                "file_search": file_search,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_search_call_delta import FileSearchCallDelta

        d = dict(src_dict)
        index = d.pop("index")

        type_ = cast(Literal["file_search"], d.pop("type"))
        if type_ != "file_search":
            raise ValueError(f"type must match const 'file_search', got '{type_}'")

        file_search = FileSearchCallDelta.from_dict(d.pop("file_search"))

        id = d.pop("id", UNSET)

        run_step_delta_file_search_tool_call = cls(
            index=index,
            type_=type_,
            file_search=file_search,
            id=id,
        )

        run_step_delta_file_search_tool_call.additional_properties = d
        return run_step_delta_file_search_tool_call

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
