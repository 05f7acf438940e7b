"""The ASGI application: the spec, the domain, the request pipeline and the routes, put
together from one ``ServerConfig``."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import AsyncIterator, Mapping
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount

from ..backends.base import ModelBackend
from ..backends.factory import backend_for
from ..config import ServerConfig
from ..domain import Domain
from ..errors import quote, server_failure
from ..faults import FaultInjector
from ..runs.engine import RunEngine
from ..stats import Stats
from ..storage.sql_objects import ObjectStore
from .admin import Admin, admin_router
from .console import console_routes
from .handlers import Handler, handler_table
from .openapi import Spec
from .pipeline import Pipeline, Scope, request_id
from .routing import NotFound, build_routes, not_found_error, send_error

log = logging.getLogger("assistants_server")
JSON = dict[str, Any]

_SPECS: dict[str | None, Spec] = {}
_SPECS_LOCK = threading.Lock()


def load_spec(path: str | None = None) -> Spec:
    """Parsing the spec takes a moment; apps in one process share it."""
    with _SPECS_LOCK:
        if path not in _SPECS:
            _SPECS[path] = Spec.load(path)
        return _SPECS[path]


class AssistantsApp:
    """The local Assistants API as an ASGI application.

    ``backend`` is the model that answers runs (default: the one ``config.model_backend`` names); ``handlers``
    maps operationIds to handlers (default: ``handlers.handler_table``, by name).
    """

    def __init__(
        self,
        config: ServerConfig | None = None,
        *,
        backend: ModelBackend | None = None,
        spec: Spec | None = None,
        handlers: Mapping[str, Handler] | None = None,
        **overrides: Any,
    ) -> None:
        config = config or ServerConfig()
        if overrides:
            config = config.with_overrides(**overrides)
        self.config = config
        self.spec = spec or load_spec(config.spec_path)
        self.stats = Stats()
        self.domain = Domain(config, backend or backend_for(config), self.stats)
        self.faults = FaultInjector(config.faults, config.seed)
        self.spec_violations: list[str] = []
        self.transports: dict[tuple[str, int], Any] = {}
        self.pipeline = Pipeline(
            config, self.spec, self.domain, self.faults, self.stats, self.spec_violations, self.transports
        )
        admin = Admin(config, self.domain, self.faults, self.spec_violations, self.stats_snapshot, self.reset)
        routes = [
            *build_routes(
                self.spec, handlers or handler_table(e.operation_id for e in self.spec.endpoints), self.pipeline
            )
        ]
        if config.console:  # static files only: the console is a client of /v1 like any other
            routes.extend(console_routes())
        if config.admin:  # test hooks; without --admin /_mock is an unknown path like any other
            routes.append(Mount("/_mock", app=admin_router(admin, self.pipeline)))
        self.app = Starlette(routes=routes, lifespan=self._lifespan, exception_handlers={Exception: self._failure})
        self.app.router.default = NotFound(self.pipeline)
        self.app.router.redirect_slashes = False

    @property
    def store(self) -> ObjectStore:
        return self.domain.store

    @property
    def engine(self) -> RunEngine:
        return self.domain.engine

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        self.pipeline.idempotency.sweep()
        self.domain.engine.resume_after_restart()
        self.domain.vector_stores.resume()
        try:
            yield
        finally:
            await self.domain.vector_stores.ingest.shutdown()
            await self.domain.engine.shutdown()
            await self.domain.sandboxes.close()  # no session outlives the server
            aclose = getattr(self.domain.engine.backend, "aclose", None)
            if aclose is not None:  # a backend's connections belong to this event loop
                await aclose()

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope.get("type") != "http":
            await self.app(scope, receive, send)  # the lifespan
            return
        path = scope.get("path", "")
        if any(ord(ch) < 32 or ord(ch) == 127 for ch in path):
            await send_error(self.pipeline, send, not_found_error(scope))  # no route has control characters
            return
        answered = False  # a whole answer went out

        async def tracked_send(message: Any) -> None:
            nonlocal answered
            await send(message)
            answered = message.get("type") == "http.response.body" and not message.get("more_body", False)

        try:
            await self.app(scope, receive, tracked_send)
        except Exception:
            if not answered:  # cut mid-answer: the server closes the connection
                raise

    async def _failure(self, request: Request, exc: Exception) -> Response:
        """The answer to an exception no handler caught (the pipeline answers its own)."""
        req_id = request_id()
        log.error("request %s (%s %s) failed", req_id, request.method, quote(request.url.path), exc_info=exc)
        error = server_failure(req_id)
        return JSONResponse(error.body(), status_code=error.status, headers={"x-request-id": req_id})

    async def drain(self, grace: float) -> None:
        """Stop gently (on SIGTERM): no new run work from now on (a 503 with Retry-After), `grace`
        seconds for the active runs to finish, then the rest stop where they are, to be carried
        on by the next start, and their open streams get an `error` event."""
        engine = self.domain.engine
        engine.stop_taking_runs(grace)
        if not await engine.settle(grace):
            left = engine.active_count
            log.warning("%d run(s) still active after %.1f s: the next start carries them on", left, grace)
        await engine.shutdown()

    async def reset(self) -> None:
        """Forget all objects, idempotency keys, faults, counters and violations."""
        await self.domain.reset()
        self.pipeline.reset()
        self.faults.reset()
        self.spec_violations.clear()

    def check_event(self, event: str, data: str) -> None:
        self.pipeline.check_event(event, data)

    def stats_snapshot(self) -> JSON:
        snap = self.stats.snapshot()
        snap["objects"] = self.domain.store.counts_by_kind()
        snap["faults_injected"] = dict(self.faults.injected)
        snap["active_runs"] = self.domain.engine.active_count
        taken, seconds = self.domain.store.lock_waits()
        snap["store_locks"] = {"taken": taken, "seconds_waited": round(seconds, 6)}
        snap["spec_violations"] = len(self.spec_violations)
        return snap

    def close(self) -> None:
        self.domain.close()
