"""The durable run queue (``storage.run_queue``) on a real PostgreSQL: admission (one active run
per thread, by the unique index), claims that never hand one run to two replicas, leases that end
and are taken over, hand-backs, waits for tool outputs that expire, and events in order."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from assistants_server.storage.migrations import LATEST, upgrade
from assistants_server.storage.pg_connections import PgDatabase
from assistants_server.storage.postgres_schema import STEPS
from assistants_server.storage.run_queue import RunQueue, ThreadBusy

from tests.support.pg_cluster import cluster


@pytest.fixture
def db() -> Iterator[PgDatabase]:
    database = PgDatabase(cluster().new_database("queue"), max_size=8)
    upgrade(database, STEPS, LATEST)  # the queue's tables come with schema version 3
    yield database
    database.close()


def test_a_thread_takes_one_active_run_per_project(db: PgDatabase) -> None:
    queue = RunQueue(db, "a")
    queue.admit("run_1", "p1", "thread_1")
    with pytest.raises(ThreadBusy):
        RunQueue(db, "b").admit("run_2", "p1", "thread_1")
    queue.admit("run_3", "p2", "thread_1")  # another project's thread of the same id
    queue.finish(["run_1"])
    queue.admit("run_4", "p1", "thread_1")  # the first ended: the thread is free again


def test_racing_replicas_never_claim_one_run_twice(db: PgDatabase) -> None:
    for i in range(200):
        RunQueue(db, "setup").admit(f"run_{i}", "", f"thread_{i}")
    claimed: dict[str, list[str]] = {}

    def replica(owner: str) -> None:
        queue = RunQueue(db, owner)
        mine: list[str] = []
        for _ in range(100):  # at most 100 rounds of 7
            got = queue.claim(7, 30)
            if not got:
                break
            mine += [c.run_id for c in got]
        claimed[owner] = mine

    workers = [threading.Thread(target=replica, args=(f"r{i}",)) for i in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(60)
    every = [run for runs in claimed.values() for run in runs]
    assert sorted(every) == sorted(f"run_{i}" for i in range(200))  # each exactly once
    assert sum(1 for runs in claimed.values() if runs) >= 2


def test_a_lease_that_ends_is_taken_over_and_the_old_holder_loses_it(db: PgDatabase) -> None:
    first, second = RunQueue(db, "first"), RunQueue(db, "second")
    first.admit("run_1", "", "thread_1")
    [claim] = first.claim(5, 1.0)
    assert not claim.taken_over
    assert second.claim(5, 1.0) == []  # held
    assert first.renew(["run_1"], 1.0) == ({"run_1"}, set())
    time.sleep(1.2)  # no heartbeat: the lease ends
    [taken] = second.claim(5, 30)
    assert taken.taken_over and taken.run_id == "run_1"
    assert first.renew(["run_1"], 1.0) == (set(), set())  # lost
    second.request_cancel("run_1")
    assert second.renew(["run_1"], 30) == ({"run_1"}, {"run_1"})


def test_a_run_handed_back_is_claimed_at_once_and_a_wait_for_tools_is_claimed_when_it_expires(
    db: PgDatabase,
) -> None:
    first, second = RunQueue(db, "first"), RunQueue(db, "second")
    first.admit("run_1", "", "thread_1")
    first.claim(5, 30)
    first.release(["run_1"])
    [claim] = second.claim(5, 30)
    assert claim.run_id == "run_1" and not claim.taken_over and not claim.expired
    second.wait_for_tools("run_1", time.time() + 0.5)
    assert first.claim(5, 30) == []  # waiting, not expired: nobody needs to hold it
    time.sleep(0.7)
    [expired] = first.claim(5, 30)
    assert expired.expired
    first.make_ready("run_1")  # outputs came instead: ready for anyone
    [ready] = second.claim(5, 30)
    assert not ready.expired


def test_events_come_back_in_order_after_a_position(db: PgDatabase) -> None:
    queue = RunQueue(db, "a")
    start = queue.mark_open("run_1")
    for i in range(30):
        queue.append("run_1", f"e{i}", str(i))
        queue.append("run_2", "other", "")
    events = queue.events_after("run_1", start)
    assert [e[1] for e in events] == [f"e{i}" for i in range(30)]
    assert [e[1] for e in queue.events_after("run_1", events[9][0])] == [f"e{i}" for i in range(10, 30)]
    assert queue.has_event("run_1", start) and queue.has_event("run_1", events[-1][0])
    assert not queue.has_event("run_2", start)  # a position of another run's


def test_old_events_of_ended_runs_go_and_those_of_active_runs_stay(db: PgDatabase) -> None:
    queue = RunQueue(db, "a")
    queue.admit("run_active", "p", "thread_1")
    queue.append("run_active", "e", "")
    queue.append("run_ended", "e", "")
    db.run("UPDATE run_events SET at = at - 10000")  # written long ago
    assert queue.forget_events() == 1
    assert [e[1] for e in queue.events_after("run_active", 0)] == ["e"]
    assert queue.events_after("run_ended", 0) == []
