from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaConnectedAgentToolCall:
    """Azure AI Foundry extension. A task handed to a connected agent, as it changes in a streamed step."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["connected_agent"]
    """ Always `connected_agent`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    connected_agent: ConnectedAgentCall | Unset = UNSET
    """ The call of a connected agent, with the thread and run it answered in. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        connected_agent: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connected_agent, Unset):
            connected_agent = self.connected_agent.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if connected_agent is not UNSET:
            field_dict["connected_agent"] = connected_agent
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "connected_agent":
            raise ValueError(f"type must be 'connected_agent', not {type_!r}")
        id = d.pop("id", UNSET)
        _connected_agent = d.pop("connected_agent", UNSET)
        connected_agent: ConnectedAgentCall | Unset
        if isinstance(_connected_agent, Unset):
            connected_agent = UNSET
        else:
            connected_agent = ConnectedAgentCall.from_dict(_connected_agent)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            connected_agent=connected_agent,
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
from ..models.connected_agent_call import ConnectedAgentCall
