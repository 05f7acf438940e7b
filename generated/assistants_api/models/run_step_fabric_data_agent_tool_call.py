from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class RunStepFabricDataAgentToolCall:
    """Azure AI Foundry extension. A question to a Fabric data agent made in a step."""

    id: str
    """ ID of the call. """

    type_: Literal["fabric_dataagent"]
    """ Always `fabric_dataagent`. """

    fabric_dataagent: RunStepFabricDataAgentToolCallFabricDataagent
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        type_ = self.type_
        fabric_dataagent = self.fabric_dataagent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        field_dict["fabric_dataagent"] = fabric_dataagent
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        type_ = d.pop("type")
        if type_ != "fabric_dataagent":
            raise ValueError(f"type must be 'fabric_dataagent', not {type_!r}")
        fabric_dataagent = RunStepFabricDataAgentToolCallFabricDataagent.from_dict(d.pop("fabric_dataagent"))

        obj = cls(
            id=id,
            type_=type_,
            fabric_dataagent=fabric_dataagent,
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
from ..models.run_step_fabric_data_agent_tool_call_fabric_dataagent import RunStepFabricDataAgentToolCallFabricDataagent
