"""Replicas on one PostgreSQL database: real server processes on loopback ports sharing objects,
runs (claimed from the durable queue, taken over when their replica is SIGKILLed), streams
(a run executing on one replica streamed from another), the one-active-run rule, idempotency
keys, and a drain on SIGTERM.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import psycopg
import pytest

from tests.support.pg_cluster import cluster
from tests.support.replicas import Fleet, Replica

from .conftest import BETA, weather_tool

LEASE = "3"  # seconds: a takeover comes about this long after a SIGKILL
HEADERS = {**BETA, "Authorization": "Bearer sk-test"}
WAIT = 30.0  # seconds a test waits for a run to reach a status


@pytest.fixture
def db() -> str:
    return cluster().new_database("replicas")


@pytest.fixture
def fleet(db: str, tmp_path: Path) -> Iterator[Any]:
    made: list[Fleet] = []

    def make(count: int, *flags: str) -> Fleet:
        made.append(Fleet(db, count, "--run-lease-seconds", LEASE, *flags, log_dir=tmp_path).__enter__())
        return made[-1]

    yield make
    for each in made:
        each.stop()


@pytest.fixture
def http() -> Iterator[httpx2.Client]:
    with httpx2.Client(timeout=30, headers=HEADERS) as client:
        yield client


def post(http: httpx2.Client, url: str, body: dict[str, Any], **headers: str) -> dict[str, Any]:
    response = http.post(url, json=body, headers=headers)
    assert response.status_code == 200, response.text
    return dict(response.json())


def setup_thread(http: httpx2.Client, url: str, text: str = "hello", tools: bool = False) -> tuple[str, str]:
    """A new assistant (with the weather tool when `tools`) and a thread with one user message."""
    asst = post(http, f"{url}/assistants", {"model": "gpt-4o", "tools": [weather_tool()] if tools else []})
    thread = post(http, f"{url}/threads", {"messages": [{"role": "user", "content": text}]})
    return asst["id"], thread["id"]


def wait_status(http: httpx2.Client, url: str, thread_id: str, run_id: str, *statuses: str) -> dict[str, Any]:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        run = http.get(f"{url}/threads/{thread_id}/runs/{run_id}").json()
        if run["status"] in statuses:
            return dict(run)
        time.sleep(0.05)
    raise AssertionError(f"run {run_id} stayed {run['status']}, not {statuses}")


def assistant_texts(http: httpx2.Client, url: str, thread_id: str) -> list[str]:
    page = http.get(f"{url}/threads/{thread_id}/messages", params={"order": "asc", "limit": 100}).json()
    return [m["content"][0]["text"]["value"] for m in page["data"] if m["role"] == "assistant"]


def in_progress_messages(http: httpx2.Client, url: str, thread_id: str) -> int:
    page = http.get(f"{url}/threads/{thread_id}/messages").json()
    return sum(1 for m in page["data"] if m["status"] == "in_progress")


def owner_pid(db: str, run_id: str) -> int | None:
    """The process id of the replica holding the run's lease, from the queue's row."""
    with psycopg.connect(db) as conn:
        row = conn.execute("SELECT owner FROM run_queue WHERE run_id = %s", (run_id,)).fetchone()
    return int(str(row[0]).split(":")[1]) if row and row[0] else None


def holder(fleet: Fleet, db: str, run_id: str) -> Replica:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        pid = owner_pid(db, run_id)
        for replica in fleet.replicas:
            if replica.proc is not None and replica.proc.pid == pid:
                return replica
        time.sleep(0.02)
    raise AssertionError(f"no replica holds run {run_id}")


def sse(lines: Iterator[str]) -> list[tuple[str, Any]]:
    events: list[tuple[str, Any]] = []
    name = ""
    for line in lines:
        if line.startswith("event: "):
            name = line[len("event: ") :]
        elif line.startswith("data: "):
            data = line[len("data: ") :]
            events.append((name, data if data == "[DONE]" else json.loads(data)))
    return events


def test_objects_made_on_one_replica_are_read_on_another(fleet: Any, http: httpx2.Client) -> None:
    a, b, c = fleet(3).urls
    asst_id, thread_id = setup_thread(http, a)
    assert http.get(f"{b}/assistants/{asst_id}").json()["id"] == asst_id
    post(http, f"{c}/threads/{thread_id}/messages", {"role": "user", "content": "second"})
    run = post(http, f"{b}/threads/{thread_id}/runs", {"assistant_id": asst_id})
    wait_status(http, c, thread_id, run["id"], "completed")
    assert assistant_texts(http, a, thread_id) == ["You said: second"]


def test_a_stream_on_one_replica_sees_every_event_of_a_run_executing_on_another(
    fleet: Any, http: httpx2.Client
) -> None:
    front = fleet(1, "--run-slots", "0")[0]  # serves and streams, drives no run
    worker = fleet(1)[0]
    asst_id, thread_id = setup_thread(http, front.url)
    body = {"assistant_id": asst_id, "stream": True}
    with http.stream(
        "POST", f"{front.url}/threads/{thread_id}/runs", json=body, headers={"X-Mock-Stream-Chunks": "8"}
    ) as r:
        assert r.status_code == 200
        events = sse(r.iter_lines())
    names = [name for name, _ in events]
    assert names[:3] == ["thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert names.count("thread.message.delta") == 8
    assert names[-2:] == ["thread.run.completed", "done"]
    text = "".join(d["delta"]["content"][0]["text"]["value"] for n, d in events if n == "thread.message.delta")
    assert text == "You said: hello"
    assert worker.alive


def test_only_the_runs_a_stream_was_opened_for_keep_their_events(fleet: Any, db: str, http: httpx2.Client) -> None:
    # A polled run costs no event rows; a streamed run's events are kept by the replica driving
    # it, though the stream was opened on another.
    front = fleet(1, "--run-slots", "0")[0]
    worker = fleet(1)[0]
    asst_id, thread_id = setup_thread(http, front.url)
    polled = post(http, f"{front.url}/threads/{thread_id}/runs", {"assistant_id": asst_id})
    wait_status(http, worker.url, thread_id, polled["id"], "completed")
    post(http, f"{front.url}/threads/{thread_id}/messages", {"role": "user", "content": "again"})
    body = {"assistant_id": asst_id, "stream": True}
    with http.stream("POST", f"{front.url}/threads/{thread_id}/runs", json=body) as r:
        streamed = sse(r.iter_lines())
    streamed_id = streamed[0][1]["id"]
    with psycopg.connect(db) as conn:
        rows = conn.execute("SELECT run_id, count(*) FROM run_events GROUP BY run_id").fetchall()
    kept = dict(rows)
    assert polled["id"] not in kept
    sent = [name for name, _ in streamed if name != "done"]
    assert kept[streamed_id] == len(sent) - 1 + 2  # all but thread.run.created, with the open and end markers


def test_a_run_whose_replica_is_killed_is_finished_by_another_without_a_doubled_message(
    fleet: Any, db: str, http: httpx2.Client
) -> None:
    replicas = fleet(2)
    asst_id, thread_id = setup_thread(http, replicas.urls[0], "tell me a long story about the sea")
    run = post(
        http,
        f"{replicas.urls[0]}/threads/{thread_id}/runs",
        {"assistant_id": asst_id},
        **{"X-Mock-Step-Delay": "2"},  # pauses of 2 s, then the answer over 2 s
    )
    owner = holder(replicas, db, run["id"])
    wait_status(http, owner.url, thread_id, run["id"], "in_progress")
    deadline = time.monotonic() + WAIT
    while not in_progress_messages(http, owner.url, thread_id) and time.monotonic() < deadline:
        time.sleep(0.05)  # until the turn is writing its message
    assert in_progress_messages(http, owner.url, thread_id) == 1
    owner.kill()
    killed_at = time.monotonic()
    survivor = next(r for r in replicas.replicas if r is not owner)
    done = wait_status(http, survivor.url, thread_id, run["id"], "completed")
    took = time.monotonic() - killed_at
    assert 1.0 < took < float(LEASE) + 20, took  # the lease ran out first
    assert "taking run" in survivor.log.read_text()
    assert assistant_texts(http, survivor.url, thread_id) == ["You said: tell me a long story about the sea"]
    steps = http.get(f"{survivor.url}/threads/{thread_id}/runs/{run['id']}/steps").json()["data"]
    assert [s["status"] for s in steps] == ["completed"]
    assert done["completed_at"] >= done["started_at"]


def test_tool_outputs_submitted_on_another_replica_carry_the_run_on(fleet: Any, http: httpx2.Client) -> None:
    a, b = fleet(2).urls
    asst_id, thread_id = setup_thread(http, a, "what does get_weather say for Paris?", tools=True)
    run = post(http, f"{a}/threads/{thread_id}/runs", {"assistant_id": asst_id})
    waiting = wait_status(http, a, thread_id, run["id"], "requires_action")
    calls = waiting["required_action"]["submit_tool_outputs"]["tool_calls"]
    outputs = [{"tool_call_id": call["id"], "output": "sunny"} for call in calls]
    body = {"tool_outputs": outputs, "stream": True}
    with http.stream("POST", f"{b}/threads/{thread_id}/runs/{run['id']}/submit_tool_outputs", json=body) as r:
        names = [name for name, _ in sse(r.iter_lines())]
    assert names[-2:] == ["thread.run.completed", "done"]
    wait_status(http, a, thread_id, run["id"], "completed")
    assert assistant_texts(http, a, thread_id) == ["The get_weather tool returned: sunny"]


def test_a_cancel_on_another_replica_reaches_the_run(fleet: Any, db: str, http: httpx2.Client) -> None:
    replicas = fleet(2)
    asst_id, thread_id = setup_thread(http, replicas.urls[0])
    slow = {"X-Mock-Step-Delay": "1"}
    run = post(http, f"{replicas.urls[0]}/threads/{thread_id}/runs", {"assistant_id": asst_id}, **slow)
    owner = holder(replicas, db, run["id"])
    other = next(r for r in replicas.replicas if r is not owner)
    cancelling = post(http, f"{other.url}/threads/{thread_id}/runs/{run['id']}/cancel", {})
    assert cancelling["status"] == "cancelling"
    wait_status(http, owner.url, thread_id, run["id"], "cancelled")


def race_creates(urls: list[str], asst_id: str, thread_id: str, count: int) -> list[int]:
    """`count` creates of a run on one thread at once, spread over the replicas: their statuses."""
    answers: list[int] = []
    gate = threading.Barrier(count)

    def create(url: str) -> None:
        with httpx2.Client(timeout=30, headers=HEADERS) as own:
            gate.wait(10)
            answers.append(own.post(f"{url}/threads/{thread_id}/runs", json={"assistant_id": asst_id}).status_code)

    workers = [threading.Thread(target=create, args=(urls[i % len(urls)],)) for i in range(count)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    return answers


def test_racing_creates_on_one_thread_give_exactly_one_run(fleet: Any, http: httpx2.Client) -> None:
    urls = fleet(3).urls
    for round_ in range(5):
        asst_id, thread_id = setup_thread(http, urls[0], f"race {round_}")
        answers = race_creates(urls, asst_id, thread_id, 6)
        assert sorted(answers) == [200, 400, 400, 400, 400, 400], answers


def test_a_retry_on_another_replica_gets_the_first_answer(fleet: Any, http: httpx2.Client) -> None:
    a, b = fleet(2).urls
    key = {"Idempotency-Key": "replica-retry-1"}
    first = http.post(f"{a}/assistants", json={"model": "gpt-4o", "name": "once"}, headers=key)
    again = http.post(f"{b}/assistants", json={"model": "gpt-4o", "name": "once"}, headers=key)
    assert first.status_code == again.status_code == 200
    assert again.json()["id"] == first.json()["id"]
    assert again.headers.get("idempotent-replayed") == "true"
    listed = http.get(f"{b}/assistants").json()["data"]
    assert [x["id"] for x in listed] == [first.json()["id"]]


def test_sigterm_hands_the_runs_back_and_exits(fleet: Any, db: str, http: httpx2.Client) -> None:
    replicas = fleet(2, "--shutdown-grace", "1")
    asst_id, thread_id = setup_thread(http, replicas.urls[0], "a slow one")
    headers = {"X-Mock-Step-Delay": "2"}  # about 6 s: longer than the grace
    run = post(http, f"{replicas.urls[0]}/threads/{thread_id}/runs", {"assistant_id": asst_id}, **headers)
    owner = holder(replicas, db, run["id"])
    wait_status(http, owner.url, thread_id, run["id"], "in_progress")
    started = time.monotonic()
    assert owner.terminate(timeout=20) == 0
    assert time.monotonic() - started < 10
    survivor = next(r for r in replicas.replicas if r is not owner)
    wait_status(http, survivor.url, thread_id, run["id"], "completed")
    assert "taking run" not in survivor.log.read_text()  # handed back: no lease ran out
    assert "still active after" in owner.log.read_text()  # it was cut mid-run, not finished there
    assert assistant_texts(http, survivor.url, thread_id) == ["You said: a slow one"]


def test_a_stream_goes_on_when_the_replica_executing_its_run_is_killed(
    fleet: Any, db: str, http: httpx2.Client
) -> None:
    front = fleet(1, "--run-slots", "0")[0]
    workers = fleet(2)
    asst_id, thread_id = setup_thread(http, front.url, "a story to stream")
    body = {"assistant_id": asst_id, "stream": True}
    names: list[str] = []
    with http.stream(
        "POST", f"{front.url}/threads/{thread_id}/runs", json=body, headers={"X-Mock-Step-Delay": "2"}
    ) as r:
        lines = r.iter_lines()
        for line in lines:
            if line.startswith("event: "):
                names.append(line[len("event: ") :])
            if names and names[-1] == "thread.message.delta":
                break  # mid-turn
        run_id = owner_row(db)
        assert run_id is not None
        holder(workers, db, run_id).kill()
        names += [name for name, _ in sse(lines)]
    assert names[-2:] == ["thread.run.completed", "done"], names
    assert names.count("thread.run.in_progress") == 1
    assert names.count("thread.message.created") == 2  # the cut message, then the one asked again
    assert assistant_texts(http, front.url, thread_id) == ["You said: a story to stream"]


def owner_row(db: str) -> str | None:
    """The one run in the queue (the test's database has one at a time)."""
    with psycopg.connect(db) as conn:
        row = conn.execute("SELECT run_id FROM run_queue").fetchone()
    return str(row[0]) if row else None


def test_a_stream_whose_run_no_replica_carries_on_ends_with_a_typed_error(fleet: Any, http: httpx2.Client) -> None:
    front = fleet(1, "--run-slots", "0")[0]  # takes no run over
    worker = fleet(1)[0]
    asst_id, thread_id = setup_thread(http, front.url, "left alone")
    body = {"assistant_id": asst_id, "stream": True}
    events: list[tuple[str, Any]] = []
    began = 0.0
    with http.stream(
        "POST", f"{front.url}/threads/{thread_id}/runs", json=body, headers={"X-Mock-Step-Delay": "2"}
    ) as r:
        lines = r.iter_lines()
        for line in lines:
            if line.startswith("event: thread.run.in_progress"):
                worker.kill()  # the only replica that drives runs
                began = time.monotonic()
                break
        events = sse(lines)
    waited = time.monotonic() - began
    assert events[-1][0] == "error", events
    assert events[-1][1]["code"] == "run_owner_lost"
    assert float(LEASE) <= waited < float(LEASE) + 10
