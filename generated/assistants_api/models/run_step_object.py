from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation
    from ..models.run_step_details_tool_calls import RunStepDetailsToolCalls
    from ..models.run_step_last_error import RunStepLastError
    from ..models.run_usage import RunUsage
    from ..models.unknown_run_step_details import UnknownRunStepDetails


T = TypeVar("T", bound="RunStepObject")


@_attrs_define
class RunStepObject:
    """One step of a run, either writing a message or calling tools."""

    id: str
    """ Step ID, starting with `step_`. """
    object_: Literal["thread.run.step"]
    """ Always `thread.run.step`. """
    created_at: int
    """ Creation time, Unix seconds. """
    assistant_id: str
    """ ID of the assistant of the run. """
    thread_id: str
    """ ID of the thread of the run. """
    run_id: str
    """ ID of the run the step belongs to. """
    type_: RunStepType
    """ Whether the step wrote a message or called tools. """
    status: RunStepStatus
    """ Where the step is in its life cycle. """
    step_details: RunStepDetailsMessageCreation | RunStepDetailsToolCalls | UnknownRunStepDetails
    """ What the step did. """
    last_error: None | RunStepLastError
    """ The error that ended the step; null unless it failed. """
    expired_at: int | None
    """ Time the step expired (together with its run), Unix seconds. """
    cancelled_at: int | None
    """ Time the step was cancelled, Unix seconds. """
    failed_at: int | None
    """ Time the step failed, Unix seconds. """
    completed_at: int | None
    """ Time the step completed, Unix seconds. """
    metadata: Metadata | None
    usage: None | RunUsage
    """ Token usage; null while the step is in progress. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata
        from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation
        from ..models.run_step_details_tool_calls import RunStepDetailsToolCalls
        from ..models.run_step_last_error import RunStepLastError
        from ..models.run_usage import RunUsage

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        assistant_id = self.assistant_id

        thread_id = self.thread_id

        run_id = self.run_id

        type_ = self.type_.value

        status = self.status.value

        step_details: dict[str, Any]
        if isinstance(self.step_details, RunStepDetailsMessageCreation) or isinstance(
            self.step_details, RunStepDetailsToolCalls
        ):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details.to_dict()

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunStepLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expired_at: int | None
        expired_at = self.expired_at

        cancelled_at: int | None
        cancelled_at = self.cancelled_at

        failed_at: int | None
        failed_at = self.failed_at

        completed_at: int | None
        completed_at = self.completed_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "assistant_id": assistant_id,
                "thread_id": thread_id,
                "run_id": run_id,
                "type": type_,
                "status": status,
                "step_details": step_details,
                "last_error": last_error,
                "expired_at": expired_at,
                "cancelled_at": cancelled_at,
                "failed_at": failed_at,
                "completed_at": completed_at,
                "metadata": metadata,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation
        from ..models.run_step_details_tool_calls import RunStepDetailsToolCalls
        from ..models.run_step_last_error import RunStepLastError
        from ..models.run_usage import RunUsage
        from ..models.unknown_run_step_details import UnknownRunStepDetails

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["thread.run.step"], d.pop("object"))
        if object_ != "thread.run.step":
            raise ValueError(f"object must match const 'thread.run.step', got '{object_}'")

        created_at = d.pop("created_at")

        assistant_id = d.pop("assistant_id")

        thread_id = d.pop("thread_id")

        run_id = d.pop("run_id")

        type_ = RunStepType(d.pop("type"))

        status = RunStepStatus(d.pop("status"))

        def _parse_step_details(
            data: object,
        ) -> RunStepDetailsMessageCreation | RunStepDetailsToolCalls | UnknownRunStepDetails:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_details_type_0 = RunStepDetailsMessageCreation.from_dict(data)

                return componentsschemas_run_step_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_details_type_1 = RunStepDetailsToolCalls.from_dict(data)

                return componentsschemas_run_step_details_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_run_step_details_type_2 = UnknownRunStepDetails.from_dict(data)

            return componentsschemas_run_step_details_type_2

        step_details = _parse_step_details(d.pop("step_details"))

        def _parse_last_error(data: object) -> None | RunStepLastError:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = RunStepLastError.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunStepLastError, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_expired_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expired_at = _parse_expired_at(d.pop("expired_at"))

        def _parse_cancelled_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_failed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        failed_at = _parse_failed_at(d.pop("failed_at"))

        def _parse_completed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_usage(data: object) -> None | RunUsage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = RunUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunUsage, data)

        usage = _parse_usage(d.pop("usage"))

        run_step_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            assistant_id=assistant_id,
            thread_id=thread_id,
            run_id=run_id,
            type_=type_,
            status=status,
            step_details=step_details,
            last_error=last_error,
            expired_at=expired_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            metadata=metadata,
            usage=usage,
        )

        run_step_object.additional_properties = d
        return run_step_object

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
