from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_details_message_creation import RunStepDeltaDetailsMessageCreation
    from ..models.run_step_delta_details_tool_calls import RunStepDeltaDetailsToolCalls
    from ..models.unknown_run_step_delta_details import UnknownRunStepDeltaDetails


T = TypeVar("T", bound="RunStepDelta")


@_attrs_define
class RunStepDelta:
    """The fields of a run step that changed."""

    step_details: (
        RunStepDeltaDetailsMessageCreation | RunStepDeltaDetailsToolCalls | UnknownRunStepDeltaDetails | Unset
    ) = UNSET
    """ Change of the step's details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_step_delta_details_message_creation import RunStepDeltaDetailsMessageCreation
        from ..models.run_step_delta_details_tool_calls import RunStepDeltaDetailsToolCalls

        step_details: dict[str, Any] | Unset
        if isinstance(self.step_details, Unset):
            step_details = UNSET
        elif isinstance(self.step_details, RunStepDeltaDetailsMessageCreation) or isinstance(
            self.step_details, RunStepDeltaDetailsToolCalls
        ):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step_details is not UNSET:
            field_dict["step_details"] = step_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_delta_details_message_creation import RunStepDeltaDetailsMessageCreation
        from ..models.run_step_delta_details_tool_calls import RunStepDeltaDetailsToolCalls
        from ..models.unknown_run_step_delta_details import UnknownRunStepDeltaDetails

        d = dict(src_dict)

        def _parse_step_details(
            data: object,
        ) -> RunStepDeltaDetailsMessageCreation | RunStepDeltaDetailsToolCalls | UnknownRunStepDeltaDetails | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_delta_details_type_0 = RunStepDeltaDetailsMessageCreation.from_dict(data)

                return componentsschemas_run_step_delta_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_delta_details_type_1 = RunStepDeltaDetailsToolCalls.from_dict(data)

                return componentsschemas_run_step_delta_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_run_step_delta_details_type_2 = UnknownRunStepDeltaDetails.from_dict(data)

            return componentsschemas_run_step_delta_details_type_2

        step_details = _parse_step_details(d.pop("step_details", UNSET))

        run_step_delta = cls(
            step_details=step_details,
        )

        run_step_delta.additional_properties = d
        return run_step_delta

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
