from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class AzureFunctionSettings:
    """The function's signature and its queues."""

    function: FunctionDefinition
    """ Name, purpose and argument schema of a callable function. """

    input_binding: AzureFunctionBinding
    """ A storage queue the function reads from or writes to. """

    output_binding: AzureFunctionBinding
    """ A storage queue the function reads from or writes to. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        function = self.function.to_dict()
        input_binding = self.input_binding.to_dict()
        output_binding = self.output_binding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["function"] = function
        field_dict["input_binding"] = input_binding
        field_dict["output_binding"] = output_binding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        function = FunctionDefinition.from_dict(d.pop("function"))

        input_binding = AzureFunctionBinding.from_dict(d.pop("input_binding"))

        output_binding = AzureFunctionBinding.from_dict(d.pop("output_binding"))

        obj = cls(
            function=function,
            input_binding=input_binding,
            output_binding=output_binding,
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
from ..models.azure_function_binding import AzureFunctionBinding
from ..models.function_definition import FunctionDefinition
