from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class CodeInterpreterCallDelta:
    """Code and outputs arriving in a delta."""

    input_: str | Unset = UNSET
    """ Code to append. """

    outputs: (
        list[CodeInterpreterImageOutputDelta | CodeInterpreterLogsOutputDelta | UnknownCodeInterpreterOutputDelta]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        input_ = self.input_
        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if (
                    isinstance(outputs_item_data, CodeInterpreterLogsOutputDelta)
                    or isinstance(outputs_item_data, CodeInterpreterImageOutputDelta)
                    or isinstance(outputs_item_data, UnknownCodeInterpreterOutputDelta)
                ):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data

                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        input_ = d.pop("input", UNSET)
        _outputs = d.pop("outputs", UNSET)
        outputs: (
            list[CodeInterpreterImageOutputDelta | CodeInterpreterLogsOutputDelta | UnknownCodeInterpreterOutputDelta]
            | Unset
        ) = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:
                outputs_item: (
                    CodeInterpreterImageOutputDelta | CodeInterpreterLogsOutputDelta | UnknownCodeInterpreterOutputDelta
                )
                _outputs_item_raw = outputs_item_data
                _outputs_item_tag = _outputs_item_raw.get("type") if type(_outputs_item_raw) is dict else None
                if _outputs_item_tag == "logs":
                    outputs_item = CodeInterpreterLogsOutputDelta.from_dict(_outputs_item_raw)
                elif _outputs_item_tag == "image":
                    outputs_item = CodeInterpreterImageOutputDelta.from_dict(_outputs_item_raw)
                elif isinstance(_outputs_item_raw, dict):
                    outputs_item = UnknownCodeInterpreterOutputDelta.from_dict(_outputs_item_raw)
                else:
                    raise TypeError(f"outputs_item: no member of the union accepts {type(_outputs_item_raw).__name__}")

                outputs.append(outputs_item)

        obj = cls(
            input_=input_,
            outputs=outputs,
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
from ..models.code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
from ..models.code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta
from ..models.unknown_code_interpreter_output_delta import UnknownCodeInterpreterOutputDelta
