from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(("step_details",))

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        step_details: dict[str, Any] | Unset
        if isinstance(self.step_details, Unset):
            step_details = UNSET
        elif isinstance(self.step_details, RunStepDeltaDetailsMessageCreation):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, RunStepDeltaDetailsMessageCreation)
                else self.step_details
            )

        elif isinstance(self.step_details, RunStepDeltaDetailsToolCalls):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, RunStepDeltaDetailsToolCalls)
                else self.step_details
            )

        elif isinstance(self.step_details, UnknownRunStepDeltaDetails):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, UnknownRunStepDeltaDetails)
                else self.step_details
            )

        else:
            step_details = self.step_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if step_details is not UNSET:
            field_dict["step_details"] = step_details
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "step_details"
            step_details = src_dict.get("step_details", UNSET)
            if step_details is not UNSET:
                _step_details_tag = step_details.get("type") if type(step_details) is dict else None
                if _step_details_tag == "message_creation":
                    step_details = RunStepDeltaDetailsMessageCreation.from_dict(step_details, _strict)
                elif _step_details_tag == "tool_calls":
                    step_details = RunStepDeltaDetailsToolCalls.from_dict(step_details, _strict)
                elif type(step_details) is dict:
                    step_details = UnknownRunStepDeltaDetails.from_dict(step_details, _strict)
                elif _strict:
                    raise InvalidValue("expected object, got " + json_type(step_details))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 1 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.step_details = step_details
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

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
