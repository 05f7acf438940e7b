"""The ASGI application: routing, auth, faults, idempotency, validation and handlers."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import model as scripted
from .engine import ACTIVE, TERMINAL, RunEngine
from .errors import APIError, bad_request, error_body, not_found
from .faults import Fault, FaultConfig, FaultInjector, parse_fault
from .spec import Operation, Spec
from .store import Store, new_id

log = logging.getLogger("assistants_client.server")

JSON = dict[str, Any]

TOOL_TYPES = ("function", "code_interpreter", "file_search")
BETA_V2_MESSAGE = (
    "You must provide the 'OpenAI-Beta' header to access the Assistants API. "
    "Please try again by setting the header 'OpenAI-Beta: assistants=v2'."
)


# --------------------------------------------------------------------------- replies
@dataclass
class Reply:
    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class StreamReply:
    events: AsyncIterator[tuple[str, str]]  # (event name, data text)
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    request: Request
    params: dict[str, str]
    query: Any
    body: JSON
    flavor: str  # "openai" | "azure"


Handler = Callable[[Ctx], Awaitable[Any]]


@dataclass
class RouteDef:
    method: str
    template: str
    handler: str
    deprecated: bool = False
    regex: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        pattern = re.sub(r"\{([a-z_]+)\}", r"(?P<\1>[^/]+)", self.template)
        self.regex = re.compile("^" + pattern + "/?$")


ROUTES = [
    RouteDef("POST", "/assistants", "create_assistant"),
    RouteDef("GET", "/assistants", "list_assistants"),
    RouteDef("GET", "/assistants/{assistant_id}", "get_assistant"),
    RouteDef("POST", "/assistants/{assistant_id}", "modify_assistant"),
    RouteDef("DELETE", "/assistants/{assistant_id}", "delete_assistant"),
    RouteDef("POST", "/assistants/{assistant_id}/files", "create_assistant_file", True),
    RouteDef("GET", "/assistants/{assistant_id}/files", "list_assistant_files", True),
    RouteDef("GET", "/assistants/{assistant_id}/files/{file_id}", "get_assistant_file", True),
    RouteDef("DELETE", "/assistants/{assistant_id}/files/{file_id}", "delete_assistant_file", True),
    RouteDef("POST", "/threads", "create_thread"),
    RouteDef("POST", "/threads/runs", "create_thread_and_run"),
    RouteDef("GET", "/threads/{thread_id}", "get_thread"),
    RouteDef("POST", "/threads/{thread_id}", "modify_thread"),
    RouteDef("DELETE", "/threads/{thread_id}", "delete_thread"),
    RouteDef("POST", "/threads/{thread_id}/messages", "create_message"),
    RouteDef("GET", "/threads/{thread_id}/messages", "list_messages"),
    RouteDef("GET", "/threads/{thread_id}/messages/{message_id}", "get_message"),
    RouteDef("POST", "/threads/{thread_id}/messages/{message_id}", "modify_message"),
    RouteDef("DELETE", "/threads/{thread_id}/messages/{message_id}", "delete_message"),
    RouteDef("GET", "/threads/{thread_id}/messages/{message_id}/files", "list_message_files", True),
    RouteDef("GET", "/threads/{thread_id}/messages/{message_id}/files/{file_id}", "get_message_file", True),
    RouteDef("POST", "/threads/{thread_id}/runs", "create_run"),
    RouteDef("GET", "/threads/{thread_id}/runs", "list_runs"),
    RouteDef("GET", "/threads/{thread_id}/runs/{run_id}", "get_run"),
    RouteDef("POST", "/threads/{thread_id}/runs/{run_id}", "modify_run"),
    RouteDef("POST", "/threads/{thread_id}/runs/{run_id}/cancel", "cancel_run"),
    RouteDef("POST", "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs", "submit_tool_outputs"),
    RouteDef("GET", "/threads/{thread_id}/runs/{run_id}/steps", "list_run_steps"),
    RouteDef("GET", "/threads/{thread_id}/runs/{run_id}/steps/{step_id}", "get_run_step"),
]

ADMIN_ROUTES = [
    RouteDef("GET", "/stats", "admin_stats"),
    RouteDef("GET", "/health", "admin_health"),
    RouteDef("GET", "/faults", "admin_get_faults"),
    RouteDef("POST", "/faults", "admin_set_faults"),
    RouteDef("DELETE", "/faults", "admin_clear_faults"),
    RouteDef("POST", "/reset", "admin_reset"),
    RouteDef("GET", "/spec_violations", "admin_violations"),
    RouteDef("POST", "/azure_token", "admin_azure_token"),
    RouteDef("POST", "/threads/{thread_id}/seed_messages", "admin_seed_messages"),
]


def _match(routes: list[RouteDef], method: str, path: str) -> tuple[RouteDef | None, dict[str, str], bool]:
    """(route, params, path_known) — path_known is True when only the method is wrong."""
    path_known = False
    for route in routes:
        m = route.regex.match(path)
        if m is None:
            continue
        if route.method == method:
            return route, m.groupdict(), True
        path_known = True
    return None, {}, path_known


def request_id() -> str:
    return "req_" + secrets.token_hex(16)


def _sse(event: str, data: str) -> bytes:
    return f"event: {event}\ndata: {data}\n\n".encode()


# --------------------------------------------------------------------------- the API
class MockAPI:
    """All server state plus the ASGI entry point (wrapped by Starlette)."""

    def __init__(
        self,
        *,
        db: str | None = None,
        api_key: str | None = None,
        azure_api_key: str | None = None,
        azure_token: str | None = None,
        step_delay: float = 0.02,
        run_expiry: float = 600.0,
        faults: FaultConfig | dict[str, Any] | None = None,
        seed: int | None = None,
        validate_responses: bool = False,
        validate_requests: bool = True,
        require_beta_header: bool = True,
        spec: Spec | None = None,
        spec_path: str | None = None,
    ) -> None:
        self.store = Store(db)
        self.api_key = api_key
        self.azure_api_key = azure_api_key
        self.azure_token = azure_token
        self.step_delay = float(step_delay)
        self.run_expiry = float(run_expiry)
        if isinstance(faults, dict):
            faults = FaultConfig.from_dict(faults)
        self.faults = FaultInjector(faults, seed)
        self.validate_responses = validate_responses
        self.validate_requests = validate_requests
        self.require_beta_header = require_beta_header
        self.spec = spec
        if self.spec is None and (validate_responses or validate_requests):
            try:
                self.spec = Spec.load(spec_path)
            except FileNotFoundError:
                if validate_responses:
                    raise
                log.warning("openapi.yaml not found: request bodies are not checked against the spec")
        self.spec_violations: list[str] = []
        self.engine = RunEngine(self)
        self.idempotency: dict[tuple[str, str, str], Any] = {}
        self.transports: dict[tuple[str, int], Any] = {}
        self.stats: dict[str, Any] = {}
        self.reset_stats()
        self.app = Starlette(routes=[Route("/{path:path}", endpoint=_Endpoint(self._asgi))], lifespan=self._lifespan)

    # -- lifecycle -----------------------------------------------------------
    def _lifespan(self, app: Any) -> Any:
        api = self

        class _Lifespan:
            async def __aenter__(self) -> None:
                api.engine.resume_after_restart()

            async def __aexit__(self, *exc: Any) -> None:
                await api.engine.shutdown()

        return _Lifespan()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.app(scope, receive, send)

    def reset_stats(self) -> None:
        self.stats = {
            "requests": 0,
            "requests_by_route": {},
            "responses_by_status": {},
            "created": {},
            "idempotent_replays": 0,
            "streams": 0,
            "dropped_connections": 0,
            "cut_streams": 0,
        }

    async def reset(self) -> None:
        """Forget all objects, idempotency keys, faults, counters and violations."""
        await self.engine.shutdown()
        self.store.clear()
        self.idempotency.clear()
        self.faults.reset()
        self.spec_violations.clear()
        self.reset_stats()

    def count_created(self, object_type: str, n: int = 1) -> None:
        created = self.stats["created"]
        created[object_type] = created.get(object_type, 0) + n

    def _count(self, name: str, key: str) -> None:
        bucket = self.stats[name]
        bucket[key] = bucket.get(key, 0) + 1

    # -- ASGI ------------------------------------------------------------------
    async def _asgi(self, scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        req_id = request_id()
        started = time.monotonic()
        path = scope["path"]
        answered = False

        async def tracked_send(message: Any) -> None:
            nonlocal answered
            answered = True
            await send(message)

        try:
            if path == "/_mock" or path.startswith("/_mock/"):
                reply = await self._admin(request, path[len("/_mock") :] or "/")
                await self._send_json(tracked_send, reply, req_id, started, None, validate=False)
                return
            if path == "/v1" or path.startswith("/v1/"):
                flavor, sub = "openai", path[3:] or "/"
            elif path == "/openai" or path.startswith("/openai/"):
                flavor, sub = "azure", path[7:] or "/"
            else:
                raise APIError(404, f"Invalid URL ({request.method} {path})")
            await self._api(request, scope, receive, tracked_send, flavor, sub, req_id, started)
        except APIError as exc:
            await self._send_json(tracked_send, Reply(exc.body(), exc.status, exc.headers), req_id, started, None)
        except _DropConnection:
            raise
        except Exception as exc:
            log.exception("unexpected error answering %s %s", request.method, path)
            if answered:
                raise
            body = error_body(f"The mock server failed: {exc!r}", type="server_error")
            await self._send_json(send, Reply(body, 500), req_id, started, None)

    async def _api(
        self, request: Request, scope: Any, receive: Any, send: Any, flavor: str, sub: str, req_id: str, started: float
    ) -> None:
        self.stats["requests"] += 1
        method = request.method
        self._check_auth(request, flavor)
        route, params, path_known = _match(ROUTES, method, sub)
        if route is None:
            if path_known:
                raise APIError(405, f"Invalid method for URL ({method} {request.url.path})")
            raise APIError(404, f"Invalid URL ({method} {request.url.path})")
        self._count("requests_by_route", f"{method} {route.template}")
        operation = self.spec.operation(method, route.template) if self.spec else None
        if self.validate_responses and operation is None and self.spec is not None:
            self.spec_violations.append(f"{method} {route.template}: no operation in {self.spec.source}")
        try:
            self._check_beta(request, flavor, route)
        except APIError as exc:
            await self._send_json(send, Reply(exc.body(), exc.status), req_id, started, operation)
            return

        idem_key = request.headers.get("idempotency-key") if method == "POST" else None
        full_key = (idem_key, method, sub) if idem_key else None
        try:
            fault = self.faults.decide(
                request.headers.get("x-mock-fault"),
                repr(full_key) if full_key else None,
                streaming_possible=method == "POST" and route.handler in _STREAMING,
            )
        except ValueError as exc:
            raise APIError(400, f"Invalid X-Mock-Fault header: {exc}", param="X-Mock-Fault") from None
        if fault.latency:
            await asyncio.sleep(fault.latency)
        if fault.drop:
            self.stats["dropped_connections"] += 1
            await self._abort(scope)
            return
        if fault.status is not None:
            err = fault.error()
            await self._send_json(send, Reply(err.body(), err.status, err.headers), req_id, started, operation)
            return

        # idempotent replay
        if full_key is not None:
            known = self.idempotency.get(full_key)
            if isinstance(known, asyncio.Future):
                await asyncio.shield(known)
                known = self.idempotency.get(full_key)
            if isinstance(known, Reply):
                self.stats["idempotent_replays"] += 1
                replay = Reply(known.body, known.status, dict(known.headers, **{"Idempotent-Replayed": "true"}))
                await self._send_json(send, replay, req_id, started, operation)
                return
            pending: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self.idempotency[full_key] = pending
        else:
            pending = None

        try:
            try:
                body = await self._read_body(request) if method == "POST" else {}
                if self.validate_requests and operation is not None and self.spec is not None:
                    problem = self.spec.request_error(operation, body)
                    if problem is None:
                        problem = _unknown_argument(self.spec, operation, body)
                    if problem is not None:
                        raise problem
                ctx = Ctx(request, params, request.query_params, body, flavor)
                result = await getattr(self, route.handler)(ctx)
            except APIError as exc:
                result = Reply(exc.body(), exc.status, exc.headers)
            if isinstance(result, StreamReply):
                if full_key is not None:
                    self.idempotency.pop(full_key, None)
                await self._send_stream(scope, receive, send, result, req_id, fault)
                return
            if full_key is not None:
                if result.status < 500:
                    self.idempotency[full_key] = result
                else:
                    self.idempotency.pop(full_key, None)
            if fault.fail_after_commit is not None and result.status < 400:
                self.faults.count("fail_after_commit")
                err = Fault(status=fault.fail_after_commit).error()
                result = Reply(err.body(), err.status, err.headers)
            await self._send_json(send, result, req_id, started, operation)
        finally:
            if full_key is not None and isinstance(self.idempotency.get(full_key), asyncio.Future):
                self.idempotency.pop(full_key, None)
            if pending is not None and not pending.done():
                pending.set_result(None)

    # -- checks ----------------------------------------------------------------
    def _check_auth(self, request: Request, flavor: str) -> None:
        auth = request.headers.get("authorization", "")
        bearer = auth[7:].strip() if auth.lower().startswith("bearer ") else None
        if flavor == "azure":
            if "api-version" not in request.query_params:
                raise APIError(
                    400,
                    "Missing required query parameter 'api-version' (e.g. ?api-version=2024-05-01-preview).",
                    param="api-version",
                    code="missing_required_parameter",
                )
            if self.azure_api_key is None and self.azure_token is None:
                return
            key = request.headers.get("api-key")
            if self.azure_api_key is not None and key == self.azure_api_key:
                return
            if self.azure_token is not None and bearer == self.azure_token:
                return
            raise APIError(
                401,
                "Access denied due to invalid subscription key or expired/invalid token. "
                "Make sure to provide a valid api-key header or Authorization bearer token.",
                code="invalid_api_key",
            )
        if self.api_key is None:
            return
        if bearer is None:
            raise APIError(
                401,
                "You didn't provide an API key. You need to provide your API key in an Authorization header "
                "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )
        if bearer != self.api_key:
            masked = bearer[:3] + "*" * max(0, len(bearer) - 7) + bearer[-4:] if len(bearer) > 7 else "***"
            raise APIError(401, f"Incorrect API key provided: {masked}.", code="invalid_api_key")

    def _check_beta(self, request: Request, flavor: str, route: RouteDef) -> None:
        if flavor != "openai" or not self.require_beta_header:
            return
        beta = request.headers.get("openai-beta", "")
        if route.deprecated:
            if "assistants=v1" not in beta:
                raise APIError(
                    400,
                    "This first-beta operation needs the header 'OpenAI-Beta: assistants=v1'.",
                    param="OpenAI-Beta",
                )
        elif "assistants=" not in beta:
            raise APIError(400, BETA_V2_MESSAGE, param="OpenAI-Beta")

    async def _read_body(self, request: Request) -> JSON:
        raw = await request.body()
        if not raw.strip():
            return {}
        try:
            body = json.loads(raw)
        except ValueError:
            raise APIError(
                400,
                "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
                "HTTP library correctly. The OpenAI API expects a JSON payload.)",
            ) from None
        if not isinstance(body, dict):
            raise APIError(400, "The request body must be a JSON object.")
        return body

    # -- sending ---------------------------------------------------------------
    async def _abort(self, scope: Any) -> None:
        client = scope.get("client")
        transport = self.transports.get(tuple(client)) if client else None
        if transport is not None:
            transport.abort()
            await asyncio.sleep(0)
            return
        raise _DropConnection("drop fault: no transport to abort under this ASGI server")

    def _check_json(self, operation: Operation | None, status: int, body: Any, label: str) -> None:
        if not self.validate_responses or self.spec is None:
            return
        schema = operation.response_schema(status, "application/json") if operation else None
        if schema is None and isinstance(body, dict) and "error" in body:
            schema = self.spec.component("ErrorResponse")
        if schema is None:
            self.spec_violations.append(f"{label} {status}: no response schema in the spec")
            return
        for problem in self.spec.check(schema, body):
            self.spec_violations.append(f"{label} {status}: {problem}")

    async def _send_json(
        self, send: Any, reply: Reply, req_id: str, started: float, operation: Operation | None, validate: bool = True
    ) -> None:
        if validate:
            label = f"{operation.method} {operation.path}" if operation else "(no operation)"
            self._check_json(operation, reply.status, reply.body, label)
        self._count("responses_by_status", str(reply.status))
        headers = {
            "x-request-id": req_id,
            "openai-processing-ms": str(int((time.monotonic() - started) * 1000)),
        }
        headers.update(reply.headers)
        body = json.dumps(reply.body, separators=(",", ":")).encode()
        response = Response(body, status_code=reply.status, headers=headers, media_type="application/json")
        await response({"type": "http"}, _no_receive, send)

    async def _send_stream(
        self, scope: Any, receive: Any, send: Any, reply: StreamReply, req_id: str, fault: Fault
    ) -> None:
        self.stats["streams"] += 1
        self._count("responses_by_status", "200")
        headers = {
            "content-type": "text/event-stream; charset=utf-8",
            "cache-control": "no-cache",
            "x-request-id": req_id,
        }
        headers.update(reply.headers)
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(k.lower().encode(), v.encode()) for k, v in headers.items()],
            }
        )
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
            async for event, data in events:
                if gone.is_set():
                    break
                if fault.cut_stream_after is not None and sent >= fault.cut_stream_after:
                    self.stats["cut_streams"] += 1
                    self.faults.count("cut_stream_after")
                    await self._abort(scope)
                    return
                self._check_event(event, data)
                await send({"type": "http.response.body", "body": _sse(event, data), "more_body": True})
                sent += 1
            if fault.cut_stream_after is not None and not gone.is_set():
                self.stats["cut_streams"] += 1
                self.faults.count("cut_stream_after")
                await self._abort(scope)
                return
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            aclose = getattr(events, "aclose", None)
            if aclose is not None:
                await aclose()

    def _check_event(self, event: str, data: str) -> None:
        if not self.validate_responses or self.spec is None:
            return
        schema = self.spec.event_schemas.get(event)
        if schema is None:
            self.spec_violations.append(f"SSE {event}: no *StreamEvent schema has this event")
            return
        try:
            value = data if event == "done" else json.loads(data)
        except ValueError:
            self.spec_violations.append(f"SSE {event}: data is not JSON")
            return
        for problem in self.spec.check(schema, value):
            self.spec_violations.append(f"SSE {event}: {problem}")

    # -- helpers -----------------------------------------------------------------
    def _page(self, ctx: Ctx, kind: str, parent: str | None, run_id: str | None = None) -> Reply:
        q = ctx.query
        limit_text = q.get("limit")
        limit = 20
        if limit_text is not None:
            try:
                limit = int(limit_text)
            except ValueError:
                raise bad_request(
                    f"Invalid value for 'limit': expected an integer, got '{limit_text}'.", "limit"
                ) from None
            if not 1 <= limit <= 100:
                raise bad_request(
                    "Invalid 'limit': integer out of range. "
                    f"Expected a value between 1 and 100, but got {limit} instead.",
                    "limit",
                    "integer_out_of_range",
                )
        order = q.get("order", "desc")
        if order not in ("asc", "desc"):
            raise bad_request(f"Invalid value for 'order': expected 'asc' or 'desc', got '{order}'.", "order")
        page = self.store.list(
            kind, parent, limit=limit, order=order, after=q.get("after"), before=q.get("before"), run_id=run_id
        )
        return Reply(page.body())

    def _get(self, kind: str, object_id: str, label: str, param: str | None = None, parent: str | None = None) -> JSON:
        obj = self.store.get(kind, object_id, parent=parent)
        if obj is None:
            raise not_found(label, object_id, param)
        return obj

    def _thread(self, thread_id: str) -> JSON:
        return self._get("thread", thread_id, "thread")

    def _message(self, thread_id: str, message_id: str) -> JSON:
        message = self.store.get("message", message_id)
        if message is None or message["thread_id"] != thread_id:
            raise not_found("message", message_id)
        return message

    def _run(self, thread_id: str, run_id: str) -> JSON:
        run = self.store.get("run", run_id)
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", run_id)
        return run

    def _active_run(self, thread_id: str) -> JSON | None:
        rows = self.store.with_status("run", ACTIVE, parent=thread_id)
        return rows[0][0] if rows else None

    def _poll_headers(self, run: JSON) -> dict[str, str]:
        if run["status"] in TERMINAL:
            return {}
        return {"openai-poll-after-ms": str(max(1, int(self.step_delay * 1000)))}

    @staticmethod
    def _check_tools(tools: Any, param: str = "tools") -> None:
        if tools is None:
            return
        for i, tool in enumerate(tools):
            kind = tool.get("type") if isinstance(tool, dict) else None
            if kind not in TOOL_TYPES:
                raise bad_request(
                    f"Invalid value: '{kind}'. "
                    "Supported values are: 'code_interpreter', 'file_search', and 'function'.",
                    f"{param}[{i}].type",
                    "invalid_value",
                )
            if kind == "function":
                fn = tool.get("function")
                if not isinstance(fn, dict) or not isinstance(fn.get("name"), str):
                    raise bad_request(
                        f"Missing required parameter: '{param}[{i}].function.name'.", f"{param}[{i}].function.name"
                    )
                if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", fn["name"]):
                    raise bad_request(
                        f"Invalid '{param}[{i}].function.name': string does not match pattern. "
                        "Expected a string that matches the pattern '^[a-zA-Z0-9_-]+$'.",
                        f"{param}[{i}].function.name",
                    )

    # -- object builders (also used by the engine and the state API) -------------
    def make_assistant(self, body: JSON) -> JSON:
        self._check_tools(body.get("tools"))
        asst = {
            "id": new_id("asst_"),
            "object": "assistant",
            "created_at": self.store.timestamp(),
            "name": body.get("name"),
            "description": body.get("description"),
            "model": body.get("model") or "gpt-4o",
            "instructions": body.get("instructions"),
            "tools": body.get("tools") or [],
            "tool_resources": _tool_resources(body.get("tool_resources")),
            "metadata": body.get("metadata") or {},
            "top_p": 1.0 if body.get("top_p") is None else body["top_p"],
            "temperature": 1.0 if body.get("temperature") is None else body["temperature"],
            "reasoning_effort": body.get("reasoning_effort"),
            "response_format": body.get("response_format") or "auto",
        }
        self.store.insert("assistant", asst)
        self.count_created("assistant")
        return asst

    def make_thread(self, body: JSON) -> JSON:
        messages = body.get("messages") or []
        converted = [self._message_input(m, f"messages[{i}]") for i, m in enumerate(messages)]
        thread = {
            "id": new_id("thread_"),
            "object": "thread",
            "created_at": self.store.timestamp(),
            "metadata": body.get("metadata") or {},
            "tool_resources": _tool_resources(body.get("tool_resources")),
        }
        self.store.insert("thread", thread)
        self.count_created("thread")
        for m in converted:
            self.make_message(thread_id=thread["id"], **m)
        return thread

    def _message_input(self, body: Any, param: str = "") -> JSON:
        prefix = f"{param}." if param else ""
        if not isinstance(body, dict):
            raise bad_request(f"Invalid type for '{param}': expected an object.", param or None)
        role = body.get("role")
        if role not in ("user", "assistant"):
            raise bad_request(
                f"Invalid value: '{role}'. Supported values are: 'user' and 'assistant'.",
                f"{prefix}role",
                "invalid_value",
            )
        return {
            "role": role,
            "content": _content(body.get("content"), f"{prefix}content"),
            "attachments": body.get("attachments") or [],
            "metadata": body.get("metadata") or {},
        }

    def make_message(
        self,
        *,
        thread_id: str,
        role: str,
        content: list[JSON],
        attachments: list[JSON] | None = None,
        metadata: JSON | None = None,
        assistant_id: str | None = None,
        run_id: str | None = None,
        status: str = "completed",
    ) -> JSON:
        created = self.store.timestamp()
        message = {
            "id": new_id("msg_"),
            "object": "thread.message",
            "created_at": created,
            "assistant_id": assistant_id,
            "thread_id": thread_id,
            "run_id": run_id,
            "role": role,
            "content": content,
            "attachments": attachments or [],
            "metadata": metadata or {},
            "status": status,
            "incomplete_details": None,
            "completed_at": created if status == "completed" and role == "assistant" else None,
            "incomplete_at": None,
        }
        self.store.insert("message", message, parent=thread_id, run_id=run_id)
        self.count_created("thread.message")
        file_ids = [a["file_id"] for a in attachments or [] if isinstance(a, dict) and a.get("file_id")]
        for file_id in dict.fromkeys(file_ids):
            self.store.insert(
                "message_file",
                {"id": file_id, "object": "thread.message.file", "created_at": created, "message_id": message["id"]},
                parent=message["id"],
            )
        return message

    def seed_messages(self, thread_id: str, count: int, text: str = "Seed message {i}", role: str = "user") -> JSON:
        """Bulk insert ``count`` completed messages (fast path for benchmarks)."""
        self._thread(thread_id)
        if role not in ("user", "assistant"):
            raise bad_request("role must be 'user' or 'assistant'", "role")
        rows = []
        first = last = None
        created = self.store.timestamp()
        for i in range(count):
            mid = new_id("msg_")
            first = first or mid
            last = mid
            rows.append(
                (
                    {
                        "id": mid,
                        "object": "thread.message",
                        "created_at": created,
                        "assistant_id": None,
                        "thread_id": thread_id,
                        "run_id": None,
                        "role": role,
                        "content": [{"type": "text", "text": {"value": text.format(i=i), "annotations": []}}],
                        "attachments": [],
                        "metadata": {},
                        "status": "completed",
                        "incomplete_details": None,
                        "completed_at": None,
                        "incomplete_at": None,
                    },
                    thread_id,
                    None,
                )
            )
        self.store.insert_many("message", rows)
        self.count_created("thread.message", count)
        return {"thread_id": thread_id, "count": count, "first_id": first, "last_id": last}

    def make_run(self, thread_id: str, body: JSON, request: Request | None = None) -> tuple[JSON, JSON]:
        assistant_id = body.get("assistant_id")
        asst = self._get("assistant", assistant_id, "assistant", "assistant_id")
        self._check_tools(body.get("tools"))
        active = self._active_run(thread_id)
        if active is not None:
            raise bad_request(f"Thread {thread_id} already has an active run {active['id']}.")
        extra = body.get("additional_messages") or []
        converted = [self._message_input(m, f"additional_messages[{i}]") for i, m in enumerate(extra)]
        for m in converted:
            self.make_message(thread_id=thread_id, **m)
        instructions = body.get("instructions")
        if instructions is None:
            instructions = asst.get("instructions") or ""
        if body.get("additional_instructions"):
            instructions = (instructions + "\n\n" if instructions else "") + body["additional_instructions"]
        created = self.store.timestamp()
        run = {
            "id": new_id("run_"),
            "object": "thread.run",
            "created_at": created,
            "assistant_id": assistant_id,
            "thread_id": thread_id,
            "status": "queued",
            "started_at": None,
            "expires_at": created + int(self.run_expiry),
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "required_action": None,
            "last_error": None,
            "model": body.get("model") or asst["model"],
            "instructions": instructions,
            "tools": asst["tools"] if body.get("tools") is None else body["tools"],
            "tool_resources": {},
            "metadata": body.get("metadata") or {},
            "temperature": body["temperature"] if body.get("temperature") is not None else asst.get("temperature"),
            "top_p": body["top_p"] if body.get("top_p") is not None else asst.get("top_p"),
            "reasoning_effort": body.get("reasoning_effort") or asst.get("reasoning_effort"),
            "max_completion_tokens": body.get("max_completion_tokens"),
            "max_prompt_tokens": body.get("max_prompt_tokens"),
            "truncation_strategy": body.get("truncation_strategy") or {"type": "auto", "last_messages": None},
            "incomplete_details": None,
            "usage": None,
            "response_format": body.get("response_format") or asst.get("response_format") or "auto",
            "tool_choice": body.get("tool_choice") or "auto",
            "parallel_tool_calls": body.get("parallel_tool_calls", True),
        }
        run["truncation_strategy"].setdefault("last_messages", None)
        aux: JSON = {"phase": "start"}
        if request is not None:
            chunks = request.headers.get("x-mock-stream-chunks")
            if chunks:
                try:
                    aux["chunks"] = max(1, int(chunks))
                except ValueError:
                    raise bad_request("X-Mock-Stream-Chunks must be an integer", "X-Mock-Stream-Chunks") from None
                aux["delay"] = 0.0
            delay = request.headers.get("x-mock-step-delay")
            if delay:
                try:
                    aux["delay"] = max(0.0, float(delay))
                except ValueError:
                    raise bad_request("X-Mock-Step-Delay must be a number", "X-Mock-Step-Delay") from None
        self.store.insert("run", run, parent=thread_id, aux=aux)
        self.count_created("thread.run")
        return run, aux

    def _start_run(self, run: JSON, stream: bool, thread: JSON | None = None) -> Reply | StreamReply:
        if not stream:
            self.engine.start(run["id"])
            return Reply(run, headers=self._poll_headers(run))
        queue = self.engine.subscribe(run["id"])
        self.engine.start(run["id"])
        return StreamReply(self._events(run, queue, thread, created=True))

    async def _events(
        self, run: JSON, queue: asyncio.Queue[Any], thread: JSON | None, created: bool
    ) -> AsyncIterator[tuple[str, str]]:
        try:
            if thread is not None:
                yield "thread.created", json.dumps(thread, separators=(",", ":"))
            if created:
                yield "thread.run.created", json.dumps(run, separators=(",", ":"))
            while True:
                item = await queue.get()
                if item is None:
                    break
                yield item
            yield "done", "[DONE]"
        finally:
            self.engine.unsubscribe(run["id"], queue)

    # ========================================================================== handlers
    # -- assistants
    async def create_assistant(self, ctx: Ctx) -> Reply:
        return Reply(self.make_assistant(ctx.body))

    async def list_assistants(self, ctx: Ctx) -> Reply:
        return self._page(ctx, "assistant", None)

    async def get_assistant(self, ctx: Ctx) -> Reply:
        return Reply(self._get("assistant", ctx.params["assistant_id"], "assistant"))

    async def modify_assistant(self, ctx: Ctx) -> Reply:
        asst = self._get("assistant", ctx.params["assistant_id"], "assistant")
        body = ctx.body
        self._check_tools(body.get("tools"))
        for key in ("name", "description", "instructions", "reasoning_effort"):
            if key in body:
                asst[key] = body[key]
        for key in ("model", "tools", "metadata", "temperature", "top_p", "response_format"):
            if key in body and body[key] is not None:
                asst[key] = body[key]
        if "tool_resources" in body:
            asst["tool_resources"] = _tool_resources(body["tool_resources"])
        self.store.update("assistant", asst)
        return Reply(asst)

    async def delete_assistant(self, ctx: Ctx) -> Reply:
        asst_id = ctx.params["assistant_id"]
        self._get("assistant", asst_id, "assistant")
        self.store.delete("assistant", asst_id)
        return Reply({"id": asst_id, "object": "assistant.deleted", "deleted": True})

    # -- assistant files (first beta)
    async def create_assistant_file(self, ctx: Ctx) -> Reply:
        asst_id = ctx.params["assistant_id"]
        self._get("assistant", asst_id, "assistant")
        file_id = ctx.body.get("file_id")
        if not isinstance(file_id, str) or not file_id:
            raise bad_request("Missing required parameter: 'file_id'.", "file_id")
        existing = self.store.get("assistant_file", file_id, parent=asst_id)
        if existing is not None:
            return Reply(existing)
        obj = {"id": file_id, "object": "assistant.file", "created_at": self.store.timestamp(), "assistant_id": asst_id}
        self.store.insert("assistant_file", obj, parent=asst_id)
        self.count_created("assistant.file")
        return Reply(obj)

    async def list_assistant_files(self, ctx: Ctx) -> Reply:
        asst_id = ctx.params["assistant_id"]
        self._get("assistant", asst_id, "assistant")
        return self._page(ctx, "assistant_file", asst_id)

    async def get_assistant_file(self, ctx: Ctx) -> Reply:
        asst_id = ctx.params["assistant_id"]
        self._get("assistant", asst_id, "assistant")
        return Reply(self._get("assistant_file", ctx.params["file_id"], "file", parent=asst_id))

    async def delete_assistant_file(self, ctx: Ctx) -> Reply:
        asst_id, file_id = ctx.params["assistant_id"], ctx.params["file_id"]
        self._get("assistant", asst_id, "assistant")
        self._get("assistant_file", file_id, "file", parent=asst_id)
        self.store.delete("assistant_file", file_id, parent=asst_id)
        return Reply({"id": file_id, "object": "assistant.file.deleted", "deleted": True})

    # -- threads
    async def create_thread(self, ctx: Ctx) -> Reply:
        return Reply(self.make_thread(ctx.body))

    async def get_thread(self, ctx: Ctx) -> Reply:
        return Reply(self._thread(ctx.params["thread_id"]))

    async def modify_thread(self, ctx: Ctx) -> Reply:
        thread = self._thread(ctx.params["thread_id"])
        if ctx.body.get("metadata") is not None:
            thread["metadata"] = ctx.body["metadata"]
        if "tool_resources" in ctx.body:
            thread["tool_resources"] = _tool_resources(ctx.body["tool_resources"])
        self.store.update("thread", thread)
        return Reply(thread)

    async def delete_thread(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        for run_id in self.store.ids("run", thread_id):
            task = self.engine.tasks.pop(run_id, None)
            if task is not None:
                task.cancel()
            timer = self.engine.timers.pop(run_id, None)
            if timer is not None:
                timer.cancel()
        self.store.delete_children("step", self.store.ids("run", thread_id))
        self.store.delete_children("message_file", self.store.ids("message", thread_id))
        self.store.delete_children("message", [thread_id])
        self.store.delete_children("run", [thread_id])
        self.store.delete("thread", thread_id)
        return Reply({"id": thread_id, "object": "thread.deleted", "deleted": True})

    async def create_thread_and_run(self, ctx: Ctx) -> Reply | StreamReply:
        body = ctx.body
        self._get("assistant", body.get("assistant_id"), "assistant", "assistant_id")
        self._check_tools(body.get("tools"))
        thread_body = dict(body.get("thread") or {})
        if body.get("tool_resources") is not None and thread_body.get("tool_resources") is None:
            thread_body["tool_resources"] = body["tool_resources"]
        thread = self.make_thread(thread_body)
        run_body = {k: v for k, v in body.items() if k not in ("thread", "tool_resources", "stream")}
        run, _ = self.make_run(thread["id"], run_body, ctx.request)
        return self._start_run(run, bool(body.get("stream")), thread=thread)

    # -- messages
    async def create_message(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        active = self._active_run(thread_id)
        if active is not None:
            raise bad_request(f"Can't add messages to {thread_id} while a run {active['id']} is active.")
        return Reply(self.make_message(thread_id=thread_id, **self._message_input(ctx.body)))

    async def list_messages(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        return self._page(ctx, "message", thread_id, run_id=ctx.query.get("run_id"))

    async def get_message(self, ctx: Ctx) -> Reply:
        self._thread(ctx.params["thread_id"])
        return Reply(self._message(ctx.params["thread_id"], ctx.params["message_id"]))

    async def modify_message(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        message = self._message(thread_id, ctx.params["message_id"])
        if ctx.body.get("metadata") is not None:
            message["metadata"] = ctx.body["metadata"]
        self.store.update("message", message, parent=thread_id)
        return Reply(message)

    async def delete_message(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        message = self._message(thread_id, ctx.params["message_id"])
        self.store.delete("message", message["id"])
        self.store.delete_children("message_file", [message["id"]])
        return Reply({"id": message["id"], "object": "thread.message.deleted", "deleted": True})

    async def list_message_files(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        message = self._message(thread_id, ctx.params["message_id"])
        return self._page(ctx, "message_file", message["id"])

    async def get_message_file(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        message = self._message(thread_id, ctx.params["message_id"])
        return Reply(self._get("message_file", ctx.params["file_id"], "file", parent=message["id"]))

    # -- runs
    async def create_run(self, ctx: Ctx) -> Reply | StreamReply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        run_body = {k: v for k, v in ctx.body.items() if k != "stream"}
        run, _ = self.make_run(thread_id, run_body, ctx.request)
        return self._start_run(run, bool(ctx.body.get("stream")))

    async def list_runs(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        return self._page(ctx, "run", thread_id)

    async def get_run(self, ctx: Ctx) -> Reply:
        self._thread(ctx.params["thread_id"])
        run = self._run(ctx.params["thread_id"], ctx.params["run_id"])
        return Reply(run, headers=self._poll_headers(run))

    async def modify_run(self, ctx: Ctx) -> Reply:
        self._thread(ctx.params["thread_id"])
        run, _aux = self.store.get_with_aux("run", ctx.params["run_id"])
        if run is None or run["thread_id"] != ctx.params["thread_id"]:
            raise not_found("run", ctx.params["run_id"])
        if ctx.body.get("metadata") is not None:
            run["metadata"] = ctx.body["metadata"]
        self.store.update("run", run)
        return Reply(run, headers=self._poll_headers(run))

    async def cancel_run(self, ctx: Ctx) -> Reply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        run, aux = self.store.get_with_aux("run", ctx.params["run_id"])
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", ctx.params["run_id"])
        status = run["status"]
        if status not in ("queued", "in_progress", "requires_action"):
            raise bad_request(f"Cannot cancel run with status '{status}'.")
        run["status"] = "cancelling"
        self.store.update("run", run, aux=aux)
        self.engine.emit(run["id"], "thread.run.cancelling", run)
        self.engine.request_cancel(run["id"], waiting_for_tools=status == "requires_action")
        return Reply(run, headers=self._poll_headers(run))

    async def submit_tool_outputs(self, ctx: Ctx) -> Reply | StreamReply:
        thread_id = ctx.params["thread_id"]
        self._thread(thread_id)
        run, aux = self.store.get_with_aux("run", ctx.params["run_id"])
        if run is None or run["thread_id"] != thread_id:
            raise not_found("run", ctx.params["run_id"])
        aux = aux or {}
        if run["status"] != "requires_action":
            raise bad_request(f'Runs in status "{run["status"]}" do not accept tool outputs.')
        outputs = ctx.body.get("tool_outputs")
        if not isinstance(outputs, list):
            raise bad_request("Missing required parameter: 'tool_outputs'.", "tool_outputs")
        expected = list(aux.get("call_ids") or [])
        given = []
        for i, item in enumerate(outputs):
            call_id = item.get("tool_call_id") if isinstance(item, dict) else None
            if not isinstance(call_id, str):
                raise bad_request(
                    f"Missing required parameter: 'tool_outputs[{i}].tool_call_id'.", f"tool_outputs[{i}].tool_call_id"
                )
            if call_id not in expected:
                raise bad_request(
                    f"Invalid 'tool_outputs[{i}].tool_call_id': no pending tool call with id '{call_id}'.",
                    f"tool_outputs[{i}].tool_call_id",
                )
            if call_id in given:
                raise bad_request(
                    f"Duplicate tool output for tool call '{call_id}'.", f"tool_outputs[{i}].tool_call_id"
                )
            given.append(call_id)
        missing = [c for c in expected if c not in given]
        if missing:
            raise bad_request(
                f"Expected tool outputs for call_ids {json.dumps(expected)}, got values for {json.dumps(given)}.",
                "tool_outputs",
            )
        aux.update(phase="after_tools", outputs=outputs)
        run.update(status="queued", required_action=None)
        self.store.update("run", run, aux=aux)
        if ctx.body.get("stream"):
            queue = self.engine.subscribe(run["id"])
            self.engine.start(run["id"])
            return StreamReply(self._events(run, queue, None, created=False))
        self.engine.start(run["id"])
        return Reply(run, headers=self._poll_headers(run))

    # -- steps
    async def list_run_steps(self, ctx: Ctx) -> Reply:
        self._thread(ctx.params["thread_id"])
        run = self._run(ctx.params["thread_id"], ctx.params["run_id"])
        return self._page(ctx, "step", run["id"])

    async def get_run_step(self, ctx: Ctx) -> Reply:
        self._thread(ctx.params["thread_id"])
        run = self._run(ctx.params["thread_id"], ctx.params["run_id"])
        return Reply(self._get("step", ctx.params["step_id"], "run step", parent=run["id"]))

    # ========================================================================== admin
    async def _admin(self, request: Request, sub: str) -> Reply:
        route, params, path_known = _match(ADMIN_ROUTES, request.method, sub)
        if route is None:
            status = 405 if path_known else 404
            return Reply(error_body(f"Invalid URL ({request.method} {request.url.path})"), status)
        try:
            body = await self._read_body(request) if request.method == "POST" else {}
            ctx = Ctx(request, params, request.query_params, body, "admin")
            result: Reply = await getattr(self, route.handler)(ctx)
            return result
        except APIError as exc:
            return Reply(exc.body(), exc.status)
        except (TypeError, ValueError) as exc:
            return Reply(error_body(str(exc)), 400)

    def stats_snapshot(self) -> JSON:
        snap = json.loads(json.dumps(self.stats))
        snap["objects"] = self.store.counts_by_kind()
        snap["faults_injected"] = dict(self.faults.injected)
        snap["active_runs"] = len(self.engine.tasks)
        snap["spec_violations"] = len(self.spec_violations)
        return snap

    async def admin_stats(self, ctx: Ctx) -> Reply:
        return Reply(self.stats_snapshot())

    async def admin_health(self, ctx: Ctx) -> Reply:
        return Reply({"ok": True})

    async def admin_get_faults(self, ctx: Ctx) -> Reply:
        return Reply({"config": self.faults.config.to_dict(), "seed": self.faults.seed})

    async def admin_set_faults(self, ctx: Ctx) -> Reply:
        body = dict(ctx.body)
        queue = body.pop("queue", None)
        count = int(body.pop("count", 1))
        seed = body.pop("seed", None)
        if body:
            self.faults.configure(FaultConfig.from_dict(body), seed=seed)
        elif seed is not None:
            self.faults.configure(self.faults.config, seed=seed)
        if queue:
            self.faults.queue(parse_fault(queue), count)
        return await self.admin_get_faults(ctx)

    async def admin_clear_faults(self, ctx: Ctx) -> Reply:
        self.faults.reset()
        return await self.admin_get_faults(ctx)

    async def admin_reset(self, ctx: Ctx) -> Reply:
        await self.reset()
        return Reply({"ok": True})

    async def admin_violations(self, ctx: Ctx) -> Reply:
        return Reply({"violations": list(self.spec_violations)})

    async def admin_azure_token(self, ctx: Ctx) -> Reply:
        self.azure_token = ctx.body.get("token")
        return Reply({"ok": True})

    async def admin_seed_messages(self, ctx: Ctx) -> Reply:
        count = ctx.body.get("count")
        if not isinstance(count, int) or not 0 < count <= 1_000_000:
            raise bad_request("'count' must be an integer from 1 to 1000000", "count")
        return Reply(
            self.seed_messages(
                ctx.params["thread_id"],
                count,
                text=str(ctx.body.get("text") or "Seed message {i}"),
                role=str(ctx.body.get("role") or "user"),
            )
        )


class _DropConnection(Exception):
    """Raised to make a foreign ASGI server give up on the request."""


class _Endpoint:
    """A plain ASGI callable, so Starlette's Route passes every method through."""

    def __init__(self, handler: Callable[[Any, Any, Any], Awaitable[None]]) -> None:
        self.handler = handler

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await self.handler(scope, receive, send)


