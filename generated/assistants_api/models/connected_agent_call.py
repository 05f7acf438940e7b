from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class ConnectedAgentCall:
    """The call of a connected agent, with the thread and run it answered in."""

    agent_id: str | Unset = UNSET
    """ ID of the connected agent. """

    name: str | Unset = UNSET
    """ Name under which it was called. """

    arguments: str | Unset = UNSET
    """ The task handed to it, as JSON text. """

    output: None | str | Unset = UNSET
    """ Its answer, once it has one. """

    thread_id: str | Unset = UNSET
    """ The thread the connected agent worked in. """

    run_id: str | Unset = UNSET
    """ The run of the connected agent. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        agent_id = self.agent_id
        name = self.name
        arguments = self.arguments
        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        thread_id = self.thread_id
        run_id = self.run_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output
        if thread_id is not UNSET:
            field_dict["thread_id"] = thread_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        agent_id = d.pop("agent_id", UNSET)
        name = d.pop("name", UNSET)
        arguments = d.pop("arguments", UNSET)
        output: None | str | Unset
        _output_raw = d.pop("output", UNSET)
        if isinstance(_output_raw, Unset):
            output = UNSET
        elif isinstance(_output_raw, str):
            output = _output_raw
        elif _output_raw is None:
            output = None
        else:
            raise TypeError(f"output: no member of the union accepts {type(_output_raw).__name__}")

        thread_id = d.pop("thread_id", UNSET)
        run_id = d.pop("run_id", UNSET)

        obj = cls(
            agent_id=agent_id,
            name=name,
            arguments=arguments,
            output=output,
            thread_id=thread_id,
            run_id=run_id,
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
