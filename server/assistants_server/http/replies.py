"""What handlers take and give back: the checked request (``Ctx``) and the kinds of answer
(``Reply`` for JSON, ``StreamReply`` for server-sent events, ``FileReply`` for bytes from disk).
``Staged`` wraps a handler whose slow I/O must run before the store's transaction opens."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from typing import IO, Any

from ..domain import Domain, PageQuery
from ..errors import ErrorReply
from ..runs.lifecycle import RunDelivery
from .forms import Form

JSON = dict[str, Any]


@dataclass
class Reply:
    body: Any
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def error(cls, error: ErrorReply) -> Reply:
        return cls(error.body(), error.status, error.headers)


SSE = tuple[str, str, int | None]  # (event name, data text, position: its `id`, None for none)


@dataclass
class StreamReply:
    events: AsyncIterator[SSE]
    headers: dict[str, str] = field(default_factory=dict)
    # what a repeat of the request (same Idempotency-Key) needs to send the same stream again:
    # {"thread": the new thread or None, "run": the run as created or None, "run_id", "position"}
    again: JSON | None = None


@dataclass
class FileReply:
    """Bytes sent as ``application/octet-stream`` from a file the handler opened (the pipeline
    reads it in chunks and closes it; an open file outlives a concurrent delete)."""

    file: IO[bytes]
    size: int
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Ctx:
    """A checked request as handlers see it."""

    domain: Domain
    params: dict[str, str]  # path parameters
    query: JSON  # query parameters the operation declares, converted to their types
    body: JSON  # the JSON body, or a multipart body's text fields (nested, converted)
    flavor: str  # "openai" | "azure" | "foundry"
    delivery: RunDelivery | None = None  # X-Mock-Stream-Chunks / X-Mock-Step-Delay
    form: Form | None = None  # a multipart body: its files, received on disk before the handler
    prepared: Any = None  # what a Staged handler's `prepare` left for its `commit`
    last_event_id: str | None = None  # the Last-Event-ID header (a resumed stream's position)

    def page(self, kind: str, parent: str | None, run_id: str | None = None) -> Reply:
        return Reply(self.domain.page(kind, parent, PageQuery.from_query(self.query), run_id=run_id))


Handler = Callable[[Ctx], Awaitable["Reply | StreamReply | FileReply"]]


@dataclass(frozen=True)
class Staged:
    """A handler in two steps: ``prepare`` may await (e.g. join an upload's parts on disk, in a
    thread) and writes nothing to the store but what stands alone, each write its own commit (a
    sweep of expired objects); ``commit`` runs inside the store's transaction,
    without awaiting, like every handler. ``file_limit``: the largest file part its multipart
    body may carry (``--max-file-bytes`` when lower or None)."""

    commit: Handler
    prepare: Callable[[Ctx], Awaitable[None]] | None = None
    file_limit: int | None = None

    async def __call__(self, ctx: Ctx) -> Reply | StreamReply | FileReply:
        return await self.commit(ctx)
