"""Object storage: one SQLite database, in memory by default or in a file.

Every object is kept as its JSON wire form plus a few columns for lookups.
Rows get an increasing ``seq`` when inserted; lists sort by
``(created_at, seq)`` so that objects created within the same second still
have a stable total order.  Deleting only marks a row, so that a cursor naming
a deleted object still has a position.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import os
import re
import sqlite3
import string
import threading
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request
from . import sqlite_projects
from .chunks import ChunkTable
from .keys import KeyMethods
from .scope import PROJECT

_ALPHABET = string.ascii_letters + string.digits

SCHEMA = """
CREATE TABLE IF NOT EXISTS objects (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent TEXT,
    run_id TEXT,
    status TEXT,
    created_at INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    aux TEXT,
    project TEXT NOT NULL DEFAULT ''
);
"""


# kinds whose ids are unique on their own; others are keyed "<parent>/<id>"
GLOBAL_KINDS = {"assistant", "thread", "message", "run", "step", "file", "upload", "upload_part", "vector_store"}
_FIELD = re.compile(r"[a-z_]{1,64}")  # a top-level key of an object's JSON, in a filter


_ID_TABLE = bytes(ord(_ALPHABET[b % len(_ALPHABET)]) for b in range(256))


def new_id(prefix: str) -> str:
    """``prefix`` + 24 random letters and digits, like the real API's ids."""
    return prefix + os.urandom(24).translate(_ID_TABLE).decode("ascii")


def now() -> int:
    return int(time.time())


def _key(kind: str, object_id: str, parent: str | None) -> str:
    return object_id if kind in GLOBAL_KINDS else f"{kind}:{parent}/{object_id}"


_INSERT = (
    "INSERT INTO objects(key, id, kind, parent, run_id, status, created_at, data, aux, project)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _row(
    kind: str, obj: dict[str, Any], parent: str | None, run_id: str | None, aux: dict[str, Any] | None = None
) -> tuple[Any, ...]:
    """The values of `obj`'s row, in the order of ``_INSERT``."""
    return (
        _key(kind, obj["id"], parent),
        obj["id"],
        kind,
        parent,
        run_id,
        obj.get("status"),
        int(obj.get("created_at") or 0),
        json.dumps(obj),
        json.dumps(aux) if aux is not None else None,
        PROJECT.get(),
    )


@dataclass(frozen=True)
class StoredReply:
    """The answer a request with an ``Idempotency-Key`` got, kept to be given again."""

    status: int
    headers: dict[str, str]
    body: Any


@dataclass
class Page:
    data: list[dict[str, Any]]
    has_more: bool

    def body(self) -> dict[str, Any]:
        return {
            "object": "list",
            "data": self.data,
            "first_id": self.data[0]["id"] if self.data else None,
            "last_id": self.data[-1]["id"] if self.data else None,
            "has_more": self.has_more,
        }


