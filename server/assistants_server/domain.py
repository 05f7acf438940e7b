"""The Assistants API's objects and rules, with no HTTP in them: what each operation does to
the state. The handlers translate requests into these calls; the state API of ``Server`` calls
them directly.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, cast

from .backends.base import ModelBackend
from .backends.file_search import INCLUDE_CONTENT, without_content
from .code_runs import CodeTool
from .config import ServerConfig
from .errors import ErrorReply, bad_request, not_found
from .file_records import FileRecords
from .objects import ObjectFactory, message_input, tool_resources
from .retrieval.configure import embedder_for, rewriter_for
from .runs.lifecycle import (
    ACTIVE,
    CANCELLABLE,
    SHUTDOWN_CODE,
    RunDelivery,
    RunProgress,
    ToolOutput,
    tool_outputs_problem,
)
from .runs.shared import engine_for
from .runs.streams import Event, EventsUnavailable
from .sandbox import Sandboxes, SandboxSettings
from .stats import Stats
from .storage.blobs import Blobs
from .storage.open import open_blobs, open_store
from .vector_stores.resources import ToolResources
from .vector_stores.service import VectorStores

JSON = dict[str, Any]
TOOL_TYPES = ("function", "code_interpreter", "file_search")
_FUNCTION_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
# path parameters whose object must exist, in the order they are looked up
PATH_OBJECTS = ("assistant_id", "thread_id", "message_id", "run_id")
RUN_EVENTS_GONE = "run_events_unavailable"  # the code of a resume whose events are not kept


@dataclass(frozen=True)
class PageQuery:
    limit: int = 20
    order: str = "desc"
    after: str | None = None
    before: str | None = None

    @classmethod
    def from_query(cls, query: Mapping[str, Any]) -> PageQuery:
        return cls(
            limit=int(query.get("limit", 20)),
            order=str(query.get("order", "desc")),
            after=query.get("after"),
            before=query.get("before"),
        )


@dataclass
class StartedRun:
    """A run that was just started; ``events`` is set when the caller asked to stream it."""

    run: JSON
    events: asyncio.Queue[Event] | None = None
    thread: JSON | None = None  # set by create_thread_and_run
    position: int | None = None  # where the stream starts: the `id` of the events sent before the engine's


def check_tools(tools: Any, param: str = "tools") -> None:
    """The rules the server keeps even when request validation is off."""
    if tools is None:
        return
    for i, tool in enumerate(tools):
        kind = tool.get("type") if isinstance(tool, dict) else None
        if kind == "function":
            fn = tool.get("function")
            if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
                raise bad_request(
                    f"Missing required parameter: '{param}[{i}].function.name'.", f"{param}[{i}].function.name"
                )
            if not _FUNCTION_NAME.fullmatch(fn["name"]):
                raise bad_request(
                    f"Invalid '{param}[{i}].function.name': string does not match pattern. "
                    "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
                    f"{param}[{i}].function.name",
                )
        elif not isinstance(kind, str):
            raise bad_request(f"Missing required parameter: '{param}[{i}].type'.", f"{param}[{i}].type")


def sandbox_settings(config: ServerConfig) -> SandboxSettings:
    """code_interpreter's sandbox settings, from the server's (``--code-*``)."""
    return SandboxSettings(
        mode=config.code_sandbox,
        timeout=config.code_timeout,
        memory_mb=config.code_memory_mb,
        max_sessions=config.code_max_sessions,
        session_idle=config.code_session_idle,
        output_cap=config.code_output_cap,
    )


class Domain:
    """All state of one server: the store, the object builders and the run engine."""

    def __init__(self, config: ServerConfig, backend: ModelBackend, stats: Stats | None = None) -> None:
        self.config = config
        self.stats = stats or Stats()
        self.store = open_store(config.db, pool_max=config.db_pool_max)
        self.objects = ObjectFactory(self.store, self.stats, config)
        self.engine = engine_for(self.store, self.objects, config, backend)  # shared by replicas on PostgreSQL
        self.blobs: Blobs = open_blobs(self.store, config.db, config.data_dir)
        self.files = FileRecords(self.store, self.blobs)
        self.files.sweep_orphans()
        self.files.sweep_every_project()  # what expired while the server was down (bounded; more on use)
        self.vector_stores = VectorStores(
            self.store,
            self._uploaded_file,
            self.blobs.path,
            embedder=embedder_for(config),
            rewriter=rewriter_for(config, backend),
        )
        self.files.on_delete.append(self.vector_stores.forget_file)
        self.resources = ToolResources(self.store, self.vector_stores)
        self.engine.retrieval = self.resources
        # code_interpreter's sessions: one attribute, which the run engine reaches as engine.sandboxes
        self.sandboxes = Sandboxes(sandbox_settings(config))
        self.engine.sandboxes = self.sandboxes
        self.engine.code = CodeTool(self.store, self.files, self.sandboxes)  # what runs do with them

    def _uploaded_file(self, file_id: str) -> JSON | None:
        return self.store.get("file", file_id)

    async def reset(self) -> None:
        await self.engine.shutdown()
        await self.sandboxes.close()  # every session ends with the state it ran on
        await self.vector_stores.reset()
        self.files.clock_offset = 0.0
        self.store.clear()
        self.blobs.clear()
        self.stats.reset()

    def close(self) -> None:
        self.store.close()
        self.blobs.close()

    # -- lookups -------------------------------------------------------------
    def _get(self, kind: str, object_id: str, label: str, param: str | None = None, parent: str | None = None) -> JSON:
        obj = self.store.get(kind, object_id, parent=parent)
        if obj is None:
            raise not_found(label, object_id, param)
        return obj

    def assistant(self, assistant_id: str, param: str | None = None) -> JSON:
        return self._get("assistant", assistant_id, "assistant", param)

    def thread(self, thread_id: str) -> JSON:
        return self._get("thread", thread_id, "thread")

    def message(self, thread_id: str, message_id: str) -> JSON:
        message = self.store.get("message", message_id)
        if message is None or message["thread_id"] != thread_id:
            raise not_found("message", message_id)
        return message

    def run(self, thread_id: str, run_id: str) -> JSON:
        run = self.store.get("run", run_id)
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", run_id)
        return run

    def require_path(self, params: Mapping[str, str]) -> None:
        """404 for the first object a path names that does not exist (before the body is read)."""
        self.vector_stores.require_path(params)
        if "assistant_id" in params:
            self.assistant(params["assistant_id"])
        if "upload_id" in params:
            self.files.require_upload(params["upload_id"])
        if "thread_id" in params:
            self.thread(params["thread_id"])
            if "message_id" in params:
                self.message(params["thread_id"], params["message_id"])
            if "run_id" in params:
                self.run(params["thread_id"], params["run_id"])

    def active_run(self, thread_id: str) -> JSON | None:
        rows = self.store.with_status("run", ACTIVE, parent=thread_id)
        return rows[0][0] if rows else None

    def page(self, kind: str, parent: str | None, query: PageQuery, run_id: str | None = None) -> JSON:
        page = self.store.list(
            kind, parent, limit=query.limit, order=query.order, after=query.after, before=query.before, run_id=run_id
        )
        return page.body()

    # -- assistants ----------------------------------------------------------
    def create_assistant(self, body: JSON) -> JSON:
        check_tools(body.get("tools"))
        if not isinstance(body.get("model"), str) or not body["model"]:
            return self.objects.assistant(body)  # refused there, before any store is made
        return self.objects.assistant({**body, "tool_resources": self.resources.resolve(body.get("tool_resources"))})

    def modify_assistant(self, assistant_id: str, body: JSON) -> JSON:
        asst = self.assistant(assistant_id)
        check_tools(body.get("tools"))
        if "model" in body and not body["model"]:
            raise bad_request("Invalid value for 'model': it must not be empty.", "model", "invalid_value")
        for key in ("name", "description", "instructions", "reasoning_effort"):
            if key in body:
                asst[key] = body[key]
        for key in ("model", "tools", "metadata", "temperature", "top_p", "response_format"):
            if key in body and body[key] is not None:
                asst[key] = body[key]
        if "tool_resources" in body:
            asst["tool_resources"] = tool_resources(self.resources.resolve(body["tool_resources"]))
        self.store.update("assistant", asst)
        return asst

    def delete_assistant(self, assistant_id: str) -> JSON:
        self.assistant(assistant_id)
        self.store.delete("assistant", assistant_id)
        return {"id": assistant_id, "object": "assistant.deleted", "deleted": True}

    def attach_assistant_file(self, assistant_id: str, file_id: Any) -> JSON:
        self.assistant(assistant_id)
        if not isinstance(file_id, str) or not file_id:
            raise bad_request("Missing required parameter: 'file_id'.", "file_id")
        existing = self.store.get("assistant_file", file_id, parent=assistant_id)
        if existing is not None:
            return existing
        obj = {
            "id": file_id,
            "object": "assistant.file",
            "created_at": self.store.timestamp(),
            "assistant_id": assistant_id,
        }
        self.store.insert("assistant_file", obj, parent=assistant_id)
        self.stats.created("assistant.file")
        return obj

    def assistant_file(self, assistant_id: str, file_id: str) -> JSON:
        self.assistant(assistant_id)
        return self._get("assistant_file", file_id, "file", parent=assistant_id)

    def detach_assistant_file(self, assistant_id: str, file_id: str) -> JSON:
        self.assistant_file(assistant_id, file_id)
        self.store.delete("assistant_file", file_id, parent=assistant_id)
        return {"id": file_id, "object": "assistant.file.deleted", "deleted": True}

    # -- threads -------------------------------------------------------------
    def create_thread(self, body: JSON, param: str = "") -> JSON:
        prefix = f"{param}." if param else ""
        messages = body.get("messages") or []
        for i, m in enumerate(messages if isinstance(messages, list) else []):
            if isinstance(m, dict):
                self.resources.check_attachments(m.get("attachments"), f"{prefix}messages[{i}].attachments")
        resources = self.resources.resolve(body.get("tool_resources"), f"{prefix}tool_resources")
        thread = self.objects.thread({**body, "tool_resources": resources})
        for m in messages if isinstance(messages, list) else []:
            self.resources.attach(thread, m.get("attachments") if isinstance(m, dict) else None)
        return thread

    def modify_thread(self, thread_id: str, body: JSON) -> JSON:
        thread = self.thread(thread_id)
        if body.get("metadata") is not None:
            thread["metadata"] = body["metadata"]
        if "tool_resources" in body:
            thread["tool_resources"] = tool_resources(self.resources.resolve(body["tool_resources"]))
        self.store.update("thread", thread)
        return thread

    def delete_thread(self, thread_id: str) -> JSON:
        self.thread(thread_id)
        run_ids = self.store.ids("run", thread_id)
        self.engine.forget(run_ids)
        self.store.delete_children("step", run_ids)
        self.store.delete_children("message_file", self.store.ids("message", thread_id))
        self.store.delete_children("message", [thread_id])
        self.store.delete_children("run", [thread_id])
        self.store.delete("thread", thread_id)
        return {"id": thread_id, "object": "thread.deleted", "deleted": True}

    # -- messages ------------------------------------------------------------
    def create_message(self, thread_id: str, body: JSON) -> JSON:
        self.thread(thread_id)
        active = self.active_run(thread_id)
        if active is not None:
            raise bad_request(f"Can't add messages to {thread_id} while a run {active['id']} is active.")
        converted = message_input(body)
        self.resources.check_attachments(converted["attachments"])
        message = self.objects.message(thread_id=thread_id, **converted)
        self.resources.attach(self.thread(thread_id), converted["attachments"])
        return message

    def modify_message(self, thread_id: str, message_id: str, body: JSON) -> JSON:
        message = self.message(thread_id, message_id)
        if body.get("metadata") is not None:
            message["metadata"] = body["metadata"]
        self.store.update("message", message, parent=thread_id)
        return message

    def delete_message(self, thread_id: str, message_id: str) -> JSON:
        message = self.message(thread_id, message_id)
        self.store.delete("message", message_id)
        self.store.delete_children("message_file", [message_id])
        return {"id": message["id"], "object": "thread.message.deleted", "deleted": True}

    def message_file(self, thread_id: str, message_id: str, file_id: str) -> JSON:
        message = self.message(thread_id, message_id)
        return self._get("message_file", file_id, "file", parent=message["id"])

    def seed_messages(
        self, thread_id: str, count: int, text: str = "Seed message {i}", role: str = "user", first: int = 0
    ) -> JSON:
        self.thread(thread_id)
        return self.objects.seed_messages(thread_id, count, text=text, role=role, first=first)

    # -- runs ----------------------------------------------------------------
    def _taking_runs(self) -> None:
        """A 503 for work on runs while the server drains before it stops: the next process takes it."""
        closing_in = self.engine.closing_in()
        if closing_in is not None:
            raise ErrorReply(
                503,
                "The server is shutting down and takes no new run work; try again after it restarts.",
                type="server_error",
                code=SHUTDOWN_CODE,
                headers={"retry-after": str(closing_in), "retry-after-ms": str(closing_in * 1000)},
            )

    def _refuse_unservable(self, asst: JSON, body: JSON) -> None:
        """A 400 for a run the model backend cannot serve (see ``refuse_run`` in model_backend)."""
        refuse = getattr(self.engine.backend, "refuse_run", None)
        if refuse is None:
            return
        tools = asst.get("tools") if body.get("tools") is None else body["tools"]
        refusal = refuse({"tools": tools or [], "tool_choice": body.get("tool_choice")})
        if refusal is not None:
            message, param = refusal
            if body.get("tools") is None and param.startswith("tools"):
                param = "assistant_id"  # the assistant's tools
            raise bad_request(message, param, "unsupported_value")

    def _new_run(self, thread_id: str, body: JSON, delivery: RunDelivery | None, include: tuple[str, ...] = ()) -> JSON:
        asst = self.assistant(str(body.get("assistant_id")), "assistant_id")
        check_tools(body.get("tools"))
        self._refuse_unservable(asst, body)
        with self.engine.admitting(thread_id):  # replicas: the check and the run's writes hold together
            active = self.active_run(thread_id)
            if active is not None:
                raise bad_request(f"Thread {thread_id} already has an active run {active['id']}.")
            extra = [
                message_input(m, f"additional_messages[{i}]")
                for i, m in enumerate(body.get("additional_messages") or [])
            ]
            for i, m in enumerate(extra):
                self.resources.check_attachments(m["attachments"], f"additional_messages[{i}].attachments")
            for m in extra:
                self.objects.message(thread_id=thread_id, **m)
                self.resources.attach(self.thread(thread_id), m["attachments"])
            progress = replace((delivery or RunDelivery()).progress(body), include=include)
            run = self.objects.run(thread_id, asst, body, progress.to_json())
            self.engine.admit(run)
            return run

    def _start(self, run: JSON, stream: bool, thread: JSON | None = None) -> StartedRun:
        events, position = self.engine.subscribe(run["id"]) if stream else (None, None)
        self.engine.start(run["id"])
        return StartedRun(run, events, thread, position)

    def run_events(self, thread_id: str, run_id: str, after: str | None) -> asyncio.Queue[Event]:
        """The events of a run after position `after` (an event's `id`), then live until its
        segment ends: a cut stream resumed. 410 when they are not kept (any more)."""
        run = self.run(thread_id, run_id)
        if after is None or not after.isdigit() or len(after) > 20:
            raise bad_request("last_event_id must be the `id` of an event of the run's stream.", "last_event_id")
        try:
            return self.engine.resume(run["id"], int(after))
        except EventsUnavailable:
            raise ErrorReply(
                410,
                f"The events of run {run_id} after {after} are not kept here (any more); fetch the run to"
                " see where it is.",
                param="last_event_id",
                code=RUN_EVENTS_GONE,
            ) from None

    def create_run(
        self, thread_id: str, body: JSON, delivery: RunDelivery | None = None, include: Sequence[str] = ()
    ) -> StartedRun:
        """``include``: the ``include[]`` of the request (what the run's streamed steps show)."""
        self.thread(thread_id)
        self._taking_runs()
        run_body = {k: v for k, v in body.items() if k != "stream"}
        run = self._new_run(thread_id, run_body, delivery, tuple(include))
        return self._start(run, bool(body.get("stream")))

    def create_thread_and_run(self, body: JSON, delivery: RunDelivery | None = None) -> StartedRun:
        self._taking_runs()
        asst = self.assistant(str(body.get("assistant_id")), "assistant_id")
        check_tools(body.get("tools"))
        self._refuse_unservable(asst, body)
        thread_body = dict(body.get("thread") or {})
        if body.get("tool_resources") is not None and thread_body.get("tool_resources") is None:
            thread_body["tool_resources"] = self.resources.resolve(body["tool_resources"])
        thread = self.create_thread(thread_body, "thread")
        run_body = {k: v for k, v in body.items() if k not in ("thread", "tool_resources", "stream")}
        run = self._new_run(thread["id"], run_body, delivery)
        return self._start(run, bool(body.get("stream")), thread)

    def modify_run(self, thread_id: str, run_id: str, body: JSON) -> JSON:
        run = self.run(thread_id, run_id)
        if body.get("metadata") is not None:
            run["metadata"] = body["metadata"]
        self.store.update("run", run)
        return run

    def cancel_run(self, thread_id: str, run_id: str) -> JSON:
        self.thread(thread_id)
        run = self.store.get("run", run_id)
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", run_id)
        status = run["status"]
        if status not in CANCELLABLE:
            raise bad_request(f"Cannot cancel run with status '{status}'.")
        self.engine.move(run, "cancelling")
        self.engine.request_cancel(run["id"], waiting_for_tools=status == "requires_action")
        return run

    def submit_tool_outputs(self, thread_id: str, run_id: str, body: JSON) -> StartedRun:
        self.thread(thread_id)
        run, aux = self.store.get_with_aux("run", run_id)
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", run_id)
        if run["status"] != "requires_action":
            raise bad_request(f'Runs in status "{run["status"]}" do not accept tool outputs.')
        self._taking_runs()
        progress = RunProgress.from_json(aux)
        outputs = body.get("tool_outputs")
        problem = tool_outputs_problem(progress, outputs)
        if problem is not None:
            raise bad_request(*problem)
        given = cast(list[JSON], outputs)  # checked just above
        answered = progress.answered(ToolOutput(o["tool_call_id"], o.get("output") or "") for o in given)
        self.engine.move(run, "queued", answered, announce=False)
        return self._start(run, bool(body.get("stream")))

    def step(self, thread_id: str, run_id: str, step_id: str, include: Sequence[str] = ()) -> JSON:
        run = self.run(thread_id, run_id)
        return shown_step(self._get("step", step_id, "run step", parent=run["id"]), include)

    def steps_page(self, thread_id: str, run_id: str, query: PageQuery, include: Sequence[str] = ()) -> JSON:
        run = self.run(thread_id, run_id)
        page = self.page("step", run["id"], query)
        page["data"] = [shown_step(step, include) for step in page["data"]]
        return page


def shown_step(step: JSON, include: Sequence[str]) -> JSON:
    """A step as the API shows it: file_search results' content only when ``include[]`` asks."""
    return step if INCLUDE_CONTENT in include else without_content(step)
