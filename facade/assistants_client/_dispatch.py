"""What an event handler hears for each event of a run's stream, with no I/O.

`EventDispatch.feed(event)` gives the handler calls one event makes, in order, as
(method name, arguments) pairs, keeping the snapshots the `*_delta` callbacks receive: the
message being written (deltas merged into the `thread.message.created` object) and each run
step (deltas merged into `thread.run.step.created`). The drivers in `_handlers.py` make the
calls.

For each event but `done` (the end of one HTTP stream; the driver calls `on_end` after the
last): `on_event(event)` first; then
- `thread.message.created` → `on_message_created(message)`;
- `thread.message.delta` → for a content part not seen before, `on_text_done(text)` (or
  `on_image_file_done(image_file)`) for the part before it and `on_text_created(text)` for a
  text part; then
  `on_text_delta(delta, snapshot)` for each text part of the delta (its `.value` is the piece,
  the snapshot's the text so far) and `on_message_delta(delta, snapshot)`;
- `thread.message.completed` / `incomplete` → `on_text_done` / `on_image_file_done` for the
  open part, then
  `on_message_done(message)`;
- `thread.run.step.created` → `on_run_step_created(step)`, and `on_tool_call_created` for any
  tool call it already holds;
- `thread.run.step.delta` → for a tool call not seen before, `on_tool_call_done` for the one
  before it and `on_tool_call_created(snapshot)`; then `on_tool_call_delta(delta, snapshot)`
  for each tool call of the delta and `on_run_step_delta(delta, snapshot)`;
- `thread.run.step.completed` / `failed` / `cancelled` / `expired` → `on_tool_call_created` and
  `on_tool_call_done` for each of its tool calls not yet announced / finished, then
  `on_run_step_done(step)`;
- `thread.run.requires_action` → `on_tool_call_done` for the open tool call, then
  `on_requires_action(run)` (whose answer the driver may submit);
- a run's other final status (`completed`, `failed`, ...) → `on_tool_call_done` for the open one.
Every tool call is announced once and finished once, across the streams of tool rounds.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any, cast

from assistants_api.api import StreamEvent
from assistants_api.models import MessageObject, MessageText, RunStepDetailsToolCalls, RunStepObject

__all__ = ["Call", "EventDispatch", "merge"]

Call = tuple[str, tuple[Any, ...]]

_JOINED = frozenset({"value", "arguments", "input", "output", "logs"})
"""The string fields whose deltas are pieces to append (text, a call's arguments, code)."""
_STEP_END = frozenset({"thread.run.step.completed", "thread.run.step.failed", "thread.run.step.cancelled"})
_STEP_END |= {"thread.run.step.expired"}
_RUN_END = frozenset(
    {"thread.run.completed", "thread.run.failed", "thread.run.cancelled", "thread.run.expired", "thread.run.incomplete"}
)


def merge(snapshot: dict[str, Any], delta: Mapping[str, Any]) -> dict[str, Any]:
    """`delta` merged into `snapshot` (in place): the pieces of text, arguments, code input and
    output appended; lists of objects with an `index` merged item by item, other lists extended;
    anything else replaced."""
    for key, value in delta.items():
        old = snapshot.get(key)
        if old is None and isinstance(value, Mapping | list):  # new: built the same way, indexes dropped
            old = snapshot[key] = {} if isinstance(value, Mapping) else []
        if key in _JOINED and isinstance(value, str) and isinstance(old, str):
            snapshot[key] = old + value
        elif isinstance(value, Mapping) and isinstance(old, dict):
            merge(old, value)
        elif isinstance(value, list) and isinstance(old, list):
            for item in value:
                index = item.get("index") if isinstance(item, Mapping) else None
                if isinstance(index, int) and index >= 0:
                    while len(old) <= index:
                        old.append({})
                    if isinstance(old[index], dict):
                        merge(old[index], _without_index(item))
                    else:
                        old[index] = copy.deepcopy(_without_index(item))
                else:
                    old.append(copy.deepcopy(item))
        else:
            snapshot[key] = copy.deepcopy(value)
    return snapshot


def _part_done(part: Any) -> list[Call]:
    """The callback for a content part written to its end: a text, or an image file."""
    kind = getattr(part, "type", None)
    if kind == "text":
        return [("on_text_done", (part.text,))]
    if kind == "image_file":
        return [("on_image_file_done", (part.image_file,))]
    return []


def _without_index(item: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in item.items() if key != "index"}


class EventDispatch:
    """The handler calls of a run's events (see the module docstring), with the snapshots."""

    __slots__ = ("_announced", "_finished", "_message", "_open_call", "_open_part", "_steps", "run")

    def __init__(self) -> None:
        self.run: Any = None
        self._message: dict[str, Any] | None = None  # the message being written, as JSON
        self._open_part: int | None = None  # the index of its content part being written
        self._steps: dict[str, dict[str, Any]] = {}  # run step snapshots by id, as JSON
        self._open_call: tuple[str, int] | None = None  # (step id, index) of the tool call being written
        self._announced: set[tuple[str, int]] = set()
        self._finished: set[tuple[str, int]] = set()

    # -- snapshots ------------------------------------------------------------------------------

    def _text(self, index: int) -> MessageText:
        assert self._message is not None
        part = self._message["content"][index]
        return MessageText.from_dict(part.get("text") or {})

    def _part(self, index: int) -> Any:
        assert self._message is not None
        part = self._message["content"][index]
        return MessageObject.from_dict({"content": [part]}).content[0]

    def message_snapshot(self) -> MessageObject | None:
        return None if self._message is None else MessageObject.from_dict(self._message)

    def _step(self, step_id: str) -> RunStepObject:
        return RunStepObject.from_dict(self._steps[step_id])

    def _tool_call(self, step_id: str, index: int) -> Any:
        calls = (self._steps[step_id].get("step_details") or {}).get("tool_calls") or []
        item = calls[index] if index < len(calls) and isinstance(calls[index], Mapping) else {}
        details = RunStepDetailsToolCalls.from_dict({"type": "tool_calls", "tool_calls": [_without_index(item)]})
        return details.tool_calls[0]

    # -- tool calls -----------------------------------------------------------------------------

    def _finish(self, key: tuple[str, int], final: Any = None) -> list[Call]:
        if self._open_call == key:
            self._open_call = None
        if key in self._finished:
            return []
        self._finished.add(key)
        return [("on_tool_call_done", (final if final is not None else self._tool_call(*key),))]

    def _finish_open_call(self) -> list[Call]:
        return [] if self._open_call is None else self._finish(self._open_call)

    def _open(self, key: tuple[str, int]) -> list[Call]:
        calls = self._finish_open_call() if self._open_call != key else []
        if key not in self._announced:
            self._announced.add(key)
            calls.append(("on_tool_call_created", (self._tool_call(*key),)))
        self._open_call = key
        return calls

    def _step_calls(self, step: RunStepObject, ending: bool) -> list[Call]:
        calls: list[Call] = []
        details = step.step_details
        tool_calls = details.tool_calls if isinstance(details, RunStepDetailsToolCalls) else []
        for index, tool_call in enumerate(tool_calls):
            key = (step.id, index)
            if key not in self._announced:
                calls += self._open(key)
            if ending:
                calls += self._finish(key, tool_call)
        return calls

    # -- events ---------------------------------------------------------------------------------

    def feed(self, event: StreamEvent) -> list[Call]:
        if event.event == "done":  # the end of one HTTP stream: the handler hears on_end at the last
            return []
        calls: list[Call] = [("on_event", (event,))]
        name, data = event.event, cast(Any, event.data)  # narrowed by the name below, by hand
        if name == "thread.message.delta":
            calls += self._message_delta(data)
        elif name == "thread.message.created":
            self._message, self._open_part = data.to_dict(), None
            calls.append(("on_message_created", (data,)))
        elif name in ("thread.message.completed", "thread.message.incomplete"):
            index, self._open_part, self._message = self._open_part, None, data.to_dict()
            parts = data.content
            if index is not None and index < len(parts):
                calls += _part_done(parts[index])
            calls.append(("on_message_done", (data,)))
        elif name == "thread.run.step.delta":
            calls += self._step_delta(data)
        elif name == "thread.run.step.created" or name == "thread.run.step.in_progress":
            self._steps[data.id] = data.to_dict()
            if name == "thread.run.step.created":
                calls.append(("on_run_step_created", (data,)))
            calls += self._step_calls(data, ending=False)
        elif name in _STEP_END:
            self._steps[data.id] = data.to_dict()
            calls += self._step_calls(data, ending=True)
            calls.append(("on_run_step_done", (data,)))
        elif name.startswith("thread.run."):
            self.run = data
            if name == "thread.run.requires_action":
                calls += self._finish_open_call()
                calls.append(("on_requires_action", (data,)))
            elif name in _RUN_END:
                calls += self._finish_open_call()
        return calls

    def _message_delta(self, data: Any) -> list[Call]:
        calls: list[Call] = []
        if self._message is None or self._message.get("id") != data.id:  # a delta with no created before it
            self._message = {"id": data.id, "object": "thread.message", "content": []}
        merge(self._message, {"content": data.to_dict().get("delta", {}).get("content") or []})
        for part in data.delta.content or ():
            index = getattr(part, "index", None)
            if not isinstance(index, int):
                continue
            if index != self._open_part:
                if self._open_part is not None:
                    calls += _part_done(self._part(self._open_part))
                self._open_part = index
                if part.type == "text":
                    calls.append(("on_text_created", (self._text(index),)))
            if part.type == "text" and getattr(part, "text", None) is not None:
                calls.append(("on_text_delta", (part.text, self._text(index))))
        calls.append(("on_message_delta", (data.delta, self.message_snapshot())))
        return calls

    def _step_delta(self, data: Any) -> list[Call]:
        calls: list[Call] = []
        snapshot = self._steps.setdefault(data.id, {"id": data.id, "object": "thread.run.step"})
        delta = data.to_dict().get("delta") or {}
        merge(snapshot, delta)
        details = data.delta.step_details
        for tool_call in getattr(details, "tool_calls", None) or ():
            index = getattr(tool_call, "index", None)
            if not isinstance(index, int):
                continue
            calls += self._open((data.id, index))
            calls.append(("on_tool_call_delta", (tool_call, self._tool_call(data.id, index))))
        calls.append(("on_run_step_delta", (data.delta, self._step(data.id))))
        return calls
