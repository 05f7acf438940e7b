from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_tool_call_type import RunToolCallType


@_attrs_define
class RunToolCallObject:
    """A function call the run waits for; answer it through `submitToolOutputsToRun`."""

    id: str
    """ ID of the call (`call_...`); quote it as `tool_call_id` in the output. """

    type_: RunToolCallType
    """ Kind of the pending tool call; only `function` today. """

    function: RunToolCallFunction
    """ The function the model wants called. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        type_ = self.type_.value
        function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        field_dict["function"] = function
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        type_ = RunToolCallType(d.pop("type"))

        function = RunToolCallFunction.from_dict(d.pop("function"))

        obj = cls(
            id=id,
            type_=type_,
            function=function,
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
from ..models.run_tool_call_function import RunToolCallFunction
