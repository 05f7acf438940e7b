"""State kept in a SQLite file survives a restart."""

from __future__ import annotations

import sqlite3

import httpx2
from assistants_server import Server

from .conftest import BETA, weather_tool


def test_sqlite_state_survives_a_restart(tmp_path, assistants_server_factory) -> None:
    db = str(tmp_path / "state.sqlite")
    first = assistants_server_factory(db=db)
    with httpx2.Client(base_url=first.base_url, headers=BETA) as h:
        asst = h.post("/assistants", json={"model": "gpt-4o", "tools": [weather_tool()]}).json()
        thread = h.post("/threads", json={}).json()
        h.post(f"{first.origin}/_mock/threads/{thread['id']}/seed_messages", json={"count": 30})
        h.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "get_weather Kyiv"})
        run = h.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"]}).json()
        for _ in range(200):
            run = h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()
            if run["status"] == "requires_action":
                break
            first.wait_idle(0.05)
        assert run["status"] == "requires_action"
        before = h.get(f"/threads/{thread['id']}/messages", params={"limit": 100}).json()
    first.close()

    # objects are stored as JSON rows
    with sqlite3.connect(db) as conn:
        kinds = dict(conn.execute("SELECT kind, COUNT(*) FROM objects WHERE deleted = 0 GROUP BY kind").fetchall())
    assert kinds["message"] == 31 and kinds["assistant"] == 1

    second = assistants_server_factory(db=db)
    assert second.port != 0
    with httpx2.Client(base_url=second.base_url, headers=BETA) as h:
        assert h.get(f"/assistants/{asst['id']}").json() == asst
        assert h.get(f"/threads/{thread['id']}/messages", params={"limit": 100}).json() == before
        # the run waiting for tool outputs can still be finished after the restart
        call = run["required_action"]["submit_tool_outputs"]["tool_calls"][0]
        r = h.post(
            f"/threads/{thread['id']}/runs/{run['id']}/submit_tool_outputs",
            json={"tool_outputs": [{"tool_call_id": call["id"], "output": "warm"}]},
        )
        assert r.status_code == 200
        assert second.wait_idle(5)
        final = h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()
        assert final["status"] == "completed"
        # new objects sort after the old ones
        newest = h.get(f"/threads/{thread['id']}/messages", params={"limit": 1}).json()["data"][0]
        assert newest["content"][0]["text"]["value"] == "The get_weather tool returned: warm"


def test_memory_is_the_default(assistants_server_factory) -> None:
    srv: Server = assistants_server_factory()
    assert srv.api.store.path is None
