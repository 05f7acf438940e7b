"""File bytes in PostgreSQL (``PgBlobStore``): written a part at a time, committed whole or not
at all, read back part by part or as a local file, and used by the file records as the disk
store is. A real PostgreSQL (``tests.support.pg_cluster``), a fresh database per test.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from assistants_server.file_records import FileRecords
from assistants_server.storage.postgres_blobs import PART_SIZE, PgBlobStore
from assistants_server.storage.sqlite import Store
from psycopg_pool import ConnectionPool

from tests.support.pg_cluster import fresh_pool
from tests.support.threads import run_together

MIB = 1 << 20


@pytest.fixture
def pool() -> Iterator[ConnectionPool]:
    with fresh_pool() as opened:
        yield opened


@pytest.fixture
def blobs(pool: ConnectionPool, tmp_path: Path) -> Iterator[PgBlobStore]:
    store = PgBlobStore(pool, tmp_path / "cache", settle_seconds=0)
    yield store
    store.close()


def _count(pool: ConnectionPool, table: str) -> int:
    with pool.connection() as conn:
        row = conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
    assert row is not None
    return int(row[0])


def _data(size: int, seed: int = 1) -> bytes:
    return random.Random(seed).randbytes(size)


def test_five_mib_stream_in_and_out(pool: ConnectionPool, blobs: PgBlobStore) -> None:
    data = _data(5 * MIB + 12_345)
    writer = blobs.writer()
    parts_seen = []
    at = 0
    for step in (1, 300_000, 77_777, MIB + 3) * 40:  # odd sizes across part boundaries
        if at >= len(data):
            break
        writer.write(memoryview(data)[at : at + step])
        at += step
        parts_seen.append(_count(pool, "fs_blob_parts"))
    assert at >= len(data) and writer.size == len(data)
    assert parts_seen[-1] == len(data) // PART_SIZE  # full parts went out while writing
    assert not blobs.exists("file-big")  # nothing under the id before commit
    writer.commit("file-big")
    assert blobs.exists("file-big") and blobs.size("file-big") == len(data)
    assert _count(pool, "fs_blob_parts") == len(data) // PART_SIZE + 1 and _count(pool, "fs_blob_uploads") == 0
    read = bytearray()
    with blobs.open("file-big") as fh:
        for _ in range(len(data) // 65_536 + 2):
            got = fh.read(65_536)
            if not got:
                break
            assert len(got) == 65_536 or len(read) + len(got) == len(data)  # full reads across parts
            read += got
    assert bytes(read) == data
    path = blobs.path("file-big")
    assert path.parent == blobs.root and path.read_bytes() == data
    assert not [p for p in blobs.root.iterdir() if p.name.startswith(".partial-")]
    assert list(blobs.ids()) == ["file-big"]


def test_an_empty_blob_and_a_blob_of_exactly_one_part(blobs: PgBlobStore) -> None:
    with blobs.writer() as writer:
        writer.commit("file-empty")
    with blobs.writer() as writer:
        writer.write(_data(PART_SIZE))
        writer.commit("file-one")
    assert blobs.size("file-empty") == 0 and blobs.open("file-empty").read() == b""
    assert blobs.path("file-empty").read_bytes() == b""
    assert blobs.open("file-one").read() == _data(PART_SIZE)
    assert sorted(blobs.ids()) == ["file-empty", "file-one"]


def test_abort_leaves_nothing(pool: ConnectionPool, blobs: PgBlobStore) -> None:
    writer = blobs.writer()
    writer.write(_data(3 * MIB))
    assert _count(pool, "fs_blob_parts") == 3
    writer.abort()
    writer.abort()  # a second abort is a no-op
    with pytest.raises(ValueError):
        writer.write(b"more")
    with blobs.writer() as other:  # leaving the block uncommitted aborts
        other.write(_data(MIB + 1))
    for table in ("fs_blob_parts", "fs_blob_uploads", "fs_blobs"):
        assert _count(pool, table) == 0, table
    with blobs.writer() as kept:
        kept.write(b"kept")
        kept.commit("file-kept")
    kept.abort()  # after commit: nothing to drop
    assert blobs.open("file-kept").read() == b"kept"


def test_two_writers_at_once(pool: ConnectionPool, blobs: PgBlobStore) -> None:
    payloads = {n: _data(2 * MIB + n * 1000, seed=n) for n in range(2)}

    def write(n: int) -> None:
        with blobs.writer() as writer:
            data = payloads[n]
            for at in range(0, len(data), 200_000):
                writer.write(data[at : at + 200_000])
            writer.commit(f"file-{n}")

    assert run_together(write, 2) == []
    for n, data in payloads.items():
        assert hashlib.sha256(blobs.open(f"file-{n}").read()).digest() == hashlib.sha256(data).digest()
    # two writers of the same id: the later commit wins whole, the loser's parts go
    first, second = blobs.writer(), blobs.writer()
    first.write(_data(MIB + 5, seed=7))
    second.write(_data(MIB + 9, seed=8))
    first.commit("file-same")
    assert blobs.path("file-same").read_bytes() == _data(MIB + 5, seed=7)
    second.commit("file-same")
    assert blobs.open("file-same").read() == _data(MIB + 9, seed=8)
    assert blobs.path("file-same").read_bytes() == _data(MIB + 9, seed=8)  # the local copy follows
    expected_parts = sum(-(-len(d) // PART_SIZE) for d in payloads.values()) + 2  # the winner of file-same
    assert _count(pool, "fs_blob_parts") == expected_parts


def test_missing_blobs_and_bad_ids(blobs: PgBlobStore) -> None:
    assert not blobs.exists("file-none") and blobs.delete("file-none") is False
    with pytest.raises(FileNotFoundError):
        blobs.open("file-none")
    with pytest.raises(FileNotFoundError):
        blobs.size("file-none")
    assert not blobs.path("file-none").exists()
    for bad in ("../etc/passwd", "", "a/b", "x" * 129):
        with pytest.raises(ValueError):
            blobs.path(bad)
        with pytest.raises(ValueError):
            blobs.writer().commit(bad)


def test_delete_removes_the_bytes_and_the_local_copy(pool: ConnectionPool, blobs: PgBlobStore) -> None:
    with blobs.writer() as writer:
        writer.write(_data(MIB + 1))
        writer.commit("file-a")
    path = blobs.path("file-a")
    assert path.is_file()
    assert blobs.delete("file-a") is True and blobs.delete("file-a") is False
    assert not path.exists() and not blobs.exists("file-a")
    assert _count(pool, "fs_blob_parts") == 0


def test_another_replica_sees_commits_and_deletes(pool: ConnectionPool, blobs: PgBlobStore, tmp_path: Path) -> None:
    other = PgBlobStore(pool, tmp_path / "other-cache", settle_seconds=0)
    try:
        with blobs.writer() as writer:
            writer.write(b"version one")
            writer.commit("file-a")
        assert other.path("file-a").read_bytes() == b"version one"
        with blobs.writer() as writer:
            writer.write(b"version two!")
            writer.commit("file-a")
        assert other.path("file-a").read_bytes() == b"version two!"
        blobs.delete("file-a")
        assert not other.path("file-a").exists()
    finally:
        other.close()


def test_ids_leave_out_blobs_not_settled(pool: ConnectionPool, tmp_path: Path) -> None:
    fresh = PgBlobStore(pool, tmp_path / "c")  # the default settling time
    try:
        with fresh.writer() as writer:
            writer.commit("file-new")
        assert list(fresh.ids()) == [] and fresh.exists("file-new")
    finally:
        fresh.close()


def test_sweep_removes_stale_uploads_only(pool: ConnectionPool, blobs: PgBlobStore) -> None:
    stale, live = blobs.writer(), blobs.writer()
    stale.write(_data(MIB))
    live.write(_data(MIB))
    with pool.connection() as conn:
        conn.execute(
            "UPDATE fs_blob_uploads SET touched_at = now() - interval '2 hours' WHERE upload_key = %s", (stale.key,)
        )
    (blobs.root / ".partial-left").write_bytes(b"x")
    assert blobs.sweep_partials() == 2
    assert _count(pool, "fs_blob_uploads") == 1 and _count(pool, "fs_blob_parts") == 1
    with pytest.raises(OSError):
        stale.commit("file-stale")
    live.commit("file-live")
    assert blobs.size("file-live") == MIB


def test_clear_and_close(pool: ConnectionPool, tmp_path: Path) -> None:
    owned = PgBlobStore(pool)  # a cache directory of its own
    with owned.writer() as writer:
        writer.write(b"bytes")
        writer.commit("file-a")
    pending = owned.writer()
    pending.write(_data(MIB))
    path = owned.path("file-a")
    owned.clear()
    assert not path.exists() and not owned.exists("file-a")
    for table in ("fs_blob_parts", "fs_blob_uploads", "fs_blobs"):
        assert _count(pool, table) == 0, table
    with owned.writer() as writer:
        writer.commit("file-b")
    owned.path("file-b")
    owned.close()
    assert not owned.root.exists()
    shared = PgBlobStore(pool, tmp_path / "shared")
    shared.path("file-b")
    (tmp_path / "shared" / "unrelated.txt").write_text("kept")
    shared.close()
    assert not (tmp_path / "shared" / "file-b").exists() and (tmp_path / "shared" / "unrelated.txt").exists()
    assert PgBlobStore(pool).exists("file-b")  # close leaves the database alone


def test_file_records_work_on_it(blobs: PgBlobStore) -> None:
    records = FileRecords(Store(), blobs)
    data = _data(MIB + 100)
    writer = blobs.writer()
    writer.write(data)
    file = records.create(writer, filename="a.bin", purpose="assistants")
    fh, size = records.open(file["id"])
    with fh:
        assert size == len(data) and fh.read() == data
    upload = records.create_upload({"filename": "b.bin", "bytes": 2 * MIB, "purpose": "assistants"})
    part_ids = []
    for seed in (1, 2):
        part_writer = blobs.writer()
        part_writer.write(_data(MIB, seed=seed))
        part_ids.append(records.add_part(upload["id"], part_writer)["id"])
    joined = records.join(part_ids, hashlib.md5(_data(MIB, seed=1) + _data(MIB, seed=2)).hexdigest())
    done = records.complete(upload["id"], {"part_ids": part_ids}, joined)
    assert blobs.open(done["file"]["id"]).read() == _data(MIB, seed=1) + _data(MIB, seed=2)
    assert not any(blobs.exists(p) for p in part_ids)
    records.delete(file["id"])
    assert not blobs.exists(file["id"])
    assert records.sweep_orphans() == 0


def test_local_copies_are_bounded_least_recently_used_first(
    pool: ConnectionPool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blobs = PgBlobStore(pool, tmp_path / "bounded", cache_bytes=3 * 1000)
    for name in ("file-1", "file-2", "file-3", "file-4"):
        with blobs.writer() as writer:
            writer.write(_data(1000, seed=len(name)))
            writer.commit(name)
    for name in ("file-1", "file-2", "file-3", "file-4"):
        blobs.path(name)
    assert blobs.cached_bytes() == 4000  # past the bound, but all handed out just now: none goes
    monkeypatch.setattr("assistants_server.storage.postgres_blobs.CACHE_GRACE_SECONDS", 0.0)
    blobs.path("file-1")  # used again: now the newest
    assert blobs.cached_bytes() == 3000
    assert not (blobs.root / "file-2").exists()  # the least recently used went
    assert all((blobs.root / name).exists() for name in ("file-1", "file-3", "file-4"))
    assert blobs.path("file-2").read_bytes() == _data(1000, seed=6)  # copied again on demand
    assert not (blobs.root / "file-3").exists() and blobs.cached_bytes() == 3000
    blobs.close()
