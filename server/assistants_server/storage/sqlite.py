"""Object storage in one SQLite database, in memory by default or in a file.

The object store itself (``sql_objects.ObjectStore``) is shared with PostgreSQL; this module
opens the SQLite connection, brings its schema to the current version (``migrations``) and
keeps the chunk table beside the objects.
"""

from __future__ import annotations

import sqlite3
import threading

from . import sqlite_projects
from .chunks import ChunkTable
from .migrations import LATEST, Step, upgrade
from .replies import StoredReply
from .sql_db import Database, SqliteDatabase
from .sql_objects import GLOBAL_KINDS, ObjectStore, Page, new_id

__all__ = ["GLOBAL_KINDS", "SCHEMA", "Page", "Store", "StoredReply", "new_id"]

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


def _create(db: Database) -> None:
    db.script(SCHEMA + sqlite_projects.REPLIES)


def _projects(db: Database) -> None:
    if not isinstance(db, SqliteDatabase):
        raise TypeError("a SQLite step on another database")
    sqlite_projects.upgrade(db.conn)


def _replicas(db: Database) -> None:
    """Version 3 brought the tables of replicas, which only PostgreSQL has: nothing here."""


STEPS: list[Step] = [_create, _projects, _replicas]  # step n: version n to n + 1 (``migrations``)


class Store(ObjectStore):
    """The object store in SQLite: one connection, one re-entrant lock for every thread."""

    dialect = "sqlite"

    def __init__(self, path: str | None = None) -> None:
        self.path = path
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(path or ":memory:", check_same_thread=False, isolation_level=None)
        if path:
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=NORMAL")
        self._db = SqliteDatabase(self._conn, self._lock)
        try:
            upgrade(self._db, STEPS, LATEST)
        except BaseException:
            self._conn.close()
            raise
        self.chunks = ChunkTable(self._conn, self._lock)
        self._start_clock()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def clear(self) -> None:
        """Remove every project's objects and replies (the keys stay)."""
        with self.transaction():
            self._clear_objects()
            self.chunks.clear()
