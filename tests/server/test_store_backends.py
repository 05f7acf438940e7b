"""The store's contract, the same on SQLite and PostgreSQL: objects read back as written, lists
page and order alike, transactions keep all or nothing, replies and keys are shared by every
store on one database (replicas)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from assistants_server.errors import ErrorReply
from assistants_server.storage import keys as api_keys
from assistants_server.storage.open import open_store
from assistants_server.storage.replies import StoredReply
from assistants_server.storage.scope import in_project
from assistants_server.storage.sql_objects import ObjectStore

from .store_backends import BACKENDS, database

KEY = ("idem-1", "POST", "/v1/threads")
Opener = Callable[[], ObjectStore]  # another store on the same database: another replica


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    return database(str(request.param), tmp_path)


@pytest.fixture
def opener(db: str) -> Iterator[Opener]:
    """Opens stores on one database; closes them all at the end."""
    opened: list[ObjectStore] = []

    def open_one() -> ObjectStore:
        store = open_store(db)
        opened.append(store)
        return store

    yield open_one
    for store in opened:
        store.close()


@pytest.fixture
def store(opener: Opener) -> ObjectStore:
    return opener()


def _messages(store: ObjectStore, n: int, created_at: int = 100) -> list[str]:
    ids = [f"msg_{i:02d}" for i in range(n)]
    for i, message_id in enumerate(ids):
        store.insert(
            "message",
            {"id": message_id, "created_at": created_at, "status": "completed" if i % 2 else "in_progress"},
            parent="thread_1",
            run_id="run_1" if i < 3 else None,
        )
    return ids


def test_the_dialect_is_named(store: ObjectStore, db: str) -> None:
    assert store.dialect == ("postgres" if db.startswith("postgresql://") else "sqlite")


def test_objects_read_back_exactly_as_written(store: ObjectStore) -> None:
    obj = {"id": "asst_1", "z": 1, "a": {"y": [1, 2.5, None], "b": "é\u2028"}, "created_at": 5, "m": True}
    store.insert("assistant", obj, aux={"k": [1]})
    got = store.get("assistant", "asst_1")
    assert got == obj and json.dumps(got) == json.dumps(obj)  # key order too
    assert store.get_with_aux("assistant", "asst_1") == (obj, {"k": [1]})
    assert store.find("asst_1") == ("assistant", obj)
    changed = {**obj, "status": "done"}
    store.update("assistant", changed)
    assert store.get("assistant", "asst_1") == changed
    store.update("assistant", changed, aux=None)
    assert store.get_with_aux("assistant", "asst_1") == (changed, None)
    store.set_aux("assistant", "asst_1", {"n": 2})
    assert store.get_with_aux("assistant", "asst_1")[1] == {"n": 2}
    assert store.delete("assistant", "asst_1") and not store.delete("assistant", "asst_1")
    assert store.get("assistant", "asst_1") is None and store.find("asst_1") is None
    assert store.get("assistant", "asst_none") is None


def test_a_deleted_link_frees_its_key(store: ObjectStore) -> None:
    link = {"id": "file_1", "created_at": 1, "status": "completed"}
    store.insert("vector_store_file", link, parent="vs_1")
    assert store.delete("vector_store_file", "file_1", parent="vs_1")
    store.insert("vector_store_file", {**link, "status": "in_progress"}, parent="vs_1")
    assert store.get("vector_store_file", "file_1", parent="vs_1") == {**link, "status": "in_progress"}
    assert store.parents_of("vector_store_file", "file_1") == ["vs_1"]


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_lists_page_forward_and_back_in_both_orders(store: ObjectStore, order: str) -> None:
    ids = _messages(store, 7)  # one created_at: the insertion order decides
    expected = ids if order == "asc" else ids[::-1]
    first = store.list("message", "thread_1", limit=3, order=order)
    assert [m["id"] for m in first.data] == expected[:3] and first.has_more
    second = store.list("message", "thread_1", limit=3, order=order, after=first.data[-1]["id"])
    assert [m["id"] for m in second.data] == expected[3:6] and second.has_more
    last = store.list("message", "thread_1", limit=3, order=order, after=second.data[-1]["id"])
    assert [m["id"] for m in last.data] == expected[6:] and not last.has_more
    back = store.list("message", "thread_1", limit=3, order=order, before=second.data[0]["id"])
    assert [m["id"] for m in back.data] == expected[:3] and not back.has_more
    between = store.list("message", "thread_1", order=order, after=expected[1], before=expected[5])
    assert [m["id"] for m in between.data] == expected[2:5]
    assert first.body()["first_id"] == expected[0] and first.body()["last_id"] == expected[2]


def test_lists_filter_and_order_by_creation_time(store: ObjectStore) -> None:
    _messages(store, 6)
    store.insert("message", {"id": "msg_early", "created_at": 50, "status": "completed"}, parent="thread_1")
    assert store.list("message", "thread_1", order="asc").data[0]["id"] == "msg_early"
    assert [m["id"] for m in store.list("message", "thread_1", run_id="run_1", order="asc").data] == [
        "msg_00",
        "msg_01",
        "msg_02",
    ]
    done = store.list("message", "thread_1", status="completed", order="asc").data
    assert [m["id"] for m in done] == ["msg_early", "msg_01", "msg_03", "msg_05"]
    assert store.list("message", None).data == []
    with pytest.raises(ErrorReply, match="Invalid 'after'"):
        store.list("message", "thread_1", after="msg_none")
    with pytest.raises(ErrorReply, match="Invalid 'before'"):
        store.list("message", "thread_1", before="msg_none")
    with pytest.raises(ErrorReply, match="Invalid 'after'"):  # a NUL (PostgreSQL's text cannot hold one)
        store.list("message", "thread_1", after="msg_\x00")
    assert store.get("message", "msg_\x00", parent="thread_1") is None and store.find("\x00") is None
    assert store.status_counts("message", "thread_1") == {"completed": 4, "in_progress": 3}
    assert store.status_counts("message", "thread_1", run_id="run_1") == {"completed": 1, "in_progress": 2}
    assert store.count() == 7 and store.count("message", "thread_1") == 7 and store.count("thread") == 0
    assert store.counts_by_kind() == {"message": 7}
    assert [o["id"] for o, _ in store.with_status("message", ["completed"], parent="thread_1")] == [
        "msg_early",
        "msg_01",
        "msg_03",
        "msg_05",
    ]
    assert store.with_status("message", []) == []
    assert sorted(store.ids("message", "thread_1")) == sorted(["msg_early", *[f"msg_{i:02d}" for i in range(6)]])
    store.delete_children("message", ["thread_1"])
    assert store.count() == 0


def test_lists_match_fields_and_expiry(store: ObjectStore) -> None:
    for i, (purpose, expires_at) in enumerate([("batch", None), ("assistants", 100), ("assistants", 300)]):
        store.insert("file", {"id": f"file_{i}", "created_at": i, "purpose": purpose, "expires_at": expires_at})
    store.insert("file", {"id": "file_3", "created_at": 3, "purpose": "assistants", "n": 7, "filename": "a\x00b"})
    matched = store.list("file", None, order="asc", match={"purpose": "assistants"})
    assert [f["id"] for f in matched.data] == ["file_1", "file_2", "file_3"]
    assert [f["id"] for f in store.list("file", None, order="asc", match={"n": 7}).data] == ["file_3"]
    alive = store.list("file", None, order="asc", alive_at=200)
    assert [f["id"] for f in alive.data] == ["file_0", "file_2", "file_3"]
    assert [f["id"] for f in store.expired("file", 300, 10)] == ["file_1", "file_2"]
    assert [f["id"] for f in store.expired("file", 300, 1)] == ["file_1"]
    with pytest.raises(ValueError):
        store.list("file", None, match={"bad field": 1})


def test_a_transaction_keeps_all_or_nothing(store: ObjectStore) -> None:
    with pytest.raises(KeyError), store.transaction():
        store.insert("thread", {"id": "thread_1", "created_at": 1})
        with store.transaction():  # a nested one joins
            store.insert("thread", {"id": "thread_2", "created_at": 1})
        raise KeyError("undo")
    assert store.count() == 0
    with store.transaction():
        store.insert("thread", {"id": "thread_1", "created_at": 1})
        with store.transaction():
            store.insert("thread", {"id": "thread_2", "created_at": 1})
        assert store.count() == 2  # the transaction's own writes are seen inside it
    assert store.insert_many("message", [({"id": f"m{i}", "created_at": 1}, "thread_1", None) for i in range(5)]) == 5
    assert store.count("message") == 5
    store.clear()
    assert store.count() == 0 and store.projects() == [""]


def test_transactions_of_two_threads_run_one_at_a_time(opener: Opener) -> None:
    stores = [opener(), opener()]  # two replicas on one database
    errors: list[BaseException] = []

    def count_up(store: ObjectStore) -> None:
        try:
            for _ in range(15):
                with store.transaction():  # a read then a write that depends on it
                    n = store.count("thread")
                    store.insert("thread", {"id": f"thread_{n}", "created_at": 1})
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=count_up, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert errors == [] and stores[0].count("thread") == 30


def test_the_first_reply_kept_wins_across_replicas(opener: Opener) -> None:
    a, b = opener(), opener()
    first = a.save_reply(KEY, StoredReply(201, {"x-a": "1"}, {"id": "thread_a"}), 10.0, expired_before=5.0)
    assert first == StoredReply(201, {"x-a": "1"}, {"id": "thread_a"})
    second = b.save_reply(KEY, StoredReply(200, {}, {"id": "thread_b"}), 11.0, expired_before=6.0)
    assert second == first and b.reply(KEY, 0.0) == first
    assert b.reply(KEY, 10.5) is None  # stored before that: expired for this reader
    third = b.save_reply(KEY, StoredReply(200, {}, {"id": "thread_c"}), 30.0, expired_before=20.0)
    assert third.body == {"id": "thread_c"} and a.reply(KEY, 0.0) == third  # an expired one is replaced
    with in_project("other"):
        assert a.reply(KEY, 0.0) is None
    assert a.forget_replies(31.0) == 1 and b.reply(KEY, 0.0) is None


def test_keys_are_shared_by_every_replica(opener: Opener) -> None:
    a, b = opener(), opener()
    secret = api_keys.new_secret()
    made = a.create_key("team-a", api_keys.secret_hash(secret), name="ci")
    assert b.has_keys() and b.keys() == [made] and b.key_by_hash(api_keys.secret_hash(secret)) == made
    revoked = b.revoke_key(made.id)
    assert revoked is not None and not revoked.live
    found = a.key_by_hash(api_keys.secret_hash(secret))
    assert found is not None and not found.live  # refused at once by the other replica


def test_objects_are_shared_by_every_replica(opener: Opener) -> None:
    a, b = opener(), opener()
    with in_project("p"):
        a.insert("thread", {"id": "thread_1", "created_at": a.timestamp()})
        assert b.get("thread", "thread_1") is not None
        assert b.project_of("thread", "thread_1") == "p"
    assert b.get("thread", "thread_1") is None and b.projects() == ["", "p"]


def test_timestamps_follow_the_database_clock_not_the_process_clock(
    store: ObjectStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replicas whose clocks differ still stamp objects by one clock: the database's (for SQLite,
    which lives in the process, the two are one)."""
    real = time.time
    truth = real()
    monkeypatch.setattr(time, "time", lambda: real() + 3600.0)  # this process's clock, an hour fast
    store._clock_checked = float("-inf")  # as when the store opens: the offset is measured again
    stamped = store.timestamp()
    if store.dialect == "postgres":
        assert abs(stamped - truth) < 5
    else:
        assert abs(stamped - (truth + 3600)) < 5
