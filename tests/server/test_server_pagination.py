"""Cursor pagination exactly as the API defines it."""

from __future__ import annotations

import httpx2
import pytest
from assistants_server import Server


def _thread_with(srv: Server, http: httpx2.Client, n: int) -> tuple[str, list[str]]:
    thread = http.post("/threads", json={}).json()
    seeded = http.post(f"{srv.origin}/_mock/threads/{thread['id']}/seed_messages", json={"count": n})
    assert seeded.status_code == 200 and seeded.json()["count"] == n
    ids = [m["id"] for m in srv.state.list("message", thread["id"], order="asc", limit=n)]
    assert len(ids) == n
    return thread["id"], ids


@pytest.mark.parametrize("order", ["asc", "desc"])
def test_forward_and_backward_over_many_pages(srv: Server, http: httpx2.Client, order: str) -> None:
    # all 230 messages share one created_at second: the insertion sequence breaks the tie
    thread_id, ids = _thread_with(srv, http, 230)
    expected = ids if order == "asc" else ids[::-1]

    forward, pages, after = [], [], None
    for _ in range(20):
        params = {"limit": 50, "order": order} | ({"after": after} if after else {})
        page = http.get(f"/threads/{thread_id}/messages", params=params).json()
        pages.append(page)
        forward += [m["id"] for m in page["data"]]
        assert page["object"] == "list"
        assert page["first_id"] == page["data"][0]["id"] and page["last_id"] == page["data"][-1]["id"]
        if not page["has_more"]:
            break
        after = page["last_id"]
    assert len(pages) == 5 and forward == expected

    backward, before = [], pages[-1]["first_id"]
    backward = list(pages[-1]["data"])
    for _ in range(20):
        page = http.get(f"/threads/{thread_id}/messages", params={"limit": 50, "order": order, "before": before}).json()
        backward = page["data"] + backward
        if not page["has_more"]:
            break
        before = page["first_id"]
    assert [m["id"] for m in backward] == expected


def test_after_and_before_together_and_empty_pages(srv: Server, http: httpx2.Client) -> None:
    thread_id, ids = _thread_with(srv, http, 12)
    page = http.get(
        f"/threads/{thread_id}/messages", params={"order": "asc", "after": ids[2], "before": ids[9], "limit": 4}
    ).json()
    assert [m["id"] for m in page["data"]] == ids[3:7] and page["has_more"] is True
    page = http.get(f"/threads/{thread_id}/messages", params={"order": "asc", "after": ids[2], "before": ids[9]}).json()
    assert [m["id"] for m in page["data"]] == ids[3:9] and page["has_more"] is False
    end = http.get(f"/threads/{thread_id}/messages", params={"order": "asc", "after": ids[-1]}).json()
    assert end == {"object": "list", "data": [], "first_id": None, "last_id": None, "has_more": False}
    empty_thread = http.post("/threads", json={}).json()["id"]
    assert http.get(f"/threads/{empty_thread}/messages").json()["first_id"] is None
    default = http.get(f"/threads/{thread_id}/messages").json()
    assert [m["id"] for m in default["data"]] == ids[::-1]  # default: desc, limit 20


def test_limit_bounds_and_bad_order(srv: Server, http: httpx2.Client) -> None:
    thread_id, _ids = _thread_with(srv, http, 120)
    assert len(http.get(f"/threads/{thread_id}/messages", params={"limit": 100}).json()["data"]) == 100
    assert len(http.get(f"/threads/{thread_id}/messages", params={"limit": 1}).json()["data"]) == 1
    for bad in ("0", "101", "-5", "abc"):
        r = http.get(f"/threads/{thread_id}/messages", params={"limit": bad})
        assert r.status_code == 400, bad
        assert r.json()["error"]["param"] == "limit" and r.json()["error"]["type"] == "invalid_request_error"
    r = http.get(f"/threads/{thread_id}/messages", params={"order": "sideways"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "order"
    r = http.get(f"/threads/{thread_id}/messages", params={"after": "msg_unknown"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "after"


def test_creating_many_objects_within_a_second_keeps_a_total_order(http: httpx2.Client) -> None:
    made = [http.post("/assistants", json={"model": "gpt-4o", "name": f"a{i}"}).json()["id"] for i in range(105)]
    seen, after = [], None
    for _ in range(30):
        params = {"limit": 7, "order": "asc"} | ({"after": after} if after else {})
        page = http.get("/assistants", params=params).json()
        seen += [a["id"] for a in page["data"]]
        if not page["has_more"]:
            break
        after = page["last_id"]
    assert seen == made


def test_deleted_objects_leave_lists_but_remain_valid_cursors(srv: Server, http: httpx2.Client) -> None:
    thread_id, ids = _thread_with(srv, http, 6)
    assert http.delete(f"/threads/{thread_id}/messages/{ids[2]}").json()["deleted"] is True
    page = http.get(f"/threads/{thread_id}/messages", params={"order": "asc", "after": ids[2]}).json()
    assert [m["id"] for m in page["data"]] == ids[3:]
    assert len(http.get(f"/threads/{thread_id}/messages").json()["data"]) == 5


def test_seeding_many_messages_is_fast(srv: Server, http: httpx2.Client) -> None:
    import time

    thread = http.post("/threads", json={}).json()
    started = time.monotonic()
    srv.state.seed_messages(thread["id"], 20_000)
    assert time.monotonic() - started < 5
    page = http.get(f"/threads/{thread['id']}/messages", params={"limit": 100, "order": "asc"}).json()
    assert page["has_more"] is True and page["data"][0]["content"][0]["text"]["value"] == "Seed message 0"
    assert srv.stats()["objects"]["message"] == 20_000
