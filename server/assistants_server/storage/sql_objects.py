"""The object store, written once over a ``Database`` (``sql_db``): what ``Store`` (SQLite) and
``PostgresStore`` share.

Every object is kept as its JSON wire form (text, so that it reads back exactly as written, key
order included) plus a few columns for lookups. Rows get an increasing ``seq`` when inserted;
lists sort by ``(created_at, seq)`` so that objects created within the same second still have a
stable total order. Deleting only marks a row, so that a cursor naming a deleted object still
has a position.

Every row belongs to a project (``scope.PROJECT`` when it was written) and every read, write and
count sees only the rows of ``scope.PROJECT``: another project's object is not found.
"""

from __future__ import annotations

import builtins
import json
import os
import re
import string
import threading
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request
from .keys import KeyMethods
from .lock_roots import WRITES_ONLY, LockOrderError, Locks, Root, needed
from .lock_roots import key as lock_key
from .rate_buckets import SharedBuckets
from .replies import ReplyMethods
from .scope import PROJECT
from .sql_db import Database

_ALPHABET = string.ascii_letters + string.digits
# kinds whose ids are unique on their own; others are keyed "<parent>/<id>"
GLOBAL_KINDS = {"assistant", "thread", "message", "run", "step", "file", "upload", "upload_part", "vector_store"}
_FIELD = re.compile(r"[a-z_]{1,64}")  # a top-level key of an object's JSON, in a filter
_ID_TABLE = bytes(ord(_ALPHABET[b % len(_ALPHABET)]) for b in range(256))
DELETE_BATCH = 500  # parents named in one statement
CLOCK_CHECK_SECONDS = 60.0  # how often the database's clock is read again


def new_id(prefix: str) -> str:
    """``prefix`` + 24 random letters and digits, like the real API's ids."""
    return prefix + os.urandom(24).translate(_ID_TABLE).decode("ascii")


def object_key(kind: str, object_id: str, parent: str | None) -> str:
    return object_id if kind in GLOBAL_KINDS else f"{kind}:{parent}/{object_id}"


