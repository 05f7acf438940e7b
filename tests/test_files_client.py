"""The files client against the real local server over loopback, strict: uploads from every source
kind, downloads that give back the same bytes (to memory and to disk), large files in parts (and
resumed after a failure), pagination of files, the async twins, and the client's memory while it
streams a large upload (in a subprocess, from /proc/self/status)."""

from __future__ import annotations

import filecmp
import io
import os
import subprocess
import sys
import textwrap
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import assistants_client as ac
import pytest
from assistants_client import AsyncClient, Client
from assistants_server import Server

from .test_facade_server import for_flavor


@pytest.fixture(params=["openai", "foundry"])
def client(assistants_server: Server, request: pytest.FixtureRequest) -> Iterator[Client]:
    with for_flavor(Client, assistants_server, str(request.param)) as client:
        yield client


@pytest.fixture
async def aclient(assistants_server: Server) -> AsyncIterator[AsyncClient]:
    async with for_flavor(AsyncClient, assistants_server, "openai") as client:
        yield client


def sources(tmp_path: Path, data: bytes) -> dict[str, Any]:
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    return {
        "path": str(path),
        "pathlike": path,
        "bytes": data,
        "file": io.BytesIO(data),
        "tuple": ("named.md", data, "text/markdown"),
    }


@pytest.mark.parametrize("kind", ["path", "pathlike", "bytes", "file", "tuple"])
def test_create_file_from_each_source_and_download_it_back(client: Client, tmp_path: Path, kind: str) -> None:
    data = os.urandom(200_000)
    seen: list[tuple[int, int | None]] = []
    made = client.create_file(
        file=sources(tmp_path, data)[kind], purpose="assistants", on_progress=lambda s, t: seen.append((s, t))
    )
    assert made.bytes == len(data) and str(made.purpose) == "assistants"
    assert made.filename == {"bytes": "file", "file": "file", "tuple": "named.md"}.get(kind, "notes.txt")
    assert seen[-1] == (len(data), len(data))
    assert client.retrieve_file(made.id).id == made.id
    assert client.download_file(made.id) == data
    target = tmp_path / "copy.bin"
    assert client.download_file_to(made.id, target) == len(data)
    assert target.read_bytes() == data
    assert client.delete_file(made.id).deleted is True
    with pytest.raises(ac.NotFoundError):
        client.download_file_to(made.id, tmp_path / "gone.bin")
    assert not (tmp_path / "gone.bin").exists()


def test_expires_after_goes_as_bracketed_fields(client: Client) -> None:
    made = client.create_file(
        file=b"short-lived", purpose="assistants", expires_after={"anchor": "created_at", "seconds": 3600}
    )
    assert made.expires_at == made.created_at + 3600


def test_list_files_pages_through_every_file(client: Client) -> None:
    ids = {client.create_file(file=(f"f{i}.txt", b"x" * (i + 1)), purpose="user_data").id for i in range(7)}
    listed = [f.id for f in client.list_files(purpose="user_data", limit=2, order="asc")]
    assert ids <= set(listed) and len(listed) == len(set(listed))
    pages = list(client.list_files(purpose="user_data", limit=3).pages())
    assert len(pages) >= 3 and all(len(p.data) <= 3 for p in pages)


def test_upload_large_file_in_parts(client: Client, tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 123)
    path = tmp_path / "large.bin"
    path.write_bytes(data)
    seen: list[int] = []
    upload = client.upload_large_file(
        path, purpose="assistants", part_size=256 * 1024, max_concurrency=4, on_progress=lambda s, t: seen.append(s)
    )
    assert str(upload.status) == "completed" and upload.file is not None
    assert max(seen) == len(data)
    assert client.download_file(upload.file.id) == data


