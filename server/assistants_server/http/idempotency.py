"""Requests sent with an ``Idempotency-Key``: the first answer to each (key, method, path) of a
project is kept in the store, in the transaction that made its objects, and given again to every
repeat for ``ttl`` seconds, across restarts too.

What is kept: a JSON answer below 500 (a 5xx may be retried; a stream cannot be replayed). A
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
from .handlers import Reply

RequestKey = tuple[str, str, str]  # (Idempotency-Key, method, path)
PURGE_EVERY = 500  # answers kept between two sweeps of the expired ones
REPLAYED = {"Idempotent-Replayed": "true"}


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
        """The answer kept for `key`, marked as replayed, after waiting for a first request
        still being answered; None when there is none (the caller then answers and `claim`s)."""
        pending = self._pending.get((PROJECT.get(), key))
        if pending is not None:
            await asyncio.shield(pending)
        return self.kept(key)

    def kept(self, key: RequestKey) -> Reply | None:
        """The answer kept for `key`, marked as replayed; None when there is none. Asked again
        in the request's transaction, which locks the key: a repeat that reached another
        replica while the first was answered finds its answer there."""
        kept = self.store.reply(key, self.clock() - self.ttl)
        if kept is None:
            return None
        return Reply(kept.body, kept.status, dict(kept.headers, **REPLAYED))

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

    def keep(self, key: RequestKey, reply: Reply) -> None:
        """Keep `reply` for `key` if it may be replayed; inside the caller's transaction, if any."""
        if reply.status >= 500:
            return
        now = self.clock()
        stored = StoredReply(reply.status, dict(reply.headers), reply.body)
        self.store.save_reply(key, stored, now, expired_before=now - self.ttl)  # a live one stays: first wins
        self._kept_since_sweep += 1
        if self._kept_since_sweep >= PURGE_EVERY:
            self.sweep()

    def sweep(self) -> int:
        """Drop the expired answers; how many went."""
        self._kept_since_sweep = 0
        return self.store.forget_replies(self.clock() - self.ttl)
