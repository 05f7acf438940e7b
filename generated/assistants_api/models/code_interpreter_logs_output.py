from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CodeInterpreterLogsOutput")


@_attrs_define
class CodeInterpreterLogsOutput:
    """Text the code printed."""

    type_: Literal["logs"]
    """ Always `logs`. """
    logs: str
    """ The printed text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        logs = self.logs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "logs": logs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = cast(Literal["logs"], d.pop("type"))
        if type_ != "logs":
            raise ValueError(f"type must match const 'logs', got '{type_}'")

        logs = d.pop("logs")

        code_interpreter_logs_output = cls(
            type_=type_,
            logs=logs,
        )

        code_interpreter_logs_output.additional_properties = d
        return code_interpreter_logs_output

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
