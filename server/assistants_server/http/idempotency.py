"""Requests sent with an ``Idempotency-Key``: the first answer to each (key, method, path) of a
project is kept in the store, in the transaction that made its objects, and given again to every
repeat for ``ttl`` seconds, across restarts too.

What is kept: a JSON answer below 500 (a 5xx may be retried), and for a run's stream what it
takes to send it again (``StreamReply.again``): a repeat gets the run's stream from its start,
from the events the host keeps, rather than a second run or "already has an active run". A
repeat that arrives while the first request is still being answered waits for that answer. The
body of a repeat is not compared with the first one: the key alone names the request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from ..storage.replies import StoredReply
from ..storage.scope import PROJECT
from ..storage.sql_objects import ObjectStore
from .handlers import Reply, stream_again
from .replies import Ctx, FileReply, StreamReply

RequestKey = tuple[str, str, str]  # (Idempotency-Key, method, path)
PURGE_EVERY = 500  # answers kept between two sweeps of the expired ones
REPLAYED = {"Idempotent-Replayed": "true"}
STREAM_AGAIN = "x-assistants-stream-again"  # marks a kept stream's recipe: never sent as an answer


class Kept:
    """What was kept for a key: an answer, or a stream to send again."""

    def __init__(self, stored: StoredReply) -> None:
        self.stored = stored

    @property
    def is_stream(self) -> bool:
        return STREAM_AGAIN in self.stored.headers

    def json(self) -> Reply:
        return Reply(self.stored.body, self.stored.status, dict(self.stored.headers, **REPLAYED))

    def reply(self, ctx: Ctx) -> Reply | StreamReply:
        return stream_again(ctx, self.stored.body, dict(REPLAYED)) if self.is_stream else self.json()


class IdempotencyKeys:
    def __init__(self, store: ObjectStore, ttl: float, clock: Callable[[], float] = time.time) -> None:
        self.store = store
        self.ttl = ttl
        self.clock = clock
        self._pending: dict[tuple[str, RequestKey], asyncio.Future[None]] = {}  # by project, then key
        self._kept_since_sweep = 0

    def reset(self) -> None:
        """Forget the requests being answered (the kept answers go with the store's objects)."""
        for pending in self._pending.values():
            if not pending.done():
                pending.set_result(None)
        self._pending.clear()

    async def replay(self, key: RequestKey) -> Reply | None:
        """The JSON answer kept for `key`, marked as replayed, after waiting for a first request
        still being answered; None when there is none, or it was a stream (the caller then
        answers, or sends the stream again, and `claim`s)."""
        pending = self._pending.get((PROJECT.get(), key))
        if pending is not None:
            await asyncio.shield(pending)
        kept = self.kept(key)
        return None if kept is None or kept.is_stream else kept.json()

    def kept(self, key: RequestKey) -> Kept | None:
        """What was kept for `key`; None when nothing was. Asked again in the request's
        transaction, which locks the key: a repeat that reached another replica while the first
        was answered finds its answer there."""
        stored = self.store.reply(key, self.clock() - self.ttl)
        return None if stored is None else Kept(stored)

    def claim(self, key: RequestKey) -> asyncio.Future[None]:
        """Mark `key` as being answered: repeats wait until ``release``."""
        pending: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._pending[PROJECT.get(), key] = pending
        return pending

    def release(self, key: RequestKey, pending: asyncio.Future[None]) -> None:
        slot = (PROJECT.get(), key)
        if self._pending.get(slot) is pending:
            del self._pending[slot]
        if not pending.done():
            pending.set_result(None)

    def keep(self, key: RequestKey, reply: Reply | StreamReply | FileReply) -> None:
        """Keep `reply` for `key` if it may be replayed (a run's stream: how to send it again);
        inside the caller's transaction, if any."""
        if isinstance(reply, StreamReply) and reply.again is not None:
            stored = StoredReply(200, {STREAM_AGAIN: "1"}, reply.again)
        elif isinstance(reply, Reply) and reply.status < 500:
            stored = StoredReply(reply.status, dict(reply.headers), reply.body)
        else:
            return
        now = self.clock()
        self.store.save_reply(key, stored, now, expired_before=now - self.ttl)  # a live one stays: first wins
        self._kept_since_sweep += 1
        if self._kept_since_sweep >= PURGE_EVERY:
            self.sweep()

    def sweep(self) -> int:
        """Drop the expired answers; how many went."""
        self._kept_since_sweep = 0
        return self.store.forget_replies(self.clock() - self.ttl)
