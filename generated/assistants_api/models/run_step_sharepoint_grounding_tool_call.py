from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class RunStepSharepointGroundingToolCall:
    """Azure AI Foundry extension. A SharePoint search made in a step."""

    id: str
    """ ID of the call. """

    type_: Literal["sharepoint_grounding"]
    """ Always `sharepoint_grounding`. """

    sharepoint_grounding: RunStepSharepointGroundingToolCallSharepointGrounding
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        type_ = self.type_
        sharepoint_grounding = self.sharepoint_grounding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        field_dict["sharepoint_grounding"] = sharepoint_grounding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        type_ = d.pop("type")
        if type_ != "sharepoint_grounding":
            raise ValueError(f"type must be 'sharepoint_grounding', not {type_!r}")
        sharepoint_grounding = RunStepSharepointGroundingToolCallSharepointGrounding.from_dict(
            d.pop("sharepoint_grounding")
        )

        obj = cls(
            id=id,
            type_=type_,
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
from ..models.run_step_sharepoint_grounding_tool_call_sharepoint_grounding import (
    RunStepSharepointGroundingToolCallSharepointGrounding,
)
