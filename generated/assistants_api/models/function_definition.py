from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "name",
        "description",
        "parameters",
        "strict",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name = self.name
        description = self.description
        parameters = self.parameters.to_dict() if isinstance(self.parameters, FunctionParameters) else self.parameters

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
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: Any = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "name"
            name = src_dict.get("name", MISSING)
            if name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "name"]
                name = None
            else:
                if _strict and not (type(name) is str):
                    raise expected("string", name)

            _at = "description"
            description = src_dict.get("description", UNSET)
            if description is not UNSET:
                if _strict and not (type(description) is str):
                    raise expected("string", description)
            else:
                _absent += 1
            _at = "parameters"
            parameters = src_dict.get("parameters", UNSET)
            if parameters is not UNSET:
                if type(parameters) is dict:
                    parameters = FunctionParameters.from_dict(parameters, _strict)
                elif _strict:
                    raise expected("object", parameters)
            else:
                _absent += 1
            _at = "strict"
            strict = src_dict.get("strict", UNSET)
            if strict is not UNSET:
                if _strict and not (type(strict) is bool or strict is None):
                    raise InvalidValue("expected boolean or null, got " + json_type(strict))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 4 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.name = name
        _obj.description = description
        _obj.parameters = parameters
        _obj.strict = strict
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


# Imported after the class is defined, so that models referring to each other can load.
from ..models.function_parameters import FunctionParameters
