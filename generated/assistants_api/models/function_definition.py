from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class FunctionDefinition:
    """Name, purpose and argument schema of a callable function."""

    name: str
    """ Function name; letters, digits, underscores and dashes only. """

    description: str | Unset = UNSET
    """ What the function does; the model reads this to decide when to call it. """

    parameters: FunctionParameters | Unset = UNSET
    """ JSON Schema object describing the function's arguments. Leaving it out means the function takes no
    arguments. """

    strict: bool | None | Unset = UNSET
    """ When true, the generated arguments follow `parameters` exactly (a JSON Schema subset is supported). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name = self.name
        description = self.description
        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()
        strict: bool | None | Unset
        if isinstance(self.strict, Unset):
            strict = UNSET
        else:
            strict = self.strict

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if strict is not UNSET:
            field_dict["strict"] = strict
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        name = d.pop("name")
        description = d.pop("description", UNSET)
        _parameters = d.pop("parameters", UNSET)
        parameters: FunctionParameters | Unset
        if isinstance(_parameters, Unset):
            parameters = UNSET
        else:
            parameters = FunctionParameters.from_dict(_parameters)

        strict: bool | None | Unset
        _strict_raw = d.pop("strict", UNSET)
        if isinstance(_strict_raw, Unset):
            strict = UNSET
        elif isinstance(_strict_raw, bool):
            strict = _strict_raw
        elif _strict_raw is None:
            strict = None
        else:
            raise TypeError(f"strict: no member of the union accepts {type(_strict_raw).__name__}")

        obj = cls(
            name=name,
            description=description,
            parameters=parameters,
            strict=strict,
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
from ..models.function_parameters import FunctionParameters
