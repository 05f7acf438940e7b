"""The files client's parts that need no server, and the faults a server cannot be made to produce:
the multipart encoder (streaming, Content-Length, progress, rewinding), retries that resend only a
rewindable source, download_file_to's atomic rename, polls that end, and bad arguments."""

from __future__ import annotations

import io
import os
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_client import AsyncClient, Client
from assistants_core.multipart import CHUNK_SIZE, FileSlice, MultipartBody, NotRewindableError

BASE = "http://api.test/v1"
FILE_JSON = {
    "id": "file-1",
    "object": "file",
    "bytes": 3,
    "created_at": 1,
    "filename": "a.txt",
    "purpose": "assistants",
    "status": "processed",
}


def client_for(handler: Callable[[httpx2.Request], httpx2.Response], **kwargs: Any) -> Client:
    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return Client(api_key="sk-test", base_url=BASE, http_client=http, **kwargs)


def parts(body: bytes, boundary: str) -> dict[str, tuple[bytes, bytes]]:
    """Each field of a multipart body: name -> (its header block, its value)."""
    found = {}
    for part in body.split(b"--" + boundary.encode())[1:-1]:
        head, _, value = part[2:-2].partition(b"\r\n\r\n")
        name = head.split(b'name="')[1].split(b'"')[0].decode()
        found[name] = (head, value)
    return found


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "sleep", lambda _s: None)


# -- the encoder -------------------------------------------------------------------------------


def sources(tmp_path: Path, data: bytes) -> dict[str, Callable[[], Any]]:
    path = tmp_path / "doc.bin"
    path.write_bytes(data)
    return {
        "path": lambda: str(path),
        "pathlike": lambda: path,
        "bytes": lambda: data,
        "file": lambda: open(path, "rb"),
        "tuple": lambda: ("named.pdf", data, "application/pdf"),
        "slice": lambda: FileSlice(path, 0, len(data)),
    }


@pytest.mark.parametrize("kind", ["path", "pathlike", "bytes", "file", "tuple", "slice"])
def test_each_source_streams_with_its_exact_length(tmp_path: Path, kind: str) -> None:
    data = os.urandom(3 * CHUNK_SIZE + 17)
    seen: list[tuple[int, int | None]] = []
    body = MultipartBody(
        {
            "file": sources(tmp_path, data)[kind](),
            "purpose": "assistants",
            "expires_after": {"anchor": "created_at", "seconds": 3600},
        },
        ("file",),
        on_progress=lambda sent, total: seen.append((sent, total)),
    )
    chunks = list(body)
    sent = b"".join(chunks)
    assert body.length == len(sent) and body.headers()["Content-Length"] == str(len(sent))
    assert max(len(c) for c in chunks) <= CHUNK_SIZE  # never the whole file at once
    fields = parts(sent, body.boundary)
    assert fields["file"][1] == data
    assert fields["purpose"][1] == b"assistants"
    assert fields["expires_after[anchor]"][1] == b"created_at"
    assert fields["expires_after[seconds]"][1] == b"3600"
    assert seen[-1] == (len(data), len(data)) and len(seen) == 4
    if kind == "tuple":
        assert b'filename="named.pdf"' in fields["file"][0] and b"application/pdf" in fields["file"][0]
    assert body.rewindable
    assert b"".join(body) == sent  # sent again: the same bytes


def test_a_file_object_is_read_from_where_it_stands_and_rewound_there(tmp_path: Path) -> None:
    handle = io.BytesIO(b"skip-this|the content")
    handle.seek(10)
    body = MultipartBody({"file": handle}, ("file",))
    first = b"".join(body)
    assert parts(first, body.boundary)["file"][1] == b"the content"
    assert b"".join(body) == first


def test_a_non_seekable_stream_is_chunked_and_sent_once() -> None:
    read, write = os.pipe()
    os.write(write, b"from a pipe")
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        body = MultipartBody({"file": pipe}, ("file",))
        assert not body.rewindable and body.length is None
        assert body.headers()["Transfer-Encoding"] == "chunked"
        assert parts(b"".join(body), body.boundary)["file"][1] == b"from a pipe"
        with pytest.raises(NotRewindableError):
            b"".join(body)


def test_a_file_that_shrinks_after_it_was_measured_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "f"
    path.write_bytes(b"x" * 100)
    body = MultipartBody({"file": path}, ("file",))
    path.write_bytes(b"x" * 10)
    with pytest.raises(ValueError, match="ended 90 bytes before"):
        b"".join(body)


