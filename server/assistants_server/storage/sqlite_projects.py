"""The SQLite schema step that brings projects: a ``project`` column on objects and replies, the
indexes that lead with it, and the ``api_keys`` table.

Idempotent, run at every open, until the numbered migrations (``storage/migrations.py``) take it
over as one step: a database made before projects gets the column with every row in the default
project ``""``, which is what it served.
"""

from __future__ import annotations

import sqlite3

from .keys import KEYS_SCHEMA

INDEXES = """
DROP INDEX IF EXISTS objects_by_parent;
DROP INDEX IF EXISTS objects_by_run;
CREATE INDEX IF NOT EXISTS objects_in_project ON objects(project, kind, parent, deleted, created_at, seq);
CREATE INDEX IF NOT EXISTS objects_by_run_in_project
    ON objects(project, kind, parent, run_id, deleted, created_at, seq);
"""

REPLIES = """
CREATE TABLE IF NOT EXISTS replies (
    project TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    stored_at REAL NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (project, key, method, path)
);
CREATE INDEX IF NOT EXISTS replies_by_age ON replies(stored_at);
"""

_REPLIES_BEFORE = """
DROP INDEX IF EXISTS replies_by_age;
ALTER TABLE replies RENAME TO replies_before_projects;
"""

_REPLIES_AFTER = """
INSERT INTO replies(key, method, path, stored_at, status, headers, body)
    SELECT key, method, path, stored_at, status, headers, body FROM replies_before_projects;
DROP TABLE replies_before_projects;
"""


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}


def upgrade(conn: sqlite3.Connection) -> None:
    """Give a database opened with the current tables (``CREATE ... IF NOT EXISTS``) what
    projects need, whatever release made it."""
    if "project" not in _columns(conn, "objects"):
        conn.execute("ALTER TABLE objects ADD COLUMN project TEXT NOT NULL DEFAULT ''")
    if "project" not in _columns(conn, "replies"):
        # the primary key gains the project, which only a new table can do
        conn.executescript("BEGIN IMMEDIATE;" + _REPLIES_BEFORE + REPLIES + _REPLIES_AFTER + "COMMIT;")
    conn.executescript(KEYS_SCHEMA + INDEXES)