def test_a_failed_upload_resumes_with_what_the_error_carries(client: Client, tmp_path: Path) -> None:
    data = os.urandom(1024 * 1024)
    path = tmp_path / "resume.bin"
    path.write_bytes(data)
    calls = 0
    original = client._call

    def fails_on_the_third_part(op: Any, *args: Any) -> Any:
        nonlocal calls
        if op.name == "add_upload_part":
            calls += 1
            if calls == 3:
                raise ac.APIConnectionError("cut", request=None)  # type: ignore[arg-type]
        return original(op, *args)

    client._call = fails_on_the_third_part  # type: ignore[method-assign]
    with pytest.raises(ac.UploadIncompleteError) as caught:
        client.upload_large_file(path, purpose="assistants", part_size=128 * 1024, max_concurrency=1)
    error = caught.value
    assert error.upload_id.startswith("upload")
    assert sorted(error.done_parts) == [0, 1]
    assert isinstance(error.__cause__, ac.APIConnectionError)
    client._call = original  # type: ignore[method-assign]
    sent: list[int] = []
    upload = client.upload_large_file(
        path,
        purpose="assistants",
        part_size=128 * 1024,
        upload_id=error.upload_id,
        done_parts=error.done_parts,
        on_progress=lambda s, t: sent.append(s),
    )
    assert upload.file is not None and client.download_file(upload.file.id) == data
    assert min(sent) > 2 * 128 * 1024 - 1  # the two parts done were not sent again


async def test_the_async_twins(aclient: AsyncClient, tmp_path: Path) -> None:
    data = os.urandom(700_000)
    path = tmp_path / "a.bin"
    path.write_bytes(data)
    made = await aclient.create_file(file=path, purpose="assistants")
    assert await aclient.download_file(made.id) == data
    assert await aclient.download_file_to(made.id, tmp_path / "b.bin") == len(data)
    assert (tmp_path / "b.bin").read_bytes() == data
    upload = await aclient.upload_large_file(path, purpose="assistants", part_size=100_000, max_concurrency=3)
    assert upload.file is not None and await aclient.download_file(upload.file.id) == data
    listed = [f.id async for f in aclient.list_files(limit=2)]
    assert made.id in listed and upload.file.id in listed


RSS_SCRIPT = textwrap.dedent(
    """
    import os, sys
    from assistants_client import Client

    def hwm():
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024

    base_url, path = sys.argv[1], sys.argv[2]
    with Client(api_key="sk-test", base_url=base_url, strict=True) as client:
        client.create_file(file=b"warm-up", purpose="assistants")  # imports, pools, models
        before = hwm()
        made = client.create_file(file=path, purpose="assistants")
        uploaded = hwm()
        assert made.bytes == os.path.getsize(path)
        assert client.download_file_to(made.id, path + ".copy") == made.bytes
        print(uploaded - before, hwm() - uploaded)
    """
)