def test_a_wrong_source_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="not int"):
        MultipartBody({"file": 42}, ("file",))


# -- retries -----------------------------------------------------------------------------------


def flaky(bodies: list[bytes], failures: int) -> Callable[[httpx2.Request], httpx2.Response]:
    def handler(request: httpx2.Request) -> httpx2.Response:
        bodies.append(request.read())
        if len(bodies) <= failures:
            return httpx2.Response(503, json={"error": {"message": "busy", "type": "server_error"}})
        return httpx2.Response(200, json=FILE_JSON)

    return handler


@pytest.mark.parametrize("kind", ["path", "bytes", "file"])
def test_a_rewindable_source_is_sent_again_whole(tmp_path: Path, kind: str, no_sleep: None) -> None:
    data = os.urandom(CHUNK_SIZE + 5)
    bodies: list[bytes] = []
    source = sources(tmp_path, data)[kind]()
    with client_for(flaky(bodies, 2), max_retries=2) as client:
        file = client.create_file(file=source, purpose="assistants")
    assert file.id == "file-1"
    assert len(bodies) == 3 and bodies[0] == bodies[1] == bodies[2]
    boundary = bodies[0].split(b"\r\n")[0][2:].decode()
    assert parts(bodies[2], boundary)["file"][1] == data


def test_a_non_seekable_stream_is_not_retried_but_raises_the_typed_error(no_sleep: None) -> None:
    read, write = os.pipe()
    os.write(write, b"once only")
    os.close(write)
    bodies: list[bytes] = []
    with client_for(flaky(bodies, 1), max_retries=3) as client, os.fdopen(read, "rb") as pipe:
        with pytest.raises(ac.InternalServerError):
            client.create_file(file=pipe, purpose="assistants")
    assert len(bodies) == 1


def test_progress_and_the_flat_twin_agree(tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    with client_for(lambda r: httpx2.Response(200, json=FILE_JSON)) as client:
        client.create_file(file=b"abc", purpose="assistants", on_progress=lambda s, t: seen.append((s, t)))
    assert seen == [(3, 3)]


async def test_the_async_client_streams_the_same_body(tmp_path: Path) -> None:
    data = os.urandom(2 * CHUNK_SIZE)
    path = tmp_path / "a.bin"
    path.write_bytes(data)
    got: list[bytes] = []

    async def handler(request: httpx2.Request) -> httpx2.Response:
        got.append(await request.aread())
        assert request.headers["content-length"] == str(len(got[0]))
        return httpx2.Response(200, json=FILE_JSON)

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(handler))
    async with AsyncClient(api_key="sk-test", base_url=BASE, http_client=http) as client:
        await client.create_file(file=path, purpose="assistants")
    boundary = got[0].split(b"\r\n")[0][2:].decode()
    assert parts(got[0], boundary)["file"][1] == data


# -- downloads ---------------------------------------------------------------------------------


class BreaksOff(httpx2.SyncByteStream):
    def __iter__(self) -> Iterator[bytes]:
        yield b"x" * 1000
        raise httpx2.ReadError("connection reset")


