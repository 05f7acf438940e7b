from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType


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
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object_
        created_at = self.created_at
        assistant_id = self.assistant_id
        thread_id = self.thread_id
        run_id = self.run_id
        type_ = self.type_.value
        status = self.status.value
        step_details: dict[str, Any]
        if (
            isinstance(self.step_details, RunStepDetailsMessageCreation)
            or isinstance(self.step_details, RunStepDetailsToolCalls)
            or isinstance(self.step_details, UnknownRunStepDetails)
        ):
            step_details = self.step_details.to_dict()
        else:
            step_details = self.step_details

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
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["assistant_id"] = assistant_id
        field_dict["thread_id"] = thread_id
        field_dict["run_id"] = run_id
        field_dict["type"] = type_
        field_dict["status"] = status
        field_dict["step_details"] = step_details
        field_dict["last_error"] = last_error
        field_dict["expired_at"] = expired_at
        field_dict["cancelled_at"] = cancelled_at
        field_dict["failed_at"] = failed_at
        field_dict["completed_at"] = completed_at
        field_dict["metadata"] = metadata
        field_dict["usage"] = usage
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "thread.run.step":
            raise ValueError(f"object must be 'thread.run.step', not {object_!r}")
        created_at = d.pop("created_at")
        assistant_id = d.pop("assistant_id")
        thread_id = d.pop("thread_id")
        run_id = d.pop("run_id")
        type_ = RunStepType(d.pop("type"))

        status = RunStepStatus(d.pop("status"))

        step_details: RunStepDetailsMessageCreation | RunStepDetailsToolCalls | UnknownRunStepDetails
        _step_details_raw = d.pop("step_details")
        _step_details_tag = _step_details_raw.get("type") if type(_step_details_raw) is dict else None
        if _step_details_tag == "message_creation":
            step_details = RunStepDetailsMessageCreation.from_dict(_step_details_raw)
        elif _step_details_tag == "tool_calls":
            step_details = RunStepDetailsToolCalls.from_dict(_step_details_raw)
        elif isinstance(_step_details_raw, dict):
            step_details = UnknownRunStepDetails.from_dict(_step_details_raw)
        else:
            raise TypeError(f"step_details: no member of the union accepts {type(_step_details_raw).__name__}")

        last_error: None | RunStepLastError
        _last_error_raw = d.pop("last_error")
        if _last_error_raw is None:
            last_error = None
        elif isinstance(_last_error_raw, dict):
            last_error = RunStepLastError.from_dict(_last_error_raw)
        else:
            raise TypeError(f"last_error: no member of the union accepts {type(_last_error_raw).__name__}")

        expired_at: int | None
        _expired_at_raw = d.pop("expired_at")
        if isinstance(_expired_at_raw, int) and not isinstance(_expired_at_raw, bool):
            expired_at = _expired_at_raw
        elif _expired_at_raw is None:
            expired_at = None
        else:
            raise TypeError(f"expired_at: no member of the union accepts {type(_expired_at_raw).__name__}")

        cancelled_at: int | None
        _cancelled_at_raw = d.pop("cancelled_at")
        if isinstance(_cancelled_at_raw, int) and not isinstance(_cancelled_at_raw, bool):
            cancelled_at = _cancelled_at_raw
        elif _cancelled_at_raw is None:
            cancelled_at = None
        else:
            raise TypeError(f"cancelled_at: no member of the union accepts {type(_cancelled_at_raw).__name__}")

        failed_at: int | None
        _failed_at_raw = d.pop("failed_at")
        if isinstance(_failed_at_raw, int) and not isinstance(_failed_at_raw, bool):
            failed_at = _failed_at_raw
        elif _failed_at_raw is None:
            failed_at = None
        else:
            raise TypeError(f"failed_at: no member of the union accepts {type(_failed_at_raw).__name__}")

        completed_at: int | None
        _completed_at_raw = d.pop("completed_at")
        if isinstance(_completed_at_raw, int) and not isinstance(_completed_at_raw, bool):
            completed_at = _completed_at_raw
        elif _completed_at_raw is None:
            completed_at = None
        else:
            raise TypeError(f"completed_at: no member of the union accepts {type(_completed_at_raw).__name__}")

        metadata: Metadata | None
        _metadata_raw = d.pop("metadata")
        if _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

        usage: None | RunUsage
        _usage_raw = d.pop("usage")
        if _usage_raw is None:
            usage = None
        elif isinstance(_usage_raw, dict):
            usage = RunUsage.from_dict(_usage_raw)
        else:
            raise TypeError(f"usage: no member of the union accepts {type(_usage_raw).__name__}")

        obj = cls(
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
from ..models.metadata import Metadata
from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation
from ..models.run_step_details_tool_calls import RunStepDetailsToolCalls
from ..models.run_step_last_error import RunStepLastError
from ..models.run_usage import RunUsage
from ..models.unknown_run_step_details import UnknownRunStepDetails
