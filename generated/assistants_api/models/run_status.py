from enum import StrEnum
from typing import Any


class RunStatus(StrEnum):
    CANCELLED = "cancelled"
    CANCELLING = "cancelling"
    COMPLETED = "completed"
    EXPIRED = "expired"
    FAILED = "failed"
    INCOMPLETE = "incomplete"
    IN_PROGRESS = "in_progress"
    QUEUED = "queued"
    REQUIRES_ACTION = "requires_action"

    def __str__(self) -> str:
        return str(self.value)

    def __repr__(self) -> str:
        # The value, as the API writes it: a model's repr reads status='completed'.
        return repr(self.value)

    @classmethod
    def _missing_(cls, value: Any) -> "RunStatus | None":
        # The API adds values over time (a run status, a tool type, ...). An unknown
        # string becomes a pseudo-member that keeps the string and round-trips as it
        # came, instead of failing the whole response.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value.upper()
        member._value_ = value
        return member
