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
from ..backends.code_interpreter import CodeCall, CodeInput, file_paths, wire_call, wire_outputs
from ..backends.file_search import INCLUDE_CONTENT, FileSearchCall, citations, cited_files, without_content
from ..backends.file_search import wire_call as search_call
from ..objects import ObjectFactory
from ..storage.sql_objects import ObjectStore, new_id
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

    def __init__(
        self, store: ObjectStore, objects: ObjectFactory, emit: Emit, run: JSON, progress: RunProgress
    ) -> None:
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
        self.search_steps: list[JSON] = []  # the file_search and code_interpreter steps of this segment, completed
        self.cited: dict[tuple[int, int], str] = {}  # (turn, result) -> file_id, for the markers
        self._announced = 0  # annotations sent in message deltas so far
        self._noted = 0  # where the last of them ends
        self.code_steps: dict[str, JSON] = {}  # call id -> step of each code_interpreter call not run yet
        self.images: list[str] = []  # File ids of the images this segment's code made, in order
        self.made: dict[str, str] = {}  # name under /mnt/data -> File id of what the code wrote
        self._images_first = 0  # images that come before the text part (made before the message opened)

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
                elif isinstance(event, CodeInput):
                    self._code_input(event)
                    await asyncio.sleep(0)
                elif isinstance(event, CodeCall):
                    self._code_done(event)
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
        self._images_first = len(self.images)
        if self.images:
            message["content"] = self._image_parts(self.images)
            self.store.update("message", message, parent=run["thread_id"])
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
        annotations = sorted(
            [*citations(text, self.cited), *file_paths(text, self.made)], key=lambda a: int(a["start_index"])
        )
        first = self._images_first
        message["content"] = [
            *self._image_parts(self.images[:first]),
            {"type": "text", "text": {"value": text, "annotations": annotations}},
            *self._image_parts(self.images[first:]),
        ]
        return message

    @staticmethod
    def _image_parts(file_ids: list[str]) -> list[JSON]:
        return [{"type": "image_file", "image_file": {"file_id": f, "detail": "auto"}} for f in file_ids]

    def keep_text(self) -> None:
        """Save the text streamed so far into the open message (before it ends incomplete)."""
        if self.text_parts:
            message = self.fill_message()
            if message is not None:
                self.store.update("message", message, parent=self.run["thread_id"])

    def open_steps(self) -> list[JSON]:
        steps = [step for step in (self.message_step, self.tool_step) if step is not None]
        return [*steps, *self.code_steps.values()]

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
        entry = search_call(call.call_id or new_id("call_"), call)
        step = self.objects.step(self.run, "tool_calls", {"type": "tool_calls", "tool_calls": []})
        self.emit(self.run_id, "thread.run.step.created", step)
        self.emit(self.run_id, "thread.run.step.in_progress", step)
        self._emit_step_delta(step, {"index": 0, "id": entry["id"], "type": "file_search", "file_search": {}})
        step["step_details"] = {"type": "tool_calls", "tool_calls": [entry]}
        self._complete_hosted(step, call.prompt_tokens, call.completion_tokens)
        for index, result in enumerate(call.results):
            self.cited[(call.turn, index)] = result.file_id

    def _complete_hosted(self, step: JSON, prompt_tokens: int, completion_tokens: int) -> None:
        """A hosted tool's step (file_search, code_interpreter) completed with its usage, saved with
        the progress that names it, and announced."""
        step.update(
            status="completed",
            completed_at=self.store.timestamp(),
            usage={
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": prompt_tokens + completion_tokens,
            },
        )
        self.progress = self.progress.search_done(step["id"])
        with self.store.transaction(
            ("thread", self.run["thread_id"])
        ):  # a restart finds the completed step named in the progress
            self.store.update("step", step, parent=self.run_id)
            self.store.set_aux("run", self.run_id, self.progress.to_json())
        self.emit(self.run_id, "thread.run.step.completed", self.shown(step))
        self.search_steps.append(step)

    def _emit_step_delta(self, step: JSON, call: JSON) -> None:
        delta = {"step_details": {"type": "tool_calls", "tool_calls": [call]}}
        self.emit(
            self.run_id, "thread.run.step.delta", {"id": step["id"], "object": "thread.run.step.delta", "delta": delta}
        )

    def _code_input(self, piece: CodeInput) -> JSON:
        """A piece of code being written: the first of a call opens its step (saved), each is a
        delta. A piece without a call id goes on with the last call opened."""
        call_id = piece.call_id or (next(reversed(self.code_steps)) if self.code_steps else new_id("call_"))
        step = self.code_steps.get(call_id)
        if step is None:
            entry = wire_call(call_id, "")
            step = self.objects.step(self.run, "tool_calls", {"type": "tool_calls", "tool_calls": [entry]})
            self.emit(self.run_id, "thread.run.step.created", step)
            self.emit(self.run_id, "thread.run.step.in_progress", step)
            self.code_steps[call_id] = step
            self._emit_step_delta(
                step, {"index": 0, "id": entry["id"], "type": "code_interpreter", "code_interpreter": {"input": ""}}
            )
        call = step["step_details"]["tool_calls"][0]
        call["code_interpreter"]["input"] += piece.text
        if piece.text:
            more = {"index": 0, "type": "code_interpreter", "code_interpreter": {"input": piece.text}}
            self._emit_step_delta(step, more)
        return step

    def _code_done(self, call: CodeCall) -> None:
        """The code ran: its outputs as a delta, the step completed, its images and files kept
        for the answer (image parts, ``file_path`` annotations)."""
        if call.call_id in self.code_steps or (call.call_id is None and self.code_steps):
            step = self.code_steps.pop(call.call_id or next(reversed(self.code_steps)))
        else:  # the backend sent the code whole
            step = self._code_input(CodeInput(call.code, call.call_id or new_id("call_")))
            self.code_steps.pop(step["step_details"]["tool_calls"][0]["id"])
        entry = step["step_details"]["tool_calls"][0]
        outputs = wire_outputs(call)
        entry["code_interpreter"] = {"input": call.code, "outputs": outputs}
        shown = [{"index": i, **o} for i, o in enumerate(outputs)]
        self._emit_step_delta(step, {"index": 0, "type": "code_interpreter", "code_interpreter": {"outputs": shown}})
        self._complete_hosted(step, call.prompt_tokens, call.completion_tokens)
        self.made.update((f.name, f.file_id) for f in call.files)
        position = len(self.images)
        self.images.extend(call.images)
        if self.message is not None and call.images:  # the answer is open: the images follow its text
            parts = [{"index": 1 + position + i, **p} for i, p in enumerate(self._image_parts(list(call.images)))]
            message = self.message
            self.emit(
                self.run_id,
                "thread.message.delta",
                {"id": message["id"], "object": "thread.message.delta", "delta": {"content": parts}},
            )

    def _text(self, text: str) -> None:
        self.text_parts.append(text)
        self.text_so_far += text
        message = self.message or self.open_message()
        annotations: list[JSON] = []
        found: list[JSON] = []
        if "】" in text:  # a citation marker may have just been closed
            found.extend(citations(self.text_so_far, self.cited))
        if self.made:  # a link to a file the code wrote may have just ended
            found.extend(file_paths(self.text_so_far, self.made, complete=False))
        for note in sorted(found, key=lambda a: int(a["start_index"])):
            if note["end_index"] > self._noted:
                annotations.append({"index": self._announced, **note})
                self._announced += 1
                self._noted = note["end_index"]
        part = {"index": self._images_first, "type": "text", "text": {"value": text, "annotations": annotations}}
        delta = {"content": [part]}
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
