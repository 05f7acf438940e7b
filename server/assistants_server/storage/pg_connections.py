"""PostgreSQL connections for the store: a pool (``StorePool``) and the ``Database`` (``sql_db``) over it.

Each thread holds at most one connection at a time (``StorePool``): ``session`` and
``transaction`` keep the one they took, so statements made inside (by the store, its key methods,
its chunk table, its blobs) run on it, and a nested ``transaction`` joins the outer one. A
statement outside both commits on its own. Every transaction first
takes the transaction-level advisory lock ``WRITE_LOCK``: exclusive for one that locks the whole
database (it runs alone across all replicas, as SQLite's ``BEGIN IMMEDIATE`` runs it), shared for
one that names lock roots (``lock_roots``); these then take their roots' advisory locks
(``lock_root``, keys of the class ``ROOT_LOCKS``), so transactions on different roots run at the same
time and a check made inside a transaction still holds when it writes.

The URL (it may hold a password) is handed to the pool and kept nowhere else: no repr, log or
error of this module shows it.
"""

from __future__ import annotations

import contextlib
import functools
import json
import threading
import time
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg.conninfo import conninfo_to_dict
from psycopg_pool import ConnectionPool, PoolTimeout

from .sql_db import DatabaseUnavailable

Args = Sequence[Any]
WRITE_LOCK = 0x61737374  # the advisory lock every transaction takes ("asst")
ROOT_LOCKS = 0x61737376  # the class (first key) of the roots' two-key advisory locks
MIGRATION_LOCK = 0x61737375  # held while a schema is brought up to date
POOL_MIN = 1
POOL_MAX = 10
POOL_TIMEOUT = 30.0  # seconds a thread waits for a free connection
CONNECT_TIMEOUT = 10  # seconds the first connection may take
# An object's JSON text as a document to filter on. PostgreSQL refuses the escape \u0000 in any
# string of a document it reads; filters read it with each such escape as \ufffd (same length,
# so the text stays valid JSON), while the stored text keeps it.
_DOCUMENT = "replace(data, '\\u0000', '\\ufffd')::json"


def where(url: str) -> str:
    """`url` without its user and password: ``host:port/dbname``."""
    parts = conninfo_to_dict(url)
    return f"{parts.get('host', 'localhost')}:{parts.get('port', 5432)}/{parts.get('dbname', '')}"


def bound(args: Args) -> Args:
    """`args` as PostgreSQL takes them: its text cannot hold NUL, so a string's NULs become U+FFFD
    (the same on every write and read: an id a client sent with a NUL is simply never found)."""
    if not any(isinstance(a, str) and "\x00" in a for a in args):
        return args
    return [a.replace("\x00", "\ufffd") if isinstance(a, str) else a for a in args]


@functools.lru_cache(maxsize=1024)
def placeholders(sql: str) -> str:
    """`sql` with ``?`` placeholders turned into psycopg's ``%s`` (a literal ``%`` escaped)."""
    return sql.replace("%", "%%").replace("?", "%s")


class StorePool(ConnectionPool[psycopg.Connection[Any]]):
    """A pool whose ``connection()`` gives a thread the connection it already holds, if any.

    Everything the store keeps in the database (objects, chunks, blobs) takes its connections
    here, so a statement made inside the store's ``transaction`` (or ``session``), by whichever
    table, runs in it. Outside, ``connection()`` lends a connection for the block: the block is
    one transaction, committed at its end (rolled back by an exception)."""

    def __init__(self, url: str, *, min_size: int, max_size: int) -> None:
        super().__init__(
            url,
            min_size=min_size,
            max_size=max(min_size, max_size),
            timeout=POOL_TIMEOUT,
            open=False,
            name="assistants-store",
        )
        self._held = threading.local()

    def held(self) -> psycopg.Connection[Any] | None:
        conn: psycopg.Connection[Any] | None = getattr(self._held, "conn", None)
        return conn

    @contextlib.contextmanager
    def connection(self, timeout: float | None = None) -> Iterator[psycopg.Connection[Any]]:
        held = self.held()
        if held is not None:
            yield held
            return
        with super().connection(timeout) as conn:
            self._held.conn = conn
            try:
                yield conn
            finally:
                self._held.conn = None


