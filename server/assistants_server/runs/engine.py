"""The run engine: one asyncio task per run segment, doing the I/O that ``lifecycle`` decides.

A segment starts when a run is created or handed its tool outputs: the engine announces it,
asks the ``ModelBackend`` for the answer (recorded by ``segment.Segment`` as it streams), and
ends it as ``lifecycle.segment_end`` says. Every change is saved to the store and published to
the run's listeners (SSE streams) as the event the real API sends; listeners get None when a
segment ends (the run is terminal or waits for tool outputs). Cancellation, expiry of a run
waiting for tools, and the runs a previous process left active are handled here too.

Nothing a run needs lives only in this process: its row (status and ``RunProgress``) says where
it is, so a new process carries on every run the old one left active (``resume_after_restart``),
and stopping (``shutdown``) only ends the tasks and tells the open streams; ``stop_taking_runs``
and ``settle`` let a SIGTERM give active runs a grace period first.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import Iterable, Sequence
from typing import Any

from ..backends.base import Finish, ModelBackend, ModelRequest, ToolResult, Usage, apply_truncation
from ..backends.code_interpreter import CodeUnavailable, has_tool
from ..backends.file_search import FileSearchCall, FileSearcher, ToolOptions, searches_in
from ..config import ServerConfig
from ..objects import ObjectFactory
from ..sandbox import Sandboxes
from ..storage.scope import in_project
from ..storage.sql_objects import ObjectStore
from . import lifecycle as lc
from .lifecycle import SHUTDOWN_STREAM_ERROR, RunProgress, RunStatus, StepEnd
from .segment import Segment, SegmentOutput
from .streams import Event, LocalStreams
from .tools import RunCode, RunRetrieval

log = logging.getLogger("assistants_server")

JSON = dict[str, Any]
CONTEXT_LIMIT = 500  # newest messages a model is given
STEP_LIMIT = 100  # steps of one run read back


class _Cancelled(Exception):
    pass


WAIT_POLL = 0.05  # seconds between looks at the files a file_search run waits for


class RunEngine:
    def __init__(self, store: ObjectStore, objects: ObjectFactory, config: ServerConfig, backend: ModelBackend) -> None:
        self.store = store
        self.objects = objects
        self.config = config
        self.backend = backend
        self.retrieval: RunRetrieval | None = None  # set by the domain once its vector stores exist
        self.code: RunCode | None = None  # set by the domain once its files exist
        self.sandboxes: Sandboxes | None = None  # code_interpreter's sessions, set by the domain
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._model_tasks: dict[str, asyncio.Task[SegmentOutput]] = {}
        self._timers: dict[str, asyncio.Task[None]] = {}
        self.streams = LocalStreams()  # the streams of the runs this process drives, with their events
        self._cancel_requested: set[str] = set()
        self._closing_at: float | None = None  # loop time after which a draining process stops

    @property
    def active_count(self) -> int:
        """Run segments being worked on right now."""
        return len(self._tasks)

    # -- draining --------------------------------------------------------------
    def stop_taking_runs(self, grace: float) -> None:
        """From now on no run starts or continues here (``closing_in`` tells callers for how long)."""
        self._closing_at = asyncio.get_running_loop().time() + grace

    def closing_in(self) -> int | None:
        """None while runs are taken; else whole seconds (at least 1) until this process stops."""
        if self._closing_at is None:
            return None
        return max(1, math.ceil(self._closing_at - asyncio.get_running_loop().time()))

    async def settle(self, timeout: float) -> bool:
        """Wait until no run segment is being worked on, at most `timeout` seconds; whether none is."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._tasks and loop.time() < deadline:
            await asyncio.sleep(min(0.02, max(deadline - loop.time(), 0.0)))
        return not self._tasks

    # -- streams (``streams.LocalStreams``; ``runs.shared`` reads them from the database) ---------
    def subscribe(self, run_id: str) -> tuple[asyncio.Queue[Event], int]:
        """A stream of the run's events from now on, and the position it starts after."""
        return self.streams.open(run_id)

    def resume(self, run_id: str, after: int) -> asyncio.Queue[Event]:
        """The run's events after position `after`, then live (``streams.EventsUnavailable``)."""
        return self.streams.resume(run_id, after)

    def unsubscribe(self, run_id: str, queue: asyncio.Queue[Event]) -> None:
        self.streams.close(run_id, queue)

    def emit(self, run_id: str, event: str, data: Any) -> None:
        self.streams.emit(run_id, event, data)

    def _end_segment(self, run_id: str) -> None:
        self.streams.end_segment(run_id)

    # -- control -------------------------------------------------------------
    def admitting(self, thread_id: str) -> contextlib.AbstractContextManager[None]:
        """Around a new run's writes, up to ``admit``: one transaction that locks the thread, so
        the check for an active run holds until the run is written (and queued, ``runs.shared``)."""
        return self.store.transaction(("thread", thread_id))

    def admit(self, run: JSON) -> None:
        """A new run was written (``runs.shared`` queues it; here the thread check was enough)."""

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
        """Stop every task. The runs stay as stored, for the next start to carry on; a stream of a
        run whose segment is cut gets the API's `error` event."""
        for run_id in self._tasks:
            self.emit(run_id, "error", SHUTDOWN_STREAM_ERROR)
        await self._stop_tasks()
        self.streams.end_all()
        self._cancel_requested.clear()

    async def _stop_tasks(self) -> None:  # cancel every run task and timer; wait for their ends
        pending = [*self._tasks.values(), *self._timers.values()]
        for task in pending:
            task.cancel()
        for task in pending:
            with contextlib.suppress(BaseException):
                await task
        self._tasks.clear()
        self._timers.clear()
        self._model_tasks.clear()

    def resume_after_restart(self) -> int:
        """Carry on the runs a previous process left active, as ``lifecycle.after_restart`` says:
        driven ones start their segment again, without what the cut model turn left, a cancel under
        way ends, and a wait for tool outputs goes on until the run's own deadline. How many runs
        are driven again."""
        driven = 0
        for project in self.store.projects():
            with in_project(project):  # the tasks started here act for the run's project
                driven += self._resume_in_project()
        if driven:
            log.warning("carrying on %d run(s) a previous process left active", driven)
        return driven

    def _resume_in_project(self) -> int:
        driven = 0
        for run, aux in self.store.with_status("run", tuple(lc.ACTIVE)):
            progress = RunProgress.from_json(aux)
            plan = lc.after_restart(run["status"])
            if plan.end is not None:
                self.end_run(run, progress, plan.end)
            elif plan.drive:
                self._drop_leftovers(run, progress)
                self.start(run["id"])
                driven += 1
            else:
                self._arm_expiry(run["id"], lc.expiry_left(run, self.store.timestamp(), self.config.run_expiry))
        return driven

    def _drop_leftovers(self, run: JSON, progress: RunProgress) -> None:
        run_id = run["id"]
        messages = self.store.list("message", run["thread_id"], run_id=run_id, limit=STEP_LIMIT, order="asc").data
        step_ids, message_ids = lc.turn_leftovers(progress, self._run_steps(run_id), messages)
        for step_id in step_ids:
            self.store.delete("step", step_id, parent=run_id)
        for message_id in message_ids:
            self.store.delete("message", message_id)
        self.store.delete_children("message_file", message_ids)

    # -- what ends, written once ---------------------------------------------
    def load(self, run_id: str) -> tuple[JSON, RunProgress]:
        run, aux = self.store.get_with_aux("run", run_id)
        if run is None:
            raise _Cancelled()
        return run, RunProgress.from_json(aux)

    def move(
        self, run: JSON, target: RunStatus, progress: RunProgress | None = None, *, announce: bool = True, **fields: Any
    ) -> None:
        """Move the run to `target` (``lifecycle.run_change``), save it with its progress (None:
        as stored) and, with `announce`, send the event."""
        run.update(lc.run_change(run, target, self.store.timestamp(), **fields))
        if progress is None:
            self.store.update("run", run)
        else:
            self.store.update("run", run, aux=progress.to_json())
        if announce:
            self.emit(run["id"], lc.run_event(target), run)

    def end_steps(self, run_id: str, steps: Iterable[JSON], target: StepEnd, last_error: JSON | None = None) -> None:
        """End each of `steps` still in progress as `target`."""
        now = self.store.timestamp()
        for step in steps:
            if step["status"] == "in_progress":
                step.update(lc.step_change(target, now, last_error))
                self.store.update("step", step, parent=run_id)
                self.emit(run_id, lc.step_event(target), step)

    def end_message(self, run: JSON, message: JSON | None, incomplete: str | None = None) -> None:
        """Complete the message if it is in progress, or end it incomplete for `incomplete`."""
        if message is None or message["status"] != "in_progress":
            return
        message.update(lc.message_change(self.store.timestamp(), incomplete))
        self.store.update("message", message, parent=run["thread_id"])
        self.emit(run["id"], lc.message_event(incomplete), message)

    def end_run(
        self,
        run: JSON,
        progress: RunProgress,
        target: RunStatus,
        *,
        last_error: JSON | None = None,
        steps: Iterable[JSON] | None = None,
        message: JSON | None = None,
    ) -> None:
        """Stop a run that its model did not finish (``lifecycle.ENDINGS``): its open message (the
        stored one unless given) and its open steps (the stored ones unless given) end with it."""
        ending = lc.ENDINGS[target]
        # together or not at all, under the thread's lock; a run ended meanwhile keeps its end
        with self.store.transaction(("thread", run["thread_id"])):
            stored = self.store.get("run", run["id"])
            if stored is None or stored["status"] in lc.TERMINAL:
                return
            if ending.message is not None:
                if message is None and progress.message_id:
                    message = self.store.get("message", progress.message_id)
                self.end_message(run, message, ending.message)
            steps = self._run_steps(run["id"]) if steps is None else steps
            self.end_steps(run["id"], steps, ending.steps, last_error)
            self.move(run, target, progress, last_error=last_error)

    # -- helpers -------------------------------------------------------------
    def _delay(self, progress: RunProgress) -> float:
        return float(self.config.step_delay if progress.delay is None else progress.delay)

    async def _pause(self, run_id: str, seconds: float) -> None:
        await asyncio.sleep(max(seconds, 0.0))
        if run_id in self._cancel_requested:
            raise _Cancelled()

    def _run_steps(self, run_id: str) -> list[JSON]:
        return self.store.list("step", run_id, limit=STEP_LIMIT, order="asc").data

    def _context(self, run: JSON) -> list[JSON]:
        page = self.store.list("message", run["thread_id"], limit=CONTEXT_LIMIT, order="desc")
        return [dict(m) for m in apply_truncation(list(reversed(page.data)), run.get("truncation_strategy"))]

    def _steps(self, run_id: str, messages: list[JSON]) -> dict[str, list[JSON]]:
        """The steps of this run and of the runs that wrote the messages in context."""
        run_ids = dict.fromkeys([*(m["run_id"] for m in messages if m.get("run_id")), run_id])
        return {rid: self._run_steps(rid) for rid in run_ids}

    # -- the tasks -----------------------------------------------------------
    async def _execute(self, run_id: str) -> None:
        try:
            await self._drive(run_id)
        except _Cancelled:
            self._finish_cancel(run_id)
        except asyncio.CancelledError:
            raise
        except CodeUnavailable as exc:  # no sandbox: the run says what is missing
            reason = exc.reason.rstrip(".")
            self._fail(run_id, f"The code_interpreter tool cannot run code on this server: {reason}.")
        except Exception:  # a bug or a failing backend: fail the run rather than hang it
            log.exception("run %s crashed", run_id)  # the exception goes to the log, not to the client
            self._fail(run_id, f"The server had an error while processing run {run_id}.")
        finally:
            if self._tasks.get(run_id) is asyncio.current_task():
                del self._tasks[run_id]
            self._cancel_requested.discard(run_id)
            self._end_segment(run_id)

    def _fail(self, run_id: str, text: str) -> None:
        run, aux = self.store.get_with_aux("run", run_id)
        if run is not None:  # (end_run leaves a run that has ended as it is)
            self.end_run(run, RunProgress.from_json(aux), "failed", last_error=lc.error(text))

    async def _cancel_later(self, run_id: str) -> None:
        try:
            _run, progress = self.load(run_id)
            await asyncio.sleep(self._delay(progress))
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
        if run is not None and run["status"] not in lc.TERMINAL:
            self.end_run(run, RunProgress.from_json(aux), "cancelled")

    def _arm_expiry(self, run_id: str, seconds: float | None = None) -> None:
        """Expire the run if it still waits for tool outputs in `seconds` (default: the expiry)."""

        async def expire() -> None:
            await asyncio.sleep(self.config.run_expiry if seconds is None else seconds)
            run, aux = self.store.get_with_aux("run", run_id)
            if run is None or run["status"] != "requires_action":
                return
            self.end_run(run, RunProgress.from_json(aux), "expired")
            self._end_segment(run_id)

        def forget(task: asyncio.Task[None]) -> None:
            if self._timers.get(run_id) is task:
                del self._timers[run_id]

        self._stop_timer(run_id)
        task = asyncio.get_running_loop().create_task(expire())
        task.add_done_callback(forget)
        self._timers[run_id] = task

    def _resume_tools(self, run_id: str, progress: RunProgress) -> list[ToolResult]:
        """After submit_tool_outputs: complete the tool step and hand its results on."""
        step = self.store.get("step", progress.tool_step_id or "", parent=run_id)
        submitted = {o.call_id: o.output for o in progress.outputs}
        results: list[ToolResult] = []
        if step is None:
            return results
        for call in step["step_details"]["tool_calls"]:
            function = call["function"]
            function["output"] = submitted.get(call["id"], "")
            results.append(ToolResult(call["id"], function["name"], function["arguments"], function["output"]))
        self.end_steps(run_id, [step], "completed")
        return results

    async def _drive(self, run_id: str) -> None:
        run, progress = self.load(run_id)
        delay = self._delay(progress)
        if run["status"] == "queued":  # else a restart found it in progress: it goes on as it is
            self.emit(run_id, lc.run_event("queued"), run)
            await self._pause(run_id, delay)
            with self.store.transaction(("thread", run["thread_id"])):  # a cancel meanwhile stays
                run, progress = self.load(run_id)
                if run["status"] != "queued":
                    raise _Cancelled()
                self.move(run, "in_progress", progress)

        results = self._resume_tools(run_id, progress) if progress.phase == "after_tools" else None
        messages = self._context(run)
        steps = self._steps(run_id, messages)
        tool_usage = lc.steps_usage(steps.get(run_id, ()))
        searcher = await self._file_searcher(run, steps.get(run_id, ()))
        code = self.code.runner(run, messages) if self.code is not None and has_tool(run.get("tools") or ()) else None
        request = ModelRequest(
            run=run,
            messages=messages,
            tool_results=results,
            pace=delay,
            chunks=progress.chunks,
            steps=steps,
            asked=frozenset(progress.asked),
            file_search=searcher,
            code_interpreter=code,
        )
        await self._pause(run_id, delay)
        segment = Segment(self.store, self.objects, self.emit, run, progress)
        model_task = asyncio.get_running_loop().create_task(segment.consume(self.backend, request))
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
        self._settle(segment, output, tool_usage)

    async def _file_searcher(self, run: JSON, steps: Sequence[JSON]) -> FileSearcher | None:
        """The search a run's file_search tool runs, once its stores' files are processed (or the
        wait for them, ``file_search_wait`` seconds, is over); None without the tool or a store."""
        options = ToolOptions.of(run.get("tools") or ())
        retrieval = self.retrieval
        if options is None or retrieval is None:
            return None
        ids = retrieval.vector_store_ids(run)
        if not ids:
            return None
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.config.file_search_wait
        while retrieval.pending(ids) and loop.time() < deadline:
            await self._pause(run["id"], min(WAIT_POLL, deadline - loop.time()))
        turn = [searches_in(steps)]  # the next search's number in the run (the n of its markers)

        async def search(queries: Sequence[str]) -> FileSearchCall:
            found = await retrieval.search(ids, queries, options)
            turn[0] += 1
            return FileSearchCall(tuple(queries), tuple(found), options.ranking_options(), turn=turn[0] - 1)

        return search

    def _settle(self, segment: Segment, output: SegmentOutput, tool_usage: JSON | None) -> None:
        """End a segment whose model finished, as ``lifecycle.segment_end`` says, in one
        transaction: a process killed halfway must not keep a completed answer beside a run still
        in progress, which the restart would drive again (and answer twice)."""
        with self.store.transaction(("thread", segment.run["thread_id"])):
            self._settle_writes(segment, output, tool_usage)

    def _settle_writes(self, segment: Segment, output: SegmentOutput, tool_usage: JSON | None) -> None:
        run, progress = self.load(segment.run_id)
        if run["status"] in lc.TERMINAL:  # ended meanwhile (cancelled, expired, or by another replica)
            return
        progress = progress.segment_over()
        finish = output.finish or Finish("tool_calls" if segment.calls else "stop")
        used = output.usage or Usage(0, 0)
        searched = segment.search_usage()  # the search rounds' share, in their own steps
        turn_usage = lc.usage(
            max(used.prompt_tokens - searched.prompt_tokens, 0),
            max(used.completion_tokens - searched.completion_tokens, 0),
        )
        end = lc.segment_end(finish.reason, bool(segment.calls))
        if end.run in lc.ENDINGS:  # failed or expired: what is open ends with the run
            error = None
            if end.run == "failed":
                error = lc.error(finish.error_message or "The model failed.", finish.error_code or lc.SERVER_ERROR)
            message = segment.fill_message()
            self.end_run(run, progress, end.run, last_error=error, steps=segment.open_steps(), message=message)
            return
        if end.opens_message and segment.message is None:
            segment.open_message()
        if end.message is not None:
            self.end_message(run, segment.fill_message(), end.message_reason)
        step_usage = turn_usage
        if end.message_step is not None and segment.message_step is not None:
            if end.run != "requires_action":
                segment.message_step["usage"] = step_usage
            self.end_steps(segment.run_id, [segment.message_step], end.message_step)
        if end.tool_step is not None and segment.tool_step is not None:
            self.end_steps(segment.run_id, [segment.tool_step], end.tool_step, lc.CUT_CALLS_ERROR)
        if end.run == "requires_action":
            assert segment.tool_step is not None  # calls were made, so their step was opened
            segment.tool_step["usage"] = step_usage
            self.store.update("step", segment.tool_step, parent=segment.run_id)
            call_ids = [c["id"] for c in segment.calls]
            waiting = progress.waiting(segment.tool_step["id"], call_ids)
            self.move(run, "requires_action", waiting, required_action=segment.required_action())
            self._arm_expiry(segment.run_id)
            return
        if end.run == "incomplete" and end.incomplete == "max_prompt_tokens":
            run_usage = lc.usage(used.prompt_tokens, 0, tool_usage)
        else:
            run_usage = lc.usage(used.prompt_tokens, used.completion_tokens, tool_usage)
        fields: JSON = {"usage": run_usage}
        if end.incomplete:
            fields["incomplete_details"] = {"reason": end.incomplete}
        self.move(run, end.run, progress, **fields)