class Store(KeyMethods):
    """Thread-safe object store (the server loop and test code both use it).

    Every row belongs to a project (``scope.PROJECT`` when it was written) and every read, write
    and count sees only the rows of ``scope.PROJECT``: another project's object is not found."""

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None)
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.executescript(SCHEMA + sqlite_projects.REPLIES)
        sqlite_projects.upgrade(self._conn)
        self.chunks = ChunkTable(self._conn, self._lock)
        self._last_created = 0
        row = self._conn.execute("SELECT MAX(created_at) FROM objects").fetchone()
        if row and row[0]:
            self._last_created = int(row[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def timestamp(self) -> int:
        """Unix seconds, never earlier than an already stored created_at."""
        with self._lock:
            self._last_created = max(self._last_created, now())
            return self._last_created

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction around every write made inside (a nested one joins the outer one):
        all of them are kept, or none when an exception leaves the block.

        The lock is held throughout, so other threads wait; the caller must not give the event
        loop a turn inside, or another task's writes would join this transaction."""
        with self._lock:
            if self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- replies to idempotent requests ------------------------------------
    def save_reply(self, key: tuple[str, str, str], reply: StoredReply, stored_at: float) -> None:
        """Keep `reply` for the request `key` (idempotency key, method, path), in place of an
        expired one."""
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO replies(project, key, method, path, stored_at, status, headers, body)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (PROJECT.get(), *key, stored_at, reply.status, json.dumps(reply.headers), json.dumps(reply.body)),
            )

    def reply(self, key: tuple[str, str, str], stored_since: float) -> StoredReply | None:
        """The reply kept for `key` at or after `stored_since` (older ones no longer count)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT status, headers, body FROM replies WHERE project = ? AND key = ? AND method = ?"
                " AND path = ? AND stored_at >= ?",
                (PROJECT.get(), *key, stored_since),
            ).fetchone()
        return StoredReply(int(row[0]), json.loads(row[1]), json.loads(row[2])) if row else None

    def forget_replies(self, stored_before: float) -> int:
        """Drop the replies kept before `stored_before`; how many went."""
        with self._lock:
            return self._conn.execute("DELETE FROM replies WHERE stored_at < ?", (stored_before,)).rowcount

    # -- writes ------------------------------------------------------------
    def insert(
        self,
        kind: str,
        obj: dict[str, Any],
        *,
        parent: str | None = None,
        run_id: str | None = None,
        aux: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        with self._lock:
            self._conn.execute(_INSERT, _row(kind, obj, parent, run_id, aux))
        return obj

    def insert_many(self, kind: str, rows: Sequence[tuple[dict[str, Any], str | None, str | None]]) -> int:
        """Bulk insert ``(obj, parent, run_id)`` rows in one transaction."""
        with self.transaction():
            self._conn.executemany(_INSERT, (_row(kind, obj, parent, run_id) for obj, parent, run_id in rows))
        return len(rows)

    def update(self, kind: str, obj: dict[str, Any], *, parent: str | None = None, aux: Any = ...) -> dict[str, Any]:
        with self._lock:
            if aux is ...:
                self._conn.execute(
                    "UPDATE objects SET data = ?, status = ? WHERE key = ? AND project = ?",
                    (json.dumps(obj), obj.get("status"), _key(kind, obj["id"], parent), PROJECT.get()),
                )
            else:
                self._conn.execute(
                    "UPDATE objects SET data = ?, status = ?, aux = ? WHERE key = ? AND project = ?",
                    (
                        json.dumps(obj),
                        obj.get("status"),
                        json.dumps(aux) if aux is not None else None,
                        _key(kind, obj["id"], parent),
                        PROJECT.get(),
                    ),
                )
        return obj

    def set_aux(self, kind: str, object_id: str, aux: Any, *, parent: str | None = None) -> None:
        with self._lock:
            self._conn.execute(
                "UPDATE objects SET aux = ? WHERE key = ? AND project = ?",
                (json.dumps(aux) if aux is not None else None, _key(kind, object_id, parent), PROJECT.get()),
            )

    def delete(self, kind: str, object_id: str, *, parent: str | None = None) -> bool:
        """Mark deleted.  Links (non-global kinds) also free their key so the
        same file can be attached again."""
        with self._lock:
            if kind in GLOBAL_KINDS:
                sql = "UPDATE objects SET deleted = 1 WHERE key = ? AND project = ? AND deleted = 0"
            else:
                sql = (
                    "UPDATE objects SET deleted = 1, key = key || '#' || seq"
                    " WHERE key = ? AND project = ? AND deleted = 0"
                )
            cur = self._conn.execute(sql, (_key(kind, object_id, parent), PROJECT.get()))
            return cur.rowcount > 0

    def delete_children(self, kind: str, parents: Iterable[str]) -> None:
        parents = list(parents)
        if not parents:
            return
        with self._lock:
            for start in range(0, len(parents), 500):
                chunk = parents[start : start + 500]
                marks = ",".join("?" * len(chunk))
                self._conn.execute(
                    f"UPDATE objects SET deleted = 1 WHERE project = ? AND kind = ? AND parent IN ({marks})",
                    [PROJECT.get(), kind, *chunk],
                )

    # -- reads -------------------------------------------------------------
    def get(self, kind: str, object_id: str, *, parent: str | None = None) -> dict[str, Any] | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT data FROM objects WHERE key = ? AND kind = ? AND project = ? AND deleted = 0",
                (_key(kind, object_id, parent), kind, PROJECT.get()),
            ).fetchone()
        return json.loads(row[0]) if row else None

    def get_with_aux(
        self, kind: str, object_id: str, *, parent: str | None = None
    ) -> tuple[dict[str, Any] | None, Any]:
        with self._lock:
            row = self._conn.execute(
                "SELECT data, aux FROM objects WHERE key = ? AND kind = ? AND project = ? AND deleted = 0",
                (_key(kind, object_id, parent), kind, PROJECT.get()),
            ).fetchone()
        if not row:
            return None, None
        return json.loads(row[0]), (json.loads(row[1]) if row[1] else None)

    def find(self, object_id: str) -> tuple[str, dict[str, Any]] | None:
        """Any live object by id: ``(kind, obj)``."""
        with self._lock:
            row = self._conn.execute(
                "SELECT kind, data FROM objects WHERE id = ? AND project = ? AND deleted = 0 ORDER BY seq LIMIT 1",
                (object_id, PROJECT.get()),
            ).fetchone()
        return (row[0], json.loads(row[1])) if row else None

    def ids(self, kind: str, parent: str | None) -> builtins.list[str]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT id FROM objects WHERE project = ? AND kind = ? AND parent IS ? AND deleted = 0",
                (PROJECT.get(), kind, parent),
            ).fetchall()
        return [r[0] for r in rows]

    def with_status(
        self, kind: str, statuses: Collection[str], parent: str | None = None
    ) -> builtins.list[tuple[dict[str, Any], Any]]:
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT data, aux FROM objects WHERE project = ? AND kind = ? AND deleted = 0 AND status IN ({marks})"
        args: list[Any] = [PROJECT.get(), kind, *statuses]
        if parent is not None:
            sql += " AND parent = ?"
            args.append(parent)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY created_at, seq", args).fetchall()
        return [(json.loads(d), json.loads(a) if a else None) for d, a in rows]

    def _position(self, kind: str, parent: str | None, object_id: str) -> tuple[int, int] | None:
        row = self._conn.execute(
            "SELECT created_at, seq FROM objects WHERE key = ? AND kind = ? AND project = ?",
            (_key(kind, object_id, parent), kind, PROJECT.get()),
        ).fetchone()
        return (row[0], row[1]) if row else None

    def list(
        self,
        kind: str,
        parent: str | None,
        *,
        limit: int = 20,
        order: str = "desc",
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        status: str | None = None,
        match: dict[str, Any] | None = None,
        alive_at: int | None = None,
    ) -> Page:
        """A page in ``order``; ``after``/``before`` are exclusive cursors (ids).

        Without ``before`` the page starts right after ``after`` (or at the
        start).  With only ``before`` the page holds the ``limit`` items right
        before that cursor (still in ``order``), so ``before=first_id`` walks
        back one page.  ``has_more`` tells whether items remain past the page in
        the direction it was read. ``match``: only objects whose top-level fields have these
        values; ``alive_at``: only objects whose ``expires_at`` is null or later than it.
        """
        desc = order == "desc"
        where = ["project = ?", "kind = ?", "parent IS ?", "deleted = 0"]
        args: list[Any] = [PROJECT.get(), kind, parent]
        if run_id is not None:
            where.append("run_id = ?")
            args.append(run_id)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        for name, value in (match or {}).items():
            if not _FIELD.fullmatch(name):
                raise ValueError(f"not a field name: {name!r}")
            where.append(f"json_extract(data, '$.{name}') = ?")
            args.append(value)
        if alive_at is not None:
            where.append("coalesce(json_extract(data, '$.expires_at'), ?) > ?")
            args.extend([alive_at + 1, alive_at])
        with self._lock:
            for name, cursor, later in (("after", after, True), ("before", before, False)):
                if cursor is None:
                    continue
                pos = self._position(kind, parent, cursor)
                if pos is None:
                    raise bad_request(f"Invalid '{name}': no object with id '{cursor}' in this list.", param=name)
                # "later" in list order means greater (created_at, seq) for asc
                greater = later != desc
                where.append(f"(created_at, seq) {'>' if greater else '<'} (?, ?)")
                args.extend(pos)
            backwards = before is not None and after is None
            ascending = (not desc) != backwards
            direction = "ASC" if ascending else "DESC"
            sql = (
                f"SELECT data FROM objects WHERE {' AND '.join(where)}"
                f" ORDER BY created_at {direction}, seq {direction} LIMIT ?"
            )
            rows = self._conn.execute(sql, [*args, limit + 1]).fetchall()
        data = [json.loads(r[0]) for r in rows[:limit]]
        if backwards:
            data.reverse()
        return Page(data=data, has_more=len(rows) > limit)

    def expired(self, kind: str, at: int, limit: int, status: str | None = None) -> builtins.list[dict[str, Any]]:
        """At most `limit` live objects of `kind` whose ``expires_at`` is at or before `at` (and
        whose status is `status`, when given)."""
        sql = (
            "SELECT data FROM objects WHERE project = ? AND kind = ? AND deleted = 0"
            " AND json_extract(data, '$.expires_at') <= ?"
        )
        args: list[Any] = [PROJECT.get(), kind, at]
        if status is not None:
            sql += " AND status = ?"
            args.append(status)
        with self._lock:
            rows = self._conn.execute(sql + " ORDER BY seq LIMIT ?", (*args, limit)).fetchall()
        return [json.loads(r[0]) for r in rows]

    def count(self, kind: str | None = None, parent: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM objects WHERE project = ? AND deleted = 0"
        args: list[Any] = [PROJECT.get()]
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        if parent is not None:
            sql += " AND parent = ?"
            args.append(parent)
        with self._lock:
            return int(self._conn.execute(sql, args).fetchone()[0])

    def status_counts(self, kind: str, parent: str, run_id: str | None = None) -> dict[str, int]:
        """How many live `kind` objects under `parent` (and of `run_id`, if given) are in each status."""
        sql = "SELECT status, COUNT(*) FROM objects WHERE project = ? AND kind = ? AND parent = ? AND deleted = 0"
        args: list[Any] = [PROJECT.get(), kind, parent]
        if run_id is not None:
            sql += " AND run_id = ?"
            args.append(run_id)
        with self._lock:
            rows = self._conn.execute(sql + " GROUP BY status", args).fetchall()
        return {str(status): int(n) for status, n in rows}

    def parents_of(self, kind: str, object_id: str) -> builtins.list[str]:
        """The parents under which a live `kind` object with this id exists."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT parent FROM objects WHERE project = ? AND kind = ? AND id = ? AND deleted = 0",
                (PROJECT.get(), kind, object_id),
            ).fetchall()
        return [r[0] for r in rows]

    def counts_by_kind(self) -> dict[str, int]:
        with self._lock:
            rows = self._conn.execute(
                "SELECT kind, COUNT(*) FROM objects WHERE project = ? AND deleted = 0 GROUP BY kind", (PROJECT.get(),)
            ).fetchall()
        return {k: int(n) for k, n in rows}

    # -- housekeeping across projects -------------------------------------
    def projects(self) -> builtins.list[str]:
        """Every project that has objects (the default one always): work that starts on its own
        (resuming runs, sweeps) goes through them one by one, inside ``scope.in_project``."""
        with self._lock:
            rows = self._conn.execute("SELECT DISTINCT project FROM objects").fetchall()
        return sorted({"", *(str(r[0]) for r in rows)})

    def project_of(self, kind: str, object_id: str, *, parent: str | None = None) -> str | None:
        """The project of a live object, whichever project is current (for the server's own
        housekeeping, never for a request)."""
        with self._lock:
            row = self._conn.execute(
                "SELECT project FROM objects WHERE key = ? AND kind = ? AND deleted = 0",
                (_key(kind, object_id, parent), kind),
            ).fetchone()
        return str(row[0]) if row else None

    def clear(self) -> None:
        """Remove every project's objects and replies (the keys stay)."""
        with self.transaction():
            self._conn.execute("DELETE FROM objects")
            self._conn.execute("DELETE FROM replies")
            self.chunks.clear()
