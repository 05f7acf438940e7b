"""Answers to requests sent with an ``Idempotency-Key``, kept in the store's ``replies`` table.

A row is either a *kept answer* (``claim`` is NULL) or a *claim*: the request is being answered
now, by the holder of the token in ``claim`` (one request on one replica). A claim is made and
committed before the request is answered, so a repeat reaching any replica meanwhile finds it and
waits instead of answering a second time; the answer then takes the claim's place, in the
transaction that made the answer's objects. A claim's token starts with the id of the replica
that made it (``Database.replica``): a claim whose replica is gone (``Database.alive``), or one
older than ``stale_before``, may be taken over.

``ReplyMethods`` is mixed into both stores (``sql_objects.ObjectStore``): it runs its statements on
the store's ``Database`` (``sql_db``).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from .scope import PROJECT
from .sql_db import Database

RequestKey = tuple[str, str, str]  # (Idempotency-Key, method, path)
CLAIM_COLUMN = "ALTER TABLE replies ADD COLUMN claim TEXT"  # schema version 3, both stores


@dataclass(frozen=True)
class StoredReply:
    """The answer a request with an ``Idempotency-Key`` got, kept to be given again."""

    status: int
    headers: dict[str, str]
    body: Any


@dataclass(frozen=True)
class Claimed:
    """What ``claim_reply`` found: the claim is ours (``mine``), or an answer is kept (``reply``),
    or another request holds the key (``holder``: its token)."""

    mine: bool
    reply: StoredReply | None = None
    holder: str | None = None


_UPSERT = (
    "INSERT INTO replies(project, key, method, path, stored_at, status, headers, body, claim)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project, key, method, path) DO UPDATE SET"
    " stored_at = excluded.stored_at, status = excluded.status, headers = excluded.headers,"
    " body = excluded.body, claim = excluded.claim WHERE "
)


class ReplyMethods:
    _db: Database

    def claim_token(self) -> str:
        """A new token for a claim made by this replica."""
        return f"{self._db.replica}.{os.urandom(8).hex()}"

    def claim_holder_alive(self, token: str) -> bool:
        """Whether the replica that made the claim `token` is still running."""
        return self._db.alive(token.partition(".")[0])

    def claim_reply(
        self,
        key: RequestKey,
        token: str,
        now: float,
        *,
        expired_before: float,
        stale_before: float,
        in_place_of: str | None = None,
    ) -> Claimed:
        """Claim `key` for the request holding `token`, committed at once, unless an answer kept
        since `expired_before` or a claim made since `stale_before` (other than `in_place_of`,
        a claim whose replica is gone) is there already."""
        with self._db.session():
            self._db.run(
                _UPSERT + "(replies.claim IS NULL AND replies.stored_at < ?)"
                " OR (replies.claim IS NOT NULL AND replies.stored_at < ?) OR replies.claim = ?",
                (PROJECT.get(), *key, now, 0, "{}", "null", token, expired_before, stale_before, in_place_of),
            )
            row = self._db.one(
                "SELECT status, headers, body, claim FROM replies WHERE project = ? AND key = ? AND method = ?"
                " AND path = ?",
                (PROJECT.get(), *key),
            )
        if row is None:  # removed between the two statements: the caller asks again
            return Claimed(mine=False)
        if row[3] is None:
            return Claimed(mine=False, reply=StoredReply(int(row[0]), json.loads(row[1]), json.loads(row[2])))
        return Claimed(mine=row[3] == token, holder=None if row[3] == token else str(row[3]))

    def drop_claim(self, key: RequestKey, token: str) -> None:
        """Remove the claim `token` holds on `key`, if still there (its request kept no answer)."""
        self._db.run(
            "DELETE FROM replies WHERE project = ? AND key = ? AND method = ? AND path = ? AND claim = ?",
            (PROJECT.get(), *key, token),
        )

    def save_reply(
        self,
        key: RequestKey,
        reply: StoredReply,
        stored_at: float,
        *,
        expired_before: float | None = None,
        claim: str | None = None,
    ) -> StoredReply:
        """Keep `reply` for the request `key` in place of the claim `claim` (if given), or unless
        one is kept already: the first writer wins (two requests racing on one key give the same
        answer), in place of one stored before `expired_before` (default: in place of any).
        Answers the reply kept."""
        replace_before = stored_at + 1 if expired_before is None else expired_before
        answer = (reply.status, json.dumps(reply.headers), json.dumps(reply.body))
        with self._db.session():
            self._db.run(
                _UPSERT + "replies.stored_at < ? OR replies.claim = ?",
                (PROJECT.get(), *key, stored_at, *answer, None, replace_before, claim),
            )
            kept = self.reply(key, float("-inf"))
        return kept if kept is not None else reply

    def reply(self, key: RequestKey, stored_since: float) -> StoredReply | None:
        """The answer kept for `key` at or after `stored_since` (older ones no longer count)."""
        row = self._db.one(
            "SELECT status, headers, body FROM replies WHERE project = ? AND key = ? AND method = ?"
            " AND path = ? AND stored_at >= ? AND claim IS NULL",
            (PROJECT.get(), *key, stored_since),
        )
        return StoredReply(int(row[0]), json.loads(row[1]), json.loads(row[2])) if row else None

    def forget_replies(self, stored_before: float) -> int:
        """Drop the answers and claims made before `stored_before`; how many went."""
        return self._db.run("DELETE FROM replies WHERE stored_at < ?", (stored_before,))
