"""What survives a restart on the same SQLite file: the answers kept for Idempotency-Keys, and the
runs that were active (they carry on from their last saved state)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx2
from assistants_server import Server

from .conftest import BETA, weather_tool
from .fs_support import HANDBOOK, searching_assistant, store_with


def test_an_idempotent_answer_is_given_again_after_a_restart(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite3")
    key = {"Idempotency-Key": "create-thread-1"}
    with Server(db=db) as first, httpx2.Client(base_url=first.base_url, headers=BETA) as h:
        made = h.post("/threads", json={"metadata": {"n": "1"}}, headers=key)
        assert made.status_code == 200 and "idempotent-replayed" not in made.headers
        refused = h.post("/threads/thread_missing/messages", json={}, headers=key)
        assert refused.status_code == 404  # another path: another request
    with Server(db=db) as second, httpx2.Client(base_url=second.base_url, headers=BETA) as h:
        again = h.post("/threads", json={"metadata": {"n": "2"}}, headers=key)  # the key names the request
        assert again.status_code == 200 and again.headers["idempotent-replayed"] == "true"
        assert again.json() == made.json()
        assert h.post("/threads/thread_missing/messages", json={}, headers=key).json() == refused.json()
        assert second.state.count("thread") == 1
        fresh = h.post("/threads", json={}, headers={"Idempotency-Key": "create-thread-2"})
        assert fresh.json()["id"] != made.json()["id"]


def test_kept_answers_expire(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite3")
    key = {"Idempotency-Key": "k"}
    with Server(db=db, idempotency_ttl=3600) as srv, httpx2.Client(base_url=srv.base_url, headers=BETA) as h:
        first = h.post("/threads", json={}, headers=key).json()
        keys = srv.api.pipeline.idempotency
        assert h.post("/threads", json={}, headers=key).json() == first
        h.post("/threads", json={}, headers={"Idempotency-Key": "other"})
        keys.clock = lambda: 1e12  # much later: the answers are no longer given, and a sweep drops them
        again = h.post("/threads", json={}, headers=key).json()  # answered anew, and kept anew
        assert again["id"] != first["id"]
        assert h.post("/threads", json={}, headers=key).json() == again
        assert keys.sweep() == 1  # "other"
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT key FROM replies").fetchall() == [("k",)]


def test_a_refused_request_leaves_nothing_half_made(tmp_path: Path) -> None:
    """A handler's writes commit with its answer: a refusal after some writes keeps none of them."""
    db = str(tmp_path / "s.sqlite3")
    with Server(db=db, validate_requests=False) as srv, httpx2.Client(base_url=srv.base_url, headers=BETA) as h:
        asst = h.post("/assistants", json={"model": "gpt-4o"}).json()
        thread = {"messages": [{"role": "user", "content": "hi"}]}
        bad = {"role": "user", "content": [{"type": "video"}]}
        body = {"assistant_id": asst["id"], "thread": thread, "additional_messages": [bad]}
        r = h.post("/threads/runs", json=body)
        assert r.status_code == 400 and r.json()["error"]["param"] == "additional_messages[0].content[0]"
        assert srv.state.count("thread") == 0 and srv.state.count("message") == 0


def test_a_cancel_under_way_ends_and_a_wait_for_tool_outputs_goes_on(tmp_path: Path) -> None:
    db = str(tmp_path / "state.sqlite3")
    slow = {**BETA, "X-Mock-Step-Delay": "5"}
    with Server(db=db, run_expiry=3) as first, httpx2.Client(base_url=first.base_url, headers=BETA) as h:
        asst = h.post("/assistants", json={"model": "gpt-4o", "tools": [weather_tool()]}).json()
        waiting = h.post("/threads", json={"messages": [{"role": "user", "content": "get_weather Oslo"}]}).json()
        run = h.post(f"/threads/{waiting['id']}/runs", json={"assistant_id": asst["id"]}).json()
        assert first.wait_idle(5)
        assert h.get(f"/threads/{waiting['id']}/runs/{run['id']}").json()["status"] == "requires_action"
        stopped = h.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
        cancelled = h.post(f"/threads/{stopped['id']}/runs", json={"assistant_id": asst["id"]}, headers=slow).json()
        cancelling = h.post(f"/threads/{stopped['id']}/runs/{cancelled['id']}/cancel").json()
        assert cancelling["status"] == "cancelling"  # the cancel takes a step delay: 5 s
    with Server(db=db, run_expiry=600) as second, httpx2.Client(base_url=second.base_url, headers=BETA) as h:
        assert h.get(f"/threads/{stopped['id']}/runs/{cancelled['id']}").json()["status"] == "cancelled"
        # the run keeps waiting, until the deadline it was given (3 s), not a new one
        assert h.get(f"/threads/{waiting['id']}/runs/{run['id']}").json()["status"] == "requires_action"
        deadline = time.monotonic() + 6
        while time.monotonic() < deadline:
            status = h.get(f"/threads/{waiting['id']}/runs/{run['id']}").json()["status"]
            if status != "requires_action":
                break
            time.sleep(0.05)
        assert status == "expired"


