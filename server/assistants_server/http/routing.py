"""Routes built from openapi.yaml at start-up, on Starlette's own ``Router`` and ``Mount``.

Every operation of the spec is served under each flavor's prefix: ``/v1`` (the OpenAI API),
``/openai`` (Azure OpenAI) and ``/api/projects/{project}`` (Azure AI Foundry Agent Service).
Its operationId names its handler (``handlers.handler_table``); an operation without one stops the
server from starting. A path answers every method: the spec's methods go through the request
pipeline, others get a JSON 405 with an ``Allow`` header; unknown paths get a JSON 404.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from starlette.routing import BaseRoute, Mount, Route, Router

from ..errors import ErrorReply, quote
from .handlers import Handler, Reply
from .openapi import Spec, SpecEndpoint
from .pipeline import Pipeline, Scope, request_id

FLAVORS = {"openai": "/v1", "azure": "/openai", "foundry": "/api/projects/{project}"}


class MissingHandlerError(RuntimeError):
    """openapi.yaml has an operation the server has no handler for."""


async def send_error(pipeline: Pipeline, send: Any, error: ErrorReply) -> None:
    await pipeline.send_json(send, Reply.error(error), request_id(), 0.0, None, False)


def not_found_error(scope: Scope) -> ErrorReply:
    return ErrorReply(404, f"Invalid URL ({scope.get('method', 'GET')} {quote(scope.get('path', ''))})")


class NotFound:
    """The API's JSON 404 for paths no route has."""

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        await send_error(self.pipeline, send, not_found_error(scope))


class PathEndpoint:
    """All operations of one path template, picked by method."""

    def __init__(self, pipeline: Pipeline, operations: Mapping[str, tuple[SpecEndpoint, Handler]], flavor: str) -> None:
        self.pipeline = pipeline
        self.operations = dict(operations)
        self.flavor = flavor
        self.allow = ", ".join(sorted(self.operations))

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        found = self.operations.get(str(scope.get("method", "")).upper())
        if found is None:
            error = ErrorReply(
                405,
                f"Invalid method for URL ({scope.get('method')} {quote(scope.get('path', ''))})",
                headers={"Allow": self.allow},
            )
            await send_error(self.pipeline, send, error)
            return
        endpoint, handler = found
        await self.pipeline.handle(scope, receive, send, endpoint, handler, self.flavor)


def bind_handlers(spec: Spec, handlers: Mapping[str, Handler]) -> dict[str, dict[str, tuple[SpecEndpoint, Handler]]]:
    """path template -> method -> (endpoint, handler); raises MissingHandlerError."""
    missing = sorted(e.operation_id for e in spec.endpoints if e.operation_id not in handlers)
    if missing:
        raise MissingHandlerError(f"{spec.source} has operations without a handler: {', '.join(missing)}")
    by_path: dict[str, dict[str, tuple[SpecEndpoint, Handler]]] = {}
    for endpoint in spec.endpoints:
        by_path.setdefault(endpoint.path, {})[endpoint.method] = (endpoint, handlers[endpoint.operation_id])
    return by_path


def build_routes(spec: Spec, handlers: Mapping[str, Handler], pipeline: Pipeline) -> list[BaseRoute]:
    by_path = bind_handlers(spec, handlers)
    mounts: list[BaseRoute] = []
    for flavor, prefix in FLAVORS.items():
        routes: list[BaseRoute] = [
            Route(path, endpoint=PathEndpoint(pipeline, ops, flavor)) for path, ops in by_path.items()
        ]
        mounts.append(Mount(prefix, app=Router(routes, default=NotFound(pipeline), redirect_slashes=False)))
    return mounts
