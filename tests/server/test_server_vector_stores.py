"""Vector stores over loopback: stores, files, batches, ingestion of real documents, search,
filters, limits and expiry. Files are uploaded through createFile; every answer is checked
against openapi.yaml by the fixture."""

from __future__ import annotations

import httpx2
import pytest
from assistants_server import Server
from assistants_server.storage.sqlite import Store

from tests.support.documents import make_docx, make_pdf, make_png, make_zip, truncated_pdf

from ..support.holds import HELD
from .vs_support import upload, wait_batch, wait_store

STATIC = {"type": "static", "static": {"max_chunk_size_tokens": 100, "chunk_overlap_tokens": 50}}


def store(http: httpx2.Client, **body: object) -> dict:
    r = http.post("/vector_stores", json=body)
    assert r.status_code == 200, r.text
    return dict(r.json())


def error(r: httpx2.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    return dict(r.json()["error"])


def test_documents_ingest_and_bad_files_fail_typed(http: httpx2.Client, srv: Server) -> None:
    pdf = upload(http, srv, "handbook.pdf", make_pdf(["Leave policy: two days per month.", "Holidays follow."]))
    docx = upload(http, srv, "notes.docx", make_docx(["Expense reports are due on Friday."]))
    bad = {
        upload(http, srv, "picture.png", make_png()): "unsupported_file",
        upload(http, srv, "bundle.zip", make_zip()): "unsupported_file",
        upload(http, srv, "broken.pdf", truncated_pdf()): "invalid_file",
    }
    vs = store(http, name="docs", file_ids=[pdf, docx, *bad])
    assert vs["status"] == "in_progress" and vs["file_counts"]["total"] == 5
    done = wait_store(http, vs["id"])
    assert done["status"] == "completed"
    assert done["file_counts"] == {"in_progress": 0, "completed": 2, "failed": 3, "cancelled": 0, "total": 5}
    files = {f["id"]: f for f in http.get(f"/vector_stores/{vs['id']}/files", params={"limit": 10}).json()["data"]}
    for file_id, code in bad.items():
        assert files[file_id]["status"] == "failed" and files[file_id]["last_error"]["code"] == code
        assert files[file_id]["usage_bytes"] == 0
    assert files[pdf]["chunking_strategy"] == {
        "type": "static",
        "static": {"max_chunk_size_tokens": 800, "chunk_overlap_tokens": 400},
    }
    assert done["usage_bytes"] == files[pdf]["usage_bytes"] + files[docx]["usage_bytes"] > 0
    text = http.get(f"/vector_stores/{vs['id']}/files/{pdf}/content").json()
    assert "Leave policy" in text["data"][0]["text"] and "Holidays" in text["data"][0]["text"]
    assert text["has_more"] is False and text["next_page"] is None
    word = http.get(f"/vector_stores/{vs['id']}/files/{docx}/content").json()
    assert "Expense reports" in word["data"][0]["text"]
    failed = http.get(f"/vector_stores/{vs['id']}/files", params={"filter": "failed"}).json()["data"]
    assert {f["id"] for f in failed} == set(bad)
    assert http.get(f"/vector_stores/{vs['id']}/files", params={"filter": "nope"}).status_code == 400


def test_store_crud_and_file_removal(http: httpx2.Client, srv: Server) -> None:
    first = upload(http, srv, "a.txt", b"alpha beta gamma\n")
    vs = store(http, name="s", description="d", metadata={"team": "qa"})
    assert vs["status"] == "completed" and vs["expires_at"] is None and vs["description"] == "d"
    added = http.post(f"/vector_stores/{vs['id']}/files", json={"file_id": first, "attributes": {"n": 1}}).json()
    assert added["status"] == "in_progress" and added["attributes"] == {"n": 1}
    wait_store(http, vs["id"])
    changed = http.post(
        f"/vector_stores/{vs['id']}",
        json={"name": "t", "expires_after": {"anchor": "last_active_at", "days": 3}, "metadata": {"k": "v"}},
    ).json()
    assert changed["name"] == "t" and changed["metadata"] == {"k": "v"}
    assert changed["expires_at"] == changed["last_active_at"] + 3 * 86_400
    cleared = http.post(f"/vector_stores/{vs['id']}", json={"expires_after": None}).json()
    assert cleared["expires_at"] is None and "expires_after" not in cleared
    page = http.get("/vector_stores", params={"limit": 1}).json()
    assert page["data"][0]["id"] == vs["id"]
    assert http.get("/vector_stores", params={"limit": 101}).status_code == 400
    attrs = http.post(f"/vector_stores/{vs['id']}/files/{first}", json={"attributes": {"n": 2}}).json()
    assert attrs["attributes"] == {"n": 2}
    gone = http.delete(f"/vector_stores/{vs['id']}/files/{first}").json()
    assert gone == {"id": first, "object": "vector_store.file.deleted", "deleted": True}
    after = http.get(f"/vector_stores/{vs['id']}").json()
    assert after["file_counts"]["total"] == 0 and after["usage_bytes"] == 0
    assert http.get(f"/files/{first}").status_code == 200  # the file itself stays
    http.post(f"/vector_stores/{vs['id']}/files", json={"file_id": first})
    assert http.delete(f"/vector_stores/{vs['id']}").json()["object"] == "vector_store.deleted"
    assert http.get(f"/vector_stores/{vs['id']}").status_code == 404
    assert http.get(f"/files/{first}").status_code == 200


def test_deleting_a_file_takes_it_out_of_every_store(http: httpx2.Client, srv: Server) -> None:
    file_id = upload(http, srv, "a.txt", b"shared words here\n")
    stores = [store(http, file_ids=[file_id])["id"] for _ in range(2)]
    for vs_id in stores:
        wait_store(http, vs_id)
    assert http.delete(f"/files/{file_id}").status_code == 200
    for vs_id in stores:
        vs = http.get(f"/vector_stores/{vs_id}").json()
        assert vs["file_counts"]["total"] == 0 and vs["usage_bytes"] == 0
        assert http.get(f"/vector_stores/{vs_id}/files/{file_id}").status_code == 404


def test_bad_requests_leave_nothing(http: httpx2.Client, srv: Server) -> None:
    file_id = upload(http, srv, "a.txt", b"words\n")
    vs = store(http)
    files = f"/vector_stores/{vs['id']}/files"
    assert error(http.post(files, json={"file_id": "file-missing"}), 404)["param"] == "file_id"
    overlap = {"type": "static", "static": {"max_chunk_size_tokens": 200, "chunk_overlap_tokens": 101}}
    err = error(http.post(files, json={"file_id": file_id, "chunking_strategy": overlap}), 400)
    assert err["param"] == "chunking_strategy.static.chunk_overlap_tokens"
    small = {"type": "static", "static": {"max_chunk_size_tokens": 99, "chunk_overlap_tokens": 0}}
    assert error(http.post(files, json={"file_id": file_id, "chunking_strategy": small}), 400)["param"]
    many = {f"k{i}": i for i in range(17)}
    assert error(http.post(files, json={"file_id": file_id, "attributes": many}), 400)
    assert error(http.post(files, json={"file_id": file_id, "attributes": {"k" * 65: 1}}), 400)
    assert error(http.post(files, json={"file_id": file_id, "attributes": {"k": "v" * 513}}), 400)
    assert error(http.post(files, json={"file_id": file_id, "attributes": {"k": [1]}}), 400)
    batches = f"/vector_stores/{vs['id']}/file_batches"
    assert error(http.post(batches, json={"file_ids": ["file-x"] * 2001}), 400)
    assert error(http.post(batches, json={}), 400)
    both = {"file_ids": [file_id], "files": [{"file_id": file_id}]}
    assert error(http.post(batches, json=both), 400)
    err = error(http.post(batches, json={"file_ids": [file_id, "file-missing"]}), 404)
    assert err["param"] == "file_ids[1]"
    err = error(http.post(batches, json={"files": [{"file_id": file_id}, {"file_id": "file-nope"}]}), 404)
    assert err["param"] == "files[1].file_id"
    err = error(http.post("/vector_stores", json={"file_ids": [file_id, "file-missing"]}), 404)
    assert err["param"] == "file_ids[1]"
    expiry = {"expires_after": {"anchor": "last_active_at", "days": 366}}
    assert error(http.post("/vector_stores", json=expiry), 400)
    assert error(http.post("/vector_stores", json={"file_ids": ["f"] * 501}), 400)
    after = http.get(f"/vector_stores/{vs['id']}").json()
    assert after["file_counts"]["total"] == 0
    assert http.get(f"/vector_stores/{vs['id']}/files").json()["data"] == []
    assert [s["id"] for s in http.get("/vector_stores").json()["data"]] == [vs["id"]]
    assert srv.state.count("vector_store_file_batch") == 0


def test_batches_with_their_own_settings_and_cancel(http: httpx2.Client, srv: Server, held: object) -> None:
    ids = [upload(http, srv, f"f{i}.txt", f"document {i} about topic{i}\n".encode()) for i in range(2)]
    vs = store(http)
    made = http.post(
        f"/vector_stores/{vs['id']}/file_batches",
        json={"files": [{"file_id": ids[0], "attributes": {"i": 0}, "chunking_strategy": STATIC}, {"file_id": ids[1]}]},
    ).json()
    assert made["status"] == "in_progress" and made["file_counts"]["total"] == 2
    done = wait_batch(http, vs["id"], made["id"])
    assert done["status"] == "completed" and done["file_counts"]["completed"] == 2
    listed = http.get(f"/vector_stores/{vs['id']}/file_batches/{made['id']}/files").json()["data"]
    by_id = {f["id"]: f for f in listed}
    assert by_id[ids[0]]["chunking_strategy"] == STATIC and by_id[ids[0]]["attributes"] == {"i": 0}
    assert (
        http.get(f"/vector_stores/{vs['id']}/file_batches/{made['id']}/files", params={"filter": "failed"}).json()[
            "data"
        ]
        == []
    )
    # a batch cancelled while its (large) file is processed: the file ends cancelled, and so does it
    big = upload(http, srv, HELD, b"a file held in progress")
    second = http.post(f"/vector_stores/{vs['id']}/file_batches", json={"file_ids": [big]}).json()
    cancelled = http.post(f"/vector_stores/{vs['id']}/file_batches/{second['id']}/cancel").json()
    assert cancelled["status"] == "cancelled"
    assert cancelled["file_counts"] == {"in_progress": 0, "completed": 0, "failed": 0, "cancelled": 1, "total": 1}
    vs_now = wait_store(http, vs["id"])
    assert vs_now["file_counts"]["cancelled"] == 1 and vs_now["status"] == "completed"
    assert http.get(f"/vector_stores/{vs['id']}/file_batches/vsfb_nope").status_code == 404


def test_search_ranks_filters_and_validates(http: httpx2.Client, srv: Server) -> None:
    legal = upload(http, srv, "legal.txt", b"The leave policy grants two days of leave per month.\n")
    hr = upload(http, srv, "hr.txt", b"Payroll runs on the last Friday; leave requests go to HR.\n")
    vs = store(http)
    http.post(
        f"/vector_stores/{vs['id']}/file_batches",
        json={
            "files": [
                {"file_id": legal, "attributes": {"dept": "legal", "year": 2024}},
                {"file_id": hr, "attributes": {"dept": "hr", "year": 2020}},
            ]
        },
    )
    wait_store(http, vs["id"])
    url = f"/vector_stores/{vs['id']}/search"
    found = http.post(url, json={"query": "leave policy"}).json()
    assert found["search_query"] == ["leave policy"] and found["has_more"] is False and found["next_page"] is None
    assert [d["file_id"] for d in found["data"]] == [legal, hr]
    assert found["data"][0]["filename"] == "legal.txt" and found["data"][0]["attributes"]["dept"] == "legal"
    assert 0 < found["data"][1]["score"] < found["data"][0]["score"] <= 1
    assert "leave policy" in found["data"][0]["content"][0]["text"]
    only_hr = http.post(url, json={"query": ["leave"], "filters": {"type": "eq", "key": "dept", "value": "hr"}}).json()
    assert [d["file_id"] for d in only_hr["data"]] == [hr]
    compound = {
        "type": "and",
        "filters": [
            {"type": "gte", "key": "year", "value": 2021},
            {"type": "in", "key": "dept", "value": ["legal", "x"]},
        ],
    }
    assert [d["file_id"] for d in http.post(url, json={"query": "leave", "filters": compound}).json()["data"]] == [
        legal
    ]
    assert len(http.post(url, json={"query": "leave", "max_num_results": 1}).json()["data"]) == 1
    high = http.post(url, json={"query": "leave policy", "ranking_options": {"score_threshold": 0.99}}).json()
    assert high["data"] == []
    assert error(http.post(url, json={"query": ""}), 400)["param"] == "query"
    assert error(http.post(url, json={"query": []}), 400)["param"] == "query"
    assert error(http.post(url, json={"query": "x", "max_num_results": 51}), 400)
    assert error(http.post(url, json={"query": "x", "ranking_options": {"score_threshold": 1.5}}), 400)
    deep: dict = {"type": "eq", "key": "a", "value": 1}
    for _ in range(8):
        deep = {"type": "or", "filters": [deep]}
    assert "nest" in error(http.post(url, json={"query": "x", "filters": deep}), 400)["message"]


def test_expiry_follows_the_clock(http: httpx2.Client, srv: Server) -> None:
    vs = store(http, expires_after={"anchor": "last_active_at", "days": 1})
    assert vs["expires_at"] == vs["last_active_at"] + 86_400
    http.post(f"/vector_stores/{vs['id']}/search", json={"query": "x"})
    clock = httpx2.post(srv.origin + "/_mock/clock", json={"advance": 2 * 86_400})
    assert clock.status_code == 200
    assert http.get(f"/vector_stores/{vs['id']}").json()["status"] == "expired"
    assert http.get("/vector_stores").json()["data"][0]["status"] == "expired"
    assert (
        error(http.post(f"/vector_stores/{vs['id']}/search", json={"query": "x"}), 400)["code"]
        == "vector_store_expired"
    )
    assert httpx2.post(srv.origin + "/_mock/clock", json={"advance": -1}).status_code == 400


@pytest.mark.parametrize("prefix", ["foundry"])
def test_foundry_routes_serve_vector_stores(srv: Server, prefix: str) -> None:
    headers = {"Authorization": "Bearer tok"}
    with httpx2.Client(
        base_url=srv.foundry_endpoint("p"), params={"api-version": "v1"}, headers=headers, timeout=10
    ) as f:
        r = f.post("/files", files={"file": ("a.txt", b"foundry words\n")}, data={"purpose": "assistants"})
        assert r.status_code == 200, r.text
        vs = f.post("/vector_stores", json={"file_ids": [r.json()["id"]]}).json()
        wait_store(f, vs["id"])
        hits = f.post(f"/vector_stores/{vs['id']}/search", json={"query": "foundry"}).json()["data"]
        assert hits and hits[0]["file_id"] == r.json()["id"]
        assert f.get(f"/vector_stores/{vs['id']}/files").json()["data"][0]["status"] == "completed"


def test_files_left_in_progress_by_a_stop_are_processed_after_restart(tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "state.sqlite3")
    with Server(db=db) as first, httpx2.Client(base_url=first.base_url, timeout=10) as http:
        big = upload(http, first, "big.txt", b"restart words in a long text\n" * 150_000)
        vs = store(http, file_ids=[big])
    left = Store(db)
    try:
        assert left.get("vector_store_file", big, parent=vs["id"])["status"] == "in_progress"  # type: ignore[index]
    finally:
        left.close()
    with Server(db=db) as second, httpx2.Client(base_url=second.base_url, timeout=10) as http:
        done = wait_store(http, vs["id"])
        assert done["status"] == "completed" and done["file_counts"]["completed"] == 1
        hits = http.post(f"/vector_stores/{vs['id']}/search", json={"query": "restart"}).json()["data"]
        assert hits and hits[0]["file_id"] == big
