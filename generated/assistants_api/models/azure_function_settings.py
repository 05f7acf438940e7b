from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "function",
        "input_binding",
        "output_binding",
    )
)


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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        function = self.function.to_dict() if isinstance(self.function, FunctionDefinition) else self.function

        input_binding = (
            self.input_binding.to_dict() if isinstance(self.input_binding, AzureFunctionBinding) else self.input_binding
        )

        output_binding = (
            self.output_binding.to_dict()
            if isinstance(self.output_binding, AzureFunctionBinding)
            else self.output_binding
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["function"] = function
        field_dict["input_binding"] = input_binding
        field_dict["output_binding"] = output_binding
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
            _at = "function"
            function = src_dict.get("function", MISSING)
            if function is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "function"]
                function = None
            else:
                if type(function) is dict:
                    function = FunctionDefinition.from_dict(function, _strict)
                elif _strict:
                    raise expected("object", function)

            _at = "input_binding"
            input_binding = src_dict.get("input_binding", MISSING)
            if input_binding is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "input_binding"]
                input_binding = None
            else:
                if type(input_binding) is dict:
                    input_binding = AzureFunctionBinding.from_dict(input_binding, _strict)
                elif _strict:
                    raise expected("object", input_binding)

            _at = "output_binding"
            output_binding = src_dict.get("output_binding", MISSING)
            if output_binding is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "output_binding"]
                output_binding = None
            else:
                if type(output_binding) is dict:
                    output_binding = AzureFunctionBinding.from_dict(output_binding, _strict)
                elif _strict:
                    raise expected("object", output_binding)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.function = function
        _obj.input_binding = input_binding
        _obj.output_binding = output_binding
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
from ..models.azure_function_binding import AzureFunctionBinding
from ..models.function_definition import FunctionDefinition
