"""What the facade's mixins use of the client they are mixed into, declared once for type
checkers: the request builder, the sender, the deadline and the pools of ``Client`` and
``AsyncClient`` (``_client.py``). Nothing here runs: the declarations exist only under
``TYPE_CHECKING``, so each mixin derives from the base of its flavour and type-checks alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from assistants_api.api import AsyncOperations, SyncOperations

if TYPE_CHECKING:
    import httpx2
    from assistants_api.api import AsyncRawOperations, SyncRawOperations
    from assistants_core.operation import Operation
    from assistants_core.options import Options

    from ._attempts import Deadline


class SyncInternals(SyncOperations):
    """The base of the sync mixins."""

    if TYPE_CHECKING:
        _settings: Any

        def _build(
            self,
            http: Any,
            op: Operation,
            path_args: tuple[str, ...],
            body: Any,
            query: Any,
            options: Options,
            *,
            stream: bool = False,
        ) -> httpx2.Request: ...
        def _send(
            self, request: httpx2.Request, options: Options, *, stream: bool = False, deadline: Deadline | None = None
        ) -> httpx2.Response: ...
        def _deadline(self, options: Options) -> Deadline | None: ...
        @property
        def with_raw_response(self) -> SyncRawOperations: ...
        @property
        def _http(self) -> httpx2.Client: ...


class AsyncInternals(AsyncOperations):
    """The base of the async mixins."""

    if TYPE_CHECKING:
        _settings: Any

        def _build(
            self,
            http: Any,
            op: Operation,
            path_args: tuple[str, ...],
            body: Any,
            query: Any,
            options: Options,
            *,
            stream: bool = False,
        ) -> httpx2.Request: ...
        async def _send(
            self, request: httpx2.Request, options: Options, *, stream: bool = False, deadline: Deadline | None = None
        ) -> httpx2.Response: ...
        def _deadline(self, options: Options) -> Deadline | None: ...
        @property
        def with_raw_response(self) -> AsyncRawOperations: ...
        @property
        def _http(self) -> httpx2.AsyncClient: ...
