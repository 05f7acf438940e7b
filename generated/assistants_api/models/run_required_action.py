from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_required_action_type import RunRequiredActionType

if TYPE_CHECKING:
    from ..models.run_submit_tool_outputs import RunSubmitToolOutputs


T = TypeVar("T", bound="RunRequiredAction")


@_attrs_define
class RunRequiredAction:
    """What the caller has to do before the run can go on."""

    type_: RunRequiredActionType
    """ Kind of action; only `submit_tool_outputs` today. """
    submit_tool_outputs: RunSubmitToolOutputs
    """ The calls whose outputs the run needs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        submit_tool_outputs = self.submit_tool_outputs.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "submit_tool_outputs": submit_tool_outputs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_submit_tool_outputs import RunSubmitToolOutputs

        d = dict(src_dict)
        type_ = RunRequiredActionType(d.pop("type"))

        submit_tool_outputs = RunSubmitToolOutputs.from_dict(d.pop("submit_tool_outputs"))

        run_required_action = cls(
            type_=type_,
            submit_tool_outputs=submit_tool_outputs,
        )

        run_required_action.additional_properties = d
        return run_required_action

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
