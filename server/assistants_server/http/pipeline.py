"""The request pipeline of an API operation: auth -> beta header -> faults -> idempotency ->
validation -> handler -> send (JSON, SSE or a file's bytes), with the answer checked against the spec.

A ``multipart/form-data`` body is read before the handler, its files streamed to disk
(``forms.py``); what the handler does not commit is removed once it has answered.

Everything HTTP lives here: headers (``Authorization``, ``api-key``, ``OpenAI-Beta``,
``Idempotency-Key``, ``X-Mock-*``), the body's bytes, status lines and server-sent events.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Iterator, MutableMapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from ..config import ServerConfig
from ..domain import Domain
from ..errors import ErrorReply, quote, server_failure
from ..faults import MAX_DELAY, MAX_FRAMES, Fault, FaultInjector, bounded
from ..runs.lifecycle import RunDelivery
from ..stats import Stats
from ..storage.lock_roots import request_root
from ..storage.scope import PROJECT, in_project
from .access import Access, Caller
from .bodies import read_object
from .forms import Form, form_body, read_form
from .handlers import Ctx, FileReply, Handler, Reply, Staged, StreamReply
from .idempotency import IdempotencyKeys
from .openapi import Spec, SpecEndpoint
from .rate_limits import RateLimits

log = logging.getLogger("assistants_server")

JSON = dict[str, Any]
FILE_CHUNK = 256 * 1024  # bytes of a download sent at once
Scope = MutableMapping[str, Any]
MAX_API_VERSION = 64  # characters of ?api-version= (real ones: "v1", "2024-05-01-preview")
BETA_V2_MESSAGE = (
    "You must provide the 'OpenAI-Beta' header to access the Assistants API. "
    "Please try again by setting the header 'OpenAI-Beta: assistants=v2'."
)


class DropConnection(Exception):
    """Raised to make a foreign ASGI server give up on the request."""


def request_id() -> str:
    return "req_" + secrets.token_hex(16)


def _sse(event: str, data: str, position: int | None) -> bytes:
    if position is None:
        return f"event: {event}\ndata: {data}\n\n".encode()
    return f"event: {event}\ndata: {data}\nid: {position}\n\n".encode()


async def _no_receive() -> Any:  # pragma: no cover - Response never reads
    return {"type": "http.disconnect"}


async def _watch_disconnect(receive: Any, gone: asyncio.Event) -> None:
    """Set `gone` when the client disconnects (the request's body was read already)."""
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            gone.set()
            return


def _delivery(request: Request) -> RunDelivery | None:
    """What the ``X-Mock-Stream-Chunks`` and ``X-Mock-Step-Delay`` headers ask of a run (with --admin)."""
    chunks_text = request.headers.get("x-mock-stream-chunks")
    delay_text = request.headers.get("x-mock-step-delay")
    if not chunks_text and not delay_text:
        return None
    try:
        chunks = int(bounded(chunks_text or 1, "X-Mock-Stream-Chunks", MAX_FRAMES, integer=True, low=1))
    except ValueError as exc:
        raise ErrorReply(400, str(exc), param="X-Mock-Stream-Chunks") from None
    try:
        delay = bounded(delay_text, "X-Mock-Step-Delay", MAX_DELAY) if delay_text else None
    except ValueError as exc:
        raise ErrorReply(400, str(exc), param="X-Mock-Step-Delay") from None
    return RunDelivery(chunks=chunks if chunks_text else None, delay=delay)


class Pipeline:
    def __init__(
        self,
        config: ServerConfig,
        spec: Spec,
        domain: Domain,
        faults: FaultInjector,
        stats: Stats,
        violations: list[str],
        transports: dict[tuple[str, int], Any],
    ) -> None:
        self.config = config
        self.spec = spec
        self.domain = domain
        self.faults = faults
        self.stats = stats
        self.violations = violations
        self.transports = transports
        self.idempotency = IdempotencyKeys(domain.store, config.idempotency_ttl)
        self.access = Access(config, domain.store)
        self.limits = (
            RateLimits(config.rate_limit, domain.store.shared_rate_buckets()) if config.rate_limit is not None else None
        )

    def reset(self) -> None:
        self.idempotency.reset()
        if self.limits is not None:
            self.limits.reset()

    # -- the pipeline ----------------------------------------------------------
    async def handle(
        self, scope: Scope, receive: Any, send: Any, endpoint: SpecEndpoint, handler: Handler, flavor: str
    ) -> None:
        request = Request(scope, receive)
        req_id, started = request_id(), time.monotonic()
        answered = False

        async def tracked_send(message: Any) -> None:
            nonlocal answered
            answered = True
            await send(message)

        try:
            self.stats.bump("requests")
            self.stats.count("requests_by_route", f"{endpoint.method} {endpoint.path}")
            caller = self._admit(request, flavor, endpoint)
            with in_project(caller.project):  # what the request reads and makes, and the runs it starts
                hooks = self.config.admin and caller.admin  # X-Mock-*: with keys, an admin key's only
                await self._handle(
                    request, scope, receive, tracked_send, endpoint, handler, flavor, hooks, req_id, started
                )
        except ErrorReply as exc:
            await self.send_json(tracked_send, Reply.error(exc), req_id, started, endpoint)
        except DropConnection:
            raise
        except Exception:
            log.exception("request %s (%s %s) failed", req_id, request.method, quote(scope.get("path", "")))
            if answered:
                raise
            await self.send_json(send, Reply.error(server_failure(req_id)), req_id, started, None)

    def _admit(self, request: Request, flavor: str, endpoint: SpecEndpoint) -> Caller:
        """The caller, once its credential (401), its project's rate (429) and the beta header
        (400) pass."""
        caller = self.check_auth(request, flavor)
        if self.limits is not None:
            self.limits.check(caller.project, time.monotonic())
        self._check_beta(request, flavor, endpoint)
        return caller

    async def _handle(
        self,
        request: Request,
        scope: Scope,
        receive: Any,
        send: Any,
        endpoint: SpecEndpoint,
        handler: Handler,
        flavor: str,
        hooks: bool,
        req_id: str,
        started: float,
    ) -> None:
        method, path = request.method, scope["path"]
        idem_key = request.headers.get("idempotency-key") if method == "POST" else None
        full_key = (idem_key, method, path) if idem_key else None
        try:
            fault = self.faults.decide(
                request.headers.get("x-mock-fault") if hooks else None,
                repr(full_key) if full_key else None,
                streaming_possible=endpoint.streaming,
            )
        except ValueError as exc:
            raise ErrorReply(400, f"Invalid X-Mock-Fault header: {exc}", param="X-Mock-Fault") from None
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.drop:
            self.stats.bump("dropped_connections")
            await self._abort(scope)
            return
        if fault.status is not None:
            err = fault.error()
            await self.send_json(send, Reply.error(err), req_id, started, endpoint)
            return

        pending: asyncio.Future[None] | None = None
        if full_key is not None:
            known = await self.idempotency.replay(full_key)
            if known is not None:
                self.stats.bump("idempotent_replays")
                await self.send_json(send, known, req_id, started, endpoint)
                return
            pending = self.idempotency.claim(full_key)

        form: list[Form] = []  # the multipart body received, dropped once answered
        try:
            try:
                ctx = await self._checked(request, scope, endpoint, flavor, handler, form, hooks)
                if isinstance(handler, Staged) and handler.prepare is not None:
                    await handler.prepare(ctx)  # slow I/O that writes nothing to the store
                # What the handler writes and the answer kept for its key commit together (or
                # not at all): a restart never keeps one without the other. Handlers do not await.
                with self._writes(method, ctx.params, full_key):
                    kept = self.idempotency.kept(full_key) if full_key is not None else None
                    result: Reply | StreamReply | FileReply = kept.reply(ctx) if kept else await handler(ctx)
                    if full_key is not None and kept is None:
                        self.idempotency.keep(full_key, result)
            except ErrorReply as exc:
                result = Reply.error(exc)
                if full_key is not None:
                    self.idempotency.keep(full_key, result)
            finally:
                for received in form:
                    received.discard()
            if fault.fail_after_commit is not None:  # a stream too: its run made, the answer lost
                self.faults.count("fail_after_commit")
                err = Fault(status=fault.fail_after_commit).error()
                result = Reply.error(err)
            if isinstance(result, StreamReply):
                await self._send_stream(scope, receive, send, result, req_id, fault)
                return
            if isinstance(result, FileReply):
                await self._send_file(receive, send, result, req_id, started)
                return
            await self.send_json(send, result, req_id, started, endpoint)
        finally:
            if pending is not None and full_key is not None:
                self.idempotency.release(full_key, pending)

    @contextlib.contextmanager
    def _writes(self, method: str, params: dict[str, str], full_key: tuple[str, str, str] | None) -> Iterator[None]:
        """The request's transaction (none for a GET): it locks the object its path names
        (``lock_roots.request_root``), after the request's idempotency key if it has one, so that
        a repeat on another replica finds the first answer inside (``kept``) rather than redo it."""
        if method == "GET":
            yield
            return
        root, store = request_root(params), self.domain.store
        first = root if full_key is None or root is None else ("idempotency", PROJECT.get(), *full_key)
        with store.transaction(first), store.transaction(root):
            yield

    async def _checked(
        self,
        request: Request,
        scope: Scope,
        endpoint: SpecEndpoint,
        flavor: str,
        handler: Handler,
        form: list[Form],
        hooks: bool,
    ) -> Ctx:
        """Path objects first (404), then the query and the body (400). A multipart body's
        form is appended to `form` as soon as it exists (the caller drops it)."""
        params = {name: str(value) for name, value in (scope.get("path_params") or {}).items()}
        params = {name: params[name] for name in endpoint.path_params if name in params}
        self.domain.require_path(params)
        query = self.spec.parse_query(endpoint, request.query_params)
        body: JSON = {}
        if endpoint.request_media == "multipart/form-data":
            limit = self.config.max_file_bytes
            if isinstance(handler, Staged) and handler.file_limit is not None:
                limit = min(limit, handler.file_limit)
            received = await read_form(request, self.domain.blobs, self._file_fields(endpoint), limit)
            form.append(received)
            body = form_body(received, endpoint.request_schema, self.spec.resolve)
            if self.config.validate_requests:
                problem = self.spec.body_error(endpoint, body)
                if problem is not None:
                    raise problem
            return Ctx(self.domain, params, query, body, flavor, None, received)
        if endpoint.request_schema is not None:
            found = await self._read_body(request)
            if found is None:
                if endpoint.body_required:
                    raise ErrorReply(400, "This operation requires a JSON request body.", code="missing_body")
            else:
                body = found
            if self.config.validate_requests and found is not None:
                problem = self.spec.body_error(endpoint, body)
                if problem is not None:
                    raise problem
        delivery = _delivery(request) if endpoint.streaming and hooks else None
        last_event_id = request.headers.get("last-event-id") if endpoint.streaming else None
        return Ctx(self.domain, params, query, body, flavor, delivery, last_event_id=last_event_id)

    def _file_fields(self, endpoint: SpecEndpoint) -> frozenset[str]:
        """The properties of a multipart body that are files (``format: binary``)."""
        schema = self.spec.resolve(endpoint.request_schema) or {}
        props = schema.get("properties") or {}
        return frozenset(k for k, v in props.items() if (self.spec.resolve(v) or {}).get("format") == "binary")

    # -- checks ----------------------------------------------------------------
    def check_auth(self, request: Request, flavor: str) -> Caller:
        """The credential first (401), then the Azure and Foundry flavors' api-version (400); the
        caller the credential names."""
        caller = self.access.caller(flavor, request.headers)
        if flavor in ("azure", "foundry") and "api-version" not in request.query_params:
            example = "v1" if flavor == "foundry" else "2024-05-01-preview"
            raise ErrorReply(
                400,
                f"Missing required query parameter 'api-version' (e.g. ?api-version={example}).",
                param="api-version",
                code="missing_required_parameter",
            )
        if flavor in ("azure", "foundry") and any(
            len(value) > MAX_API_VERSION for value in request.query_params.getlist("api-version")
        ):
            raise ErrorReply(
                400,
                f"Invalid value for 'api-version': longer than {MAX_API_VERSION} characters.",
                param="api-version",
                code="invalid_value",
            )
        return caller

    def _check_beta(self, request: Request, flavor: str, endpoint: SpecEndpoint) -> None:
        if flavor != "openai" or not self.config.require_beta_header or not endpoint.beta_header:
            return  # operations marked `x-beta-header: false` take the header but do not need it
        beta = request.headers.get("openai-beta", "")
        if endpoint.deprecated:
            if "assistants=v1" not in beta:
                raise ErrorReply(
                    400, "This first-beta operation needs the header 'OpenAI-Beta: assistants=v1'.", param="OpenAI-Beta"
                )
        elif "assistants=" not in beta:
            raise ErrorReply(400, BETA_V2_MESSAGE, param="OpenAI-Beta")

    async def _read_body(self, request: Request) -> JSON | None:
        """The JSON object sent, or None when no body (or only JSON whitespace) was sent."""
        return await read_object(request, self.config.max_body_bytes)

    # -- sending ---------------------------------------------------------------
    async def _abort(self, scope: Scope) -> None:
        client = scope.get("client")
        transport = self.transports.get((client[0], client[1])) if client else None
        if transport is not None:
            transport.abort()
            await asyncio.sleep(0)
            return
        raise DropConnection("drop fault: no transport to abort under this ASGI server")

    def _check_json(self, endpoint: SpecEndpoint | None, status: int, body: Any) -> None:
        if not self.config.validate_responses:
            return
        label = f"{endpoint.method} {endpoint.path}" if endpoint else "(no operation)"
        schema = endpoint.response_schema(status, "application/json") if endpoint else None
        if schema is None and isinstance(body, dict) and "error" in body:
            schema = self.spec.component("ErrorResponse")
        if schema is None:
            self.violations.append(f"{label} {status}: no response schema in the spec")
            return
        for problem in self.spec.check(schema, body):
            self.violations.append(f"{label} {status}: {problem}")

    def check_event(self, event: str, data: str) -> None:
        """Record a violation when an SSE event's data does not fit its schema."""
        if not self.config.validate_responses:
            return
        schema = self.spec.event_schemas.get(event)
        if schema is None:
            self.violations.append(f"SSE {event}: no *StreamEvent schema has this event")
            return
        try:
            value = data if event == "done" else json.loads(data)
        except ValueError:
            self.violations.append(f"SSE {event}: data is not JSON")
            return
        for problem in self.spec.check(schema, value):
            self.violations.append(f"SSE {event}: {problem}")

    async def send_json(
        self,
        send: Any,
        reply: Reply,
        req_id: str,
        started: float,
        endpoint: SpecEndpoint | None,
        validate: bool = True,
    ) -> None:
        if validate:
            self._check_json(endpoint, reply.status, reply.body)
        self.stats.count("responses_by_status", str(reply.status))
        headers = {"x-request-id": req_id, "openai-processing-ms": str(int((time.monotonic() - started) * 1000))}
        headers.update(reply.headers)
        body = json.dumps(reply.body, separators=(",", ":")).encode()
        response = Response(body, status_code=reply.status, headers=headers, media_type="application/json")
        await response({"type": "http"}, _no_receive, send)

    async def _send_file(self, receive: Any, send: Any, reply: FileReply, req_id: str, started: float) -> None:
        """A file's bytes in chunks (the spec's binary answer: no JSON check); reading stops
        when the client goes away."""
        self.stats.count("responses_by_status", "200")
        headers = {
            "content-type": "application/octet-stream",
            "content-length": str(reply.size),
            "x-request-id": req_id,
            "openai-processing-ms": str(int((time.monotonic() - started) * 1000)),
        }
        headers.update(reply.headers)
        raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        gone = asyncio.Event()
        watcher = asyncio.get_running_loop().create_task(_watch_disconnect(receive, gone))
        try:
            with reply.file as fh:
                await send({"type": "http.response.start", "status": 200, "headers": raw})
                left = reply.size
                if left == 0:
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                for _ in range(reply.size // FILE_CHUNK + 2):  # bounded by the size announced
                    chunk = fh.read(min(FILE_CHUNK, left))
                    if not chunk or gone.is_set():
                        break
                    left -= len(chunk)
                    await send({"type": "http.response.body", "body": chunk, "more_body": left > 0})
                    if left <= 0:
                        return
                    await asyncio.sleep(0)  # the watcher's turn
        finally:
            watcher.cancel()
        if not gone.is_set():
            raise RuntimeError("the file changed size while it was sent")  # cut: the length was announced

    async def _send_stream(
        self, scope: Scope, receive: Any, send: Any, reply: StreamReply, req_id: str, fault: Fault
    ) -> None:
        self.stats.bump("streams")
        self.stats.count("responses_by_status", "200")
        headers = {
            "content-type": "text/event-stream; charset=utf-8",
            "cache-control": "no-cache",
            "x-request-id": req_id,
        }
        headers.update(reply.headers)
        start = {
            "type": "http.response.start",
            "status": 200,
            "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
        }
        await send(start)
        gone = asyncio.Event()

        async def watch() -> None:
            while True:
                message = await receive()
                if message["type"] == "http.disconnect":
                    gone.set()
                    return

        watcher = asyncio.get_running_loop().create_task(watch())
        sent = 0
        events = reply.events
        try:
            async for event, data, position in events:
                if gone.is_set():
                    break
                if fault.cut_stream_after is not None and sent >= fault.cut_stream_after:
                    await self._cut(scope)
                    return
                self.check_event(event, data)
                await send({"type": "http.response.body", "body": _sse(event, data, position), "more_body": True})
                sent += 1
            if fault.cut_stream_after is not None and not gone.is_set():
                await self._cut(scope)
                return
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            aclose = getattr(events, "aclose", None)
            if aclose is not None:
                await aclose()

    async def _cut(self, scope: Scope) -> None:
        self.stats.bump("cut_streams")
        self.faults.count("cut_stream_after")
        await self._abort(scope)
