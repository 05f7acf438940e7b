"""PostgreSQL connections for the store: a ``psycopg_pool.ConnectionPool`` of autocommit
connections, and the ``Database`` (``sql_db``) over it.

Each thread holds at most one connection at a time: ``session`` and ``transaction`` keep the one
they took in a thread-local, so statements made inside (by the store, its key methods, its
chunk table) run on it, and a nested ``transaction`` joins the outer one. Every transaction first
takes one transaction-level advisory lock (``WRITE_LOCK``), so transactions run one at a time
across all replicas, as SQLite's ``BEGIN IMMEDIATE`` runs them: a check made inside a
transaction still holds when it writes.

The URL (it may hold a password) is handed to the pool and kept nowhere else: no repr, log or
error of this module shows it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg_pool import ConnectionPool

Args = Sequence[Any]
WRITE_LOCK = 0x61737374  # the advisory lock every transaction takes ("asst")
MIGRATION_LOCK = 0x61737375  # held while a schema is brought up to date
POOL_MIN = 1
POOL_MAX = 10
POOL_TIMEOUT = 30.0  # seconds a thread waits for a free connection


@functools.lru_cache(maxsize=1024)
def placeholders(sql: str) -> str:
    """`sql` with ``?`` placeholders turned into psycopg's ``%s`` (a literal ``%`` escaped)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PgDatabase:
    """The store's statements on a pool of PostgreSQL connections."""

    dialect = "postgres"

    def __init__(self, url: str, *, min_size: int = POOL_MIN, max_size: int = POOL_MAX) -> None:
        self.pool = ConnectionPool(
            url,
            min_size=min_size,
            max_size=max(min_size, max_size),
            kwargs={"autocommit": True},
            timeout=POOL_TIMEOUT,
            open=False,
            name="assistants-store",
        )
        self.pool.open(wait=True, timeout=POOL_TIMEOUT)
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"PgDatabase(pool={self.pool.name!r})"

    def close(self) -> None:
        self.pool.close()

    @contextlib.contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        """This thread's connection: the one it holds, else one from the pool for the block."""
        held: psycopg.Connection[Any] | None = getattr(self._local, "conn", None)
        if held is not None:
            yield held
            return
        with self.pool.connection() as conn:
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def one(self, sql: str, args: Args = ()) -> tuple[Any, ...] | None:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), args).fetchone()

    def all(self, sql: str, args: Args = ()) -> list[tuple[Any, ...]]:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), args).fetchall()

    def run(self, sql: str, args: Args = ()) -> int:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), args).rowcount

    def run_many(self, sql: str, rows: Sequence[Args]) -> None:
        if not rows:
            return
        with self.connection() as conn, conn.cursor() as cur:
            cur.executemany(placeholders(sql), rows)

    def script(self, sql: str) -> None:
        with self.connection() as conn:
            conn.execute(sql)  # no parameters: several statements at once

    def table_exists(self, name: str) -> bool:
        return self.one("SELECT to_regclass(?) IS NOT NULL", (name,)) == (True,)

    @contextlib.contextmanager
    def session(self) -> Iterator[None]:
        with self.connection():
            yield

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        if getattr(self._local, "in_transaction", False):
            yield
            return
        with self.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))
            self._local.in_transaction = True
            try:
                yield
            finally:
                self._local.in_transaction = False

    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        """Hold the schema lock (one replica upgrades, the others wait, then find it done)."""
        with self.connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def json_equals(self, field: str, value: Any) -> tuple[str, Any]:
        return f"(data::jsonb -> '{field}') = ?::jsonb", json.dumps(value)

    def json_number(self, field: str) -> str:
        return f"(data::jsonb ->> '{field}')::numeric"
