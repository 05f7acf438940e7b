from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_delta_stream_event_event import RunStepDeltaStreamEventEvent

if TYPE_CHECKING:
    from ..models.run_step_delta_object import RunStepDeltaObject


T = TypeVar("T", bound="RunStepDeltaStreamEvent")


@_attrs_define
class RunStepDeltaStreamEvent:
    """A run step delta event; `data` is the change."""

    event: RunStepDeltaStreamEventEvent
    """ Sent while parts of a run step are being streamed. """
    data: RunStepDeltaObject
    """ A streamed change to a run step (event `thread.run.step.delta`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event.value

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_delta_object import RunStepDeltaObject

        d = dict(src_dict)
        event = RunStepDeltaStreamEventEvent(d.pop("event"))

        data = RunStepDeltaObject.from_dict(d.pop("data"))

        run_step_delta_stream_event = cls(
            event=event,
            data=data,
        )

        run_step_delta_stream_event.additional_properties = d
        return run_step_delta_stream_event

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
