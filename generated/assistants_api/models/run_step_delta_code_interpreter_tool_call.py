from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "index",
        "type",
        "id",
        "code_interpreter",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaCodeInterpreterToolCall:
    """Change of a code interpreter call."""

    index: int
    """ Position of the call in the step's tool call list. """

    type: Literal["code_interpreter"]
    """ Always `code_interpreter`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    code_interpreter: CodeInterpreterCallDelta | Unset = UNSET
    """ Code and outputs arriving in a delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type
        id = self.id
        code_interpreter = (
            self.code_interpreter.to_dict()
            if isinstance(self.code_interpreter, CodeInterpreterCallDelta)
            else self.code_interpreter
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
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
            _at = "index"
            index = src_dict.get("index", MISSING)
            if index is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "index"]
                index = None
            else:
                if _strict and not (is_integer(index)):
                    raise expected("integer", index)

            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if _strict and type_ != "code_interpreter":
                    raise InvalidValue("expected 'code_interpreter'")
            _at = "id"
            id = src_dict.get("id", UNSET)
            if id is not UNSET:
                if _strict and not (type(id) is str):
                    raise expected("string", id)
            else:
                _absent += 1
            _at = "code_interpreter"
            code_interpreter = src_dict.get("code_interpreter", UNSET)
            if code_interpreter is not UNSET:
                if type(code_interpreter) is dict:
                    code_interpreter = CodeInterpreterCallDelta.from_dict(code_interpreter, _strict)
                elif _strict:
                    raise expected("object", code_interpreter)
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
        _obj.index = index
        _obj.type = type_
        _obj.id = id
        _obj.code_interpreter = code_interpreter
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
from ..models.code_interpreter_call_delta import CodeInterpreterCallDelta
