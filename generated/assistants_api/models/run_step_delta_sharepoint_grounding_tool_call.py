from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaSharepointGroundingToolCall:
    """Azure AI Foundry extension. A SharePoint search as it changes in a streamed step."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["sharepoint_grounding"]
    """ Always `sharepoint_grounding`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    sharepoint_grounding: RunStepDeltaSharepointGroundingToolCallSharepointGrounding | Unset = UNSET
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        sharepoint_grounding: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sharepoint_grounding, Unset):
            sharepoint_grounding = self.sharepoint_grounding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if sharepoint_grounding is not UNSET:
            field_dict["sharepoint_grounding"] = sharepoint_grounding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "sharepoint_grounding":
            raise ValueError(f"type must be 'sharepoint_grounding', not {type_!r}")
        id = d.pop("id", UNSET)
        _sharepoint_grounding = d.pop("sharepoint_grounding", UNSET)
        sharepoint_grounding: RunStepDeltaSharepointGroundingToolCallSharepointGrounding | Unset
        if isinstance(_sharepoint_grounding, Unset):
            sharepoint_grounding = UNSET
        else:
            sharepoint_grounding = RunStepDeltaSharepointGroundingToolCallSharepointGrounding.from_dict(
                _sharepoint_grounding
            )

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            sharepoint_grounding=sharepoint_grounding,
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
from ..models.run_step_delta_sharepoint_grounding_tool_call_sharepoint_grounding import (
    RunStepDeltaSharepointGroundingToolCallSharepointGrounding,
)
