"""Resuming a run stream (`getRunEvents`, a host extension): over HTTP on either store (the
positions, the 400 and 410 answers), and on PostgreSQL with two replicas behind a loopback load
balancer: the replica serving a stream is SIGKILLed mid-way, and our client goes on with the
stream on the other one, every event once, in order, to `thread.run.completed`.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import psycopg
import pytest
from assistants_client import Client
from assistants_server import Server

from tests.support.balancer import Balancer
from tests.support.pg_cluster import cluster
from tests.support.replicas import Fleet

from .test_server_replicas import LEASE, setup_thread, sse

BETA = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer sk-test"}


def _frames(body: str) -> list[tuple[str, str | None]]:
    """(event name, id or None) of each frame of a raw event stream."""
    found = []
    for raw in body.split("\n\n"):
        fields = dict(line.split(": ", 1) for line in raw.split("\n") if ": " in line)
        if "event" in fields:
            found.append((fields["event"], fields.get("id")))
    return found


def test_a_stream_resumes_after_any_of_its_ids_on_the_same_server(srv: Server, http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o"}).json()
    body = {"assistant_id": assistant["id"], "thread": {"messages": [{"role": "user", "content": "hi there"}]}}
    with http.stream("POST", "/threads/runs", json={**body, "stream": True}) as r:
        text = r.read().decode()
    whole = _frames(text)
    assert whole[0] == ("thread.created", None)  # sent before the run is named: no position
    assert whole[-1] == ("done", None)
    ids = [i for _, i in whole[1:-1]]
    assert all(i is not None and i.isdigit() for i in ids) and ids == sorted(set(ids), key=int)
    run = json.loads(text.split("\n\n")[1].split("data: ", 1)[1].split("\n")[0])  # thread.run.created's
    path = f"/threads/{run['thread_id']}/runs/{run['id']}/events"
    for cut in (1, 4, len(whole) - 2):  # after thread.run.created, mid-answer, after the last event
        answer = http.get(path, params={"last_event_id": whole[cut][1]})
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/event-stream")
        assert _frames(answer.text) == whole[cut + 1 :], cut
    header = http.get(path, headers={"Last-Event-ID": str(whole[4][1])})
    assert _frames(header.text) == whole[5:]


def test_a_repeated_streamed_create_sends_the_same_stream_and_makes_one_run(srv: Server, http: httpx2.Client) -> None:
    # A client whose connection broke after the run was made retries with the same key: it gets
    # the run's stream again from its start, not a second run or "already has an active run".
    assistant = http.post("/assistants", json={"model": "gpt-4o"}).json()
    body = {"assistant_id": assistant["id"], "thread": {"messages": [{"role": "user", "content": "once"}]}}
    key = {"Idempotency-Key": "stream-once"}
    with http.stream("POST", "/threads/runs", json={**body, "stream": True}, headers=key) as r:
        first = r.read().decode()
    with http.stream("POST", "/threads/runs", json={**body, "stream": True}, headers=key) as r:
        assert r.status_code == 200 and r.headers["idempotent-replayed"] == "true"
        again = r.read().decode()
    assert _frames(again) == _frames(first) and _frames(first)[-1] == ("done", None)
    thread = json.loads(first.split("\n\n")[0].split("data: ", 1)[1].split("\n")[0])
    assert json.loads(again.split("\n\n")[0].split("data: ", 1)[1].split("\n")[0])["id"] == thread["id"]
    runs = http.get(f"/threads/{thread['id']}/runs").json()["data"]
    assert len(runs) == 1

    # the same for tool outputs: a repeat of the streamed submit is the same stream, taken once
    tools = [{"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}}]
    helper = http.post("/assistants", json={"model": "gpt-4o", "tools": tools}).json()
    made = {"assistant_id": helper["id"], "thread": {"messages": [{"role": "user", "content": "get_weather now"}]}}
    run = http.post("/threads/runs", json=made).json()
    for _ in range(100):
        run = http.get(f"/threads/{run['thread_id']}/runs/{run['id']}").json()
        if run["status"] == "requires_action":
            break
        time.sleep(0.05)
    calls = run["required_action"]["submit_tool_outputs"]["tool_calls"]
    outputs = {"tool_outputs": [{"tool_call_id": c["id"], "output": "sunny"} for c in calls], "stream": True}
    path = f"/threads/{run['thread_id']}/runs/{run['id']}/submit_tool_outputs"
    key = {"Idempotency-Key": "outputs-once"}
    with http.stream("POST", path, json=outputs, headers=key) as r:
        first = r.read().decode()
    with http.stream("POST", path, json=outputs, headers=key) as r:
        assert r.status_code == 200 and r.headers["idempotent-replayed"] == "true"
        again = r.read().decode()
    assert _frames(again) == _frames(first) and ("thread.run.completed", _frames(first)[-2][1]) in _frames(first)
    messages = http.get(f"/threads/{run['thread_id']}/messages", params={"run_id": run["id"]}).json()["data"]
    assert len(messages) == 1


def test_a_position_not_kept_is_a_410_and_none_a_400(srv: Server, http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o"}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    path = f"/threads/{thread['id']}/runs/{run['id']}/events"
    gone = http.get(path, params={"last_event_id": "1"})  # never streamed: nothing kept
    assert gone.status_code == 410 and gone.json()["error"]["code"] == "run_events_unavailable"
    assert gone.json()["error"]["param"] == "last_event_id"
    assert http.get(path).status_code == 400
    assert http.get(path, params={"last_event_id": "x1"}).status_code == 400
    assert (
        http.get(f"/threads/{thread['id']}/runs/run_missing/events", params={"last_event_id": "1"}).status_code == 404
    )


@pytest.fixture
def db() -> str:
    return cluster().new_database("resume")


def _logged(db: str, run_id: str) -> list[str]:
    """The run's events as the database keeps them, in order, without the markers."""
    with psycopg.connect(db) as conn:
        rows = conn.execute(
            "SELECT event FROM run_events WHERE run_id = %s AND event NOT LIKE '\\_%%' ORDER BY seq", (run_id,)
        ).fetchall()
    return [str(r[0]) for r in rows]


