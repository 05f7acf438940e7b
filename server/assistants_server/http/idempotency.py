"""Requests sent with an ``Idempotency-Key``: the first answer to each (key, method, path) of a
project is kept in the store, in the transaction that made its objects, and given again to every
repeat for ``ttl`` seconds, across restarts and replicas too.

Before a request is answered its key is *claimed* in the store (``storage.replies``), committed at
once: a repeat that arrives meanwhile, on this replica or another one sharing the database, waits
for the first answer instead of making the objects a second time. On this replica it waits on a
future; on another one it looks again with a growing pause (``POLL_FIRST``..``POLL_MOST``). When
the replica holding the claim is gone (killed while answering) a repeat answers in its place at
once; a claim that lasts longer than ``claim_seconds`` is taken over too (a replica that lost its
database connection), and a repeat that waited that long without either gets a 409.

What is kept: a JSON answer below 500 (a 5xx may be retried; a stream cannot be replayed); for
anything else the claim is dropped and a repeat is answered anew. The body of a repeat is not
compared with the first one: the key alone names the request.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from ..errors import ErrorReply
from ..storage.replies import RequestKey, StoredReply
from ..storage.scope import PROJECT
from ..storage.sql_objects import ObjectStore
from .handlers import Reply

PURGE_EVERY = 500  # answers kept between two sweeps of the expired ones
REPLAYED = {"Idempotent-Replayed": "true"}
CLAIM_SECONDS = 300.0  # a claim older than this belonged to a replica that died answering
POLL_FIRST = 0.01  # seconds before looking again at a claim held on another replica
POLL_MOST = 0.25


@dataclass
class Claim:
    """The key this request holds while it is answered."""

    key: RequestKey
    token: str
    waiters: asyncio.Future[None]
    answered: bool = False  # an answer took the claim's place, committed (the caller says so)


class IdempotencyKeys:
    def __init__(
        self,
        store: ObjectStore,
        ttl: float,
        clock: Callable[[], float] = time.time,
        claim_seconds: float = CLAIM_SECONDS,
    ) -> None:
        self.store = store
        self.ttl = ttl
        self.clock = clock
        self.claim_seconds = claim_seconds
        self._pending: dict[tuple[str, RequestKey], asyncio.Future[None]] = {}  # by project, then key
        self._kept_since_sweep = 0

    def reset(self) -> None:
        """Forget the requests being answered (the kept answers go with the store's objects)."""
        for pending in self._pending.values():
            if not pending.done():
                pending.set_result(None)
        self._pending.clear()

    async def begin(self, key: RequestKey) -> Reply | Claim:
        """The answer kept for `key`, marked as replayed (after waiting for a first request still
        being answered), or the claim of `key` for this request, which then answers, ``keep``s
        its answer and ``release``s the claim."""
        token = self.store.claim_token()
        pause = POLL_FIRST
        deadline = time.monotonic() + self.claim_seconds + 1  # by then any claim held elsewhere is stale
        gone: str | None = None  # a claim whose replica is gone, to be taken over
        while time.monotonic() <= deadline:
            here = self._pending.get((PROJECT.get(), key))
            if here is not None:
                await asyncio.shield(here)
                continue
            now = self.clock()
            found = self.store.claim_reply(
                key,
                token,
                now,
                expired_before=now - self.ttl,
                stale_before=now - self.claim_seconds,
                in_place_of=gone,
            )
            if found.reply is not None:
                return Reply(found.reply.body, found.reply.status, dict(found.reply.headers, **REPLAYED))
            if found.mine:
                waiters: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                self._pending[PROJECT.get(), key] = waiters
                return Claim(key, token, waiters)
            if found.holder is not None and not self.store.claim_holder_alive(found.holder):
                gone = found.holder  # its replica died answering: answer in its place
                continue
            await asyncio.sleep(pause)  # held by a request on another replica
            pause = min(pause * 2, POLL_MOST)
        raise ErrorReply(
            409,
            f"A request with the Idempotency-Key {key[0]!r} is still being answered; retry later.",
            code="idempotency_key_in_use",
        )

    def release(self, claim: Claim) -> None:
        """End `claim`: drop it from the store if no answer took its place; wake the repeats."""
        if not claim.answered:
            self.store.drop_claim(claim.key, claim.token)
        slot = (PROJECT.get(), claim.key)
        if self._pending.get(slot) is claim.waiters:
            del self._pending[slot]
        if not claim.waiters.done():
            claim.waiters.set_result(None)

    def keep(self, claim: Claim, reply: Reply) -> bool:
        """Keep `reply` in place of `claim` if it may be replayed (whether it was); inside the
        caller's transaction."""
        if reply.status >= 500:
            return False
        now = self.clock()
        stored = StoredReply(reply.status, dict(reply.headers), reply.body)
        self.store.save_reply(claim.key, stored, now, expired_before=now - self.ttl, claim=claim.token)
        self._kept_since_sweep += 1
        if self._kept_since_sweep >= PURGE_EVERY:
            self.sweep()
        return True

    def sweep(self) -> int:
        """Drop the expired answers; how many went."""
        self._kept_since_sweep = 0
        return self.store.forget_replies(self.clock() - self.ttl)
