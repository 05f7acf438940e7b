"""Uploads over loopback: a large file sent in parts, joined in the order given, checked by size
and md5; every refusal is a typed 400 naming its parameter and leaves the parts as they were."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_server import Server

from .blob_support import stored_blobs

KEY = {"Authorization": "Bearer sk-test"}


@pytest.fixture
def http(srv: Server) -> Any:
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as client:
        yield client


def blobs(srv: Server) -> list[str]:
    return stored_blobs(srv)


def start(http: httpx2.Client, size: int, **extra: Any) -> dict[str, Any]:
    body = {"filename": "big.jsonl", "purpose": "assistants", "bytes": size, "mime_type": "text/jsonl", **extra}
    made = http.post("/uploads", json=body)
    assert made.status_code == 200, made.text
    return dict(made.json())


def add(http: httpx2.Client, upload_id: str, data: bytes) -> httpx2.Response:
    return http.post(f"/uploads/{upload_id}/parts", files={"data": ("blob", data)})


def error_of(response: httpx2.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    return dict(response.json()["error"])


def test_an_upload_in_parts_becomes_a_file(srv: Server, http: httpx2.Client) -> None:
    pieces = [os.urandom(100_000), os.urandom(50_000), os.urandom(7)]
    whole = pieces[2] + pieces[0] + pieces[1]  # joined in the order part_ids gives
    upload = start(http, len(whole), expires_after={"anchor": "created_at", "seconds": 7200})
    assert upload["status"] == "pending" and upload["file"] is None and upload["object"] == "upload"
    assert upload["expires_at"] == upload["created_at"] + 3600
    parts = [add(http, upload["id"], p).json() for p in pieces]
    assert all(p["object"] == "upload.part" and p["upload_id"] == upload["id"] for p in parts)
    order = [parts[2]["id"], parts[0]["id"], parts[1]["id"]]
    done = http.post(
        f"/uploads/{upload['id']}/complete", json={"part_ids": order, "md5": hashlib.md5(whole).hexdigest()}
    )
    assert done.status_code == 200, done.text
    body = done.json()
    assert body["status"] == "completed" and body["file"]["bytes"] == len(whole)
    file = body["file"]
    assert file["filename"] == "big.jsonl" and file["purpose"] == "assistants"
    assert file["expires_at"] == file["created_at"] + 7200
    assert http.get(f"/files/{file['id']}/content").content == whole
    assert blobs(srv) == [file["id"]]  # the parts' bytes are gone
    assert srv.state.count("upload_part") == 0
    # a completed upload takes nothing more
    assert error_of(add(http, upload["id"], b"x"))["param"] == "upload_id"
    assert error_of(http.post(f"/uploads/{upload['id']}/cancel"))["param"] == "upload_id"
    assert error_of(http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": order}))["param"] == "upload_id"


@pytest.mark.parametrize(
    ("choose", "param"),
    [
        (lambda ids: ids[:1], "part_ids"),  # one left out
        (lambda ids: [*ids, ids[0]], "part_ids[2]"),  # listed twice
        (lambda ids: [ids[0], "part_unknown"], "part_ids[1]"),
        (lambda ids: "not a list", "part_ids"),
    ],
)
def test_part_ids_must_list_every_part_once(srv: Server, http: httpx2.Client, choose: Any, param: str) -> None:
    upload = start(http, 6)
    ids = [add(http, upload["id"], b"abc").json()["id"] for _ in range(2)]
    error = error_of(http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": choose(ids)}))
    assert error["param"] == param, error
    assert srv.state.count("file") == 0 and blobs(srv) == sorted(ids)  # the parts stay, nothing else
    assert http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": ids}).json()["status"] == "completed"


def test_size_and_md5_are_checked(srv: Server, http: httpx2.Client) -> None:
    upload = start(http, 10)
    part = add(http, upload["id"], b"12345").json()
    assert (
        error_of(http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": [part["id"]]}))["param"] == "part_ids"
    )
    second = add(http, upload["id"], b"67890").json()
    ids = [part["id"], second["id"]]
    wrong = http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": ids, "md5": "0" * 32})
    assert error_of(wrong)["param"] == "md5"
    assert (
        error_of(http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": ids, "md5": "xyz"}))["param"] == "md5"
    )
    assert srv.state.count("file") == 0 and blobs(srv) == sorted(ids)
    # more bytes than announced are refused as they arrive
    assert error_of(add(http, upload["id"], b"!"))["param"] == "data"
    good = hashlib.md5(b"1234567890").hexdigest().upper()
    assert http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": ids, "md5": good}).status_code == 200


def test_cancel_frees_the_parts(srv: Server, http: httpx2.Client) -> None:
    upload = start(http, 100)
    add(http, upload["id"], b"x" * 40)
    assert len(blobs(srv)) == 1
    cancelled = http.post(f"/uploads/{upload['id']}/cancel").json()
    assert cancelled["status"] == "cancelled" and cancelled["file"] is None
    assert blobs(srv) == [] and srv.state.count("upload_part") == 0
    assert error_of(add(http, upload["id"], b"x"))["param"] == "upload_id"


def test_an_upload_expires_after_an_hour(srv: Server, http: httpx2.Client) -> None:
    upload = start(http, 100)
    add(http, upload["id"], b"x" * 10)
    store = srv.api.store
    store.update("upload", {**store.get("upload", upload["id"]), "expires_at": upload["created_at"] - 1})
    error = error_of(add(http, upload["id"], b"y"))
    assert error["param"] == "upload_id" and "expired" in error["message"]
    assert blobs(srv) == [] and srv.state.get(upload["id"])["status"] == "expired"


def test_bad_uploads(srv: Server, http: httpx2.Client) -> None:
    base = {"filename": "a", "purpose": "assistants", "bytes": 10, "mime_type": "text/plain"}
    for change, param in [
        ({"bytes": 8 * 1024**3 + 1}, "bytes"),
        ({"bytes": -1}, "bytes"),
        ({"purpose": "homework"}, "purpose"),
        ({"mime_type": None}, "mime_type"),
    ]:
        body = {k: v for k, v in {**base, **change}.items() if v is not None}
        assert error_of(http.post("/uploads", json=body))["param"] == param
    assert srv.state.count("upload") == 0
    assert error_of(add(http, "upload_nope", b"x"), 404)
    upload = start(http, 10)
    assert error_of(http.post(f"/uploads/{upload['id']}/parts", files={"other": ("a", b"x")}))["param"] == "data"
    json_part = http.post(f"/uploads/{upload['id']}/parts", json={"data": "abc"})
    assert error_of(json_part)["param"] == "Content-Type"
    assert blobs(srv) == [] and srv.state.count("upload_part") == 0


def test_a_part_past_the_limit_is_a_413(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(max_file_bytes=1000)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        upload = start(http, 5000)
        error = error_of(add(http, upload["id"], b"x" * 1001), 413)
        assert error["param"] == "data"
        assert add(http, upload["id"], b"x" * 1000).status_code == 200
    assert srv.state.count("upload_part") == 1 and len(blobs(srv)) == 1


def test_parts_sent_in_parallel(srv: Server, http: httpx2.Client) -> None:
    from concurrent.futures import ThreadPoolExecutor

    pieces = [bytes([i]) * 30_000 for i in range(8)]
    upload = start(http, sum(map(len, pieces)))
    with ThreadPoolExecutor(8) as pool:
        parts = list(pool.map(lambda p: add(http, upload["id"], p).json()["id"], pieces))
    done = http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": parts[::-1]}).json()
    assert http.get(f"/files/{done['file']['id']}/content").content == b"".join(pieces[::-1])


def test_the_domain_keeps_its_rules_without_request_checks(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(validate_requests=False)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        assert error_of(http.post("/files", files={"file": ("a", b"x")}))["param"] == "purpose"
        assert (
            error_of(http.post("/files", data={"purpose": "assistants"}, files={"x": ("a", b"x")}))["param"] == "file"
        )
        upload = start(http, 3)
        assert error_of(http.post(f"/uploads/{upload['id']}/complete", json={}))["param"] == "part_ids"
    assert srv.state.count("file") == 0 and blobs(srv) == []


def advance_clock(srv: Server, seconds: int) -> None:
    moved = httpx2.post(srv.origin + "/_mock/clock", json={"advance": seconds})
    assert moved.status_code == 200, moved.text


@pytest.mark.parametrize("trigger", ["createUpload", "listFiles"])
def test_an_abandoned_upload_expires_in_the_sweep_and_its_parts_go(
    srv: Server, http: httpx2.Client, trigger: str
) -> None:
    upload = start(http, 100)
    add(http, upload["id"], b"x" * 40)
    assert len(blobs(srv)) == 1
    advance_clock(srv, 3590)  # ten seconds short of the hour: a second ticking meanwhile changes nothing
    http.get("/files") if trigger == "listFiles" else start(http, 10)
    assert srv.state.get(upload["id"])["status"] == "pending" and len(blobs(srv)) == 1  # not yet
    advance_clock(srv, 10)  # the admin clock is the one upload expiry reads
    made = (
        http.get("/files")
        if trigger == "listFiles"
        else http.post(
            "/uploads", json={"filename": "a", "purpose": "assistants", "bytes": 10, "mime_type": "text/plain"}
        )
    )
    assert made.status_code == 200, made.text
    assert srv.state.get(upload["id"])["status"] == "expired"
    assert blobs(srv) == [] and srv.state.count("upload_part") == 0  # without touching the upload itself


def test_an_upload_refused_for_its_size_keeps_the_sweep_it_made(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(max_upload_bytes=1000)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        upload = start(http, 100)
        add(http, upload["id"], b"x" * 40)
        advance_clock(srv, 3600)
        body = {"filename": "a", "purpose": "assistants", "bytes": 1001, "mime_type": "text/plain"}
        assert error_of(http.post("/uploads", json=body))["param"] == "bytes"
    # the sweep ran before the refused request's transaction: its rollback brought nothing back
    assert srv.state.get(upload["id"])["status"] == "expired"
    assert blobs(srv) == [] and srv.state.count("upload_part") == 0


def test_uploads_abandoned_while_the_server_was_down_expire_at_start(
    tmp_path: Path, assistants_server_factory: Any
) -> None:
    db = str(tmp_path / "state.sqlite")
    first = assistants_server_factory(db=db)
    with httpx2.Client(base_url=first.base_url, headers=KEY, timeout=10) as http:
        upload = start(http, 100)
        add(http, upload["id"], b"x" * 40)
    store = first.api.store
    store.update("upload", {**store.get("upload", upload["id"]), "expires_at": upload["created_at"] - 1})
    first.close()
    second = assistants_server_factory(db=db)
    assert second.state.get(upload["id"])["status"] == "expired"
    assert blobs(second) == [] and second.state.count("upload_part") == 0


def test_max_upload_bytes_caps_what_create_upload_announces(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(max_upload_bytes=1000, max_file_bytes=100)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        body = {"filename": "a", "purpose": "assistants", "bytes": 1001, "mime_type": "text/plain"}
        error = error_of(http.post("/uploads", json=body))
        assert error["param"] == "bytes" and "1000" in error["message"]
        upload = start(http, 1000)  # past --max-file-bytes: that caps createFile and a part, not an upload
        parts = [add(http, upload["id"], b"x" * 100).json()["id"] for _ in range(10)]
        done = http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": parts})
        assert done.status_code == 200 and done.json()["file"]["bytes"] == 1000
    assert srv.state.count("upload") == 1


def test_the_default_max_upload_bytes_is_the_api_s_8_gib() -> None:
    from assistants_server.__main__ import build_parser

    parser = build_parser()
    assert parser.parse_args([]).max_upload_bytes == 8 * 1024**3
    helps = {a.dest: a.help or "" for a in parser._actions}
    assert "createFile" in helps["max_file_bytes"] and "createUpload" in helps["max_upload_bytes"]
