"""The PostgreSQL store's schema, as numbered steps (``migrations``).

Objects keep their JSON as text (``data``, ``aux``), read back exactly as written; filters on a
field cast it to ``jsonb`` where they need it.
"""

from __future__ import annotations

from .keys import KEYS_SCHEMA
from .migrations import Step
from .rate_buckets import SCHEMA as RATE_SCHEMA
from .run_queue import SCHEMA as QUEUE_SCHEMA
from .sql_db import Database

V1 = """
CREATE TABLE IF NOT EXISTS objects (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL,
    kind TEXT NOT NULL,
    parent TEXT,
    run_id TEXT,
    status TEXT,
    created_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    data TEXT NOT NULL,
    aux TEXT
);
CREATE INDEX IF NOT EXISTS objects_by_parent ON objects(kind, parent, deleted, created_at, seq);
CREATE TABLE IF NOT EXISTS replies (
    key TEXT NOT NULL,
    method TEXT NOT NULL,
    path TEXT NOT NULL,
    stored_at DOUBLE PRECISION NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (key, method, path)
);
CREATE INDEX IF NOT EXISTS replies_by_age ON replies(stored_at);
"""

V2 = """
ALTER TABLE objects ADD COLUMN IF NOT EXISTS project TEXT NOT NULL DEFAULT '';
DROP INDEX IF EXISTS objects_by_parent;
CREATE INDEX IF NOT EXISTS objects_in_project ON objects(project, kind, parent, deleted, created_at, seq);
CREATE INDEX IF NOT EXISTS objects_by_run_in_project
    ON objects(project, kind, parent, run_id, deleted, created_at, seq);
CREATE INDEX IF NOT EXISTS objects_by_id ON objects(id);
ALTER TABLE replies ADD COLUMN IF NOT EXISTS project TEXT NOT NULL DEFAULT '';
ALTER TABLE replies DROP CONSTRAINT IF EXISTS replies_pkey;
ALTER TABLE replies ADD CONSTRAINT replies_pkey PRIMARY KEY (project, key, method, path);
"""


def _create(db: Database) -> None:
    db.script(V1)


def _projects(db: Database) -> None:
    with db.transaction():
        db.script(V2 + KEYS_SCHEMA.replace("INTEGER", "BIGINT"))


def _replicas(db: Database) -> None:
    with db.transaction():
        db.script(QUEUE_SCHEMA + RATE_SCHEMA)


STEPS: list[Step] = [_create, _projects, _replicas]  # step n: version n to n + 1

TABLES = ("objects", "replies")  # what ``clear`` empties (the keys stay)
