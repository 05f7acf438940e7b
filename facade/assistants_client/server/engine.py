"""The run lifecycle, driven by one asyncio task per run segment.

A run goes queued -> in_progress -> (requires_action | completed | failed |
expired | incomplete); cancel moves an active run to cancelling and then
cancelled.  Each state change is saved to the store and published to the
run's listeners (SSE streams) as the event the real API sends.  A segment ends
when the run is terminal or waits for tool outputs; listeners then get None.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from typing import TYPE_CHECKING, Any

from . import model as scripted
from .store import new_id

if TYPE_CHECKING:  # pragma: no cover
    from .app import MockAPI

log = logging.getLogger("assistants_client.server")

ACTIVE = ("queued", "in_progress", "requires_action", "cancelling")
TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")
CONTEXT_LIMIT = 500  # newest messages the scripted model reads


class _Cancelled(Exception):
    pass


class RunEngine:
    def __init__(self, api: MockAPI) -> None:
        self.api = api
        self.tasks: dict[str, asyncio.Task] = {}
        self.timers: dict[str, asyncio.Task] = {}
        self.listeners: dict[str, list[asyncio.Queue]] = {}
        self.cancel_requested: set[str] = set()

    @property
    def store(self):
        return self.api.store

    # -- listeners ---------------------------------------------------------
    def subscribe(self, run_id: str) -> asyncio.Queue:
        queue: asyncio.Queue = asyncio.Queue()
        self.listeners.setdefault(run_id, []).append(queue)
        return queue

    def unsubscribe(self, run_id: str, queue: asyncio.Queue) -> None:
        queues = self.listeners.get(run_id)
        if queues and queue in queues:
            queues.remove(queue)
            if not queues:
                del self.listeners[run_id]

    def emit(self, run_id: str, event: str, data: Any) -> None:
        queues = self.listeners.get(run_id)
        if queues:
            text = json.dumps(data, separators=(",", ":"))  # snapshot now: dicts change later
            for queue in queues:
                queue.put_nowait((event, text))

    def _end_segment(self, run_id: str) -> None:
        for queue in self.listeners.get(run_id, ()):
            queue.put_nowait(None)

    # -- control -----------------------------------------------------------
    def start(self, run_id: str) -> None:
        self.cancel_requested.discard(run_id)
        timer = self.timers.pop(run_id, None)
        if timer is not None:
            timer.cancel()
        task = asyncio.get_running_loop().create_task(self._execute(run_id))
        self.tasks[run_id] = task

    def request_cancel(self, run_id: str, waiting_for_tools: bool) -> None:
        self.cancel_requested.add(run_id)
        if waiting_for_tools or run_id not in self.tasks:
            timer = self.timers.pop(run_id, None)
            if timer is not None:
                timer.cancel()
            self.tasks[run_id] = asyncio.get_running_loop().create_task(self._cancel_later(run_id))

    async def shutdown(self) -> None:
        pending = list(self.tasks.values()) + list(self.timers.values())
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(BaseException):
                await task
        self.tasks.clear()
        self.timers.clear()
        for run_id in list(self.listeners):
            self._end_segment(run_id)
        self.listeners.clear()
        self.cancel_requested.clear()

    def resume_after_restart(self) -> None:
        """Runs left active by a previous process: waiting ones keep waiting,
        the others fail (their task died with that process)."""
        for run, aux in self.store.with_status("run", ("queued", "in_progress", "cancelling")):
            now = self.store.timestamp()
            if run["status"] == "cancelling":
                run.update(status="cancelled", cancelled_at=now)
            else:
                run.update(
                    status="failed",
                    failed_at=now,
                    last_error={"code": "server_error", "message": "The server restarted while the run was active."},
                )
            self.store.update("run", run, aux=aux)
        for run, _aux in self.store.with_status("run", ("requires_action",)):
            self._arm_expiry(run["id"])

    # -- helpers -----------------------------------------------------------
    def _delay(self, aux: dict[str, Any]) -> float:
        value = aux.get("delay")
        return float(self.api.step_delay if value is None else value)

    async def _pause(self, run_id: str, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)
        else:
            await asyncio.sleep(0)
        if run_id in self.cancel_requested:
            raise _Cancelled()

    def _load(self, run_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        run, aux = self.store.get_with_aux("run", run_id)
        if run is None:
            raise _Cancelled()
        return run, aux or {}

    def _save_run(self, run: dict[str, Any], aux: dict[str, Any], event: str | None = None) -> None:
        if run["status"] in TERMINAL and run["status"] != "expired":
            run["expires_at"] = None
        self.store.update("run", run, aux=aux)
        if event:
            self.emit(run["id"], event, run)

    def _context(self, thread_id: str) -> list[dict[str, Any]]:
        page = self.store.list("message", thread_id, limit=CONTEXT_LIMIT, order="desc")
        return list(reversed(page.data))

    def _new_step(self, run: dict[str, Any], step_type: str, details: dict[str, Any]) -> dict[str, Any]:
        step = {
            "id": new_id("step_"),
            "object": "thread.run.step",
            "created_at": self.store.timestamp(),
            "run_id": run["id"],
            "assistant_id": run["assistant_id"],
            "thread_id": run["thread_id"],
            "type": step_type,
            "status": "in_progress",
            "cancelled_at": None,
            "completed_at": None,
            "expired_at": None,
            "failed_at": None,
            "last_error": None,
            "step_details": details,
            "usage": None,
            "metadata": {},
        }
        self.store.insert("step", step, parent=run["id"])
        self.api.count_created("thread.run.step")
        return step

    # -- the task ----------------------------------------------------------
    async def _execute(self, run_id: str) -> None:
        try:
            await self._drive(run_id)
        except _Cancelled:
            self._finish_cancel(run_id)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug: fail the run rather than hang it
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
            if self.tasks.get(run_id) is asyncio.current_task():
                del self.tasks[run_id]
            self.cancel_requested.discard(run_id)
            self._end_segment(run_id)

    async def _cancel_later(self, run_id: str) -> None:
        try:
            _run, aux = self._load(run_id)
            await asyncio.sleep(self._delay(aux))
        except _Cancelled:
            pass
        finally:
            if self.tasks.get(run_id) is asyncio.current_task():
                del self.tasks[run_id]
        self._finish_cancel(run_id)
        self.cancel_requested.discard(run_id)
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
            await asyncio.sleep(self.api.run_expiry)
            run, aux = self.store.get_with_aux("run", run_id)
            if run is None or run["status"] != "requires_action":
                return
            self._expire(run, aux or {})
            self._end_segment(run_id)

        def forget(task: asyncio.Task) -> None:
            if self.timers.get(run_id) is task:
                del self.timers[run_id]

        old = self.timers.pop(run_id, None)
        if old is not None:
            old.cancel()
        task = asyncio.get_running_loop().create_task(expire())
        task.add_done_callback(forget)
        self.timers[run_id] = task

    def _expire(self, run: dict[str, Any], aux: dict[str, Any]) -> None:
        now = self.store.timestamp()
        for step in self.store.list("step", run["id"], limit=100, order="asc").data:
            if step["status"] == "in_progress":
                step.update(status="expired", expired_at=now)
                self.store.update("step", step, parent=run["id"])
                self.emit(run["id"], "thread.run.step.expired", step)
        run.update(status="expired", required_action=None)
        self._save_run(run, aux, "thread.run.expired")

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

        outputs: list[tuple[str, str]] | None = None
        tool_usage = None
        if aux.get("phase") == "after_tools":
            step = self.store.get("step", aux["tool_step_id"], parent=run_id)
            submitted = {o["tool_call_id"]: o.get("output") or "" for o in aux.get("outputs") or []}
            outputs = []
            if step is not None:
                for call in step["step_details"]["tool_calls"]:
                    call["function"]["output"] = submitted.get(call["id"], "")
                    outputs.append((call["function"]["name"], call["function"]["output"]))
                step.update(status="completed", completed_at=self.store.timestamp())
                self.store.update("step", step, parent=run_id)
                tool_usage = step.get("usage")
                self.emit(run_id, "thread.run.step.completed", step)

        decision = scripted.decide(
            messages=self._context(run["thread_id"]),
            instructions=run.get("instructions"),
            tools=run.get("tools") or [],
            tool_choice=run.get("tool_choice"),
            truncation_strategy=run.get("truncation_strategy"),
            max_prompt_tokens=run.get("max_prompt_tokens"),
            tool_outputs=outputs,
        )
        await self._pause(run_id, delay)
        run, aux = self._load(run_id)
        now = self.store.timestamp()

        if decision.kind in ("fail", "rate_limit"):
            code = "server_error" if decision.kind == "fail" else "rate_limit_exceeded"
            message = (
                "The scripted model failed as the message asked ([fail])."
                if decision.kind == "fail"
                else "Rate limit reached, as the message asked ([rate_limit])."
            )
            run.update(status="failed", failed_at=now, last_error={"code": code, "message": message})
            self._save_run(run, aux, "thread.run.failed")
            return
        if decision.kind == "expire":
            self._expire(run, aux)
            return
        if decision.kind == "prompt_limit":
            run.update(
                status="incomplete",
                incomplete_details={"reason": "max_prompt_tokens"},
                usage=self._usage(decision.prompt_tokens, 0, tool_usage),
            )
            self._save_run(run, aux, "thread.run.incomplete")
            return
        if decision.kind == "tools":
            await self._request_tools(run, aux, decision, delay)
            return
        await self._answer(run, aux, decision, delay, tool_usage)

    @staticmethod
    def _usage(prompt: int, completion: int, extra: dict[str, int] | None = None) -> dict[str, int]:
        if extra:
            prompt += int(extra.get("prompt_tokens", 0))
            completion += int(extra.get("completion_tokens", 0))
        return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}

    async def _request_tools(
        self, run: dict[str, Any], aux: dict[str, Any], decision: scripted.Decision, delay: float
    ) -> None:
        run_id = run["id"]
        calls = [
            {"id": new_id("call_"), "type": "function", "function": {"name": name, "arguments": args, "output": None}}
            for name, args in decision.tool_calls
        ]
        step = self._new_step(run, "tool_calls", {"type": "tool_calls", "tool_calls": calls})
        announced = dict(step, step_details={"type": "tool_calls", "tool_calls": []})
        self.emit(run_id, "thread.run.step.created", announced)
        self.emit(run_id, "thread.run.step.in_progress", announced)
        for index, call in enumerate(calls):
            self.emit(
                run_id,
                "thread.run.step.delta",
                {
                    "id": step["id"],
                    "object": "thread.run.step.delta",
                    "delta": {
                        "step_details": {
                            "type": "tool_calls",
                            "tool_calls": [
                                {
                                    "index": index,
                                    "id": call["id"],
                                    "type": "function",
                                    "function": {
                                        "name": call["function"]["name"],
                                        "arguments": call["function"]["arguments"],
                                        "output": None,
                                    },
                                }
                            ],
                        }
                    },
                },
            )
        completion = sum(scripted.count_tokens(f"{n} {a}") for n, a in decision.tool_calls)
        step["usage"] = self._usage(decision.prompt_tokens, completion)
        self.store.update("step", step, parent=run_id)
        await self._pause(run_id, delay / 2)
        run, aux = self._load(run_id)
        run.update(
            status="requires_action",
            required_action={
                "type": "submit_tool_outputs",
                "submit_tool_outputs": {
                    "tool_calls": [
                        {
                            "id": c["id"],
                            "type": "function",
                            "function": {"name": c["function"]["name"], "arguments": c["function"]["arguments"]},
                        }
                        for c in calls
                    ]
                },
            },
        )
        aux.update(phase="waiting", tool_step_id=step["id"], call_ids=[c["id"] for c in calls])
        self._save_run(run, aux, "thread.run.requires_action")
        self._arm_expiry(run_id)

    async def _answer(
        self,
        run: dict[str, Any],
        aux: dict[str, Any],
        decision: scripted.Decision,
        delay: float,
        tool_usage: dict[str, int] | None,
    ) -> None:
        run_id = run["id"]
        text = decision.text
        chunk_count = aux.get("chunks")
        truncated = False
        limit = run.get("max_completion_tokens")
        if limit is not None and scripted.count_tokens(text) > limit:
            text = scripted.truncate_words(text, limit)
            truncated = True
        chunks = scripted.split_chunks(text, chunk_count) if chunk_count else scripted.word_chunks(text)
        text = "".join(chunks)

        message = self.api.make_message(
            thread_id=run["thread_id"],
            role="assistant",
            content=[],
            assistant_id=run["assistant_id"],
            run_id=run_id,
            status="in_progress",
        )
        aux["message_id"] = message["id"]
        self.store.set_aux("run", run_id, aux)
        step = self._new_step(
            run, "message_creation", {"type": "message_creation", "message_creation": {"message_id": message["id"]}}
        )
        self.emit(run_id, "thread.run.step.created", step)
        self.emit(run_id, "thread.run.step.in_progress", step)
        self.emit(run_id, "thread.message.created", message)
        self.emit(run_id, "thread.message.in_progress", message)
        gap = 0.0 if chunk_count else delay / max(len(chunks), 1)
        for chunk in chunks:
            self.emit(
                run_id,
                "thread.message.delta",
                {
                    "id": message["id"],
                    "object": "thread.message.delta",
                    "delta": {"content": [{"index": 0, "type": "text", "text": {"value": chunk, "annotations": []}}]},
                },
            )
            if gap:
                await self._pause(run_id, gap)
        if not chunk_count:
            await self._pause(run_id, 0)

        run, aux = self._load(run_id)
        now = self.store.timestamp()
        message["content"] = [{"type": "text", "text": {"value": text, "annotations": []}}]
        if truncated:
            message.update(status="incomplete", incomplete_at=now, incomplete_details={"reason": "max_tokens"})
        else:
            message.update(status="completed", completed_at=now)
        self.store.update("message", message, parent=run["thread_id"])
        self.emit(run_id, "thread.message.incomplete" if truncated else "thread.message.completed", message)

        completion = scripted.count_tokens(text)
        step["usage"] = self._usage(decision.prompt_tokens, completion)
        step.update(status="completed", completed_at=now)
        self.store.update("step", step, parent=run_id)
        self.emit(run_id, "thread.run.step.completed", step)

        usage = self._usage(decision.prompt_tokens, completion, tool_usage)
        if truncated:
            run.update(status="incomplete", incomplete_details={"reason": "max_completion_tokens"}, usage=usage)
            self._save_run(run, aux, "thread.run.incomplete")
        else:
            run.update(status="completed", completed_at=now, usage=usage)
            self._save_run(run, aux, "thread.run.completed")
