"""The base of the typed stream events, and the event the client could not type.

The generated layer defines one class per event name of the spec (`ThreadRunCreatedEvent`, ...),
each with a literal `event` and its `data` model, so that comparing `event.event` with a name
narrows `event.data`.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

__all__ = ["BaseEvent", "UnknownEvent"]


class BaseEvent:
    """What every stream event has: its name (`event`) and its payload (`data`)."""

    __slots__ = ("data", "event")

    event: str
    data: Any

    def __init__(self, event: str, data: Any) -> None:
        self.event = event
        self.data = data

    def __iter__(self) -> Iterator[Any]:
        return iter((self.event, self.data))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, BaseEvent)
            and type(other) is type(self)
            and (self.event, self.data) == (other.event, other.data)
        )

    def __hash__(self) -> int:
        return hash(self.event)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.event!r}, {type(self.data).__name__})"


class UnknownEvent(BaseEvent):
    """An event the client could not type; its `event` is always "unknown".

    Either the spec does not name it (a newer host's event, a keep-alive), or, in tolerant mode,
    its data did not decode as the spec's model. `name` is the event name as sent, `data` the
    parsed JSON (or the text, when it is not JSON) and `reason` says why it is here. Keeping the
    tag a literal of its own keeps narrowing on `event.event` intact for every known event."""

    __slots__ = ("name", "reason")

    event: Literal["unknown"]
    data: Any

    def __init__(self, name: str, data: Any, reason: str) -> None:
        super().__init__("unknown", data)
        self.name = name
        self.reason = reason

    def __repr__(self) -> str:
        return f"UnknownEvent({self.name!r}, {type(self.data).__name__}, reason={self.reason!r})"
