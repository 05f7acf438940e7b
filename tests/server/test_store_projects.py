"""The store keeps each project's objects apart, upgrades a database made before projects, and
keeps API keys only as hashes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from assistants_server.storage import keys as api_keys
from assistants_server.storage.open import open_store
from assistants_server.storage.scope import PROJECT, in_project
from assistants_server.storage.sql_objects import ObjectStore
from assistants_server.storage.sqlite import Store, StoredReply

from .store_backends import BACKENDS, database


@pytest.fixture(params=BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[ObjectStore]:
    """A store of each kind (a project's isolation is the store's, whichever database)."""
    opened = open_store(database(str(request.param), tmp_path))
    yield opened
    opened.close()


def _thread(store: ObjectStore, thread_id: str) -> dict[str, object]:
    return store.insert("thread", {"id": thread_id, "object": "thread", "created_at": store.timestamp()})


def test_another_projects_objects_are_not_there(store: ObjectStore) -> None:
    with in_project("a"):
        _thread(store, "thread_a")
        store.insert("message", {"id": "msg_a", "created_at": 1, "status": "completed"}, parent="thread_a")
    with in_project("b"):
        _thread(store, "thread_b")
        assert store.get("thread", "thread_a") is None
        assert store.get_with_aux("thread", "thread_a") == (None, None)
        assert store.find("thread_a") is None
        assert [t["id"] for t in store.list("thread", None).data] == ["thread_b"]
        assert store.list("message", "thread_a").data == []
        assert store.ids("message", "thread_a") == []
        assert store.count() == 1
        assert store.counts_by_kind() == {"thread": 1}
        assert store.status_counts("message", "thread_a") == {}
        assert store.with_status("message", ["completed"]) == []
        assert store.parents_of("message", "msg_a") == []
        assert not store.delete("thread", "thread_a")
        store.update("thread", {"id": "thread_a", "object": "thread", "created_at": 1, "metadata": {"x": "b"}})
        store.set_aux("thread", "thread_a", {"x": 1})
        store.delete_children("message", ["thread_a"])
        with pytest.raises(Exception, match="Invalid 'after'"):
            store.list("thread", None, after="thread_a")
    with in_project("a"):
        thread = store.get_with_aux("thread", "thread_a")
        assert thread[0] is not None and "metadata" not in thread[0] and thread[1] is None
        assert store.ids("message", "thread_a") == ["msg_a"]
        assert [t["id"] for t in store.list("thread", None).data] == ["thread_a"]
    assert PROJECT.get() == ""
    assert store.count() == 0
    assert store.projects() == ["", "a", "b"]
    assert store.project_of("thread", "thread_a") == "a"


def test_replies_are_kept_per_project(store: ObjectStore) -> None:
    key = ("idem-1", "POST", "/v1/threads")
    with in_project("a"):
        store.save_reply(key, StoredReply(200, {}, {"id": "thread_a"}), 10.0)
    with in_project("b"):
        assert store.reply(key, 0.0) is None
        store.save_reply(key, StoredReply(200, {}, {"id": "thread_b"}), 10.0)
    with in_project("a"):
        reply = store.reply(key, 0.0)
        assert reply is not None and reply.body == {"id": "thread_a"}


def test_a_database_made_before_projects_opens_in_the_default_project(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE objects (seq INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, id TEXT NOT NULL,
            kind TEXT NOT NULL, parent TEXT, run_id TEXT, status TEXT, created_at INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0, data TEXT NOT NULL, aux TEXT);
        CREATE INDEX objects_by_parent ON objects(kind, parent, deleted, created_at, seq);
        CREATE TABLE replies (key TEXT NOT NULL, method TEXT NOT NULL, path TEXT NOT NULL, stored_at REAL NOT NULL,
            status INTEGER NOT NULL, headers TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (key, method, path));
        INSERT INTO objects(key, id, kind, created_at, data) VALUES ('thread_old', 'thread_old', 'thread', 5,
            '{"id": "thread_old", "object": "thread", "created_at": 5}');
        INSERT INTO replies VALUES ('k', 'POST', '/v1/threads', 9.0, 200, '{}', '{"id": "thread_old"}');
        """
    )
    conn.close()
    for _ in range(2):  # the upgrade is done once, and opening again changes nothing
        store = Store(str(path))
        assert store.get("thread", "thread_old") == {"id": "thread_old", "object": "thread", "created_at": 5}
        reply = store.reply(("k", "POST", "/v1/threads"), 0.0)
        assert reply is not None and reply.body == {"id": "thread_old"}
        with in_project("other"):
            assert store.get("thread", "thread_old") is None
        store.close()


def test_keys_are_kept_as_hashes(tmp_path: Path) -> None:
    store = Store(str(tmp_path / "keys.db"))
    assert not store.has_keys()
    secret = api_keys.new_secret()
    assert secret.startswith("ak-") and len(secret) == 43 and secret != api_keys.new_secret()
    made = store.create_key("team-a", api_keys.secret_hash(secret), name="ci", admin=True)
    assert store.has_keys()
    found = store.key_by_hash(api_keys.secret_hash(secret))
    assert found == made and found.live and found.admin and found.project == "team-a"
    assert store.key_by_hash(api_keys.secret_hash(secret + "x")) is None
    assert store.keys() == [made]
    revoked = store.revoke_key(made.id)
    assert revoked is not None and not revoked.live
    assert store.revoke_key(made.id) == revoked  # the first revocation's time stays
    assert store.revoke_key("key_none") is None
    assert store.has_keys()  # revoking every key does not open the server
    store.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert secret.encode() not in raw and api_keys.secret_hash(secret).encode() in raw
