"""Files over loopback: upload (multipart), retrieve, download, list, delete, expiry; every bad
input answers a typed 4xx and leaves no file object and no bytes in the data directory."""

from __future__ import annotations

import hashlib
import os
import socket
import time
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_server import Server

from .blob_support import stored_blobs

KEY = {"Authorization": "Bearer sk-test"}  # no OpenAI-Beta header: files do not need it


def data_dir(srv: Server) -> Path:
    return Path(srv.api.domain.blobs.root)


def left_behind(srv: Server) -> tuple[int, list[str]]:
    """File objects and every blob kept (blobs and bytes on their way)."""
    return srv.state.count("file"), stored_blobs(srv)


def upload(http: httpx2.Client, content: bytes = b"hello", name: str = "a.txt", **data: Any) -> httpx2.Response:
    data.setdefault("purpose", "assistants")
    return http.post("/files", files={"file": (name, content)}, data=data)


@pytest.fixture
def files_http(srv: Server) -> Any:
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as client:
        yield client


def error_of(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error"
    return dict(error)


def test_a_file_goes_round_trip(srv: Server, files_http: httpx2.Client) -> None:
    content = os.urandom(300_000)
    made = upload(files_http, content, "report.bin")
    assert made.status_code == 200, made.text
    file = made.json()
    assert file["id"].startswith("file-") and file["object"] == "file"
    assert file["bytes"] == len(content) and file["filename"] == "report.bin" and file["purpose"] == "assistants"
    assert file["expires_at"] is None and file["status"] == "processed"
    assert files_http.get(f"/files/{file['id']}").json() == file
    got = files_http.get(f"/files/{file['id']}/content")
    assert got.status_code == 200 and got.content == content
    assert got.headers["content-type"] == "application/octet-stream"
    assert got.headers["content-length"] == str(len(content))
    assert [f["id"] for f in files_http.get("/files").json()["data"]] == [file["id"]]
    assert left_behind(srv) == (1, [file["id"]])  # stored under its id, nothing else
    assert srv.api.domain.blobs.path(file["id"]).read_bytes() == content
    gone = files_http.delete(f"/files/{file['id']}")
    assert gone.json() == {"id": file["id"], "object": "file", "deleted": True}
    assert error_of(files_http.get(f"/files/{file['id']}"), 404)
    assert error_of(files_http.get(f"/files/{file['id']}/content"), 404)
    assert error_of(files_http.delete(f"/files/{file['id']}"), 404)
    assert left_behind(srv) == (0, [])


def test_an_empty_file(files_http: httpx2.Client) -> None:
    file = upload(files_http, b"").json()
    assert file["bytes"] == 0
    got = files_http.get(f"/files/{file['id']}/content")
    assert got.status_code == 200 and got.content == b"" and got.headers["content-length"] == "0"


def test_the_beta_header_is_not_needed_but_accepted(srv: Server, files_http: httpx2.Client) -> None:
    assert upload(files_http).status_code == 200
    with_header = files_http.get("/files", headers={"OpenAI-Beta": "assistants=v2"})
    assert with_header.status_code == 200 and len(with_header.json()["data"]) == 1
    assert (
        files_http.post(
            "/uploads", json={"filename": "a", "purpose": "assistants", "bytes": 1, "mime_type": "text/plain"}
        ).status_code
        == 200
    )
    # the Assistants operations still need it
    assert error_of(files_http.get("/assistants"), 400)["param"] == "OpenAI-Beta"


def test_list_files_filters_and_pages(files_http: httpx2.Client) -> None:
    ids = [
        upload(files_http, b"x", f"{i}.txt", purpose="assistants" if i % 2 else "batch").json()["id"] for i in range(6)
    ]
    everything = files_http.get("/files", params={"order": "asc"}).json()
    assert [f["id"] for f in everything["data"]] == ids and not everything["has_more"]
    mine = files_http.get("/files", params={"purpose": "assistants", "order": "asc"}).json()
    assert [f["id"] for f in mine["data"]] == ids[1::2]
    page = files_http.get("/files", params={"limit": 2, "order": "asc", "after": ids[1]}).json()
    assert [f["id"] for f in page["data"]] == ids[2:4] and page["has_more"]
    desc = files_http.get("/files", params={"limit": 2}).json()
    assert [f["id"] for f in desc["data"]] == ids[::-1][:2]
    assert error_of(files_http.get("/files", params={"limit": 0}), 400)["param"] == "limit"
    assert error_of(files_http.get("/files", params={"limit": 10_001}), 400)["param"] == "limit"
    assert files_http.get("/files", params={"limit": 10_000}).status_code == 200


@pytest.mark.parametrize(
    ("send", "param"),
    [
        ({"json": {"purpose": "assistants", "file": "abc"}}, "Content-Type"),
        ({"data": {"purpose": "assistants"}, "files": {"other": ("a", b"x")}}, "file"),
        ({"files": {"file": ("a.txt", b"x")}}, "purpose"),
        ({"files": {"file": ("a.txt", b"x")}, "data": {"purpose": "homework"}}, "purpose"),
        (
            {
                "files": {"file": ("a", b"x")},
                "data": {
                    "purpose": "assistants",
                    "expires_after[anchor]": "created_at",
                    "expires_after[seconds]": "60",
                },
            },
            "expires_after.seconds",
        ),
        (
            {
                "files": {"file": ("a", b"x")},
                "data": {
                    "purpose": "assistants",
                    "expires_after[anchor]": "created_at",
                    "expires_after[seconds]": "2592001",
                },
            },
            "expires_after.seconds",
        ),
        (
            {
                "files": {"file": ("a", b"x")},
                "data": {
                    "purpose": "assistants",
                    "expires_after[anchor]": "last_active_at",
                    "expires_after[seconds]": "3600",
                },
            },
            "expires_after.anchor",
        ),
        (
            {"files": {"file": ("a", b"x")}, "data": {"purpose": "assistants", "expires_after[seconds]": "3600"}},
            "expires_after.anchor",
        ),
    ],
)
def test_bad_uploads_are_typed_400s_and_leave_nothing(
    srv: Server, files_http: httpx2.Client, send: dict[str, Any], param: str
) -> None:
    error = error_of(files_http.post("/files", **send), 400)
    assert error["param"] == param, error
    assert left_behind(srv) == (0, [])


def test_a_body_that_is_not_multipart(srv: Server, files_http: httpx2.Client) -> None:
    for headers, body in [
        ({"Content-Type": "multipart/form-data"}, b"--x\r\n"),  # no boundary
        (
            {"Content-Type": "multipart/form-data; boundary=x"},
            b"--x\r\nContent-Disposition: form-data; name=file; filename=a\r\n\r\nabc",
        ),  # cut short
        ({"Content-Type": "text/plain"}, b"abc"),
    ]:
        error = error_of(files_http.post("/files", content=body, headers=headers), 400)
        assert error["param"] in ("Content-Type", None), error
    assert left_behind(srv) == (0, [])


def test_a_file_past_the_limit_is_a_413(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(max_file_bytes=1000)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        assert upload(http, b"x" * 1000).status_code == 200
        error = error_of(upload(http, b"x" * 1001), 413)
        assert error["param"] == "file" and error["code"] == "file_too_large"

        def chunks() -> Any:  # no Content-Length: caught while it streams
            yield b"--b\r\nContent-Disposition: form-data; name=purpose\r\n\r\nassistants\r\n"
            yield b"--b\r\nContent-Disposition: form-data; name=file; filename=big\r\n\r\n"
            for _ in range(20):
                yield b"y" * 100
            yield b"\r\n--b--\r\n"

        streamed = http.post("/files", content=chunks(), headers={"Content-Type": "multipart/form-data; boundary=b"})
        assert error_of(streamed, 413)["param"] == "file"
        declared = http.post(
            "/files", content=b"z" * 2_000_000, headers={"Content-Type": "multipart/form-data; boundary=b"}
        )
        assert error_of(declared, 413)["param"] == "file"
    assert srv.state.count("file") == 1 and len(stored_blobs(srv)) == 1


def test_a_cut_upload_leaves_nothing(srv: Server) -> None:
    head = (
        b"POST /v1/files HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n"
        b"Content-Type: multipart/form-data; boundary=b\r\nContent-Length: 5000000\r\n\r\n"
    )
    part = (
        b"--b\r\nContent-Disposition: form-data; name=purpose\r\n\r\nassistants\r\n"
        b"--b\r\nContent-Disposition: form-data; name=file; filename=cut\r\n\r\n"
    )
    with socket.create_connection((srv.host, srv.port)) as sock:
        sock.sendall(head + part + b"q" * 1_000_000)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not any(n.startswith(".partial-") for n in stored_blobs(srv)):
            time.sleep(0.01)
        assert any(n.startswith(".partial-") for n in stored_blobs(srv))  # it was on its way to disk
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and stored_blobs(srv):
        time.sleep(0.01)
    assert left_behind(srv) == (0, [])


def test_a_cut_download_stops_and_the_server_goes_on(srv: Server, files_http: httpx2.Client) -> None:
    content = os.urandom(64 * 1024) * 160  # 10 MB
    file = upload(files_http, content).json()
    request = f"GET /v1/files/{file['id']}/content HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer k\r\n\r\n"
    with socket.create_connection((srv.host, srv.port)) as sock:
        sock.sendall(request.encode())
        assert sock.recv(4096).startswith(b"HTTP/1.1 200")
    assert files_http.get(f"/files/{file['id']}/content").content == content
    assert srv.stats()["responses_by_status"].get("500") is None


NAMES = ["../../x", "a" * 1000, "résumé €.pdf", "/etc/passwd", "..", "con.txt", 'qu"ote.txt', "new\nline"]


@pytest.mark.parametrize("name", NAMES)
def test_a_filename_is_only_a_label(srv: Server, files_http: httpx2.Client, name: str) -> None:
    file = upload(files_http, b"abc", name).json()
    assert file["filename"] == name
    assert files_http.get(f"/files/{file['id']}").json()["filename"] == name
    assert left_behind(srv) == (1, [file["id"]])


def raw_upload(http: httpx2.Client, disposition: bytes) -> httpx2.Response:
    body = (
        b"--b\r\nContent-Disposition: form-data; name=purpose\r\n\r\nassistants\r\n"
        b"--b\r\nContent-Disposition: form-data; name=file; " + disposition + b"\r\n\r\nabc\r\n--b--\r\n"
    )
    return http.post("/files", content=body, headers={"Content-Type": "multipart/form-data; boundary=b"})


@pytest.mark.parametrize(
    ("disposition", "stored"),
    [
        (b'filename="nul\x00byte.txt"', "nul\x00byte.txt"),  # kept, sent back as \u0000
        (b'filename="caf\xe9.txt"', "caf\ufffd.txt"),  # not UTF-8: U+FFFD
        (b"filename*=UTF-8''%E2%82%AC%20rate.txt", "\u20ac rate.txt"),  # RFC 2231
        (b"filename=\"fallback.txt\"; filename*=utf-8''%C3%A9t%C3%A9.txt", "\u00e9t\u00e9.txt"),
        (b"filename*=iso-8859-1''caf%E9.txt", "caf\u00e9.txt"),
        (b"filename*=UTF-8''%FF%FE.txt", "\ufffd\ufffd.txt"),
        (b'filename="semi;colon.txt"', "semi;colon.txt"),
        (b'filename="back\\\\slash"', "back\\slash"),
    ],
)
def test_odd_filenames_are_stored_safely(
    srv: Server, files_http: httpx2.Client, disposition: bytes, stored: str
) -> None:
    made = raw_upload(files_http, disposition)
    assert made.status_code == 200, made.text
    file = made.json()  # valid JSON whatever the name held
    assert file["filename"] == stored
    assert files_http.get("/files").json()["data"][0]["filename"] == stored
    assert left_behind(srv) == (1, [file["id"]])


def test_an_expiring_file(srv: Server, files_http: httpx2.Client) -> None:
    data = {"expires_after[anchor]": "created_at", "expires_after[seconds]": "3600"}
    made = upload(files_http, b"soon gone", **data).json()
    assert made["expires_at"] == made["created_at"] + 3600
    other = upload(files_http, b"also soon", **data).json()
    store = srv.api.store
    for file in (made, other):  # an hour passes
        store.update("file", {**store.get("file", file["id"]), "expires_at": int(time.time()) - 1})
    assert error_of(files_http.get(f"/files/{made['id']}"), 404)
    assert not srv.api.domain.blobs.exists(made["id"])
    assert files_http.get("/files").json()["data"] == []  # the sweep frees the other one
    assert left_behind(srv) == (0, [])


def test_deleting_a_file_tells_the_hooks(srv: Server, files_http: httpx2.Client) -> None:
    told: list[str] = []
    srv.api.domain.files.on_delete.append(told.append)
    try:
        file = upload(files_http).json()
        files_http.delete(f"/files/{file['id']}")
    finally:
        srv.api.domain.files.on_delete.remove(told.append)
    assert told == [file["id"]]


def test_an_idempotent_upload_is_stored_once(srv: Server, files_http: httpx2.Client) -> None:
    headers = {"Idempotency-Key": "same"}
    first = files_http.post("/files", files={"file": ("a", b"1")}, data={"purpose": "assistants"}, headers=headers)
    again = files_http.post("/files", files={"file": ("a", b"1")}, data={"purpose": "assistants"}, headers=headers)
    assert first.json() == again.json()
    assert left_behind(srv) == (1, [first.json()["id"]])


def test_the_foundry_and_azure_routes_serve_files(srv: Server) -> None:
    content = hashlib.sha256(b"seed").digest() * 1000
    for base, params, headers in [
        (srv.foundry_endpoint("proj"), {"api-version": "v1"}, {"Authorization": "Bearer entra"}),
        (srv.azure_endpoint + "/openai", {"api-version": "2024-05-01-preview"}, {"api-key": "k"}),
    ]:
        with httpx2.Client(base_url=base, params=params, headers=headers, timeout=10) as http:
            file = upload(http, content, "doc.bin").json()
            assert http.get(f"/files/{file['id']}/content").content == content
            up = http.post(
                "/uploads",
                json={
                    "filename": "u.bin",
                    "purpose": "assistants",
                    "bytes": 3,
                    "mime_type": "application/octet-stream",
                },
            ).json()
            part = http.post(f"/uploads/{up['id']}/parts", files={"data": ("blob", b"abc")}).json()
            done = http.post(f"/uploads/{up['id']}/complete", json={"part_ids": [part["id"]]}).json()
            assert http.get(f"/files/{done['file']['id']}/content").content == b"abc"
            assert http.delete(f"/files/{file['id']}").json()["deleted"]


def test_a_data_dir_beside_the_database_survives_a_restart(tmp_path: Path, assistants_server_factory: Any) -> None:
    db = tmp_path / "state.db"
    srv = assistants_server_factory(db=str(db))
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        file = upload(http, b"kept").json()
    assert (tmp_path / "state.db.files" / file["id"]).read_bytes() == b"kept"
    srv.stop()
    srv.close()
    again = assistants_server_factory(db=str(db))
    with httpx2.Client(base_url=again.base_url, headers=KEY, timeout=10) as http:
        assert http.get(f"/files/{file['id']}/content").content == b"kept"


def test_leftovers_of_a_crash_are_swept_at_start(tmp_path: Path, assistants_server_factory: Any) -> None:
    root = tmp_path / "blobs"
    root.mkdir()
    (root / ".partial-abc").write_bytes(b"half")
    (root / "file-orphan").write_bytes(b"no record")
    (root / "part_orphan").write_bytes(b"no record")
    (root / "notes.txt").write_bytes(b"not ours")  # not names the server makes: left alone
    (root / "README").write_bytes(b"not ours")
    # the blobs on disk beside a SQLite file, whichever store the other tests use (PostgreSQL's
    # sweep of its uploads left by a crash: test_pg_blobs)
    srv = assistants_server_factory(db=str(tmp_path / "state.db"), data_dir=str(root))
    assert sorted(os.listdir(root)) == ["README", "notes.txt"]
    srv.stop()


def test_a_temporary_data_dir_goes_at_shutdown(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory()
    root = data_dir(srv)
    with httpx2.Client(base_url=srv.base_url, headers=KEY, timeout=10) as http:
        assert upload(http).status_code == 200
    assert root.is_dir()
    srv.stop()
    srv.close()
    assert not root.exists()
