from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
    from ..models.code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta
    from ..models.unknown_code_interpreter_output_delta import UnknownCodeInterpreterOutputDelta


T = TypeVar("T", bound="CodeInterpreterCallDelta")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
        from ..models.code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta

        input_ = self.input_

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if isinstance(outputs_item_data, CodeInterpreterLogsOutputDelta) or isinstance(
                    outputs_item_data, CodeInterpreterImageOutputDelta
                ):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data.to_dict()

                outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if outputs is not UNSET:
            field_dict["outputs"] = outputs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_image_output_delta import CodeInterpreterImageOutputDelta
        from ..models.code_interpreter_logs_output_delta import CodeInterpreterLogsOutputDelta
        from ..models.unknown_code_interpreter_output_delta import UnknownCodeInterpreterOutputDelta

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

                def _parse_outputs_item(
                    data: object,
                ) -> (
                    CodeInterpreterImageOutputDelta | CodeInterpreterLogsOutputDelta | UnknownCodeInterpreterOutputDelta
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_code_interpreter_output_delta_type_0 = (
                            CodeInterpreterLogsOutputDelta.from_dict(data)
                        )

                        return componentsschemas_code_interpreter_output_delta_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_code_interpreter_output_delta_type_1 = (
                            CodeInterpreterImageOutputDelta.from_dict(data)
                        )

                        return componentsschemas_code_interpreter_output_delta_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_code_interpreter_output_delta_type_2 = (
                        UnknownCodeInterpreterOutputDelta.from_dict(data)
                    )

                    return componentsschemas_code_interpreter_output_delta_type_2

                outputs_item = _parse_outputs_item(outputs_item_data)

                outputs.append(outputs_item)

        code_interpreter_call_delta = cls(
            input_=input_,
            outputs=outputs,
        )

        code_interpreter_call_delta.additional_properties = d
        return code_interpreter_call_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
