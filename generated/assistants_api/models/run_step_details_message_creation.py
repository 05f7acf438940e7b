from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_step_message_creation import RunStepMessageCreation


T = TypeVar("T", bound="RunStepDetailsMessageCreation")


@_attrs_define
class RunStepDetailsMessageCreation:
    """Details of a step that wrote a message."""

    type_: Literal["message_creation"]
    """ Always `message_creation`. """
    message_creation: RunStepMessageCreation
    """ The message a step wrote. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        message_creation = self.message_creation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "message_creation": message_creation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_message_creation import RunStepMessageCreation

        d = dict(src_dict)
        type_ = cast(Literal["message_creation"], d.pop("type"))
        if type_ != "message_creation":
            raise ValueError(f"type must match const 'message_creation', got '{type_}'")

        message_creation = RunStepMessageCreation.from_dict(d.pop("message_creation"))

        run_step_details_message_creation = cls(
            type_=type_,
            message_creation=message_creation,
        )

        run_step_details_message_creation.additional_properties = d
        return run_step_details_message_creation

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
