"""The run lifecycle, driven by one asyncio task per run segment.

A run goes queued -> in_progress -> (requires_action | completed | failed | expired |
incomplete); cancel moves an active run to cancelling and then cancelled. Each state change is
saved to the store and published to the run's listeners (SSE streams) as the event the real API
sends. A segment ends when the run is terminal or waits for tool outputs; listeners then get
None. What the model says is asked of a ``ModelBackend`` (see ``model_backend``).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import Any

from .config import ServerConfig
from .model_backend import (
    Finish,
    ModelBackend,
    ModelRequest,
    SegmentOutput,
    TextDelta,
    ToolCall,
    ToolCallDelta,
    ToolResult,
    Usage,
    apply_truncation,
)
from .objects import ObjectFactory
from .store import Store, new_id

log = logging.getLogger("assistants_server")

JSON = dict[str, Any]
Event = tuple[str, str] | None  # (event name, data text); None ends a segment
ACTIVE = ("queued", "in_progress", "requires_action", "cancelling")
TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")
CONTEXT_LIMIT = 500  # newest messages a model is given
HAND_OVER = 0.001  # seconds of model events handled at most before the SSE streams get a turn


class _Cancelled(Exception):
    pass


def _steps_usage(steps: Any) -> JSON | None:
    """What the run's finished steps used so far (None before any)."""
    used = [s["usage"] for s in steps if s.get("status") == "completed" and isinstance(s.get("usage"), dict)]
    if not used:
        return None
    return _usage(sum(u["prompt_tokens"] for u in used), sum(u["completion_tokens"] for u in used))


def _usage(prompt: int, completion: int, extra: JSON | None = None) -> JSON:
    if extra:
        prompt += int(extra.get("prompt_tokens", 0))
        completion += int(extra.get("completion_tokens", 0))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


