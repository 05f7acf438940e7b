"""The single process's run streams (`runs.streams.LocalStreams`, the SQLite engine's): positions,
resuming after one, what is kept and for how long, and a restart's refusal of old positions.
Pure: no server, no event loop running."""

from __future__ import annotations

import asyncio
import time

import pytest
from assistants_server.runs.streams import Event, EventsUnavailable, LocalStreams


def drain(queue: asyncio.Queue[Event]) -> list[Event]:
    found = []
    while not queue.empty():
        found.append(queue.get_nowait())
    return found


def test_a_stream_resumes_after_any_position_up_to_its_segment_end() -> None:
    streams = LocalStreams()
    queue, opened = streams.open("run_1")
    for i in range(5):
        streams.emit("run_1", "thread.message.delta", {"i": i})
    streams.end_segment("run_1")
    sent = drain(queue)
    assert sent[-1] is None and [e[1] for e in sent[:-1] if e] == [f'{{"i":{i}}}' for i in range(5)]
    positions = [e[2] for e in sent[:-1] if e]
    assert positions == sorted(positions) and positions[0] == opened + 1  # the opening is a position too
    assert drain(streams.resume("run_1", opened)) == sent
    assert drain(streams.resume("run_1", positions[2])) == sent[3:]
    streams.emit("run_1", "thread.run.queued", {})  # the next segment: a resume stops at the first end
    assert drain(streams.resume("run_1", positions[4])) == [None]
    live = streams.resume("run_1", streams.open("run_1")[1])  # after the newest: follows what comes
    streams.emit("run_1", "thread.run.completed", {})
    assert [e[0] for e in drain(live) if e] == ["thread.run.completed"]


def test_positions_not_kept_are_refused() -> None:
    streams = LocalStreams(keep_events=6)
    streams.emit("run_quiet", "thread.run.queued", {})  # never streamed: not kept
    with pytest.raises(EventsUnavailable):
        streams.resume("run_quiet", 1)
    _, old = streams.open("run_old")
    streams.end_segment("run_old")
    _, new = streams.open("run_new")
    for _ in range(5):
        streams.emit("run_new", "thread.message.delta", {})
    with pytest.raises(EventsUnavailable):  # the least recently written run went first
        streams.resume("run_old", old)
    for _ in range(5):  # one run alone over the count: its oldest events go
        streams.emit("run_new", "thread.message.delta", {})
    with pytest.raises(EventsUnavailable):
        streams.resume("run_new", new)
    restarted = LocalStreams()  # a new process: every earlier position is unknown
    assert restarted._next > new
    with pytest.raises(EventsUnavailable):
        restarted.resume("run_new", new + 3)


def test_runs_go_once_their_time_is_over() -> None:
    streams = LocalStreams(keep_seconds=0.05)
    _, position = streams.open("run_1")
    time.sleep(0.1)
    streams.open("run_2")
    with pytest.raises(EventsUnavailable):
        streams.resume("run_1", position)
