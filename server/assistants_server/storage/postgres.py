"""Object storage in PostgreSQL: the same store as SQLite's (``sql_objects.ObjectStore``) over a
pool of connections, so that any number of server replicas share one database.

``PostgresStore(url)`` opens a ``psycopg_pool.ConnectionPool`` (``pool_min``..``pool_max``
connections), brings the schema to the current version (``migrations``; one replica at a time)
and keeps the chunk table in the same database.
"""

from __future__ import annotations

from .migrations import LATEST, upgrade
from .pg_connections import POOL_MAX, POOL_MIN, PgDatabase, StorePool
from .postgres_chunks import PgChunkTable
from .postgres_schema import STEPS, TABLES
from .rate_buckets import SharedBuckets
from .sql_objects import ObjectStore


class PostgresStore(ObjectStore):
    """The object store in PostgreSQL; thread-safe, each thread on a pooled connection of its own."""

    dialect = "postgres"

    def __init__(self, url: str, *, pool_min: int = POOL_MIN, pool_max: int = POOL_MAX) -> None:
        self.path = None  # no file: a database server
        self._pg = PgDatabase(url, min_size=pool_min, max_size=pool_max)
        self._db = self._pg
        try:
            upgrade(self._db, STEPS, LATEST)
            self.chunks = PgChunkTable(self._pg.pool)
            self._start_clock()
        except BaseException:
            self._pg.close()
            raise

    @property
    def pool(self) -> StorePool:
        """The connection pool (other tables of the same database use it too)."""
        return self._pg.pool

    def __repr__(self) -> str:
        return "PostgresStore()"

    def lock_waits(self) -> tuple[int, float]:
        taken, seconds = self._pg.lock_waits
        return int(taken), float(seconds)

    def shared_rate_buckets(self) -> SharedBuckets:
        return SharedBuckets(self._db)

    def close(self) -> None:
        self._pg.close()

    def clear(self) -> None:
        """Remove every project's objects and replies (the keys stay)."""
        with self.transaction():
            for table in TABLES:
                self._db.run(f"DELETE FROM {table}")
            self.chunks.clear()
