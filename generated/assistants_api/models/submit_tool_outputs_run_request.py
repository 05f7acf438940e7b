from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Body of `submitToolOutputsToRun`."""

    tool_outputs: list[ToolOutput]
    """ One output per pending call. """

    stream: bool | None | Unset = UNSET
    """ When true the answer is an event stream (`text/event-stream`) instead of the run object. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
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
        field_dict["tool_outputs"] = tool_outputs
        if stream is not UNSET:
            field_dict["stream"] = stream
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        tool_outputs = []
        _tool_outputs = d.pop("tool_outputs")
        for tool_outputs_item_data in _tool_outputs:
            tool_outputs_item = ToolOutput.from_dict(tool_outputs_item_data)

            tool_outputs.append(tool_outputs_item)

        stream: bool | None | Unset
        _stream_raw = d.pop("stream", UNSET)
        if isinstance(_stream_raw, Unset):
            stream = UNSET
        elif isinstance(_stream_raw, bool):
            stream = _stream_raw
        elif _stream_raw is None:
            stream = None
        else:
            raise TypeError(f"stream: no member of the union accepts {type(_stream_raw).__name__}")

        obj = cls(
            tool_outputs=tool_outputs,
            stream=stream,
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
from ..models.tool_output import ToolOutput
