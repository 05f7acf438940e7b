from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaBingGroundingToolCall:
    """Azure AI Foundry extension. A Bing search as it changes in a streamed step."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["bing_grounding"]
    """ Always `bing_grounding`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    bing_grounding: RunStepDeltaBingGroundingToolCallBingGrounding | Unset = UNSET
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        bing_grounding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bing_grounding, Unset):
            bing_grounding = self.bing_grounding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if bing_grounding is not UNSET:
            field_dict["bing_grounding"] = bing_grounding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "bing_grounding":
            raise ValueError(f"type must be 'bing_grounding', not {type_!r}")
        id = d.pop("id", UNSET)
        _bing_grounding = d.pop("bing_grounding", UNSET)
        bing_grounding: RunStepDeltaBingGroundingToolCallBingGrounding | Unset
        if isinstance(_bing_grounding, Unset):
            bing_grounding = UNSET
        else:
            bing_grounding = RunStepDeltaBingGroundingToolCallBingGrounding.from_dict(_bing_grounding)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            bing_grounding=bing_grounding,
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
from ..models.run_step_delta_bing_grounding_tool_call_bing_grounding import (
    RunStepDeltaBingGroundingToolCallBingGrounding,
)
