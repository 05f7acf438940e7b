"""The store keeps each project's objects apart (both stores) and keeps API keys only as hashes
(a database made before projects: ``test_store_schema``)."""

from __future__ import annotations

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
