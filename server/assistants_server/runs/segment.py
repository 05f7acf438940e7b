"""One segment of a run as it is written: a model's stream of events turned into the message,
the steps and the deltas a client sees, while it streams.

A segment is the model's answer between two waits: from the run's start, or from the tool
outputs it was given, to a finish. ``Segment`` only records: it opens the message and the steps
the events call for, keeps the text and the calls so far, and sends each delta. How the segment
ends is decided by ``lifecycle.segment_end`` and carried out by the engine.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..backends.base import Finish, ModelBackend, ModelRequest, TextDelta, ToolCall, ToolCallDelta, Usage
from ..backends.file_search import INCLUDE_CONTENT, FileSearchCall, citations, cited_files, wire_call, without_content
from ..objects import ObjectFactory
from ..storage.sqlite import Store, new_id
from .lifecycle import RunProgress

JSON = dict[str, Any]
Emit = Callable[[str, str, Any], None]  # (run id, event name, data)
HAND_OVER = 0.001  # seconds of model events handled at most before the SSE streams get a turn


@dataclass
class SegmentOutput:
    """What a backend's stream said besides text and calls: its last usage and its finish."""

    usage: Usage | None = None
    finish: Finish | None = None


class Segment:
    """The message, steps and calls one ``respond`` stream has made so far."""

    def __init__(self, store: Store, objects: ObjectFactory, emit: Emit, run: JSON, progress: RunProgress) -> None:
        self.store = store
        self.objects = objects
        self.emit = emit
        self.run = run
        self.progress = progress
        self.message: JSON | None = None
        self.message_step: JSON | None = None
        self.tool_step: JSON | None = None
        self.calls: list[JSON] = []
        self._call_positions: dict[int, int] = {}  # a backend's call index -> position in self.calls
        self.text_parts: list[str] = []
        self.text_so_far = ""
        self.search_steps: list[JSON] = []  # the file_search steps of this segment, completed
        self.cited: dict[tuple[int, int], str] = {}  # (turn, result) -> file_id, for the markers
        self._announced = 0  # file citations sent in message deltas so far

    @property
    def run_id(self) -> str:
        return str(self.run["id"])

    async def consume(self, backend: ModelBackend, request: ModelRequest) -> SegmentOutput:
        output = SegmentOutput()
        self.cited = cited_files(request.steps.get(self.run_id, ()))
        stream = backend.respond(request)
        clock = asyncio.get_running_loop().time
        handed_over = clock() - HAND_OVER
        try:
            async for event in stream:
                if isinstance(event, TextDelta | ToolCallDelta | ToolCall):
                    if isinstance(event, TextDelta):
                        if event.text:
                            self._text(event.text)
                    elif isinstance(event, ToolCallDelta):
                        self._tool_call_delta(event)
                    else:
                        whole = ToolCallDelta(len(self.calls), event.arguments, event.name, event.call_id)
                        self._tool_call_delta(whole)
                    # A backend reading a burst of buffered upstream data does not give the loop a turn
                    # by itself: hand it over now and then so the streams send what is queued.
                    now = clock()
                    if now - handed_over >= HAND_OVER:
                        handed_over = now
                        await asyncio.sleep(0)
                elif isinstance(event, FileSearchCall):
                    self._file_search(event)
                    await asyncio.sleep(0)
                elif isinstance(event, Usage):
                    output.usage = event
                elif isinstance(event, Finish):
                    output.finish = event
                    break
        finally:
            aclose = getattr(stream, "aclose", None)
            if aclose is not None:
                await aclose()
        return output

    def open_message(self) -> JSON:
        """The assistant message of this segment and its `message_creation` step."""
        run = self.run
        message = self.objects.message(
            thread_id=run["thread_id"],
            role="assistant",
            content=[],
            assistant_id=run["assistant_id"],
            run_id=run["id"],
            status="in_progress",
        )
        self.progress = self.progress.writing(message["id"])
        self.store.set_aux("run", run["id"], self.progress.to_json())
        details = {"type": "message_creation", "message_creation": {"message_id": message["id"]}}
        step = self.objects.step(run, "message_creation", details)
        self.emit(self.run_id, "thread.run.step.created", step)
        self.emit(self.run_id, "thread.run.step.in_progress", step)
        self.emit(self.run_id, "thread.message.created", message)
        self.emit(self.run_id, "thread.message.in_progress", message)
        self.message, self.message_step = message, step
        return message

    def fill_message(self) -> JSON | None:
        """The open message with the text written so far as its content (None if none is open)."""
        message = self.message
        if message is None or message["status"] != "in_progress":
            return None
        text = "".join(self.text_parts)
        annotations = list(citations(text, self.cited))
        message["content"] = [{"type": "text", "text": {"value": text, "annotations": annotations}}]
        return message

    def keep_text(self) -> None:
        """Save the text streamed so far into the open message (before it ends incomplete)."""
        if self.text_parts:
            message = self.fill_message()
            if message is not None:
                self.store.update("message", message, parent=self.run["thread_id"])

    def open_steps(self) -> list[JSON]:
        return [step for step in (self.message_step, self.tool_step) if step is not None]

    def required_action(self) -> JSON:
        """The run's `required_action` for the calls made."""
        calls = [
            {"id": c["id"], "type": "function", "function": {k: c["function"][k] for k in ("name", "arguments")}}
            for c in self.calls
        ]
        return {"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}}

    def shown(self, step: JSON) -> JSON:
        """A step as this run's streams show it (file_search content only when asked)."""
        return step if INCLUDE_CONTENT in self.progress.include else without_content(step)

    def search_usage(self) -> Usage:
        """What this segment's search rounds used (their steps' usage)."""
        prompt = sum(int((s.get("usage") or {}).get("prompt_tokens") or 0) for s in self.search_steps)
        completion = sum(int((s.get("usage") or {}).get("completion_tokens") or 0) for s in self.search_steps)
        return Usage(prompt, completion)

    def _file_search(self, call: FileSearchCall) -> None:
        """A search the backend ran: a tool_calls step with its call, created and completed at once."""
        entry = wire_call(call.call_id or new_id("call_"), call)
        step = self.objects.step(self.run, "tool_calls", {"type": "tool_calls", "tool_calls": []})
        self.emit(self.run_id, "thread.run.step.created", step)
        self.emit(self.run_id, "thread.run.step.in_progress", step)
        opening = {"index": 0, "id": entry["id"], "type": "file_search", "file_search": {}}
        delta = {"step_details": {"type": "tool_calls", "tool_calls": [opening]}}
        self.emit(
            self.run_id, "thread.run.step.delta", {"id": step["id"], "object": "thread.run.step.delta", "delta": delta}
        )
        now = self.store.timestamp()
        step.update(
            step_details={"type": "tool_calls", "tool_calls": [entry]},
            status="completed",
            completed_at=now,
            usage={
                "prompt_tokens": call.prompt_tokens,
                "completion_tokens": call.completion_tokens,
                "total_tokens": call.prompt_tokens + call.completion_tokens,
            },
        )
        self.progress = self.progress.search_done(step["id"])
        with self.store.transaction():  # a restart finds the completed step named in the progress
            self.store.update("step", step, parent=self.run_id)
            self.store.set_aux("run", self.run_id, self.progress.to_json())
        self.emit(self.run_id, "thread.run.step.completed", self.shown(step))
        self.search_steps.append(step)
        for index, result in enumerate(call.results):
            self.cited[(call.turn, index)] = result.file_id

    def _text(self, text: str) -> None:
        self.text_parts.append(text)
        before = len(self.text_so_far)
        self.text_so_far += text
        message = self.message or self.open_message()
        annotations: list[JSON] = []
        if "】" in text:  # a citation marker may have just been closed
            for found in citations(self.text_so_far, self.cited):
                if found["end_index"] > before:
                    annotations.append({"index": self._announced, **found})
                    self._announced += 1
        delta = {"content": [{"index": 0, "type": "text", "text": {"value": text, "annotations": annotations}}]}
        self.emit(
            self.run_id, "thread.message.delta", {"id": message["id"], "object": "thread.message.delta", "delta": delta}
        )

    def _tool_call_delta(self, piece: ToolCallDelta) -> None:
        if self.tool_step is None:
            step = self.objects.step(self.run, "tool_calls", {"type": "tool_calls", "tool_calls": []})
            self.emit(self.run_id, "thread.run.step.created", step)
            self.emit(self.run_id, "thread.run.step.in_progress", step)
            self.tool_step = step
        step = self.tool_step
        position = self._call_positions.get(piece.index)
        if position is None:  # a new call: the delta carries all of it so far, the step is saved
            entry = {
                "id": piece.call_id or new_id("call_"),
                "type": "function",
                "function": {"name": piece.name, "arguments": piece.arguments, "output": None},
            }
            position = self._call_positions[piece.index] = len(self.calls)
            self.calls.append(entry)
            step["step_details"] = {"type": "tool_calls", "tool_calls": self.calls}
            self.store.update("step", step, parent=self.run_id)
            change: JSON = dict(entry, index=position)
        else:  # more of it: only what is new goes out, the step is saved when the segment ends
            function = self.calls[position]["function"]
            function["name"] += piece.name
            function["arguments"] += piece.arguments
            parts = {k: v for k, v in (("name", piece.name), ("arguments", piece.arguments)) if v}
            change = {"index": position, "type": "function", "function": parts}
        delta = {"step_details": {"type": "tool_calls", "tool_calls": [change]}}
        self.emit(
            self.run_id, "thread.run.step.delta", {"id": step["id"], "object": "thread.run.step.delta", "delta": delta}
        )