_STREAMING = {"create_run", "create_thread_and_run", "submit_tool_outputs"}


async def _no_receive() -> Any:  # pragma: no cover - Response never reads
    return {"type": "http.disconnect"}


def _unknown_argument(spec: Spec, operation: Operation, body: JSON) -> APIError | None:
    """The real API rejects top-level arguments it does not know."""
    schema = spec.resolve(operation.request_schema) if operation.request_schema else None
    props = schema.get("properties") if isinstance(schema, dict) else None
    if not props:
        return None
    for key in body:
        if key not in props:
            return APIError(400, f"Unrecognized request argument supplied: {key}", param=key, code="unknown_parameter")
    return None


def _tool_resources(value: Any) -> JSON:
    if not isinstance(value, dict):
        return {}
    out: JSON = {}
    ci = value.get("code_interpreter")
    if isinstance(ci, dict):
        out["code_interpreter"] = {"file_ids": list(ci.get("file_ids") or [])}
    fs = value.get("file_search")
    if isinstance(fs, dict):
        ids = list(fs.get("vector_store_ids") or [])
        if not ids and fs.get("vector_stores"):
            ids = [new_id("vs_")]
        out["file_search"] = {"vector_store_ids": ids}
    return out


def _content(value: Any, param: str) -> list[JSON]:
    if isinstance(value, str):
        return [{"type": "text", "text": {"value": value, "annotations": []}}]
    if not isinstance(value, list) or not value:
        raise bad_request(f"Missing required parameter: '{param}'.", param)
    parts = []
    for i, part in enumerate(value):
        kind = part.get("type") if isinstance(part, dict) else None
        where = f"{param}[{i}]"
        if kind == "text" and isinstance(part.get("text"), str):
            parts.append({"type": "text", "text": {"value": part["text"], "annotations": []}})
        elif kind == "image_file" and isinstance(part.get("image_file"), dict) and part["image_file"].get("file_id"):
            img = part["image_file"]
            parts.append(
                {"type": "image_file", "image_file": {"file_id": img["file_id"], "detail": img.get("detail") or "auto"}}
            )
        elif kind == "image_url" and isinstance(part.get("image_url"), dict) and part["image_url"].get("url"):
            img = part["image_url"]
            parts.append({"type": "image_url", "image_url": {"url": img["url"], "detail": img.get("detail") or "auto"}})
        else:
            raise bad_request(
                f"Invalid value for '{where}': expected a text, image_file or image_url content part.",
                where,
                "invalid_value",
            )
    return parts


__all__ = ["MockAPI", "Reply", "StreamReply", "scripted"]
