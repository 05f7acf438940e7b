"""Schema versions: a database of the previous release opens and is upgraded, data and all; one of
a newer release is refused with a message naming both versions, by the store and by the server's
command line; replicas opening a new database at once upgrade it once."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from assistants_server.storage.migrations import LATEST, SchemaTooNew
from assistants_server.storage.open import open_store
from assistants_server.storage.scope import in_project

from ..support.pg_cluster import cluster
from .store_backends import BACKENDS, database

THREAD = {"id": "thread_old", "object": "thread", "created_at": 5}
KEY = ("k", "POST", "/v1/threads")

# the tables of version 1 (before projects), as that release made them in PostgreSQL
PG_V1 = """
CREATE TABLE objects (seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, key TEXT NOT NULL UNIQUE,
    id TEXT NOT NULL, kind TEXT NOT NULL, parent TEXT, run_id TEXT, status TEXT, created_at BIGINT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, aux TEXT);
CREATE TABLE replies (key TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL,
    stored_at DOUBLE PRECISION NOT NULL, status INTEGER NOT NULL, headers TEXT NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY (key, method, path));
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
INSERT INTO objects(key, id, kind, created_at, data) VALUES ('thread_old', 'thread_old', 'thread', 5,
    '{"id": "thread_old", "object": "thread", "created_at": 5}');
INSERT INTO replies VALUES ('k', 'POST', '/v1/threads', 9.0, 200, '{}', '{"id": "thread_old"}');
"""


def _sql(db: str, statements: str) -> list[tuple[object, ...]]:
    """Run `statements` on `db` outside any store; the rows of the last one."""
    if db.startswith("postgresql://"):
        import psycopg

        with psycopg.connect(db, autocommit=True) as conn:
            cur = conn.execute(statements.encode())
            return list(cur.fetchall()) if cur.description else []
    conn = sqlite3.connect(db)
    try:
        *head, last = [s for s in statements.split(";") if s.strip()]
        for statement in head:
            conn.execute(statement)
        rows = conn.execute(last).fetchall()
        conn.commit()
        return rows
    finally:
        conn.close()


def _opens_upgraded(db: str) -> None:
    for _ in range(2):  # upgraded once; opening again changes nothing
        store = open_store(db)
        try:
            assert store.get("thread", "thread_old") == THREAD
            reply = store.reply(KEY, 0.0)
            assert reply is not None and reply.body == {"id": "thread_old"}
            with in_project("other"):
                assert store.get("thread", "thread_old") is None and store.reply(KEY, 0.0) is None
            assert not store.has_keys()  # the key table is there
        finally:
            store.close()
        assert _sql(db, "SELECT version FROM schema_version") == [(LATEST,)]
    if db.startswith("postgresql://"):  # version 3: the tables of replicas
        assert _sql(db, "SELECT count(*) FROM run_queue") == [(0,)]
        assert _sql(db, "SELECT count(*) FROM run_events") == [(0,)]


def test_a_postgres_database_at_version_1_is_upgraded() -> None:
    db = cluster().new_database("v1")
    _sql(db, PG_V1)
    _opens_upgraded(db)


def test_a_sqlite_file_from_before_versions_is_upgraded(tmp_path: Path) -> None:
    db = str(tmp_path / "v1.db")
    _sql(
        db,
        """
        CREATE TABLE objects (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, id TEXT NOT NULL,
            kind TEXT NOT NULL, parent TEXT, run_id TEXT, status TEXT, created_at INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, aux TEXT);
        CREATE TABLE replies (key TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, stored_at REAL NOT NULL,
            status INTEGER NOT NULL, headers TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (key, method, path));
        INSERT INTO objects(key, id, kind, created_at, data) VALUES ('thread_old', 'thread_old', 'thread', 5,
            '{"id": "thread_old", "object": "thread", "created_at": 5}');
        INSERT INTO replies VALUES ('k', 'POST', '/v1/threads', 9.0, 200, '{}', '{"id": "thread_old"}');
        SELECT 1
        """,
    )
    _opens_upgraded(db)


def _newer(backend: str, tmp_path: Path) -> str:
    """A database at one version past this release's, holding a thread."""
    db = database(backend, tmp_path)
    store = open_store(db)
    store.insert("thread", THREAD)
    store.close()
    _sql(db, f"UPDATE schema_version SET version = {LATEST + 1}; SELECT 1")
    return db


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_newer_database_is_refused_and_left_as_it_is(backend: str, tmp_path: Path) -> None:
    db = _newer(backend, tmp_path)
    with pytest.raises(SchemaTooNew) as refused:
        open_store(db)
    assert refused.value.found == LATEST + 1 and refused.value.supported == LATEST
    message = str(refused.value)
    assert f"schema version {LATEST + 1}" in message and f"version {LATEST}," in message
    assert _sql(db, "SELECT version FROM schema_version") == [(LATEST + 1,)]
    assert _sql(db, "SELECT data FROM objects") == [('{"id": "thread_old", "object": "thread", "created_at": 5}',)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_server_refuses_a_newer_database_and_exits(backend: str, tmp_path: Path) -> None:
    db = _newer(backend, tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "assistants_server", "--db", db, "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and done.stdout == ""
    assert f"schema version {LATEST + 1}" in done.stderr and "Traceback" not in done.stderr
    if backend == "postgres":
        assert "@" not in done.stderr  # nothing of the URL


def test_replicas_opening_a_new_database_at_once_upgrade_it_once() -> None:
    db = cluster().new_database("race")
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            open_store(db).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and _sql(db, "SELECT version FROM schema_version") == [(LATEST,)]


def test_an_unreachable_database_is_one_line_without_the_password() -> None:
    with socket.socket() as s:  # a loopback port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"postgresql://bob:hunter2-secret@127.0.0.1:{port}/nope"
    done = subprocess.run(
        [sys.executable, "-m", "assistants_server", "--port", "0"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "ASSISTANTS_DB_URL": url},
    )
    assert done.returncode == 1 and done.stdout == ""
    assert f"cannot connect to PostgreSQL at 127.0.0.1:{port}/nope" in done.stderr
    assert "hunter2" not in done.stderr and "bob" not in done.stderr and "Traceback" not in done.stderr
