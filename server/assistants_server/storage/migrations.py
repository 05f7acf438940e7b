"""Numbered schema versions, for both stores.

A database records its version in ``schema_version`` (one row). Opening a store brings it from
the version it records to ``LATEST`` by running the store's steps in order (step ``n`` takes
version ``n`` to ``n + 1``), each followed by the new number, under the database's migration
lock. A database without the record is at version 0 when it has no ``objects`` table (a new
one) and at 1 otherwise (made before versions were recorded; every step is idempotent, so what
it already has is left as it is). A version above ``LATEST`` was written by a newer release:
opening it raises ``SchemaTooNew`` and changes nothing.

Versions:
1. ``objects`` and ``replies`` (the chunk tables of vector stores keep their own layout up to
   date, ``ChunkTable``);
2. projects: a ``project`` column on objects and replies (the primary key of replies gains it),
   the indexes that lead with it, and ``api_keys``;
3. the tables of replicas, PostgreSQL's only: ``run_queue`` and ``run_events`` (``run_queue``),
   ``rate_buckets`` (``rate_buckets``); a SQLite database just records the number.

A release that changes the schema adds a step at the end of each store's list (never edits a
released one) and raises ``LATEST``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .sql_db import Database

LATEST = 3
Step = Callable[[Database], None]

VERSION_SCHEMA = "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);"


class SchemaTooNew(Exception):
    """The database was written by a newer release than this one."""

    def __init__(self, found: int, supported: int) -> None:
        super().__init__(
            f"the database is at schema version {found}, newer than version {supported}, the newest this "
            "release of assistants_server knows: open it with the release that wrote it, or a newer one"
        )
        self.found = found
        self.supported = supported


def version(db: Database) -> int:
    """The version `db` records (0 for an empty database, 1 for one from before versions)."""
    if db.table_exists("schema_version"):
        row = db.one("SELECT MAX(version) FROM schema_version")
        if row and row[0] is not None:
            return int(row[0])
    return 1 if db.table_exists("objects") else 0


def record(db: Database, number: int) -> None:
    """Write `number` as `db`'s version."""
    db.script(VERSION_SCHEMA)
    with db.transaction():
        db.run("DELETE FROM schema_version")
        db.run("INSERT INTO schema_version(version) VALUES (?)", (number,))


def upgrade(db: Database, steps: Sequence[Step], latest: int = LATEST) -> int:
    """Bring `db` to version `latest` with `steps`; the version it had. Raises ``SchemaTooNew``."""
    if len(steps) < latest:
        raise ValueError(f"{len(steps)} steps cannot reach version {latest}")
    with db.migration_lock():
        found = version(db)
        if found > latest:
            raise SchemaTooNew(found, latest)
        for number in range(found, latest):
            steps[number](db)
            record(db, number + 1)
    return found
