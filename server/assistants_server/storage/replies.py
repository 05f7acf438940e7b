"""Answers to requests sent with an ``Idempotency-Key``, kept in the store's ``replies`` table
(``http.idempotency`` decides what is kept and for how long).

``ReplyMethods`` is mixed into both stores (``sql_objects.ObjectStore``): it runs its statements on
the store's ``Database`` (``sql_db``), inside the caller's transaction when there is one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .scope import PROJECT
from .sql_db import Database


@dataclass(frozen=True)
class StoredReply:
    """The answer a request with an ``Idempotency-Key`` got, kept to be given again."""

    status: int
    headers: dict[str, str]
    body: Any


class ReplyMethods:
    _db: Database

    def save_reply(
        self, key: tuple[str, str, str], reply: StoredReply, stored_at: float, *, expired_before: float | None = None
    ) -> StoredReply:
        """Keep `reply` for the request `key` (idempotency key, method, path) unless one is kept
        already: the first writer wins (two replicas racing on one key give the same answer), in
        place of one stored before `expired_before` (default: in place of any). Answers the reply
        kept."""
        replace_before = stored_at + 1 if expired_before is None else expired_before
        with self._db.session():
            self._db.run(
                "INSERT INTO replies(project, key, method, path, stored_at, status, headers, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (project, key, method, path) DO UPDATE SET"
                " stored_at = excluded.stored_at, status = excluded.status, headers = excluded.headers,"
                " body = excluded.body WHERE replies.stored_at < ?",
                (
                    PROJECT.get(),
                    *key,
                    stored_at,
                    reply.status,
                    *map(json.dumps, (reply.headers, reply.body)),
                    replace_before,
                ),
            )
            kept = self.reply(key, float("-inf"))
        return kept if kept is not None else reply

    def reply(self, key: tuple[str, str, str], stored_since: float) -> StoredReply | None:
        """The reply kept for `key` at or after `stored_since` (older ones no longer count)."""
        row = self._db.one(
            "SELECT status, headers, body FROM replies WHERE project = ? AND key = ? AND method = ?"
            " AND path = ? AND stored_at >= ?",
            (PROJECT.get(), *key, stored_since),
        )
        return StoredReply(int(row[0]), json.loads(row[1]), json.loads(row[2])) if row else None

    def forget_replies(self, stored_before: float) -> int:
        """Drop the replies kept before `stored_before`; how many went."""
        return self._db.run("DELETE FROM replies WHERE stored_at < ?", (stored_before,))
