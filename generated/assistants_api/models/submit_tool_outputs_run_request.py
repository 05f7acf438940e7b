from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "tool_outputs",
        "stream",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class SubmitToolOutputsRunRequest:
    """Body of `submitToolOutputsToRun`."""

    tool_outputs: list[ToolOutput]
    """ One output per pending call. """

    stream: bool | None | Unset = UNSET
    """ When true the answer is an event stream (`text/event-stream`) instead of the run object. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        tool_outputs: Any
        if isinstance(self.tool_outputs, list):
            tool_outputs = []
            for tool_outputs_item_data in self.tool_outputs:
                tool_outputs_item = (
                    tool_outputs_item_data.to_dict()
                    if isinstance(tool_outputs_item_data, ToolOutput)
                    else tool_outputs_item_data
                )

                tool_outputs.append(tool_outputs_item)
        else:
            tool_outputs = self.tool_outputs

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["tool_outputs"] = tool_outputs
        if stream is not UNSET:
            field_dict["stream"] = stream
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
            _at = "tool_outputs"
            tool_outputs = src_dict.get("tool_outputs", MISSING)
            if tool_outputs is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "tool_outputs"]
                tool_outputs = None
            else:
                if type(tool_outputs) is list:
                    _tool_outputs_items = tool_outputs
                    tool_outputs = []
                    try:
                        for tool_outputs_item_data in _tool_outputs_items:
                            tool_outputs_item = tool_outputs_item_data
                            if type(tool_outputs_item) is dict:
                                tool_outputs_item = ToolOutput.from_dict(tool_outputs_item, _strict)
                            elif _strict:
                                raise expected("object", tool_outputs_item)

                            tool_outputs.append(tool_outputs_item)
                    except InvalidValue as _error:
                        raise _error.at(len(tool_outputs)) from None
                elif _strict:
                    raise expected("array", tool_outputs)

            _at = "stream"
            stream = src_dict.get("stream", UNSET)
            if stream is not UNSET:
                if _strict and not (type(stream) is bool or stream is None):
                    raise InvalidValue("expected boolean or null, got " + json_type(stream))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 2 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.tool_outputs = tool_outputs
        _obj.stream = stream
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
from ..models.tool_output import ToolOutput
