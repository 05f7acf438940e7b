"""One handler per operationId of openapi.yaml: a request, already authenticated and checked,
turned into a call on the domain and a reply. Each handler is named after its operationId in
snake case; routes are built from the spec and bound to them at start-up (``handler_table``,
``routing.build_routes``), so an operation without a handler stops the server from starting.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from collections.abc import AsyncIterator, Iterable
from typing import Any

from ..domain import PageQuery, StartedRun
from ..runs.lifecycle import TERMINAL
from ..runs.streams import Event
from . import file_handlers, vector_store_handlers
from .replies import SSE, Ctx, FileReply, Handler, Reply, Staged, StreamReply

JSON = dict[str, Any]
# the modules whose functions are handlers, looked up by name
HANDLER_MODULES = (sys.modules[__name__], file_handlers, vector_store_handlers)
__all__ = ["Ctx", "FileReply", "Handler", "Reply", "Staged", "StreamReply", "handler_table"]


def poll_headers(ctx: Ctx, run: JSON) -> dict[str, str]:
    if run["status"] in TERMINAL:
        return {}
    return {"openai-poll-after-ms": str(max(1, int(ctx.domain.config.step_delay * 1000)))}


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"))


async def run_events(
    ctx: Ctx, run_id: str, queue: asyncio.Queue[Event], before: Iterable[SSE] = ()
) -> AsyncIterator[SSE]:
    """The SSE events of a run's stream: `before` (what came before the engine's events), then
    the engine's, each with its position (the SSE `id`), until its segment ends."""
    try:
        for sent in before:
            yield sent
        while True:
            item = await queue.get()
            if item is None:
                break
            yield item
            if item[0] == "error":  # the stream failed (the server is stopping): nothing follows
                return
        yield "done", "[DONE]", None
    finally:
        ctx.domain.engine.unsubscribe(run_id, queue)


def _started(ctx: Ctx, started: StartedRun, created: bool = True) -> Reply | StreamReply:
    if started.events is None:
        return Reply(started.run, headers=poll_headers(ctx, started.run))
    again = {
        "thread": started.thread,
        "run": started.run if created else None,
        "run_id": started.run["id"],
        "position": started.position,
    }
    return StreamReply(run_events(ctx, started.run["id"], started.events, _opening(again)), again=again)


def _opening(again: JSON) -> list[SSE]:
    """The events a run's stream sends before the engine's: the new thread, the new run."""
    before: list[SSE] = []
    if again["thread"] is not None:  # no position: a stream cut before the run's event cannot name the run
        before.append(("thread.created", _dumps(again["thread"]), None))
    if again["run"] is not None:
        before.append(("thread.run.created", _dumps(again["run"]), again["position"]))
    return before


def stream_again(ctx: Ctx, again: JSON, headers: dict[str, str]) -> StreamReply:
    """A repeat of a streamed request (its Idempotency-Key) whose first try made its run: the
    same stream from its start, then live (410 when its events are no longer kept)."""
    run = again["run"] or {}
    thread_id = str(run.get("thread_id") or ctx.params.get("thread_id") or (again["thread"] or {}).get("id"))
    queue = ctx.domain.run_events(thread_id, str(again["run_id"]), str(again["position"]))
    return StreamReply(run_events(ctx, again["run_id"], queue, _opening(again)), headers=headers)


# -- assistants -------------------------------------------------------------------------------
async def create_assistant(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.create_assistant(ctx.body))


async def list_assistants(ctx: Ctx) -> Reply:
    return ctx.page("assistant", None)


async def get_assistant(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.assistant(ctx.params["assistant_id"]))


async def modify_assistant(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.modify_assistant(ctx.params["assistant_id"], ctx.body))


async def delete_assistant(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.delete_assistant(ctx.params["assistant_id"]))


async def create_assistant_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.attach_assistant_file(ctx.params["assistant_id"], ctx.body.get("file_id")))


async def list_assistant_files(ctx: Ctx) -> Reply:
    ctx.domain.assistant(ctx.params["assistant_id"])
    return ctx.page("assistant_file", ctx.params["assistant_id"])


async def get_assistant_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.assistant_file(ctx.params["assistant_id"], ctx.params["file_id"]))


async def delete_assistant_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.detach_assistant_file(ctx.params["assistant_id"], ctx.params["file_id"]))


# -- threads ----------------------------------------------------------------------------------
async def create_thread(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.create_thread(ctx.body))


async def list_threads(ctx: Ctx) -> Reply:
    return ctx.page("thread", None)


async def get_thread(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.thread(ctx.params["thread_id"]))


async def modify_thread(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.modify_thread(ctx.params["thread_id"], ctx.body))


