from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput
    from ..models.unknown_code_interpreter_output import UnknownCodeInterpreterOutput


T = TypeVar("T", bound="CodeInterpreterCall")


@_attrs_define
class CodeInterpreterCall:
    """Code that was run and what it produced."""

    input_: str
    """ The code. """
    outputs: list[CodeInterpreterImageOutput | CodeInterpreterLogsOutput | UnknownCodeInterpreterOutput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
        from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput

        input_ = self.input_

        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item: dict[str, Any]
            if isinstance(outputs_item_data, CodeInterpreterLogsOutput) or isinstance(
                outputs_item_data, CodeInterpreterImageOutput
            ):
                outputs_item = outputs_item_data.to_dict()
            else:
                outputs_item = outputs_item_data.to_dict()

            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
                "outputs": outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
        from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput
        from ..models.unknown_code_interpreter_output import UnknownCodeInterpreterOutput

        d = dict(src_dict)
        input_ = d.pop("input")

        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:

            def _parse_outputs_item(
                data: object,
            ) -> CodeInterpreterImageOutput | CodeInterpreterLogsOutput | UnknownCodeInterpreterOutput:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_code_interpreter_output_type_0 = CodeInterpreterLogsOutput.from_dict(data)

                    return componentsschemas_code_interpreter_output_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_code_interpreter_output_type_1 = CodeInterpreterImageOutput.from_dict(data)

                    return componentsschemas_code_interpreter_output_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_code_interpreter_output_type_2 = UnknownCodeInterpreterOutput.from_dict(data)

                return componentsschemas_code_interpreter_output_type_2

            outputs_item = _parse_outputs_item(outputs_item_data)

            outputs.append(outputs_item)

        code_interpreter_call = cls(
            input_=input_,
            outputs=outputs,
        )

        code_interpreter_call.additional_properties = d
        return code_interpreter_call

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
