from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_output import ToolOutput


T = TypeVar("T", bound="SubmitToolOutputsRunRequest")


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Body of `submitToolOutputsToRun`."""

    tool_outputs: list[ToolOutput]
    """ One output per pending call. """
    stream: bool | None | Unset = UNSET
    """ When true the answer is an event stream (`text/event-stream`) instead of the run object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_outputs = []
        for tool_outputs_item_data in self.tool_outputs:
            tool_outputs_item = tool_outputs_item_data.to_dict()
            tool_outputs.append(tool_outputs_item)

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_outputs": tool_outputs,
            }
        )
        if stream is not UNSET:
            field_dict["stream"] = stream

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.tool_output import ToolOutput

        d = dict(src_dict)
        tool_outputs = []
        _tool_outputs = d.pop("tool_outputs")
        for tool_outputs_item_data in _tool_outputs:
            tool_outputs_item = ToolOutput.from_dict(tool_outputs_item_data)

            tool_outputs.append(tool_outputs_item)

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        submit_tool_outputs_run_request = cls(
            tool_outputs=tool_outputs,
            stream=stream,
        )

        submit_tool_outputs_run_request.additional_properties = d
        return submit_tool_outputs_run_request

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