class PgDatabase:
    """The store's statements on a ``StorePool``."""

    dialect = "postgres"

    def __init__(self, url: str, *, min_size: int = POOL_MIN, max_size: int = POOL_MAX) -> None:
        try:  # one connection first: a database that is not there fails at once, with libpq's reason
            psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT).close()
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise DatabaseUnavailable(f"cannot connect to PostgreSQL at {where(url)}: {reason}") from None
        self.pool = StorePool(url, min_size=min_size, max_size=max_size)
        try:
            self.pool.open(wait=True, timeout=POOL_TIMEOUT)
        except PoolTimeout:
            self.pool.close()
            raise DatabaseUnavailable(
                f"cannot connect to PostgreSQL at {where(url)} within {POOL_TIMEOUT:.0f} s"
            ) from None
        self._local = threading.local()
        self._waits = threading.Lock()
        self.lock_waits: list[float] = [0, 0.0]  # locks taken, seconds spent taking them (this process)

    def clock(self) -> float:
        row = self.one("SELECT extract(epoch FROM clock_timestamp())::float8")
        return float(row[0]) if row else time.time()

    def __repr__(self) -> str:
        return f"PgDatabase(pool={self.pool.name!r})"

    def close(self) -> None:
        self.pool.close()

    def connection(self) -> contextlib.AbstractContextManager[psycopg.Connection[Any]]:
        return self.pool.connection()

    def one(self, sql: str, args: Args = ()) -> tuple[Any, ...] | None:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), bound(args)).fetchone()

    def all(self, sql: str, args: Args = ()) -> list[tuple[Any, ...]]:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), bound(args)).fetchall()

    def run(self, sql: str, args: Args = ()) -> int:
        with self.connection() as conn:
            return conn.execute(placeholders(sql), bound(args)).rowcount

    def run_many(self, sql: str, rows: Sequence[Args]) -> None:
        if not rows:
            return
        with self.connection() as conn, conn.cursor() as cur:
            cur.executemany(placeholders(sql), [bound(r) for r in rows])

    def script(self, sql: str) -> None:
        with self.connection() as conn:
            conn.execute(sql)  # no parameters: several statements at once

    def table_exists(self, name: str) -> bool:
        return self.one("SELECT to_regclass(?) IS NOT NULL", (name,)) == (True,)

    @contextlib.contextmanager
    def session(self) -> Iterator[None]:
        with self.connection():
            yield

    def _locked(self, conn: psycopg.Connection[Any], sql: str, args: Args) -> None:
        began = time.perf_counter()
        conn.execute(sql, args)
        with self._waits:
            self.lock_waits[0] += 1
            self.lock_waits[1] += time.perf_counter() - began

    @contextlib.contextmanager
    def transaction(self, *, shared: bool = False) -> Iterator[None]:
        if getattr(self._local, "in_transaction", False):
            yield
            return
        with self.connection() as conn, conn.transaction():
            take = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
            self._locked(conn, f"SELECT {take}(%s)", (WRITE_LOCK,))
            self._local.in_transaction = True
            try:
                yield
            finally:
                self._local.in_transaction = False

    def lock_root(self, key: int) -> None:
        """Take the root lock `key` until the transaction ends (inside ``transaction(shared=True)``)."""
        with self.connection() as conn:
            self._locked(conn, "SELECT pg_advisory_xact_lock(%s, %s)", (ROOT_LOCKS, key))

    @contextlib.contextmanager
    def migration_lock(self) -> Iterator[None]:
        """Hold the schema lock (one replica upgrades, the others wait, then find it done)."""
        with self.connection() as conn:
            conn.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
            try:
                yield
            finally:
                if conn.info.transaction_status == psycopg.pq.TransactionStatus.INERROR:
                    conn.rollback()  # a failed step: nothing of it is kept
                else:
                    conn.commit()  # before the next replica reads the version, not after
                conn.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))

    def json_equals(self, field: str, value: Any) -> tuple[str, Any]:
        return f"({_DOCUMENT} -> '{field}')::jsonb = ?::jsonb", json.dumps(value)

    def json_number(self, field: str) -> str:
        return f"({_DOCUMENT} ->> '{field}')::numeric"
