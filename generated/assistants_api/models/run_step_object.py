from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_integer, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "object",
        "created_at",
        "assistant_id",
        "thread_id",
        "run_id",
        "type",
        "status",
        "step_details",
        "last_error",
        "expired_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "metadata",
        "usage",
    )
)

from ..models.run_step_status import RunStepStatus
from ..models.run_step_type import RunStepType


@_attrs_define
class RunStepObject:
    """One step of a run, either writing a message or calling tools."""

    id: str
    """ Step ID, starting with `step_`. """

    object: Literal["thread.run.step"]
    """ Always `thread.run.step`. """

    created_at: int
    """ Creation time, Unix seconds. """

    assistant_id: str
    """ ID of the assistant of the run. """

    thread_id: str
    """ ID of the thread of the run. """

    run_id: str
    """ ID of the run the step belongs to. """

    type: RunStepType
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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        assistant_id = self.assistant_id
        thread_id = self.thread_id
        run_id = self.run_id
        type_ = self.type.value if isinstance(self.type, RunStepType) else self.type

        status = self.status.value if isinstance(self.status, RunStepStatus) else self.status

        step_details: dict[str, Any]
        if isinstance(self.step_details, RunStepDetailsMessageCreation):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, RunStepDetailsMessageCreation)
                else self.step_details
            )

        elif isinstance(self.step_details, RunStepDetailsToolCalls):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, RunStepDetailsToolCalls)
                else self.step_details
            )

        elif isinstance(self.step_details, UnknownRunStepDetails):
            step_details = (
                self.step_details.to_dict()
                if isinstance(self.step_details, UnknownRunStepDetails)
                else self.step_details
            )

        else:
            step_details = self.step_details

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunStepLastError):
            last_error = self.last_error.to_dict() if isinstance(self.last_error, RunStepLastError) else self.last_error

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
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunUsage):
            usage = self.usage.to_dict() if isinstance(self.usage, RunUsage) else self.usage

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
            _at = "id"
            id = src_dict.get("id", MISSING)
            if id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "id"]
                id = None
            else:
                if _strict and not (type(id) is str):
                    raise expected("string", id)

            _at = "object"
            object_ = src_dict.get("object", MISSING)
            if object_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "object"]
                object_ = None
            else:
                if _strict and object_ != "thread.run.step":
                    raise InvalidValue("expected 'thread.run.step'")
            _at = "created_at"
            created_at = src_dict.get("created_at", MISSING)
            if created_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "created_at"]
                created_at = None
            else:
                if _strict and not (is_integer(created_at)):
                    raise expected("integer", created_at)

            _at = "assistant_id"
            assistant_id = src_dict.get("assistant_id", MISSING)
            if assistant_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "assistant_id"]
                assistant_id = None
            else:
                if _strict and not (type(assistant_id) is str):
                    raise expected("string", assistant_id)

            _at = "thread_id"
            thread_id = src_dict.get("thread_id", MISSING)
            if thread_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "thread_id"]
                thread_id = None
            else:
                if _strict and not (type(thread_id) is str):
                    raise expected("string", thread_id)

            _at = "run_id"
            run_id = src_dict.get("run_id", MISSING)
            if run_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "run_id"]
                run_id = None
            else:
                if _strict and not (type(run_id) is str):
                    raise expected("string", run_id)

            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if type(type_) is str:
                    _type__member = RunStepType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of RunStepType")
                    else:
                        type_ = RunStepType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = RunStepStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of RunStepStatus")
                    else:
                        status = RunStepStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "step_details"
            step_details = src_dict.get("step_details", MISSING)
            if step_details is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "step_details"]
                step_details = None
            else:
                _step_details_tag = step_details.get("type") if type(step_details) is dict else None
                if _step_details_tag == "message_creation":
                    step_details = RunStepDetailsMessageCreation.from_dict(step_details, _strict)
                elif _step_details_tag == "tool_calls":
                    step_details = RunStepDetailsToolCalls.from_dict(step_details, _strict)
                elif type(step_details) is dict:
                    step_details = UnknownRunStepDetails.from_dict(step_details, _strict)
                elif _strict:
                    raise InvalidValue("expected object, got " + json_type(step_details))

            _at = "last_error"
            last_error = src_dict.get("last_error", MISSING)
            if last_error is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "last_error"]
                last_error = None
            else:
                if last_error is None:
                    pass
                elif type(last_error) is dict:
                    last_error = RunStepLastError.from_dict(last_error, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(last_error))

            _at = "expired_at"
            expired_at = src_dict.get("expired_at", MISSING)
            if expired_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "expired_at"]
                expired_at = None
            else:
                if _strict and not (is_integer(expired_at) or expired_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(expired_at))

            _at = "cancelled_at"
            cancelled_at = src_dict.get("cancelled_at", MISSING)
            if cancelled_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "cancelled_at"]
                cancelled_at = None
            else:
                if _strict and not (is_integer(cancelled_at) or cancelled_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(cancelled_at))

            _at = "failed_at"
            failed_at = src_dict.get("failed_at", MISSING)
            if failed_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "failed_at"]
                failed_at = None
            else:
                if _strict and not (is_integer(failed_at) or failed_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(failed_at))

            _at = "completed_at"
            completed_at = src_dict.get("completed_at", MISSING)
            if completed_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "completed_at"]
                completed_at = None
            else:
                if _strict and not (is_integer(completed_at) or completed_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(completed_at))

            _at = "metadata"
            metadata = src_dict.get("metadata", MISSING)
            if metadata is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "metadata"]
                metadata = None
            else:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))

            _at = "usage"
            usage = src_dict.get("usage", MISSING)
            if usage is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "usage"]
                usage = None
            else:
                if usage is None:
                    pass
                elif type(usage) is dict:
                    usage = RunUsage.from_dict(usage, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(usage))

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 16 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.id = id
        _obj.object = object_
        _obj.created_at = created_at
        _obj.assistant_id = assistant_id
        _obj.thread_id = thread_id
        _obj.run_id = run_id
        _obj.type = type_
        _obj.status = status
        _obj.step_details = step_details
        _obj.last_error = last_error
        _obj.expired_at = expired_at
        _obj.cancelled_at = cancelled_at
        _obj.failed_at = failed_at
        _obj.completed_at = completed_at
        _obj.metadata = metadata
        _obj.usage = usage
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
from ..models.metadata import Metadata
from ..models.run_step_details_message_creation import RunStepDetailsMessageCreation
from ..models.run_step_details_tool_calls import RunStepDetailsToolCalls
from ..models.run_step_last_error import RunStepLastError
from ..models.run_usage import RunUsage
from ..models.unknown_run_step_details import UnknownRunStepDetails
