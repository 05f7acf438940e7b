from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "input",
        "outputs",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class CodeInterpreterCallDelta:
    """Code and outputs arriving in a delta."""

    input: str | Unset = UNSET
    """ Code to append. """

    outputs: (
        list[CodeInterpreterImageOutputDelta | CodeInterpreterLogsOutputDelta | UnknownCodeInterpreterOutputDelta]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        input_ = self.input
        outputs: Any
        if isinstance(self.outputs, list):
            outputs = []
            for outputs_item_data in self.outputs:
                if isinstance(outputs_item_data, CodeInterpreterLogsOutputDelta):
                    outputs_item = (
                        outputs_item_data.to_dict()
                        if isinstance(outputs_item_data, CodeInterpreterLogsOutputDelta)
                        else outputs_item_data
                    )

                elif isinstance(outputs_item_data, CodeInterpreterImageOutputDelta):
                    outputs_item = (
                        outputs_item_data.to_dict()
                        if isinstance(outputs_item_data, CodeInterpreterImageOutputDelta)
                        else outputs_item_data
                    )

                elif isinstance(outputs_item_data, UnknownCodeInterpreterOutputDelta):
                    outputs_item = (
                        outputs_item_data.to_dict()
                        if isinstance(outputs_item_data, UnknownCodeInterpreterOutputDelta)
                        else outputs_item_data
                    )

                else:
                    outputs_item = outputs_item_data

                outputs.append(outputs_item)
        else:
            outputs = self.outputs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
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
            _at = "input"
            input_ = src_dict.get("input", UNSET)
            if input_ is not UNSET:
                if _strict and not (type(input_) is str):
                    raise expected("string", input_)
            else:
                _absent += 1
            _at = "outputs"
            outputs = src_dict.get("outputs", UNSET)
            if outputs is not UNSET:
                if type(outputs) is list:
                    _outputs_items = outputs
                    outputs = []
                    try:
                        for outputs_item_data in _outputs_items:
                            outputs_item = outputs_item_data
                            _outputs_item_tag = outputs_item.get("type") if type(outputs_item) is dict else None
                            if _outputs_item_tag == "logs":
                                outputs_item = CodeInterpreterLogsOutputDelta.from_dict(outputs_item, _strict)
                            elif _outputs_item_tag == "image":
                                outputs_item = CodeInterpreterImageOutputDelta.from_dict(outputs_item, _strict)
                            elif type(outputs_item) is dict:
                                outputs_item = UnknownCodeInterpreterOutputDelta.from_dict(outputs_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(outputs_item))

                            outputs.append(outputs_item)
                    except InvalidValue as _error:
                        raise _error.at(len(outputs)) from None
                elif _strict:
                    raise expected("array", outputs)
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
        _obj.input = input_
        _obj.outputs = outputs
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
from ..models.code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
from ..models.code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta
from ..models.unknown_code_interpreter_output_delta import UnknownCodeInterpreterOutputDelta