_INSERT = (
    "INSERT INTO objects(key, id, kind, parent, run_id, status, created_at, data, aux, project)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _dumps(value: Any) -> str | None:
    return json.dumps(value) if value is not None else None


def _row(
    kind: str, obj: dict[str, Any], parent: str | None, run_id: str | None, aux: dict[str, Any] | None = None
) -> tuple[Any, ...]:
    """The values of `obj`'s row, in the order of ``_INSERT``."""
    return (
        object_key(kind, obj["id"], parent),
        obj["id"],
        kind,
        parent,
        run_id,
        obj.get("status"),
        int(obj.get("created_at") or 0),
        json.dumps(obj),
        _dumps(aux),
        PROJECT.get(),
    )


def _parent_is(parent: str | None) -> tuple[str, list[Any]]:
    """``parent`` equal to `parent` (NULL included), as an indexable condition in both dialects."""
    return ("parent IS NULL", []) if parent is None else ("parent = ?", [parent])


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


class ObjectStore(KeyMethods, ReplyMethods):
    """Thread-safe object store (the server loop and test code both use it), over ``_db``.

    A subclass opens ``_db`` (its schema brought to the current version), sets ``chunks`` and
    ``dialect``, and implements ``close`` and ``clear``."""

    dialect: str
    _db: Database
    chunks: Any

    def _start_clock(self) -> None:
        self._clock_lock = threading.Lock()
        self._locks = threading.local()  # the Locks of this thread's transaction, when one is open
        row = self._db.one("SELECT MAX(created_at) FROM objects")
        self._last_created = int(row[0]) if row and row[0] else 0
        self._clock_offset = 0.0
        self._clock_checked = float("-inf")

    def _database_clock_offset(self) -> float:
        """Seconds the database's clock is ahead of this process's."""
        before = time.time()
        theirs = self._db.clock()
        return theirs - (before + time.time()) / 2

    def close(self) -> None:
        raise NotImplementedError

    def shared_rate_buckets(self) -> SharedBuckets | None:
        """Rate-limit buckets in the database, for a store that replicas share (else None)."""
        return None

    def clear(self) -> None:
        raise NotImplementedError

    def timestamp(self) -> int:
        """Unix seconds by the database's clock (so replicas on machines whose clocks differ a
        little agree), never earlier than a created_at this process stored."""
        local = time.monotonic()
        if local - self._clock_checked > CLOCK_CHECK_SECONDS:
            offset = self._database_clock_offset()
            with self._clock_lock:
                self._clock_offset, self._clock_checked = offset, local
        with self._clock_lock:
            self._last_created = max(self._last_created, int(time.time() + self._clock_offset))
            return self._last_created

    def transaction(self, lock: Root | None = None) -> AbstractContextManager[None]:
        """One transaction around every write made inside (a nested one joins the outer one):
        all of them are kept, or none when an exception leaves the block.

        `lock` is what it locks before anything is read (``lock_roots``): None, the whole
        database (it runs alone: SQLite's lock and ``BEGIN IMMEDIATE``; PostgreSQL's exclusive
        ``WRITE_LOCK``, across replicas); a root such as ``("thread", id)``, so that transactions
        on other roots run beside it; or ``WRITES_ONLY``. Each insert or update takes the lock
        it needs if the transaction does not hold it yet (``LockOrderError`` when it may not).
        Either way a read of what the transaction locks still holds when the block writes. A
        nested transaction's `lock` is taken as a write's would be. The caller must not give the
        event loop a turn inside, or another task's writes would join this transaction."""
        return self._transaction(lock)

    @contextmanager
    def _transaction(self, lock: Root | None) -> Iterator[None]:
        held: Locks | None = getattr(self._locks, "now", None)
        if held is not None:  # nested: joins the outer transaction
            if lock is None and held.root is not None:
                raise LockOrderError(f"a transaction on {held.root} cannot lock the whole database")
            if lock:
                self._take(held, lock)
            yield
            return
        held = Locks(lock)
        with self._db.transaction(shared=lock is not None):
            self._locks.now = held
            try:
                if lock:
                    self._take(held, lock)
                yield
            finally:
                self._locks.now = None

    def lock_waits(self) -> tuple[int, float]:
        """Locks taken by this process's transactions and the seconds spent taking them."""
        return 0, 0.0  # SQLite: its lock is the store's own, not counted

    def _take(self, held: Locks, lock: Root) -> None:
        if held.admit(lock):
            self._db.lock_root(lock_key(lock))

    def _writing(self, kind: str, obj: dict[str, Any], parent: str | None, *, inserting: bool) -> None:
        """Take the lock a write of `obj` needs (nothing outside a transaction: it commits alone)."""
        held: Locks | None = getattr(self._locks, "now", None)
        if held is None:
            return
        lock = needed(kind, obj, parent, PROJECT.get(), inserting=inserting)
        if lock is not None:
            self._take(held, lock)
        if inserting:
            held.created.add(str(obj["id"]))

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
        self._writing(kind, obj, parent, inserting=True)
        self._db.run(_INSERT, _row(kind, obj, parent, run_id, aux))
        return obj

    def insert_many(self, kind: str, rows: Sequence[tuple[dict[str, Any], str | None, str | None]]) -> int:
        """Bulk insert ``(obj, parent, run_id)`` rows in one transaction."""
        with self.transaction(WRITES_ONLY):
            for obj, parent, _run_id in rows:
                self._writing(kind, obj, parent, inserting=True)
            self._db.run_many(_INSERT, [_row(kind, obj, parent, run_id) for obj, parent, run_id in rows])
        return len(rows)

    def update(self, kind: str, obj: dict[str, Any], *, parent: str | None = None, aux: Any = ...) -> dict[str, Any]:
        self._writing(kind, obj, parent, inserting=False)
        row_key = object_key(kind, obj["id"], parent)
        if aux is ...:
            self._db.run(
                "UPDATE objects SET data = ?, status = ? WHERE key = ? AND project = ?",
                (json.dumps(obj), obj.get("status"), row_key, PROJECT.get()),
            )
        else:
            self._db.run(
                "UPDATE objects SET data = ?, status = ?, aux = ? WHERE key = ? AND project = ?",
                (json.dumps(obj), obj.get("status"), _dumps(aux), row_key, PROJECT.get()),
            )
        return obj

    def set_aux(self, kind: str, object_id: str, aux: Any, *, parent: str | None = None) -> None:
        self._db.run(
            "UPDATE objects SET aux = ? WHERE key = ? AND project = ?",
            (_dumps(aux), object_key(kind, object_id, parent), PROJECT.get()),
        )

    def delete(self, kind: str, object_id: str, *, parent: str | None = None) -> bool:
        """Mark deleted.  Links (non-global kinds) also free their key so the
        same file can be attached again."""
        if kind in GLOBAL_KINDS:
            sql = "UPDATE objects SET deleted = 1 WHERE key = ? AND project = ? AND deleted = 0"
        else:
            sql = (
                "UPDATE objects SET deleted = 1, key = key || '#' || seq WHERE key = ? AND project = ? AND deleted = 0"
            )
        return self._db.run(sql, (object_key(kind, object_id, parent), PROJECT.get())) > 0

    def delete_children(self, kind: str, parents: Iterable[str]) -> None:
        parents = list(parents)
        with self._db.session():
            for start in range(0, len(parents), DELETE_BATCH):
                chunk = parents[start : start + DELETE_BATCH]
                marks = ",".join("?" * len(chunk))
                self._db.run(
                    f"UPDATE objects SET deleted = 1 WHERE project = ? AND kind = ? AND parent IN ({marks})",
                    [PROJECT.get(), kind, *chunk],
                )

    # -- reads -------------------------------------------------------------
    def get(self, kind: str, object_id: str, *, parent: str | None = None) -> dict[str, Any] | None:
        row = self._db.one(
            "SELECT data FROM objects WHERE key = ? AND kind = ? AND project = ? AND deleted = 0",
            (object_key(kind, object_id, parent), kind, PROJECT.get()),
        )
        return json.loads(row[0]) if row else None

    def get_with_aux(
        self, kind: str, object_id: str, *, parent: str | None = None
    ) -> tuple[dict[str, Any] | None, Any]:
        row = self._db.one(
            "SELECT data, aux FROM objects WHERE key = ? AND kind = ? AND project = ? AND deleted = 0",
            (object_key(kind, object_id, parent), kind, PROJECT.get()),
        )
        if not row:
            return None, None
        return json.loads(row[0]), (json.loads(row[1]) if row[1] else None)

    def find(self, object_id: str) -> tuple[str, dict[str, Any]] | None:
        """Any live object by id: ``(kind, obj)``."""
        row = self._db.one(
            "SELECT kind, data FROM objects WHERE id = ? AND project = ? AND deleted = 0 ORDER BY seq LIMIT 1",
            (object_id, PROJECT.get()),
        )
        return (row[0], json.loads(row[1])) if row else None

    def ids(self, kind: str, parent: str | None) -> builtins.list[str]:
        parent_sql, parent_args = _parent_is(parent)
        rows = self._db.all(
            f"SELECT id FROM objects WHERE project = ? AND kind = ? AND {parent_sql} AND deleted = 0",
            (PROJECT.get(), kind, *parent_args),
        )
        return [r[0] for r in rows]

    def with_status(
        self, kind: str, statuses: Collection[str], parent: str | None = None
    ) -> builtins.list[tuple[dict[str, Any], Any]]:
        if not statuses:
            return []
        marks = ",".join("?" * len(statuses))
        sql = f"SELECT data, aux FROM objects WHERE project = ? AND kind = ? AND deleted = 0 AND status IN ({marks})"
        args: list[Any] = [PROJECT.get(), kind, *statuses]
        if parent is not None:
            sql += " AND parent = ?"
            args.append(parent)
        rows = self._db.all(sql + " ORDER BY created_at, seq", args)
        return [(json.loads(d), json.loads(a) if a else None) for d, a in rows]

    def _position(self, kind: str, parent: str | None, object_id: str) -> tuple[int, int] | None:
        row = self._db.one(
            "SELECT created_at, seq FROM objects WHERE key = ? AND kind = ? AND project = ?",
            (object_key(kind, object_id, parent), kind, PROJECT.get()),
        )
        return (int(row[0]), int(row[1])) if row else None

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
        parent_sql, parent_args = _parent_is(parent)
        where = ["project = ?", "kind = ?", parent_sql, "deleted = 0"]
        args: list[Any] = [PROJECT.get(), kind, *parent_args]
        if run_id is not None:
            where.append("run_id = ?")
            args.append(run_id)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        for name, value in (match or {}).items():
            if not _FIELD.fullmatch(name):
                raise ValueError(f"not a field name: {name!r}")
            condition, bound = self._db.json_equals(name, value)
            where.append(condition)
            args.append(bound)
        if alive_at is not None:
            where.append(f"coalesce({self._db.json_number('expires_at')}, ?) > ?")
            args.extend([alive_at + 1, alive_at])
        with self._db.session():
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
            rows = self._db.all(sql, [*args, limit + 1])
        data = [json.loads(r[0]) for r in rows[:limit]]
        if backwards:
            data.reverse()
        return Page(data=data, has_more=len(rows) > limit)

    def expired(self, kind: str, at: int, limit: int, status: str | None = None) -> builtins.list[dict[str, Any]]:
        """At most `limit` live objects of `kind` whose ``expires_at`` is at or before `at` (and
        whose status is `status`, when given)."""
        sql = (
            "SELECT data FROM objects WHERE project = ? AND kind = ? AND deleted = 0"
            f" AND {self._db.json_number('expires_at')} <= ?"
        )
        args: list[Any] = [PROJECT.get(), kind, at]
        if status is not None:
            sql += " AND status = ?"
            args.append(status)
        rows = self._db.all(sql + " ORDER BY seq LIMIT ?", (*args, limit))
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
        row = self._db.one(sql, args)
        return int(row[0]) if row else 0

    def status_counts(self, kind: str, parent: str, run_id: str | None = None) -> dict[str, int]:
        """How many live `kind` objects under `parent` (and of `run_id`, if given) are in each status."""
        sql = "SELECT status, COUNT(*) FROM objects WHERE project = ? AND kind = ? AND parent = ? AND deleted = 0"
        args: list[Any] = [PROJECT.get(), kind, parent]
        if run_id is not None:
            sql += " AND run_id = ?"
            args.append(run_id)
        rows = self._db.all(sql + " GROUP BY status", args)
        return {str(status): int(n) for status, n in rows}

    def parents_of(self, kind: str, object_id: str) -> builtins.list[str]:
        """The parents under which a live `kind` object with this id exists."""
        rows = self._db.all(
            "SELECT parent FROM objects WHERE project = ? AND kind = ? AND id = ? AND deleted = 0",
            (PROJECT.get(), kind, object_id),
        )
        return [r[0] for r in rows]

    def counts_by_kind(self) -> dict[str, int]:
        rows = self._db.all(
            "SELECT kind, COUNT(*) FROM objects WHERE project = ? AND deleted = 0 GROUP BY kind", (PROJECT.get(),)
        )
        return {k: int(n) for k, n in rows}

    # -- housekeeping across projects -------------------------------------
    def projects(self) -> builtins.list[str]:
        """Every project that has objects (the default one always): work that starts on its own
        (resuming runs, sweeps) goes through them one by one, inside ``scope.in_project``."""
        rows = self._db.all("SELECT DISTINCT project FROM objects")
        return sorted({"", *(str(r[0]) for r in rows)})

    def project_of(self, kind: str, object_id: str, *, parent: str | None = None) -> str | None:
        """The project of a live object, whichever project is current (for the server's own
        housekeeping, never for a request)."""
        row = self._db.one(
            "SELECT project FROM objects WHERE key = ? AND kind = ? AND deleted = 0",
            (object_key(kind, object_id, parent), kind),
        )
        return str(row[0]) if row else None

    def _clear_objects(self) -> None:
        """Remove every project's objects and replies, inside the caller's transaction."""
        self._db.run("DELETE FROM objects")
        self._db.run("DELETE FROM replies")