def rss_growth(base_url: str, path: Path) -> tuple[int, int]:
    """How much the client's peak RSS grew while it uploaded `path`, then while it downloaded it to disk."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    result = subprocess.run(
        [sys.executable, "-c", RSS_SCRIPT, base_url, str(path)], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    upload, download = map(int, result.stdout.split())
    return upload, download


def test_200_mb_up_and_down_grow_the_clients_memory_by_less_than_20_mb(
    assistants_server: Server, tmp_path: Path
) -> None:
    path = tmp_path / "big.bin"
    with open(path, "wb") as handle:
        block = os.urandom(1024 * 1024)
        for _ in range(200):
            handle.write(block)
    upload, download = rss_growth(assistants_server.base_url, path)
    assert upload < 20 * 1024 * 1024 and download < 20 * 1024 * 1024
    assert filecmp.cmp(tmp_path / "big.bin.copy", path, shallow=False)


def test_the_azure_constructor_reaches_files_uploads_and_vector_stores(
    assistants_server: Server, tmp_path: Path
) -> None:
    endpoint = assistants_server.azure_endpoint
    with Client.azure(endpoint=endpoint, api_version="2024-05-01-preview", api_key="sk-test", strict=True) as client:
        made = client.create_file(file=("a.txt", b"azure bytes"), purpose="assistants")
        assert client.download_file(made.id) == b"azure bytes"
        path = tmp_path / "parts.bin"
        path.write_bytes(os.urandom(300_000))
        upload = client.upload_large_file(path, purpose="assistants", part_size=100_000)
        assert upload.file is not None and client.download_file(upload.file.id) == path.read_bytes()
        store = client.create_vector_store_and_poll({"file_ids": [made.id]}, poll_timeout=15, poll_interval=0.02)
        assert str(store.status) == "completed"


# -- vector stores (files-vs server) -----------------------------------------------------------


def test_create_vector_store_and_poll_ends_completed(client: Client) -> None:
    ids = [
        client.create_file(
            file=(f"n{i}.md", f"# Note {i}\nthe heron nests by the river {i}".encode()), purpose="assistants"
        ).id
        for i in range(3)
    ]
    store = client.create_vector_store_and_poll({"name": "notes", "file_ids": ids}, poll_timeout=15, poll_interval=0.02)
    assert str(store.status) == "completed"
    assert store.file_counts.completed == 3
    files = list(client.list_vector_store_files(store.id, filter="completed", limit=2))
    assert sorted(f.id for f in files) == sorted(ids)
    found = client.search_vector_store(store.id, {"query": "heron river"})
    assert found.data
    assert [s.id for s in client.list_vector_stores(limit=1) if s.id == store.id] == [store.id]
    assert client.delete_vector_store(store.id).deleted is True


def test_upload_files_and_poll_one_batch_with_each_files_outcome(client: Client, tmp_path: Path) -> None:
    from .support.documents import make_png

    store = client.create_vector_store({"name": "batch"})
    paths = []
    for i in range(4):
        path = tmp_path / f"doc{i}.txt"
        path.write_text(f"document {i}: the quick brown fox jumps over the lazy dog " * 20)
        paths.append(path)
    done = client.upload_files_and_poll(
        store.id, [*paths, ("image.png", make_png())], max_concurrency=2, poll_timeout=15, poll_interval=0.02
    )
    assert done.batch.object == "vector_store.files_batch" and done.batch.vector_store_id == store.id
    assert str(done.batch.status) == "completed"
    assert done.batch.file_counts.total == 5 and done.batch.file_counts.failed == 1
    assert len(done.files) == 5
    assert sorted(str(f.status) for f in done.files) == ["completed"] * 4 + ["failed"]
    (failed,) = done.failed
    assert failed.last_error is not None and failed.last_error.code
    extra = client.create_file(file=("extra.txt", b"one more file, attached alone"), purpose="assistants")
    attached = client.create_vector_store_file_and_poll(
        store.id, {"file_id": extra.id}, poll_timeout=15, poll_interval=0.02
    )
    assert str(attached.status) == "completed"


async def test_async_upload_files_and_poll(aclient: AsyncClient) -> None:
    store = await aclient.create_vector_store_and_poll({"name": "async"}, poll_timeout=15, poll_interval=0.02)
    done = await aclient.upload_files_and_poll(
        store.id, [("a.txt", b"alpha beta gamma"), ("b.txt", b"delta epsilon")], poll_timeout=15, poll_interval=0.02
    )
    assert str(done.batch.status) == "completed" and [str(f.status) for f in done.files] == ["completed", "completed"]
    batch = await aclient.create_vector_store_file_batch_and_poll(
        store.id, {"file_ids": [f.id for f in done.files]}, poll_timeout=15, poll_interval=0.02
    )
    assert batch.id != done.batch.id and str(batch.status) == "completed"


def test_more_files_than_one_batch_takes_is_refused_before_any_upload(client: Client) -> None:
    before = len(list(client.list_files(limit=100)))
    store = client.create_vector_store({"name": "too many"})
    with pytest.raises(ValueError, match="at most 2000 files"):
        client.upload_files_and_poll(store.id, [("n.txt", b"x")] * 2001, poll_timeout=15)
    assert len(list(client.list_files(limit=100))) == before  # nothing was uploaded


async def test_async_more_files_than_one_batch_takes_is_refused_before_any_upload(aclient: AsyncClient) -> None:
    before = len([f async for f in aclient.list_files(limit=100)])
    store = await aclient.create_vector_store({"name": "too many"})
    with pytest.raises(ValueError, match="at most 2000 files"):
        await aclient.upload_files_and_poll(store.id, [("n.txt", b"x")] * 2001, poll_timeout=15)
    assert len([f async for f in aclient.list_files(limit=100)]) == before


async def test_async_upload_whose_hashing_fails_raises_upload_incomplete(
    aclient: AsyncClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from assistants_client._uploads import PartPlan

    path = tmp_path / "vanishing.bin"
    path.write_bytes(os.urandom(300_000))

    def unreadable(self: PartPlan) -> str:
        raise OSError(5, "Input/output error", str(self.path))

    monkeypatch.setattr(PartPlan, "md5", unreadable)  # a disk error while hashing: no server can make one
    with pytest.raises(ac.UploadIncompleteError) as caught:
        await aclient.upload_large_file(path, purpose="assistants", part_size=100_000)
    assert caught.value.upload_id.startswith("upload")
    assert sorted(caught.value.done_parts) == [0, 1, 2]  # every part went: a resume only completes
    assert isinstance(caught.value.__cause__, OSError)