async def delete_thread(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.delete_thread(ctx.params["thread_id"]))


async def create_thread_and_run(ctx: Ctx) -> Reply | StreamReply:
    return _started(ctx, ctx.domain.create_thread_and_run(ctx.body, ctx.delivery))


# -- messages ---------------------------------------------------------------------------------
async def create_message(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.create_message(ctx.params["thread_id"], ctx.body))


async def list_messages(ctx: Ctx) -> Reply:
    thread_id = ctx.params["thread_id"]
    ctx.domain.thread(thread_id)
    return ctx.page("message", thread_id, run_id=ctx.query.get("run_id"))


async def get_message(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.message(ctx.params["thread_id"], ctx.params["message_id"]))


async def modify_message(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.modify_message(ctx.params["thread_id"], ctx.params["message_id"], ctx.body))


async def delete_message(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.delete_message(ctx.params["thread_id"], ctx.params["message_id"]))


async def list_message_files(ctx: Ctx) -> Reply:
    message = ctx.domain.message(ctx.params["thread_id"], ctx.params["message_id"])
    return ctx.page("message_file", message["id"])


async def get_message_file(ctx: Ctx) -> Reply:
    params = ctx.params
    return Reply(ctx.domain.message_file(params["thread_id"], params["message_id"], params["file_id"]))


# -- runs -------------------------------------------------------------------------------------
async def create_run(ctx: Ctx) -> Reply | StreamReply:
    started = ctx.domain.create_run(ctx.params["thread_id"], ctx.body, ctx.delivery, _include(ctx))
    return _started(ctx, started)


def _include(ctx: Ctx) -> list[str]:
    """The request's ``include[]`` values."""
    found = ctx.query.get("include[]", ctx.query.get("include"))
    return [str(v) for v in found] if isinstance(found, list) else [str(found)] if found else []


async def list_runs(ctx: Ctx) -> Reply:
    thread_id = ctx.params["thread_id"]
    ctx.domain.thread(thread_id)
    return ctx.page("run", thread_id)


async def get_run(ctx: Ctx) -> Reply:
    run = ctx.domain.run(ctx.params["thread_id"], ctx.params["run_id"])
    return Reply(run, headers=poll_headers(ctx, run))


async def modify_run(ctx: Ctx) -> Reply:
    run = ctx.domain.modify_run(ctx.params["thread_id"], ctx.params["run_id"], ctx.body)
    return Reply(run, headers=poll_headers(ctx, run))


async def cancel_run(ctx: Ctx) -> Reply:
    run = ctx.domain.cancel_run(ctx.params["thread_id"], ctx.params["run_id"])
    return Reply(run, headers=poll_headers(ctx, run))


async def get_run_events(ctx: Ctx) -> StreamReply:
    """A cut stream resumed after its last event's `id` (a host extension)."""
    thread_id, run_id = ctx.params["thread_id"], ctx.params["run_id"]
    after = ctx.query.get("last_event_id") or ctx.last_event_id
    queue = ctx.domain.run_events(thread_id, run_id, None if after is None else str(after))
    return StreamReply(run_events(ctx, run_id, queue))


async def submit_tool_outputs_to_run(ctx: Ctx) -> Reply | StreamReply:
    started = ctx.domain.submit_tool_outputs(ctx.params["thread_id"], ctx.params["run_id"], ctx.body)
    return _started(ctx, started, created=False)


# -- run steps --------------------------------------------------------------------------------
async def list_run_steps(ctx: Ctx) -> Reply:
    query = PageQuery.from_query(ctx.query)
    return Reply(ctx.domain.steps_page(ctx.params["thread_id"], ctx.params["run_id"], query, _include(ctx)))


async def get_run_step(ctx: Ctx) -> Reply:
    params = ctx.params
    return Reply(ctx.domain.step(params["thread_id"], params["run_id"], params["step_id"], _include(ctx)))


def snake_case(operation_id: str) -> str:
    """`submitToolOutputsToRun` -> `submit_tool_outputs_to_run`."""
    return _CAPITAL.sub(r"_\1", operation_id).lower()


_CAPITAL = re.compile(r"(?<!^)([A-Z])")


def handler_table(operation_ids: Iterable[str]) -> dict[str, Handler]:
    """The handler of each operation: the function named after its operationId in snake case
    in one of ``HANDLER_MODULES`` (the first that has it). An operation without one is left
    out (routing refuses to start then)."""
    table: dict[str, Handler] = {}
    for op in operation_ids:
        found = next((getattr(m, snake_case(op)) for m in HANDLER_MODULES if hasattr(m, snake_case(op))), None)
        if found is not None:
            table[op] = found
    return table
