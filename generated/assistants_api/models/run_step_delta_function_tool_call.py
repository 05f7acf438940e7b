from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaFunctionToolCall:
    """Change of a function call."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["function"]
    """ Always `function`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    function: FunctionCallDelta | Unset = UNSET
    """ Name, argument text and output arriving in a delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.function, Unset):
            function = self.function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if function is not UNSET:
            field_dict["function"] = function
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "function":
            raise ValueError(f"type must be 'function', not {type_!r}")
        id = d.pop("id", UNSET)
        _function = d.pop("function", UNSET)
        function: FunctionCallDelta | Unset
        if isinstance(_function, Unset):
            function = UNSET
        else:
            function = FunctionCallDelta.from_dict(_function)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
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
from ..models.function_call_delta import FunctionCallDelta
