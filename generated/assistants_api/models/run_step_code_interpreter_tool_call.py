from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.code_interpreter_call import CodeInterpreterCall


T = TypeVar("T", bound="RunStepCodeInterpreterToolCall")


@_attrs_define
class RunStepCodeInterpreterToolCall:
    """A code interpreter call made in a step."""

    id: str
    """ ID of the call. """
    type_: Literal["code_interpreter"]
    """ Always `code_interpreter`. """
    code_interpreter: CodeInterpreterCall
    """ Code that was run and what it produced. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        code_interpreter = self.code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "code_interpreter": code_interpreter,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_call import CodeInterpreterCall

        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(Literal["code_interpreter"], d.pop("type"))
        if type_ != "code_interpreter":
            raise ValueError(f"type must match const 'code_interpreter', got '{type_}'")

        code_interpreter = CodeInterpreterCall.from_dict(d.pop("code_interpreter"))

        run_step_code_interpreter_tool_call = cls(
            id=id,
            type_=type_,
            code_interpreter=code_interpreter,
        )

        run_step_code_interpreter_tool_call.additional_properties = d
        return run_step_code_interpreter_tool_call

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
