"""``ASSISTANTS_TEST_DB=postgres``: every server the tests make without a database of their own
gets an empty PostgreSQL database instead of SQLite in memory.

The production default stays as it is: this wraps ``Domain.__init__`` and ``Domain.close`` inside
the test process only, and only a config whose ``db`` is None is changed (in place, so the
``Server``, its app and its domain keep sharing one config). A test that names a SQLite file
keeps it.

Creating a database takes a few hundred milliseconds; a server's test often takes less. So a
database whose server closed is emptied (every table but ``schema_version`` truncated, its
sequences restarted) and given to the next server, which finds its schema already there.
"""

from __future__ import annotations

import functools
import os
import threading
from typing import Any

from .pg_cluster import cluster

ENV = "ASSISTANTS_TEST_DB"
_free: list[str] = []  # emptied databases, for the next server
_lock = threading.Lock()


def wanted() -> bool:
    """Whether this test process runs the servers on PostgreSQL."""
    value = os.environ.get(ENV, "sqlite")
    if value not in ("sqlite", "postgres"):
        raise ValueError(f"{ENV} must be sqlite or postgres, not {value!r}")
    return value == "postgres"


def _take() -> str:
    with _lock:
        if _free:
            return _free.pop()
    return cluster().new_database("srv")


def _give_back(url: str) -> None:
    """Empty `url`'s tables (its schema stays) and keep it for the next server."""
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        tables = conn.execute(
            "SELECT string_agg(quote_ident(tablename), ', ') FROM pg_tables"
            " WHERE schemaname = 'public' AND tablename <> 'schema_version'"
        ).fetchone()
        if tables and tables[0]:
            conn.execute(f"TRUNCATE {tables[0]} RESTART IDENTITY CASCADE".encode())
    with _lock:
        _free.append(url)


def install() -> None:
    """Give every ``Domain`` made without a database an empty PostgreSQL one of the test cluster."""
    from assistants_server import domain

    init, close = domain.Domain.__init__, domain.Domain.close
    if getattr(init, "postgres_by_default", False):
        return

    @functools.wraps(init)
    def init_on_postgres(self: domain.Domain, config: Any, *args: Any, **kwargs: Any) -> None:
        lent = None
        if config.db is None:
            lent = config.db = _take()
        try:
            init(self, config, *args, **kwargs)
        except BaseException:
            if lent is not None:
                config.db = None
                _give_back(lent)
            raise
        self._lent_database = lent  # type: ignore[attr-defined]

    @functools.wraps(close)
    def close_and_give_back(self: domain.Domain) -> None:
        close(self)
        lent = getattr(self, "_lent_database", None)
        if lent is not None:
            self._lent_database = None  # type: ignore[attr-defined]
            if self.config.db == lent:
                self.config.db = None  # the same config, made into a server again, gets another
            _give_back(lent)

    init_on_postgres.postgres_by_default = True  # type: ignore[attr-defined]
    domain.Domain.__init__ = init_on_postgres  # type: ignore[method-assign]
    domain.Domain.close = close_and_give_back  # type: ignore[method-assign]
