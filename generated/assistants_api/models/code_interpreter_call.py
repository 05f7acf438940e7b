from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class CodeInterpreterCall:
    """Code that was run and what it produced."""

    input_: str
    """ The code. """

    outputs: list[CodeInterpreterImageOutput | CodeInterpreterLogsOutput | UnknownCodeInterpreterOutput]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        input_ = self.input_
        outputs = []
        for outputs_item_data in self.outputs:
            outputs_item: dict[str, Any]
            if (
                isinstance(outputs_item_data, CodeInterpreterLogsOutput)
                or isinstance(outputs_item_data, CodeInterpreterImageOutput)
                or isinstance(outputs_item_data, UnknownCodeInterpreterOutput)
            ):
                outputs_item = outputs_item_data.to_dict()
            else:
                outputs_item = outputs_item_data

            outputs.append(outputs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["input"] = input_
        field_dict["outputs"] = outputs
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        input_ = d.pop("input")
        outputs = []
        _outputs = d.pop("outputs")
        for outputs_item_data in _outputs:
            outputs_item: CodeInterpreterImageOutput | CodeInterpreterLogsOutput | UnknownCodeInterpreterOutput
            _outputs_item_raw = outputs_item_data
            _outputs_item_tag = _outputs_item_raw.get("type") if type(_outputs_item_raw) is dict else None
            if _outputs_item_tag == "logs":
                outputs_item = CodeInterpreterLogsOutput.from_dict(_outputs_item_raw)
            elif _outputs_item_tag == "image":
                outputs_item = CodeInterpreterImageOutput.from_dict(_outputs_item_raw)
            elif isinstance(_outputs_item_raw, dict):
                outputs_item = UnknownCodeInterpreterOutput.from_dict(_outputs_item_raw)
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
from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput
from ..models.unknown_code_interpreter_output import UnknownCodeInterpreterOutput
