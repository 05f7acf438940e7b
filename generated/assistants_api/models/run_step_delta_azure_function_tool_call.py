from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaAzureFunctionToolCall:
    """Azure AI Foundry extension. A call of an Azure Function as it changes in a streamed step."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["azure_function"]
    """ Always `azure_function`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    azure_function: FunctionCallDelta | Unset = UNSET
    """ Name, argument text and output arriving in a delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        azure_function: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_function, Unset):
            azure_function = self.azure_function.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if azure_function is not UNSET:
            field_dict["azure_function"] = azure_function
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "azure_function":
            raise ValueError(f"type must be 'azure_function', not {type_!r}")
        id = d.pop("id", UNSET)
        _azure_function = d.pop("azure_function", UNSET)
        azure_function: FunctionCallDelta | Unset
        if isinstance(_azure_function, Unset):
            azure_function = UNSET
        else:
            azure_function = FunctionCallDelta.from_dict(_azure_function)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            azure_function=azure_function,
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
