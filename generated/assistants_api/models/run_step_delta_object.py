from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_step_delta import RunStepDelta


T = TypeVar("T", bound="RunStepDeltaObject")


@_attrs_define
class RunStepDeltaObject:
    """A streamed change to a run step (event `thread.run.step.delta`)."""

    id: str
    """ ID of the step that changes. """
    object_: Literal["thread.run.step.delta"]
    """ Always `thread.run.step.delta`. """
    delta: RunStepDelta
    """ The fields of a run step that changed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        delta = self.delta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_delta import RunStepDelta

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["thread.run.step.delta"], d.pop("object"))
        if object_ != "thread.run.step.delta":
            raise ValueError(f"object must match const 'thread.run.step.delta', got '{object_}'")

        delta = RunStepDelta.from_dict(d.pop("delta"))

        run_step_delta_object = cls(
            id=id,
            object_=object_,
            delta=delta,
        )

        run_step_delta_object.additional_properties = d
        return run_step_delta_object

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