@pytest.fixture
def replicas(db: str, tmp_path: Path) -> Iterator[tuple[Fleet, Fleet]]:
    for name in ("a", "b"):  # each fleet names its replica r0
        (tmp_path / name).mkdir()
    with Fleet(db, 1, "--run-lease-seconds", LEASE, "--run-slots", "0", log_dir=tmp_path / "a") as front:
        with Fleet(db, 1, "--run-lease-seconds", LEASE, log_dir=tmp_path / "b") as worker:
            yield front, worker


def test_our_client_resumes_a_stream_on_another_replica_when_its_own_is_killed(
    db: str, replicas: tuple[Fleet, Fleet]
) -> None:
    front, worker = replicas  # the front serves the stream and executes nothing; the worker runs it
    with httpx2.Client(timeout=30, headers=BETA) as http:
        asst_id, thread_id = setup_thread(http, front[0].url, "a long story to stream")
    slow = {"X-Mock-Step-Delay": "1"}  # about 4 s of run, an answer in many deltas
    with Balancer([front[0].port, worker[0].port]) as balancer:
        with Client(api_key="sk-test", base_url=balancer.url) as client:
            with client.stream_run(thread_id, {"assistant_id": asst_id}, extra_headers=slow) as stream:
                events = []
                killed_at = 0.0
                for event in stream:
                    events.append(event)
                    if event.event == "thread.message.delta" and not killed_at:
                        front[0].kill()  # the replica serving this stream
                        killed_at = time.monotonic()
                run = stream.final_run()
                assert stream.resumes == 1
        assert balancer.picked[:2] == [front[0].port, worker[0].port]  # the stream, then its resume
    names = [e.event for e in events]
    assert killed_at and names[-2:] == ["thread.run.completed", "done"], names
    assert run.status == "completed" and run.id == events[0].data.id
    assert names[1:-1] == _logged(db, run.id)  # every event the run sent, once, in order
    deltas = "".join(e.data.delta.content[0].text.value for e in events if e.event == "thread.message.delta")
    with Client(api_key="sk-test", base_url=worker[0].url) as client:
        [message] = [m for m in client.list_messages(thread_id) if m.role == "assistant"]
    assert deltas == message.text == "You said: a long story to stream"


def test_a_stream_whose_events_are_not_kept_ends_with_a_typed_error_on_replicas(
    db: str, replicas: tuple[Fleet, Fleet]
) -> None:
    front, worker = replicas
    with httpx2.Client(timeout=30, headers=BETA) as http:
        asst_id, thread_id = setup_thread(http, front[0].url, "forgotten")
        body = {"assistant_id": asst_id, "stream": True}
        with http.stream("POST", f"{front[0].url}/threads/{thread_id}/runs", json=body) as r:
            names = [name for name, _ in sse(r.iter_lines())]
        assert names[-1] == "done"
        run_id = http.get(f"{worker[0].url}/threads/{thread_id}/runs").json()["data"][0]["id"]
        with psycopg.connect(db) as conn:
            conn.execute("DELETE FROM run_events WHERE run_id = %s", (run_id,))  # as the sweep does, later
        answer = http.get(f"{worker[0].url}/threads/{thread_id}/runs/{run_id}/events", params={"last_event_id": "1"})
    assert answer.status_code == 410 and answer.json()["error"]["code"] == "run_events_unavailable"
