"""The admin routes under ``/_mock`` (no auth, no faults, no spec checks): stats, health,
faults, reset, violations, the Azure token and bulk seeding."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.routing import BaseRoute, Route, Router

from ..config import ServerConfig
from ..domain import Domain
from ..errors import ErrorReply, bad_request, error_body
from ..faults import FaultConfig, FaultInjector, parse_fault
from .handlers import Reply
from .pipeline import Pipeline, Scope, request_id
from .routing import NotFound

JSON = dict[str, Any]
AdminHandler = Callable[[Request, JSON], Awaitable[JSON]]


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
        count = int(body.pop("count", 1))
        seed = body.pop("seed", None)
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
        count = body.get("count")
        if not isinstance(count, int) or not 0 < count <= 1_000_000:
            raise bad_request("'count' must be an integer from 1 to 1000000", "count")
        return self.domain.seed_messages(
            str(request.path_params["thread_id"]),
            count,
            text=str(body.get("text") or "Seed message {i}"),
            role=str(body.get("role") or "user"),
        )

    def table(self) -> dict[str, dict[str, AdminHandler]]:
        return {
            "/stats": {"GET": self.stats},
            "/health": {"GET": self.health},
            "/faults": {"GET": self.get_faults, "POST": self.set_faults, "DELETE": self.clear_faults},
            "/reset": {"POST": self.reset_all},
            "/spec_violations": {"GET": self.spec_violations},
            "/azure_token": {"POST": self.azure_token},
            "/threads/{thread_id}/seed_messages": {"POST": self.seed_messages},
        }


class _AdminEndpoint:
    def __init__(self, pipeline: Pipeline, methods: dict[str, AdminHandler]) -> None:
        self.pipeline = pipeline
        self.methods = methods

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        handler = self.methods.get(request.method)
        try:
            if handler is None:
                allow = ", ".join(sorted(self.methods))
                raise ErrorReply(405, f"Invalid URL ({request.method} {request.url.path})", headers={"Allow": allow})
            body: Any = {}
            if request.method == "POST":
                raw = await request.body()
                body = await request.json() if raw.strip() else {}
                if not isinstance(body, dict):
                    raise bad_request("The request body must be a JSON object.")
            reply = Reply(await handler(request, body))
        except ErrorReply as exc:
            reply = Reply(exc.body(), exc.status, exc.headers)
        except (TypeError, ValueError) as exc:
            reply = Reply(error_body(str(exc)), 400)
        await self.pipeline.send_json(send, reply, request_id(), 0.0, None, validate=False)


def admin_router(admin: Admin, pipeline: Pipeline) -> Router:
    routes: list[BaseRoute] = [
        Route(path, endpoint=_AdminEndpoint(pipeline, methods)) for path, methods in admin.table().items()
    ]
    return Router(routes, default=NotFound(pipeline), redirect_slashes=False)
