from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDelta:
    """The fields of a run step that changed."""

    step_details: (
        RunStepDeltaDetailsMessageCreation | RunStepDeltaDetailsToolCalls | UnknownRunStepDeltaDetails | Unset
    ) = UNSET
    """ Change of the step's details. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        step_details: dict[str, Any] | Unset
        if isinstance(self.step_details, Unset):
            step_details = UNSET
        elif (
            isinstance(self.step_details, RunStepDeltaDetailsMessageCreation)
            or isinstance(self.step_details, RunStepDeltaDetailsToolCalls)
            or isinstance(self.step_details, UnknownRunStepDeltaDetails)
        ):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_details is not UNSET:
            field_dict["step_details"] = step_details
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        step_details: (
            RunStepDeltaDetailsMessageCreation | RunStepDeltaDetailsToolCalls | UnknownRunStepDeltaDetails | Unset
        )
        _step_details_raw = d.pop("step_details", UNSET)
        _step_details_tag = _step_details_raw.get("type") if type(_step_details_raw) is dict else None
        if isinstance(_step_details_raw, Unset):
            step_details = UNSET
        elif _step_details_tag == "message_creation":
            step_details = RunStepDeltaDetailsMessageCreation.from_dict(_step_details_raw)
        elif _step_details_tag == "tool_calls":
            step_details = RunStepDeltaDetailsToolCalls.from_dict(_step_details_raw)
        elif isinstance(_step_details_raw, dict):
            step_details = UnknownRunStepDeltaDetails.from_dict(_step_details_raw)
        else:
            raise TypeError(f"step_details: no member of the union accepts {type(_step_details_raw).__name__}")

        obj = cls(
            step_details=step_details,
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
from ..models.run_step_delta_details_message_creation import RunStepDeltaDetailsMessageCreation
from ..models.run_step_delta_details_tool_calls import RunStepDeltaDetailsToolCalls
from ..models.unknown_run_step_delta_details import UnknownRunStepDeltaDetails