def test_a_kill_while_a_turn_ends_leaves_no_second_answer(tmp_path: Path) -> None:
    """What a SIGKILL leaves is what was committed: the database is copied, from a second
    connection, at the moment the run is moved to `completed`, and a server started on the copy
    carries the run on. Its answer, its step and its status end together, so the copy holds
    either all of them or none, and the run ends with exactly one answer."""
    db, copy = str(tmp_path / "state.sqlite3"), str(tmp_path / "killed.sqlite3")
    with Server(db=db) as first, httpx2.Client(base_url=first.base_url, headers=BETA) as h:
        engine = first.api.domain.engine
        original = engine.move

        def move_and_copy(run: Any, target: Any, *args: Any, **kwargs: Any) -> None:
            if target == "completed" and not Path(copy).exists():
                with sqlite3.connect(db) as source, sqlite3.connect(copy) as target_db:
                    source.backup(target_db)
            original(run, target, *args, **kwargs)

        engine.move = move_and_copy  # type: ignore[method-assign]
        asst = h.post("/assistants", json={"model": "gpt-4o"}).json()
        thread = h.post("/threads", json={"messages": [{"role": "user", "content": "hello"}]}).json()
        run = h.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"]}).json()
        assert first.wait_idle(5)
    assert Path(copy).exists()
    with Server(db=copy) as second, httpx2.Client(base_url=second.base_url, headers=BETA) as h:
        assert second.wait_idle(5)
        assert h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()["status"] == "completed"
        messages = h.get(f"/threads/{thread['id']}/messages", params={"run_id": run["id"]}).json()["data"]
        assert [m["status"] for m in messages] == ["completed"]
        steps = h.get(f"/threads/{thread['id']}/runs/{run['id']}/steps").json()["data"]
        assert [s["status"] for s in steps] == ["completed"]


def test_a_kill_after_a_search_leaves_one_search(tmp_path: Path) -> None:
    """A turn cut after its file_search step completed, before its answer: the restarted turn
    searches again, and the cut turn's search step goes (``RunProgress.searched`` names it), so
    the run has one search step and counts its usage once."""
    db, copy = str(tmp_path / "state.sqlite3"), str(tmp_path / "killed.sqlite3")
    with Server(db=db, step_delay=0.0) as first, httpx2.Client(base_url=first.base_url, headers=BETA) as h:
        engine = first.api.domain.engine
        original = engine.move

        def move_and_copy(run: Any, target: Any, *args: Any, **kwargs: Any) -> None:
            if target == "completed" and not Path(copy).exists():  # the search is in, the answer not yet
                with sqlite3.connect(db) as source, sqlite3.connect(copy) as target_db:
                    source.backup(target_db)
            original(run, target, *args, **kwargs)

        engine.move = move_and_copy  # type: ignore[method-assign]
        vs_id, _ = store_with(h, first, {"handbook.txt": HANDBOOK})
        asst = searching_assistant(h, vs_id)
        thread = h.post("/threads", json={"messages": [{"role": "user", "content": "refund window?"}]}).json()
        run = h.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"]}).json()
        assert first.wait_idle(5)
        whole = h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()
    with sqlite3.connect(copy) as conn:  # the copy: the search step done, the run still in progress
        statuses = [row[0] for row in conn.execute("SELECT status FROM objects WHERE kind = 'step'")]
        assert "completed" in statuses
    with Server(db=copy, step_delay=0.0) as second, httpx2.Client(base_url=second.base_url, headers=BETA) as h:
        assert second.wait_idle(5)
        after = h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()
        assert after["status"] == "completed"
        steps = h.get(f"/threads/{thread['id']}/runs/{run['id']}/steps", params={"order": "asc"}).json()["data"]
        assert [s["type"] for s in steps] == ["tool_calls", "message_creation"]
        assert after["usage"] == whole["usage"]
        messages = h.get(f"/threads/{thread['id']}/messages", params={"run_id": run["id"]}).json()["data"]
        [note] = messages[0]["content"][0]["text"]["annotations"]
        assert note["text"].startswith("【0:0†")
