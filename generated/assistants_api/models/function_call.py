from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class FunctionCall:
    """A function call and, once submitted, its output."""

    name: str
    """ Name of the function. """

    arguments: str
    """ Arguments as a JSON encoded string. """

    output: None | str
    """ The submitted output; null until it has been submitted. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name = self.name
        arguments = self.arguments
        output: None | str
        output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["arguments"] = arguments
        field_dict["output"] = output
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        name = d.pop("name")
        arguments = d.pop("arguments")
        output: None | str
        _output_raw = d.pop("output")
        if isinstance(_output_raw, str):
            output = _output_raw
        elif _output_raw is None:
            output = None
        else:
            raise TypeError(f"output: no member of the union accepts {type(_output_raw).__name__}")

        obj = cls(
            name=name,
            arguments=arguments,
            output=output,
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
