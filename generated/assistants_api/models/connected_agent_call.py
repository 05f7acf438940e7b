from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "agent_id",
        "name",
        "arguments",
        "output",
        "thread_id",
        "run_id",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

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
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "agent_id"
            agent_id = src_dict.get("agent_id", UNSET)
            if agent_id is not UNSET:
                if _strict and not (type(agent_id) is str):
                    raise expected("string", agent_id)
            else:
                _absent += 1
            _at = "name"
            name = src_dict.get("name", UNSET)
            if name is not UNSET:
                if _strict and not (type(name) is str):
                    raise expected("string", name)
            else:
                _absent += 1
            _at = "arguments"
            arguments = src_dict.get("arguments", UNSET)
            if arguments is not UNSET:
                if _strict and not (type(arguments) is str):
                    raise expected("string", arguments)
            else:
                _absent += 1
            _at = "output"
            output = src_dict.get("output", UNSET)
            if output is not UNSET:
                if _strict and not (type(output) is str or output is None):
                    raise InvalidValue("expected string or null, got " + json_type(output))
            else:
                _absent += 1
            _at = "thread_id"
            thread_id = src_dict.get("thread_id", UNSET)
            if thread_id is not UNSET:
                if _strict and not (type(thread_id) is str):
                    raise expected("string", thread_id)
            else:
                _absent += 1
            _at = "run_id"
            run_id = src_dict.get("run_id", UNSET)
            if run_id is not UNSET:
                if _strict and not (type(run_id) is str):
                    raise expected("string", run_id)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 6 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.agent_id = agent_id
        _obj.name = name
        _obj.arguments = arguments
        _obj.output = output
        _obj.thread_id = thread_id
        _obj.run_id = run_id
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

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
