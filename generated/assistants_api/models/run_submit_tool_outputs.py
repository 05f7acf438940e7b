from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(("tool_calls",))


@_attrs_define
class RunSubmitToolOutputs:
    """The calls whose outputs the run needs."""

    tool_calls: list[RunToolCallObject]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        tool_calls: Any
        if isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item = (
                    tool_calls_item_data.to_dict()
                    if isinstance(tool_calls_item_data, RunToolCallObject)
                    else tool_calls_item_data
                )

                tool_calls.append(tool_calls_item)
        else:
            tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tool_calls"] = tool_calls
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
            _at = "tool_calls"
            tool_calls = src_dict.get("tool_calls", MISSING)
            if tool_calls is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "tool_calls"]
                tool_calls = None
            else:
                if type(tool_calls) is list:
                    _tool_calls_items = tool_calls
                    tool_calls = []
                    try:
                        for tool_calls_item_data in _tool_calls_items:
                            tool_calls_item = tool_calls_item_data
                            if type(tool_calls_item) is dict:
                                tool_calls_item = RunToolCallObject.from_dict(tool_calls_item, _strict)
                            elif _strict:
                                raise expected("object", tool_calls_item)

                            tool_calls.append(tool_calls_item)
                    except InvalidValue as _error:
                        raise _error.at(len(tool_calls)) from None
                elif _strict:
                    raise expected("array", tool_calls)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 1 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.tool_calls = tool_calls
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
from ..models.run_tool_call_object import RunToolCallObject