def test_download_file_to_leaves_nothing_when_the_answer_breaks_off(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_bytes(b"the previous version")
    with client_for(lambda r: httpx2.Response(200, stream=BreaksOff())) as client:
        with pytest.raises(ac.APIConnectionError, match="broke off after 1000 bytes"):
            client.download_file_to("file-1", target)
    assert target.read_bytes() == b"the previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_download_file_to_writes_every_byte(tmp_path: Path) -> None:
    data = os.urandom(CHUNK_SIZE * 3 + 1)
    target = tmp_path / "out.bin"
    with client_for(lambda r: httpx2.Response(200, content=data)) as client:
        assert client.download_file_to("file-1", target) == len(data)
        assert client.download_file("file-1") == data
    assert target.read_bytes() == data
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_missing_file_downloads_nothing(tmp_path: Path) -> None:
    error = {"error": {"message": "No such file", "type": "invalid_request_error"}}
    with client_for(lambda r: httpx2.Response(404, json=error)) as client:
        with pytest.raises(ac.NotFoundError):
            client.download_file_to("file-x", tmp_path / "out.bin")
    assert list(tmp_path.iterdir()) == []


# -- polls that end ----------------------------------------------------------------------------


STORE = {
    "id": "vs_1",
    "object": "vector_store",
    "created_at": 1,
    "name": "s",
    "usage_bytes": 0,
    "file_counts": {"in_progress": 1, "completed": 0, "failed": 0, "cancelled": 0, "total": 1},
    "status": "in_progress",
    "last_active_at": 1,
    "metadata": {},
}


def test_a_store_in_progress_forever_ends_in_poll_timeout_error() -> None:
    gets = 0

    def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal gets
        gets += request.method == "GET"
        return httpx2.Response(200, json=STORE, headers={"openai-poll-after-ms": "20"})

    started = time.monotonic()
    with client_for(handler) as client:
        with pytest.raises(ac.PollTimeoutError) as caught:
            client.create_vector_store_and_poll({"name": "s"}, poll_timeout=0.5)
    assert time.monotonic() - started < 0.6
    assert "vs_1" in str(caught.value) and caught.value.operation == "get_vector_store"
    assert caught.value.polled.id == "vs_1"
    assert gets >= 5  # it did poll, at the server's pace (not faster than the minimum interval)


def test_the_final_statuses_are_the_specs_statuses_but_in_progress() -> None:
    from assistants_client._stores import FILE_FINAL, STORE_FINAL

    from .spec import spec

    schemas = spec()["components"]["schemas"]
    assert set(schemas["VectorStoreStatus"]["enum"]) - {"in_progress"} <= STORE_FINAL
    for name in ("VectorStoreFileStatus", "VectorStoreFileBatchStatus"):
        assert set(schemas[name]["enum"]) - {"in_progress"} == FILE_FINAL


# -- arguments ---------------------------------------------------------------------------------


def test_no_concurrency_is_an_error_not_silence(tmp_path: Path) -> None:
    calls: list[httpx2.Request] = []
    with client_for(lambda r: calls.append(r) or httpx2.Response(500)) as client:
        with pytest.raises(ValueError, match="max_concurrency"):
            client.upload_files_and_poll("vs_1", [b"a"], max_concurrency=0)
        (tmp_path / "f").write_bytes(b"abc")
        with pytest.raises(ValueError, match="max_concurrency"):
            client.upload_large_file(tmp_path / "f", purpose="assistants", max_concurrency=0)
        with pytest.raises(ValueError, match="part_size"):
            client.upload_large_file(tmp_path / "f", purpose="assistants", part_size=64 * 1024 * 1024 + 1)
    assert calls == []


async def test_no_concurrency_is_an_error_for_the_async_client_too() -> None:
    async with AsyncClient(api_key="sk-test", base_url=BASE) as client:
        with pytest.raises(ValueError, match="max_concurrency"):
            await client.upload_files_and_poll("vs_1", [b"a"], max_concurrency=0)


def test_create_file_wants_either_a_body_or_the_keywords() -> None:
    with client_for(lambda r: httpx2.Response(200, json=FILE_JSON)) as client:
        with pytest.raises(TypeError):
            client.create_file(file=b"x")
        with pytest.raises(TypeError):
            client.create_file({"file": b"x", "purpose": "assistants"}, purpose="assistants")
        assert client.create_file({"file": b"x", "purpose": "assistants"}).id == "file-1"


def test_parts_go_at_most_max_concurrency_at_once(tmp_path: Path) -> None:
    path = tmp_path / "big"
    path.write_bytes(os.urandom(10_000))
    lock = threading.Lock()
    now = peak = 0

    def handler(request: httpx2.Request) -> httpx2.Response:
        nonlocal now, peak
        path_ = request.url.path
        if path_.endswith("/uploads"):
            return httpx2.Response(200, json=upload_json("pending"))
        if path_.endswith("/parts"):
            with lock:
                now += 1
                peak = max(peak, now)
            time.sleep(0.02)
            with lock:
                now -= 1
            return httpx2.Response(
                200,
                json={
                    "id": f"part_{request.read().count(b'x')}",
                    "object": "upload.part",
                    "created_at": 1,
                    "upload_id": "upload_1",
                },
            )
        return httpx2.Response(200, json=upload_json("completed"))

    with client_for(handler) as client:
        upload = client.upload_large_file(path, purpose="assistants", part_size=1000, max_concurrency=3)
    assert str(upload.status) == "completed"
    assert 1 < peak <= 3


def upload_json(status: str) -> dict[str, Any]:
    return {
        "id": "upload_1",
        "object": "upload",
        "bytes": 10_000,
        "created_at": 1,
        "expires_at": 3601,
        "filename": "big",
        "purpose": "assistants",
        "status": status,
    }
