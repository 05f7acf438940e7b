"""The PostgreSQL store's lock roots (``storage.lock_roots``): transactions on two threads run at
the same time, two on one thread (or one on the whole database) wait for each other, rows of one
list commit in seq order, a write out of the lock order is refused on both stores, and a bounded
mix of concurrent transactions ends without a deadlock or a lost update.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from assistants_server.storage.lock_roots import WRITES_ONLY, LockOrderError, Locks, Root, key, request_root
from assistants_server.storage.open import open_store
from assistants_server.storage.postgres import PostgresStore
from assistants_server.storage.sql_objects import ObjectStore
from assistants_server.vector_stores.service import VectorStores

from tests.support.pg_cluster import cluster

from .store_backends import BACKENDS, database

HOLD = 0.6  # seconds a transaction is kept open while another one is tried
WAIT = 10.0  # seconds any step of these tests may take


@pytest.fixture
def store() -> Iterator[PostgresStore]:
    url = cluster().new_database("locks")
    opened = PostgresStore(url, pool_max=12)
    yield opened
    opened.close()
    cluster().drop_database(url)


def thread_obj(thread_id: str, count: int = 0) -> dict[str, Any]:
    return {"id": thread_id, "object": "thread", "created_at": 1, "metadata": {"count": str(count)}}


def holding(
    store: ObjectStore, lock: Root | None, work: Callable[[], object]
) -> tuple[threading.Thread, threading.Event]:
    """A thread that opens a transaction on `lock`, does `work`, says so, and holds it until
    the event it answers is set (at most WAIT seconds)."""
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with store.transaction(lock):
            work()
            inside.set()
            release.wait(WAIT)

    worker = threading.Thread(target=hold)
    worker.start()
    assert inside.wait(WAIT)
    return worker, release


def timed(
    store: ObjectStore, lock: Root | None, work: Callable[[], object]
) -> tuple[threading.Thread, threading.Event]:
    """A thread that runs `work` in a transaction on `lock`; its event is set once committed."""
    done = threading.Event()

    def run() -> None:
        with store.transaction(lock):
            work()
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    return worker, done


def test_two_threads_transactions_run_at_the_same_time(store: PostgresStore) -> None:
    store.insert("thread", thread_obj("thread_a"))
    store.insert("thread", thread_obj("thread_b"))
    first, release = holding(store, ("thread", "thread_a"), lambda: store.update("thread", thread_obj("thread_a", 1)))
    try:
        began = time.monotonic()
        with store.transaction(("thread", "thread_b")):  # commits while thread_a's is still open
            store.update("thread", thread_obj("thread_b", 1))
        assert time.monotonic() - began < HOLD
        assert first.is_alive()
    finally:
        release.set()
        first.join(WAIT)
    assert store.get("thread", "thread_a") == thread_obj("thread_a", 1)


@pytest.mark.parametrize("second", [("thread", "thread_a"), None], ids=["same-thread", "whole-database"])
def test_a_second_transaction_on_the_same_root_waits_for_the_first(store: PostgresStore, second: Root | None) -> None:
    store.insert("thread", thread_obj("thread_a"))
    # the first only reads (no row lock): the root alone makes the second wait
    first, release = holding(store, ("thread", "thread_a"), lambda: store.get("thread", "thread_a"))
    waiter, done = timed(store, second, lambda: store.update("thread", thread_obj("thread_a", 2)))
    try:
        assert not done.wait(HOLD), "the second transaction did not wait for the first"
    finally:
        release.set()
        first.join(WAIT)
    assert done.wait(WAIT)
    waiter.join(WAIT)
    assert store.get("thread", "thread_a") == thread_obj("thread_a", 2)


def test_a_rooted_transaction_waits_for_one_on_the_whole_database(store: PostgresStore) -> None:
    store.insert("thread", thread_obj("thread_a"))
    first, release = holding(store, None, lambda: store.update("thread", thread_obj("thread_b", 1)))
    waiter, done = timed(store, ("thread", "thread_a"), lambda: store.update("thread", thread_obj("thread_a", 1)))
    try:
        assert not done.wait(HOLD)
    finally:
        release.set()
        first.join(WAIT)
    assert done.wait(WAIT)
    waiter.join(WAIT)


def test_new_rows_of_one_list_commit_one_after_another(store: PostgresStore) -> None:
    """Two creates of assistants (a listed kind): the second waits until the first commits, so
    its seq is larger and a pager already past the first cannot miss it."""
    asst = {"id": "asst_1", "object": "assistant", "created_at": 1}
    first, release = holding(store, WRITES_ONLY, lambda: store.insert("assistant", asst))
    waiter, done = timed(store, WRITES_ONLY, lambda: store.insert("assistant", {**asst, "id": "asst_2"}))
    try:
        assert not done.wait(HOLD)
        threads = timed(store, WRITES_ONLY, lambda: store.insert("thread", thread_obj("thread_free")))
        assert threads[1].wait(WAIT), "a thread (not listed) waited for the assistants' list"
        threads[0].join(WAIT)
    finally:
        release.set()
        first.join(WAIT)
    assert done.wait(WAIT)
    waiter.join(WAIT)
    assert [a["id"] for a in store.list("assistant", None, order="asc").data] == ["asst_1", "asst_2"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_write_out_of_the_lock_order_is_refused_and_rolled_back(backend: str, tmp_path: Path) -> None:
    opened = open_store(database(backend, tmp_path))
    try:
        opened.insert("vector_store", {"id": "vs_1", "object": "vector_store", "created_at": 1})
        with pytest.raises(LockOrderError), opened.transaction(("thread", "thread_a")):
            opened.insert("assistant", {"id": "asst_1", "object": "assistant", "created_at": 1})  # collection
            opened.insert("vector_store_file", {"id": "file_1", "created_at": 1}, parent="vs_1")  # rank 3 after 1
        assert opened.get("assistant", "asst_1") is None
        with pytest.raises(LockOrderError), opened.transaction(("thread", "thread_a")), opened.transaction(None):
            pass
        with opened.transaction(WRITES_ONLY):  # a new vector store's files need no lock of their own
            opened.insert("vector_store", {"id": "vs_2", "object": "vector_store", "created_at": 1})
            opened.insert("vector_store_file", {"id": "file_1", "created_at": 1}, parent="vs_2")
        assert opened.get("vector_store_file", "file_1", parent="vs_2") is not None
    finally:
        opened.close()


def test_locks_are_taken_in_decreasing_rank_once_each() -> None:
    locks = Locks(("thread", "t1"))
    assert locks.admit(("thread", "t1")) is True  # the root itself, taken first
    assert locks.admit(("thread", "t1")) is False
    assert locks.admit(("vector_store", "vs1")) is True
    with pytest.raises(LockOrderError):
        locks.admit(("vector_store", "vs2"))  # one lock per rank
    assert locks.admit(("collection", "", "file")) is True
    with pytest.raises(LockOrderError):
        locks.admit(("thread", "t2"))
    locks.created.add("t3")
    assert locks.admit(("thread", "t3")) is False  # made by this transaction: nobody else sees it
    assert Locks(None).admit(("thread", "t9")) is False
    assert key(("thread", "t1")) == key(("thread", "t1")) != key(("thread", "t2"))
    assert -(2**31) <= key(("collection", "p", "assistant")) < 2**31


def test_a_requests_root_comes_from_its_path() -> None:
    assert request_root({"thread_id": "t", "run_id": "r"}) == ("thread", "t")
    assert request_root({"vector_store_id": "vs", "file_id": "f"}) == ("vector_store", "vs")
    assert request_root({"assistant_id": "a", "file_id": "f"}) == ("assistant", "a")
    assert request_root({"upload_id": "u"}) == ("upload", "u")
    assert request_root({"file_id": "f"}) is None
    assert request_root({}) == WRITES_ONLY


def test_a_bounded_concurrent_mix_ends_without_deadlock_or_lost_update(store: PostgresStore) -> None:
    """8 workers x 200 transactions over 4 threads (a read-then-increment of its counter), the
    whole database now and then, and creates in the assistants' list: every increment is kept."""
    threads = [f"thread_{i}" for i in range(4)]
    for thread_id in threads:
        store.insert("thread", thread_obj(thread_id))
    done = [0] * len(threads)
    count_lock = threading.Lock()
    errors: list[BaseException] = []
    deadline = time.monotonic() + 90.0

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        try:
            for n in range(200):
                if time.monotonic() > deadline:
                    raise TimeoutError("the mix took too long")
                index = rng.randrange(len(threads))
                thread_id = threads[index]
                choice = rng.random()
                lock: Root | None = None if choice < 0.05 else ("thread", thread_id)
                with store.transaction(lock):
                    current = store.get("thread", thread_id)
                    assert current is not None
                    count = int(current["metadata"]["count"]) + 1
                    store.update("thread", thread_obj(thread_id, count))
                    if choice > 0.9:  # a create in a listed collection, after the thread's lock
                        store.insert("assistant", {"id": f"asst_{seed}_{n}", "object": "assistant", "created_at": 1})
                with count_lock:
                    done[index] += 1
        except BaseException as exc:  # reported by the test below
            errors.append(exc)

    workers = [threading.Thread(target=worker, args=(seed,)) for seed in range(8)]
    for each in workers:
        each.start()
    for each in workers:
        each.join(120.0)
    assert not errors, errors[:3]
    assert sum(done) == 8 * 200
    for index, thread_id in enumerate(threads):
        stored = store.get("thread", thread_id)
        assert stored is not None and int(stored["metadata"]["count"]) == done[index]
    assert store.lock_waits()[0] >= 8 * 200


def test_a_stores_touch_waits_for_a_change_made_beside_it_and_keeps_it(store: PostgresStore, tmp_path: Path) -> None:
    # A run's search marks its store used outside any request: it must read the store under
    # the store's lock, or it writes back the name it read before a rename committed.
    stores = VectorStores(store, lambda _file_id: None, lambda file_id: tmp_path / file_id)
    made = stores.create_store({"name": "before"})

    def rename() -> None:
        renamed = dict(store.get("vector_store", made["id"]) or {}, name="after")
        store.update("vector_store", renamed)

    holder, release = holding(store, ("vector_store", made["id"]), rename)
    toucher = threading.Thread(target=stores.touch, args=(made,))
    toucher.start()
    time.sleep(HOLD)
    assert toucher.is_alive()  # waiting for the rename's transaction
    release.set()
    holder.join(WAIT)
    toucher.join(WAIT)
    assert not toucher.is_alive()
    assert (store.get("vector_store", made["id"]) or {})["name"] == "after"