class RunEngine:
    def __init__(self, store: Store, objects: ObjectFactory, config: ServerConfig, backend: ModelBackend) -> None:
        self.store = store
        self.objects = objects
        self.config = config
        self.backend = backend
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._model_tasks: dict[str, asyncio.Task[SegmentOutput]] = {}
        self._timers: dict[str, asyncio.Task[None]] = {}
        self._listeners: dict[str, list[asyncio.Queue[Event]]] = {}
        self._cancel_requested: set[str] = set()

    @property
    def active_count(self) -> int:
        """Run segments being worked on right now."""
        return len(self._tasks)

    # -- listeners -----------------------------------------------------------
    def subscribe(self, run_id: str) -> asyncio.Queue[Event]:
        queue: asyncio.Queue[Event] = asyncio.Queue()
        self._listeners.setdefault(run_id, []).append(queue)
        return queue

    def unsubscribe(self, run_id: str, queue: asyncio.Queue[Event]) -> None:
        queues = self._listeners.get(run_id)
        if queues and queue in queues:
            queues.remove(queue)
            if not queues:
                del self._listeners[run_id]

    def emit(self, run_id: str, event: str, data: Any) -> None:
        queues = self._listeners.get(run_id)
        if queues:
            text = json.dumps(data, separators=(",", ":"))  # snapshot now: dicts change later
            for queue in queues:
                queue.put_nowait((event, text))

    def _end_segment(self, run_id: str) -> None:
        for queue in self._listeners.get(run_id, ()):
            queue.put_nowait(None)

    # -- control -------------------------------------------------------------
    def start(self, run_id: str) -> None:
        self._cancel_requested.discard(run_id)
        self._stop_timer(run_id)
        self._tasks[run_id] = asyncio.get_running_loop().create_task(self._execute(run_id))

    def request_cancel(self, run_id: str, waiting_for_tools: bool) -> None:
        self._cancel_requested.add(run_id)
        model_task = self._model_tasks.get(run_id)
        if model_task is not None:
            model_task.cancel()
        if waiting_for_tools or run_id not in self._tasks:
            self._stop_timer(run_id)
            self._tasks[run_id] = asyncio.get_running_loop().create_task(self._cancel_later(run_id))

    def forget(self, run_ids: list[str]) -> None:
        """Stop working on these runs (their thread is being deleted)."""
        for run_id in run_ids:
            for table in (self._model_tasks, self._tasks, self._timers):
                task = table.pop(run_id, None)
                if task is not None:
                    task.cancel()

    def _stop_timer(self, run_id: str) -> None:
        timer = self._timers.pop(run_id, None)
        if timer is not None:
            timer.cancel()

    async def shutdown(self) -> None:
        pending = [*self._tasks.values(), *self._timers.values()]
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(BaseException):
                await task
        self._tasks.clear()
        self._timers.clear()
        self._model_tasks.clear()
        for run_id in list(self._listeners):
            self._end_segment(run_id)
        self._listeners.clear()
        self._cancel_requested.clear()

    def resume_after_restart(self) -> None:
        """Runs left active by a previous process: waiting ones keep waiting, the others fail
        (their task died with that process)."""
        for run, aux in self.store.with_status("run", ("queued", "in_progress", "cancelling")):
            now = self.store.timestamp()
            error = {"code": "server_error", "message": "The server restarted while the run was active."}
            if run["status"] == "cancelling":
                run.update(status="cancelled", cancelled_at=now)
                step_end, message_end = {"status": "cancelled", "cancelled_at": now}, "run_cancelled"
            else:
                run.update(status="failed", failed_at=now, last_error=error)
                step_end, message_end = {"status": "failed", "failed_at": now, "last_error": error}, "run_failed"
            self.store.update("run", run, aux=aux)
            # what the run was writing when the process stopped ends with it
            for step in self.store.list("step", run["id"], limit=100, order="asc").data:
                if step["status"] == "in_progress":
                    self.store.update("step", dict(step, **step_end), parent=run["id"])
            message = self.store.get("message", (aux or {}).get("message_id") or "")
            if message is not None and message["status"] == "in_progress":
                message.update(status="incomplete", incomplete_at=now, incomplete_details={"reason": message_end})
                self.store.update("message", message, parent=run["thread_id"])
        for run, _aux in self.store.with_status("run", ("requires_action",)):
            self._arm_expiry(run["id"])

    # -- helpers -------------------------------------------------------------
    def _delay(self, aux: JSON) -> float:
        value = aux.get("delay")
        return float(self.config.step_delay if value is None else value)

    async def _pause(self, run_id: str, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))
        if run_id in self._cancel_requested:
            raise _Cancelled()

    def _load(self, run_id: str) -> tuple[JSON, JSON]:
        run, aux = self.store.get_with_aux("run", run_id)
        if run is None:
            raise _Cancelled()
        return run, aux or {}

    def _save_run(self, run: JSON, aux: JSON, event: str | None = None) -> None:
        if run["status"] in TERMINAL and run["status"] != "expired":
            run["expires_at"] = None
        self.store.update("run", run, aux=aux)
        if event:
            self.emit(run["id"], event, run)

    def _context(self, run: JSON) -> list[JSON]:
        page = self.store.list("message", run["thread_id"], limit=CONTEXT_LIMIT, order="desc")
        return [dict(m) for m in apply_truncation(list(reversed(page.data)), run.get("truncation_strategy"))]

    def _steps(self, run_id: str, messages: list[JSON]) -> dict[str, list[JSON]]:
        """The steps of this run and of the runs that wrote the messages in context."""
        run_ids = dict.fromkeys([*(m["run_id"] for m in messages if m.get("run_id")), run_id])
        return {rid: self.store.list("step", rid, limit=100, order="asc").data for rid in run_ids}

    # -- the task ------------------------------------------------------------
    async def _execute(self, run_id: str) -> None:
        try:
            await self._drive(run_id)
        except _Cancelled:
            self._finish_cancel(run_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug or a failing backend: fail the run rather than hang it
            log.exception("run %s crashed", run_id)
            run, aux = self.store.get_with_aux("run", run_id)
            if run is not None and run["status"] not in TERMINAL:
                run.update(
                    status="failed",
                    failed_at=self.store.timestamp(),
                    last_error={"code": "server_error", "message": f"Internal error: {exc}"},
                )
                self._save_run(run, aux or {}, "thread.run.failed")
        finally:
            if self._tasks.get(run_id) is asyncio.current_task():
                del self._tasks[run_id]
            self._cancel_requested.discard(run_id)
            self._end_segment(run_id)

    async def _cancel_later(self, run_id: str) -> None:
        try:
            _run, aux = self._load(run_id)
            await asyncio.sleep(self._delay(aux))
        except _Cancelled:
            pass
        finally:
            if self._tasks.get(run_id) is asyncio.current_task():
                del self._tasks[run_id]
        self._finish_cancel(run_id)
        self._cancel_requested.discard(run_id)
        self._end_segment(run_id)

    def _finish_cancel(self, run_id: str) -> None:
        run, aux = self.store.get_with_aux("run", run_id)
        if run is None or run["status"] in TERMINAL:
            return
        now = self.store.timestamp()
        for step in self.store.list("step", run_id, limit=100, order="asc").data:
            if step["status"] == "in_progress":
                step.update(status="cancelled", cancelled_at=now)
                self.store.update("step", step, parent=run_id)
                self.emit(run_id, "thread.run.step.cancelled", step)
        message_id = (aux or {}).get("message_id")
        if message_id:
            message = self.store.get("message", message_id)
            if message is not None and message["status"] == "in_progress":
                message.update(status="incomplete", incomplete_at=now, incomplete_details={"reason": "run_cancelled"})
                self.store.update("message", message, parent=run["thread_id"])
                self.emit(run_id, "thread.message.incomplete", message)
        run.update(status="cancelled", cancelled_at=now, required_action=None)
        self._save_run(run, aux or {}, "thread.run.cancelled")

    def _arm_expiry(self, run_id: str) -> None:
        async def expire() -> None:
            await asyncio.sleep(self.config.run_expiry)
            run, aux = self.store.get_with_aux("run", run_id)
            if run is None or run["status"] != "requires_action":
                return
            self._expire(run, aux or {})
            self._end_segment(run_id)

        def forget(task: asyncio.Task[None]) -> None:
            if self._timers.get(run_id) is task:
                del self._timers[run_id]

        self._stop_timer(run_id)
        task = asyncio.get_running_loop().create_task(expire())
        task.add_done_callback(forget)
        self._timers[run_id] = task

    def _expire(self, run: JSON, aux: JSON) -> None:
        now = self.store.timestamp()
        for step in self.store.list("step", run["id"], limit=100, order="asc").data:
            if step["status"] == "in_progress":
                step.update(status="expired", expired_at=now)
                self.store.update("step", step, parent=run["id"])
                self.emit(run["id"], "thread.run.step.expired", step)
        run.update(status="expired", required_action=None)
        self._save_run(run, aux, "thread.run.expired")

    def _resume_tools(self, run_id: str, aux: JSON) -> tuple[list[ToolResult], JSON | None]:
        """After submit_tool_outputs: complete the tool step and hand its results on."""
        step = self.store.get("step", aux["tool_step_id"], parent=run_id)
        submitted = {o["tool_call_id"]: o.get("output") or "" for o in aux.get("outputs") or []}
        results: list[ToolResult] = []
        if step is None:
            return results, None
        for call in step["step_details"]["tool_calls"]:
            function = call["function"]
            function["output"] = submitted.get(call["id"], "")
            results.append(ToolResult(call["id"], function["name"], function["arguments"], function["output"]))
        step.update(status="completed", completed_at=self.store.timestamp())
        self.store.update("step", step, parent=run_id)
        self.emit(run_id, "thread.run.step.completed", step)
        usage = step.get("usage")
        return results, usage if isinstance(usage, dict) else None

    async def _drive(self, run_id: str) -> None:
        run, aux = self._load(run_id)
        delay = self._delay(aux)
        self.emit(run_id, "thread.run.queued", run)
        await self._pause(run_id, delay)

        run, aux = self._load(run_id)
        run["status"] = "in_progress"
        if run.get("started_at") is None:
            run["started_at"] = self.store.timestamp()
        self._save_run(run, aux, "thread.run.in_progress")

        results: list[ToolResult] | None = None
        if aux.get("phase") == "after_tools":
            results, _ = self._resume_tools(run_id, aux)
        messages = self._context(run)
        steps = self._steps(run_id, messages)
        tool_usage = _steps_usage(steps.get(run_id, ()))
        request = ModelRequest(
            run=run,
            messages=messages,
            tool_results=results,
            pace=delay,
            chunks=aux.get("chunks"),
            steps=steps,
            asked=frozenset(aux.get("asked") or ()),
        )
        await self._pause(run_id, delay)
        segment = _Segment(self, run, aux)
        model_task = asyncio.get_running_loop().create_task(segment.consume(request))
        self._model_tasks[run_id] = model_task
        try:
            output = await model_task
        except asyncio.CancelledError:
            segment.keep_text()  # a cancelled message keeps what the model had written
            current = asyncio.current_task()
            if model_task.cancelled() and current is not None and not current.cancelling():
                raise _Cancelled() from None
            raise
        finally:
            if self._model_tasks.get(run_id) is model_task:
                del self._model_tasks[run_id]
        if run_id in self._cancel_requested:
            raise _Cancelled()
        segment.finish(output, tool_usage)


class _Segment:
    """One ``respond`` stream turned into steps, messages and events."""

    def __init__(self, engine: RunEngine, run: JSON, aux: JSON) -> None:
        self.engine = engine
        self.run = run
        self.aux = aux
        self.message: JSON | None = None
        self.message_step: JSON | None = None
        self.tool_step: JSON | None = None
        self.calls: list[JSON] = []
        self._call_positions: dict[int, int] = {}  # a backend's call index -> position in self.calls
        self.text_parts: list[str] = []

    @property
    def run_id(self) -> str:
        return str(self.run["id"])

    async def consume(self, request: ModelRequest) -> SegmentOutput:
        output = SegmentOutput()
        stream = self.engine.backend.respond(request)
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

    def _open_message(self) -> JSON:
        engine, run = self.engine, self.run
        message = engine.objects.message(
            thread_id=run["thread_id"],
            role="assistant",
            content=[],
            assistant_id=run["assistant_id"],
            run_id=run["id"],
            status="in_progress",
        )
        self.aux["message_id"] = message["id"]
        engine.store.set_aux("run", run["id"], self.aux)
        details = {"type": "message_creation", "message_creation": {"message_id": message["id"]}}
        step = engine.objects.step(run, "message_creation", details)
        engine.emit(self.run_id, "thread.run.step.created", step)
        engine.emit(self.run_id, "thread.run.step.in_progress", step)
        engine.emit(self.run_id, "thread.message.created", message)
        engine.emit(self.run_id, "thread.message.in_progress", message)
        self.message, self.message_step = message, step
        return message

    def keep_text(self) -> None:
        """Save the text streamed so far into the open message (before it ends incomplete)."""
        message = self.message
        if message is not None and message["status"] == "in_progress" and self.text_parts:
            message["content"] = [{"type": "text", "text": {"value": "".join(self.text_parts), "annotations": []}}]
            self.engine.store.update("message", message, parent=self.run["thread_id"])

    def _text(self, text: str) -> None:
        self.text_parts.append(text)
        message = self.message or self._open_message()
        delta = {"content": [{"index": 0, "type": "text", "text": {"value": text, "annotations": []}}]}
        self.engine.emit(
            self.run_id, "thread.message.delta", {"id": message["id"], "object": "thread.message.delta", "delta": delta}
        )

    def _tool_call_delta(self, piece: ToolCallDelta) -> None:
        engine = self.engine
        if self.tool_step is None:
            step = engine.objects.step(self.run, "tool_calls", {"type": "tool_calls", "tool_calls": []})
            engine.emit(self.run_id, "thread.run.step.created", step)
            engine.emit(self.run_id, "thread.run.step.in_progress", step)
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
            engine.store.update("step", step, parent=self.run_id)
            change: JSON = dict(entry, index=position)
        else:  # more of it: only what is new goes out, the step is saved when the segment ends
            function = self.calls[position]["function"]
            function["name"] += piece.name
            function["arguments"] += piece.arguments
            parts = {k: v for k, v in (("name", piece.name), ("arguments", piece.arguments)) if v}
            change = {"index": position, "type": "function", "function": parts}
        delta = {"step_details": {"type": "tool_calls", "tool_calls": [change]}}
        engine.emit(
            self.run_id, "thread.run.step.delta", {"id": step["id"], "object": "thread.run.step.delta", "delta": delta}
        )

    def _end_open_steps(self, now: int, status: str, last_error: JSON | None = None) -> None:
        """Steps of this segment still in progress when the run ends without them."""
        for step in (self.message_step, self.tool_step):
            if step is not None and step["status"] == "in_progress":
                step.update(status=status, last_error=last_error, **{f"{status}_at": now})
                self.engine.store.update("step", step, parent=self.run_id)
                self.engine.emit(self.run_id, f"thread.run.step.{status}", step)

    def finish(self, output: SegmentOutput, tool_usage: JSON | None) -> None:
        engine = self.engine
        run, aux = engine._load(self.run_id)
        now = engine.store.timestamp()
        finish = output.finish or Finish("tool_calls" if self.calls else "stop")
        usage = output.usage or Usage(0, 0)
        if finish.reason == "failed":
            self._close_message(output, now, incomplete="run_failed")
            last_error = {
                "code": finish.error_code or "server_error",
                "message": finish.error_message or "The model failed.",
            }
            self._end_open_steps(now, "failed", last_error)
            run.update(status="failed", failed_at=now, last_error=last_error)
            engine._save_run(run, aux, "thread.run.failed")
            return
        if finish.reason == "expired":
            engine._expire(run, aux)
            return
        if finish.reason == "max_prompt_tokens":
            run.update(
                status="incomplete",
                incomplete_details={"reason": "max_prompt_tokens"},
                usage=_usage(usage.prompt_tokens, 0, tool_usage),
            )
            engine._save_run(run, aux, "thread.run.incomplete")
            return
        if finish.reason == "tool_calls" and self.calls and self.tool_step is not None:
            self._close_message(output, now, incomplete=None)
            if self.message_step is not None:  # the model wrote something before calling tools
                self.message_step.update(status="completed", completed_at=now)
                engine.store.update("step", self.message_step, parent=self.run_id)
                engine.emit(self.run_id, "thread.run.step.completed", self.message_step)
            step = self.tool_step
            step["usage"] = _usage(usage.prompt_tokens, usage.completion_tokens)
            engine.store.update("step", step, parent=self.run_id)
            calls = [
                {"id": c["id"], "type": "function", "function": {k: c["function"][k] for k in ("name", "arguments")}}
                for c in self.calls
            ]
            run.update(
                status="requires_action",
                required_action={"type": "submit_tool_outputs", "submit_tool_outputs": {"tool_calls": calls}},
            )
            aux.update(phase="waiting", tool_step_id=step["id"], call_ids=[c["id"] for c in self.calls])
            engine._save_run(run, aux, "thread.run.requires_action")
            engine._arm_expiry(self.run_id)
            return
        truncated = finish.reason == "max_completion_tokens"
        if self.tool_step is not None and self.tool_step["status"] == "in_progress":  # calls cut short
            self.tool_step.update(status="failed", failed_at=now, usage=None)
            cut = {"code": "server_error", "message": "The answer ended before its tool calls were complete."}
            self.tool_step["last_error"] = cut
            engine.store.update("step", self.tool_step, parent=self.run_id)
            engine.emit(self.run_id, "thread.run.step.failed", self.tool_step)
        if self.message is None:
            self._open_message()
        self._close_message(output, now, incomplete="max_tokens" if truncated else None)
        message_step = self.message_step
        if message_step is not None:
            step = message_step
            step["usage"] = _usage(usage.prompt_tokens, usage.completion_tokens)
            step.update(status="completed", completed_at=now)
            engine.store.update("step", step, parent=self.run_id)
            engine.emit(self.run_id, "thread.run.step.completed", step)
        run_usage = _usage(usage.prompt_tokens, usage.completion_tokens, tool_usage)
        if truncated:
            run.update(status="incomplete", incomplete_details={"reason": "max_completion_tokens"}, usage=run_usage)
            engine._save_run(run, aux, "thread.run.incomplete")
        else:
            run.update(status="completed", completed_at=now, usage=run_usage)
            engine._save_run(run, aux, "thread.run.completed")

    def _close_message(self, output: SegmentOutput, now: int, incomplete: str | None) -> None:
        """Complete the open message, or end it incomplete for the reason given."""
        message = self.message
        if message is None or message["status"] != "in_progress":
            return
        message["content"] = [{"type": "text", "text": {"value": "".join(self.text_parts), "annotations": []}}]
        if incomplete:
            message.update(status="incomplete", incomplete_at=now, incomplete_details={"reason": incomplete})
        else:
            message.update(status="completed", completed_at=now)
        self.engine.store.update("message", message, parent=self.run["thread_id"])
        event = "thread.message.incomplete" if incomplete else "thread.message.completed"
        self.engine.emit(self.run_id, event, message)
