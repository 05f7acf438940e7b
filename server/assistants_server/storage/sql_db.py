"""What the object store asks of a database, and the SQLite one.

SQL is written once with ``?`` placeholders; a ``Database`` runs it on its engine. ``session``
keeps several statements on one connection (and, for SQLite, under the store's lock);
``transaction`` is re-entrant per thread: a nested one joins the outer one.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

Args = Sequence[Any]


class DatabaseUnavailable(Exception):
    """The database named by ``--db`` cannot be reached (the message never holds a password)."""


class Database(Protocol):
    dialect: str

    def clock(self) -> float:
        """The time by the database's clock, Unix seconds."""
        ...

    def one(self, sql: str, args: Args = ()) -> tuple[Any, ...] | None: ...

    def all(self, sql: str, args: Args = ()) -> list[tuple[Any, ...]]: ...

    def run(self, sql: str, args: Args = ()) -> int:
        """Run a statement; how many rows it changed."""
        ...

    def run_many(self, sql: str, rows: Sequence[Args]) -> None: ...

    def script(self, sql: str) -> None:
        """Run statements without parameters (schema changes)."""
        ...

    def table_exists(self, name: str) -> bool: ...

    def session(self) -> contextlib.AbstractContextManager[None]: ...

    def transaction(self, *, shared: bool = False) -> contextlib.AbstractContextManager[None]:
        """`shared`: the transaction will take root locks (``lock_root``) rather than run alone."""
        ...

    def lock_root(self, key: int) -> None:
        """Hold the root lock `key` until the transaction ends."""
        ...

    def migration_lock(self) -> contextlib.AbstractContextManager[None]:
        """Held while the schema is brought up to date (one opener at a time)."""
        ...

    def json_equals(self, field: str, value: Any) -> tuple[str, Any]:
        """A condition that the top-level `field` of ``data`` equals `value`, and its one bound value."""
        ...

    def json_number(self, field: str) -> str:
        """The top-level `field` of ``data`` as a number (NULL when absent or null)."""
        ...


class SqliteDatabase:
    """One SQLite connection, shared by every thread under one re-entrant lock."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self.conn = conn
        self.lock = lock

    def clock(self) -> float:
        return time.time()  # the database lives in this process

    def one(self, sql: str, args: Args = ()) -> tuple[Any, ...] | None:
        with self.lock:
            row: tuple[Any, ...] | None = self.conn.execute(sql, args).fetchone()
            return row

    def all(self, sql: str, args: Args = ()) -> list[tuple[Any, ...]]:
        with self.lock:
            return self.conn.execute(sql, args).fetchall()

    def run(self, sql: str, args: Args = ()) -> int:
        with self.lock:
            return self.conn.execute(sql, args).rowcount

    def run_many(self, sql: str, rows: Sequence[Args]) -> None:
        with self.lock:
            self.conn.executemany(sql, rows)

    def script(self, sql: str) -> None:
        with self.lock:
            self.conn.executescript(sql)

    def table_exists(self, name: str) -> bool:
        return self.one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)) is not None

    @contextlib.contextmanager
    def session(self) -> Iterator[None]:
        with self.lock:
            yield

    def migration_lock(self) -> contextlib.AbstractContextManager[None]:
        return self.session()

    def lock_root(self, key: int) -> None:
        """Nothing: SQLite has one writer, so every transaction holds every root."""

    @contextlib.contextmanager
    def transaction(self, *, shared: bool = False) -> Iterator[None]:
        with self.lock:
            if self.conn.in_transaction:
                yield
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def json_equals(self, field: str, value: Any) -> tuple[str, Any]:
        return f"json_extract(data, '$.{field}') = ?", value

    def json_number(self, field: str) -> str:
        return f"json_extract(data, '$.{field}')"
