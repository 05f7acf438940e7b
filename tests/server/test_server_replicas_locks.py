"""Races between replicas that the thread's lock root decides (``storage.lock_roots``): a message
added while a run is admitted on another replica, a cancel on one replica while the run completes
on another, and tool outputs submitted twice at once on two replicas. Real server processes on
one PostgreSQL database; each race is run several rounds.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import psycopg
import pytest

from tests.support.pg_cluster import cluster
from tests.support.replicas import Fleet

from .test_server_replicas import HEADERS, LEASE, post, setup_thread, wait_status

ROUNDS = 8
RACE_ROUNDS = 30  # rounds of a race whose window is narrow
JOIN = 30.0  # seconds a racing request may take


@pytest.fixture
def db() -> str:
    return cluster().new_database("locks")


@pytest.fixture
def two(db: str, tmp_path: Path) -> Iterator[Fleet]:
    fleet = Fleet(db, 2, "--run-lease-seconds", LEASE, log_dir=tmp_path).__enter__()
    yield fleet
    fleet.stop()


@pytest.fixture
def http() -> Iterator[httpx2.Client]:
    with httpx2.Client(timeout=30, headers=HEADERS) as client:
        yield client


def together(*posts: tuple[str, dict[str, Any], dict[str, str]]) -> list[httpx2.Response]:
    """Each POST (url, body, headers) on a client of its own, let go at the same moment; their
    answers in order."""
    answers: list[httpx2.Response | None] = [None] * len(posts)
    gate = threading.Barrier(len(posts))

    def one(index: int) -> None:
        url, body, headers = posts[index]
        with httpx2.Client(timeout=JOIN, headers=HEADERS) as own:
            gate.wait(10)
            answers[index] = own.post(url, json=body, headers=headers)

    workers = [threading.Thread(target=one, args=(i,)) for i in range(len(posts))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(JOIN)
    assert all(a is not None for a in answers), "a racing request did not answer"
    return [a for a in answers if a is not None]


def seqs(db: str, *ids: str) -> dict[str, int]:
    with psycopg.connect(db) as conn:
        rows = conn.execute("SELECT id, seq FROM objects WHERE id = ANY(%s)", (list(ids),)).fetchall()
    return {str(row[0]): int(row[1]) for row in rows}


def test_a_message_added_while_a_run_is_admitted_elsewhere_comes_first_or_is_refused(
    two: Fleet, db: str, http: httpx2.Client
) -> None:
    a, b = two.urls
    outcomes: list[str] = []
    for round_ in range(ROUNDS):
        asst_id, thread_id = setup_thread(http, a, f"race {round_}")
        message, run = together(
            (f"{a}/threads/{thread_id}/messages", {"role": "user", "content": "late?"}, {}),
            (f"{b}/threads/{thread_id}/runs", {"assistant_id": asst_id}, {"X-Mock-Step-Delay": "0.3"}),
        )
        assert run.status_code == 200, run.text
        if message.status_code == 200:  # then it was written before the run, and the run reads it
            order = seqs(db, message.json()["id"], run.json()["id"])
            assert order[message.json()["id"]] < order[run.json()["id"]]
            outcomes.append("message first")
        else:
            assert message.status_code == 400 and "while a run" in message.text, message.text
            outcomes.append("refused")
        wait_status(http, a, thread_id, run.json()["id"], "completed")
    assert len(outcomes) == ROUNDS


def ended_consistently(http: httpx2.Client, url: str, thread_id: str, run: dict[str, Any]) -> None:
    """The run, its steps and its message all tell the same end."""
    steps = http.get(f"{url}/threads/{thread_id}/runs/{run['id']}/steps").json()["data"]
    messages = http.get(f"{url}/threads/{thread_id}/messages", params={"run_id": run["id"]}).json()["data"]
    assert all(step["status"] != "in_progress" for step in steps), steps
    assert all(message["status"] != "in_progress" for message in messages), messages
    if run["status"] == "completed":
        assert run["completed_at"] is not None and run["cancelled_at"] is None
        assert all(step["status"] == "completed" for step in steps), steps
        assert [m["status"] for m in messages] == ["completed"]
    else:
        assert run["status"] == "cancelled" and run["cancelled_at"] is not None and run["completed_at"] is None
        assert all(step["status"] in ("cancelled", "completed") for step in steps), steps
        assert all(m["status"] in ("incomplete", "completed") for m in messages), messages


def test_a_cancel_on_one_replica_racing_the_runs_end_on_another_ends_it_once(two: Fleet, http: httpx2.Client) -> None:
    a, b = two.urls
    rng = random.Random(22)
    ends: list[str] = []
    for round_ in range(ROUNDS):
        asst_id, thread_id = setup_thread(http, a, f"cancel race {round_}")
        delay = {"X-Mock-Step-Delay": "0.1"}
        run = post(http, f"{a}/threads/{thread_id}/runs", {"assistant_id": asst_id}, **delay)
        threading.Event().wait(rng.uniform(0.0, 0.6))  # somewhere around the run's end
        cancel = http.post(f"{b}/threads/{thread_id}/runs/{run['id']}/cancel", json={})
        ended = wait_status(http, a, thread_id, run["id"], "completed", "cancelled")
        if cancel.status_code == 400:  # it had ended already
            assert ended["status"] == "completed", ended
        else:
            assert cancel.status_code == 200, cancel.text
        ended_consistently(http, b, thread_id, ended)
        ends.append(ended["status"])
    assert len(ends) == ROUNDS


def test_tool_outputs_submitted_twice_at_once_are_taken_once(two: Fleet, http: httpx2.Client) -> None:
    a, b = two.urls
    for round_ in range(ROUNDS // 2):
        asst_id, thread_id = setup_thread(http, a, f"what does get_weather say for Oslo? {round_}", tools=True)
        run = post(http, f"{a}/threads/{thread_id}/runs", {"assistant_id": asst_id})
        waiting = wait_status(http, a, thread_id, run["id"], "requires_action")
        calls = waiting["required_action"]["submit_tool_outputs"]["tool_calls"]
        body = {"tool_outputs": [{"tool_call_id": call["id"], "output": "mild"} for call in calls]}
        path = f"/threads/{thread_id}/runs/{run['id']}/submit_tool_outputs"
        first, second = together((a + path, body, {}), (b + path, body, {}))
        assert sorted([first.status_code, second.status_code]) == [200, 400], (first.text, second.text)
        wait_status(http, b, thread_id, run["id"], "completed")
        listed = http.get(f"{a}/threads/{thread_id}/messages", params={"run_id": run["id"]}).json()["data"]
        assert [m["content"][0]["text"]["value"] for m in listed] == ["The get_weather tool returned: mild"]


def test_one_idempotency_key_sent_to_two_replicas_at_once_makes_one_object(two: Fleet, http: httpx2.Client) -> None:
    a, b = two.urls
    for round_ in range(ROUNDS // 2):
        key = {"Idempotency-Key": f"both-at-once-{round_}"}
        body = {"model": "gpt-4o", "name": f"once {round_}"}
        first, second = together((f"{a}/assistants", body, key), (f"{b}/assistants", body, key))
        assert first.status_code == second.status_code == 200, (first.text, second.text)
        assert first.json()["id"] == second.json()["id"]
    listed = http.get(f"{a}/assistants", params={"limit": 100}).json()["data"]
    assert len(listed) == ROUNDS // 2


def test_one_file_attached_to_one_store_twice_at_once_gives_one_link(two: Fleet, http: httpx2.Client) -> None:
    a, b = two.urls
    upload = http.post(
        f"{a}/files", data={"purpose": "assistants"}, files={"file": ("tide.txt", b"tide tables at dawn")}
    )
    assert upload.status_code == 200, upload.text
    file_id = upload.json()["id"]
    for round_ in range(RACE_ROUNDS):
        store = post(http, f"{a}/vector_stores", {"name": f"twice {round_}"})
        files, batches = f"/vector_stores/{store['id']}/files", f"/vector_stores/{store['id']}/file_batches"
        answers = together(
            (a + files, {"file_id": file_id}, {}),
            (b + files, {"file_id": file_id}, {}),
            (b + batches, {"file_ids": [file_id]}, {}),
        )
        assert [answer.status_code for answer in answers] == [200, 200, 200], [answer.text for answer in answers]
        listed = http.get(f"{b}{files}").json()["data"]
        assert [row["id"] for row in listed] == [file_id], listed


def test_one_file_attached_on_two_threads_sharing_a_store_at_once_gives_one_link(
    two: Fleet, http: httpx2.Client
) -> None:
    a, b = two.urls
    upload = http.post(
        f"{a}/files", data={"purpose": "assistants"}, files={"file": ("tide.txt", b"tide tables at dawn")}
    )
    assert upload.status_code == 200, upload.text
    file_id = upload.json()["id"]
    attachment = {
        "role": "user",
        "content": "see the file",
        "attachments": [{"file_id": file_id, "tools": [{"type": "file_search"}]}],
    }
    for round_ in range(RACE_ROUNDS):  # the window is a read and an insert wide
        store = post(http, f"{a}/vector_stores", {"name": f"shared {round_}"})
        resources = {"tool_resources": {"file_search": {"vector_store_ids": [store["id"]]}}}
        first, second = (post(http, f"{a}/threads", resources)["id"] for _ in range(2))
        answers = together(
            (f"{a}/threads/{first}/messages", attachment, {}), (f"{b}/threads/{second}/messages", attachment, {})
        )
        assert [answer.status_code for answer in answers] == [200, 200], [answer.text for answer in answers]
        listed = http.get(f"{b}/vector_stores/{store['id']}/files").json()["data"]
        assert [row["id"] for row in listed] == [file_id], listed


def test_a_new_run_is_admitted_when_the_thread_row_left_names_an_ended_run(
    two: Fleet, db: str, http: httpx2.Client
) -> None:
    # A run's queue row goes after its end commits; a replica killed between the two leaves it
    # until another claims it. A client that saw the run end must be able to start the next one.
    a, b = two.urls
    asst_id, thread_id = setup_thread(http, a, "first turn")
    run = post(http, f"{a}/threads/{thread_id}/runs", {"assistant_id": asst_id}, **{"X-Mock-Step-Delay": "0.3"})
    with psycopg.connect(db) as conn:
        row = conn.execute("SELECT project FROM run_queue WHERE run_id = %s", (run["id"],)).fetchone()
    assert row is not None
    wait_status(http, a, thread_id, run["id"], "completed")
    with psycopg.connect(db) as conn:  # the row a replica killed after the run's end would leave
        conn.execute(
            "INSERT INTO run_queue(run_id, project, thread_id, owner, lease_until)"
            " VALUES (%s, %s, %s, 'gone', extract(epoch FROM clock_timestamp()) + 600)",
            (run["id"], row[0], thread_id),
        )
    post(http, f"{b}/threads/{thread_id}/messages", {"role": "user", "content": "second turn"})
    second = http.post(f"{b}/threads/{thread_id}/runs", json={"assistant_id": asst_id})
    assert second.status_code == 200, second.text
    assert wait_status(http, a, thread_id, second.json()["id"], "completed")["status"] == "completed"
    # a row naming a run still active keeps the thread busy
    third = post(http, f"{a}/threads/{thread_id}/runs", {"assistant_id": asst_id}, **{"X-Mock-Step-Delay": "0.3"})
    refused = http.post(f"{b}/threads/{thread_id}/runs", json={"assistant_id": asst_id})
    assert refused.status_code == 400 and "active run" in refused.text, refused.text
    wait_status(http, a, thread_id, third["id"], "completed")
