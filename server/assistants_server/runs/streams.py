"""The streams of one process's runs (the single-process engine's, on SQLite): every event a
streamed run sends gets a position (the SSE ``id`` its streams send), goes to the run's open
streams, and is kept a while, so that a stream cut mid-way can be resumed after the last position
it got (``resume``; the ``getRunEvents`` operation).

Positions are one sequence for the whole process, starting at the microseconds since the epoch
when it started: no position of an earlier process is one of this process's, so a resume after a
restart is refused (``EventsUnavailable``) rather than answered with another segment's events.

Only the runs a stream was opened for are kept (``open`` writes the stream's opening marker, whose
position the events sent before the run's own, ``thread.created`` and ``thread.run.created``,
carry): a run nobody streams costs nothing. A run's events stay until ``KEEP_SECONDS`` after its
latest one, and ``KEEP_EVENTS`` events in all (the least recently written runs' go first).
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import OrderedDict, deque
from typing import Any

from ..storage.run_queue import END_EVENT, OPEN_EVENT

Event = tuple[str, str, int | None] | None  # (event name, data text, position or None); None ends a segment
KEEP_SECONDS = 300.0  # how long a run's events stay resumable after its latest one
KEEP_EVENTS = 200_000  # events kept in all, across runs


class EventsUnavailable(Exception):
    """The run's events after that position are not kept (any more, or ever: another process's)."""


class LocalStreams:
    def __init__(self, keep_seconds: float = KEEP_SECONDS, keep_events: int = KEEP_EVENTS) -> None:
        self.keep_seconds = keep_seconds
        self.keep_events = keep_events
        self._next = time.time_ns() // 1000
        self._logs: OrderedDict[str, deque[tuple[int, str, str]]] = OrderedDict()  # least recently written first
        self._written: dict[str, float] = {}  # monotonic time of each run's latest event
        self._kept = 0
        self._listeners: dict[str, list[asyncio.Queue[Event]]] = {}

    # -- writing ----------------------------------------------------------------
    def emit(self, run_id: str, event: str, data: Any) -> None:
        """One event of the run: kept if a stream was opened for it, handed to its open streams."""
        if run_id in self._logs or run_id in self._listeners:
            self._append(run_id, event, json.dumps(data, separators=(",", ":")))  # snapshot now: dicts change

    def end_segment(self, run_id: str) -> None:
        """The segment ended: its streams end too."""
        if run_id in self._logs or run_id in self._listeners:
            self._append(run_id, END_EVENT, "")

    def _append(self, run_id: str, event: str, text: str) -> int:
        position, self._next = self._next, self._next + 1
        log = self._logs.pop(run_id, None)
        if log is None:
            log = deque()
        log.append((position, event, text))
        self._logs[run_id] = log  # now the most recently written
        now = time.monotonic()
        self._written[run_id] = now
        self._kept += 1
        self._trim(run_id, now)
        item: Event = None if event == END_EVENT else (event, text, position)
        if event != OPEN_EVENT:
            for queue in self._listeners.get(run_id, ()):
                queue.put_nowait(item)
        return position

    def _trim(self, current: str, now: float) -> None:
        """Drop the runs past their time or over the count, oldest first (never `current`'s newest)."""
        while self._logs:
            run_id, log = next(iter(self._logs.items()))
            if self._kept <= self.keep_events and now - self._written[run_id] <= self.keep_seconds:
                return
            if run_id == current:  # one run alone holds too many: its oldest events go
                while self._kept > self.keep_events and len(log) > 1:
                    log.popleft()
                    self._kept -= 1
                return
            self._kept -= len(log)
            del self._logs[run_id], self._written[run_id]

    # -- reading ----------------------------------------------------------------
    def open(self, run_id: str) -> tuple[asyncio.Queue[Event], int]:
        """A stream of the run's events from now on, and the position it starts after."""
        queue: asyncio.Queue[Event] = asyncio.Queue()
        position = self._append(run_id, OPEN_EVENT, "")
        self._listeners.setdefault(run_id, []).append(queue)
        return queue, position

    def resume(self, run_id: str, after: int) -> asyncio.Queue[Event]:
        """A stream of the run's events after position `after`, then live until its segment ends;
        EventsUnavailable unless this process still keeps the event at `after`."""
        entries = list(self._logs.get(run_id, ()))
        index = next((i for i, entry in enumerate(entries) if entry[0] == after), None)
        if index is None:
            raise EventsUnavailable(run_id)
        queue: asyncio.Queue[Event] = asyncio.Queue()
        for position, event, text in entries[index + 1 :]:
            if event == END_EVENT:
                queue.put_nowait(None)
                return queue
            if event != OPEN_EVENT:
                queue.put_nowait((event, text, position))
        self._listeners.setdefault(run_id, []).append(queue)
        return queue

    def close(self, run_id: str, queue: asyncio.Queue[Event]) -> None:
        queues = self._listeners.get(run_id)
        if queues and queue in queues:
            queues.remove(queue)
            if not queues:
                del self._listeners[run_id]

    def streamed(self) -> list[str]:
        """The runs with an open stream."""
        return list(self._listeners)

    def end_all(self) -> None:
        """Every open stream ends (the process is stopping)."""
        for queues in self._listeners.values():
            for queue in queues:
                queue.put_nowait(None)
        self._listeners.clear()
