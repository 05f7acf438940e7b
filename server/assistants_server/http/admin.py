"""The admin routes under ``/_mock`` (test hooks: served only with ``--admin``; no faults, no
spec checks; the ``/v1`` key when one is set, and once the database holds API keys a key made
with ``keys create --admin``): stats, health, faults, reset, violations, the
Azure token and bulk seeding (at most ``MAX_SEEDED`` messages, inserted in batches so that other
requests are answered in between)."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route, Router

from ..config import ServerConfig
from ..domain import Domain
from ..errors import ErrorReply, bad_request, quote
from ..faults import MAX_SEEDED, FaultConfig, FaultInjector, bounded, parse_fault
from ..storage.scope import in_project
from .bodies import read_object
from .handlers import Reply
from .pipeline import Pipeline, Scope, request_id
from .routing import NotFound

JSON = dict[str, Any]
AdminHandler = Callable[[Request, JSON], Awaitable[JSON]]
SEED_BATCH = 2_000  # messages inserted between two chances for other requests
MAX_SEED_TEXT = 2_000  # characters of a seeded message's text


class Admin:
    def __init__(
        self,
        config: ServerConfig,
        domain: Domain,
        faults: FaultInjector,
        violations: list[str],
        snapshot: Callable[[], JSON],
        reset: Callable[[], Awaitable[None]],
    ) -> None:
        self.config = config
        self.domain = domain
        self.faults = faults
        self.violations = violations
        self.snapshot = snapshot
        self.reset = reset

    async def stats(self, request: Request, body: JSON) -> JSON:
        return self.snapshot()

    async def health(self, request: Request, body: JSON) -> JSON:
        return {"ok": True}

    async def get_faults(self, request: Request, body: JSON) -> JSON:
        return {"config": self.faults.config.to_dict(), "seed": self.faults.seed}

    async def set_faults(self, request: Request, body: JSON) -> JSON:
        body = dict(body)
        queue = body.pop("queue", None)
        count = int(bounded(body.pop("count", 1), "count", float("inf"), integer=True, low=1))
        seed = body.pop("seed", None)
        if seed is not None and (not isinstance(seed, int) or isinstance(seed, bool)):
            raise bad_request("'seed' must be an integer", "seed")
        if queue is not None and not isinstance(queue, str):
            raise bad_request("'queue' must be a string in the X-Mock-Fault syntax", "queue")
        if body:
            self.faults.configure(FaultConfig.from_dict(body), seed=seed)
        elif seed is not None:
            self.faults.configure(self.faults.config, seed=seed)
        if queue:
            self.faults.queue(parse_fault(queue), count)
        return await self.get_faults(request, {})

    async def clear_faults(self, request: Request, body: JSON) -> JSON:
        self.faults.reset()
        return await self.get_faults(request, {})

    async def reset_all(self, request: Request, body: JSON) -> JSON:
        await self.reset()
        return {"ok": True}

    async def spec_violations(self, request: Request, body: JSON) -> JSON:
        return {"violations": list(self.violations)}

    async def azure_token(self, request: Request, body: JSON) -> JSON:
        token = body.get("token")
        self.config.azure_token = token if isinstance(token, str) else None
        return {"ok": True}

    async def seed_messages(self, request: Request, body: JSON) -> JSON:
        try:
            count = int(bounded(body.get("count"), "'count'", MAX_SEEDED, integer=True, low=1))
        except ValueError as exc:
            raise bad_request(str(exc), "count") from None
        text = body.get("text") or "Seed message {i}"
        if not isinstance(text, str) or len(text) > MAX_SEED_TEXT:
            raise bad_request(f"'text' must be a string of at most {MAX_SEED_TEXT} characters", "text")
        thread_id, role = str(request.path_params["thread_id"]), str(body.get("role") or "user")
        first_id = last_id = None
        for first in range(0, count, SEED_BATCH):
            part = self.domain.seed_messages(thread_id, min(SEED_BATCH, count - first), text, role, first)
            first_id, last_id = first_id or part["first_id"], part["last_id"]
            await asyncio.sleep(0)  # let the other requests in
        return {"thread_id": thread_id, "count": count, "first_id": first_id, "last_id": last_id}

    async def clock(self, request: Request, body: JSON) -> JSON:
        """Move the clock vector stores, files and uploads expire by (``advance`` seconds, from 0
        to 10 years)."""
        try:
            advance = bounded(body.get("advance"), "'advance'", 10 * 366 * 86_400)
        except ValueError as exc:
            raise bad_request(str(exc), "advance") from None
        self.domain.vector_stores.clock_offset += advance
        self.domain.files.clock_offset += advance
        return {"offset": self.domain.vector_stores.clock_offset}

    def table(self) -> dict[str, dict[str, AdminHandler]]:
        return {
            "/stats": {"GET": self.stats},
            "/health": {"GET": self.health},
            "/faults": {"GET": self.get_faults, "POST": self.set_faults, "DELETE": self.clear_faults},
            "/reset": {"POST": self.reset_all},
            "/spec_violations": {"GET": self.spec_violations},
            "/azure_token": {"POST": self.azure_token},
            "/threads/{thread_id}/seed_messages": {"POST": self.seed_messages},
            "/clock": {"POST": self.clock},
        }


class _AdminEndpoint:
    def __init__(self, pipeline: Pipeline, methods: dict[str, AdminHandler]) -> None:
        self.pipeline = pipeline
        self.methods = methods

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        handler = self.methods.get(request.method)
        try:
            caller = self.pipeline.access.caller("admin", request.headers)
            if handler is None:
                allow = ", ".join(sorted(self.methods))
                raise ErrorReply(
                    405, f"Invalid URL ({request.method} {quote(request.url.path)})", headers={"Allow": allow}
                )
            body: Any = {}
            if request.method == "POST":
                body = await read_object(request, self.pipeline.config.max_body_bytes) or {}
            with in_project(caller.project):
                reply = Reply(await handler(request, body))
        except ErrorReply as exc:
            reply = Reply.error(exc)
        except (TypeError, ValueError) as exc:  # a fault setting refused
            reply = Reply.error(bad_request(quote(exc, 200)))
        await self.pipeline.send_json(send, reply, request_id(), 0.0, None, validate=False)


def admin_router(admin: Admin, pipeline: Pipeline) -> Router:
    routes: list[BaseRoute] = [
        Route(path, endpoint=_AdminEndpoint(pipeline, methods)) for path, methods in admin.table().items()
    ]
    return Router(routes, default=NotFound(pipeline), redirect_slashes=False)
