from enum import StrEnum
from typing import Any


class RunStreamEventEvent(StrEnum):
    THREAD_RUN_CANCELLED = "thread.run.cancelled"
    THREAD_RUN_CANCELLING = "thread.run.cancelling"
    THREAD_RUN_COMPLETED = "thread.run.completed"
    THREAD_RUN_CREATED = "thread.run.created"
    THREAD_RUN_EXPIRED = "thread.run.expired"
    THREAD_RUN_FAILED = "thread.run.failed"
    THREAD_RUN_INCOMPLETE = "thread.run.incomplete"
    THREAD_RUN_IN_PROGRESS = "thread.run.in_progress"
    THREAD_RUN_QUEUED = "thread.run.queued"
    THREAD_RUN_REQUIRES_ACTION = "thread.run.requires_action"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        # The value, as the API writes it: a model's repr reads status='completed'.
        return repr(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunStreamEventEvent | None":
        # The API adds values over time (a run status, a tool type, ...). An unknown
        # string becomes a pseudo-member that keeps the string and round-trips as it
        # came, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
