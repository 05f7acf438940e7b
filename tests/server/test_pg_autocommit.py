"""The PostgreSQL chunk table and blob store on a pool of autocommit connections, as the object
store (``pg_connections.PgDatabase``) makes it: each write stays one transaction, so a reader
never sees a file's chunks half replaced, two writers of one file never collide on its keys, the
BM25 statistics stay the table's true counts, and a blob being replaced is always there.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from assistants_server.storage.chunks import ChunkRow
from assistants_server.storage.postgres_blobs import PgBlobStore
from assistants_server.storage.postgres_chunks import PgChunkTable
from psycopg_pool import ConnectionPool

from tests.support.pg_cluster import cluster

SECONDS = 3.0  # how long the writers and the reader race


@pytest.fixture
def pool() -> Iterator[ConnectionPool]:
    url = cluster().new_database()
    with ConnectionPool(url, min_size=4, max_size=8, kwargs={"autocommit": True}, open=True) as opened:
        yield opened
    cluster().drop_database(url)


def _race(write: list[Callable[[], object]], read: Callable[[], object]) -> tuple[list[str], int]:
    """Run the `write` callables in loops beside one `read` loop for ``SECONDS``; the errors
    raised and the reads made."""
    errors: list[str] = []
    reads = 0
    stop = time.monotonic() + SECONDS

    def loop(step: Callable[[], object]) -> None:
        nonlocal reads
        for _ in range(100_000):
            if time.monotonic() > stop:
                return
            try:
                step()
            except Exception as exc:  # the test reports what failed
                errors.append(f"{type(exc).__name__}: {exc}"[:200])
            if step is read:
                reads += 1

    threads = [threading.Thread(target=loop, args=(step,)) for step in [*write, read]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(SECONDS + 60)
    return errors, reads


def test_chunk_replace_is_one_transaction(pool: ConnectionPool) -> None:
    table = PgChunkTable(pool)

    def rows(n: int, tag: str) -> list[ChunkRow]:
        return [ChunkRow("vs_a", "file-a", i, f"{tag} word{i} alpha", 0, 1, 1) for i in range(n)]

    table.replace("vs_a", "file-a", "a", rows(30, "aaa"))
    seen: set[int] = set()
    errors, reads = _race(
        [
            lambda: table.replace("vs_a", "file-a", "a", rows(30, "aaa")),
            lambda: table.replace("vs_a", "file-a", "b", rows(50, "bbb")),
        ],
        lambda: seen.add(table.count("vs_a", "file-a")),
    )
    assert errors == []
    assert reads > 10
    assert seen <= {30, 50}  # never a file half replaced
    with pool.connection() as conn:
        counted = conn.execute("SELECT count(*) FROM fs_chunks").fetchone()
        stats = conn.execute("SELECT n_rows FROM fs_chunk_stats").fetchone()
    assert counted is not None and stats is not None
    assert stats[0] == counted[0]


def test_blob_replace_is_one_transaction(pool: ConnectionPool, tmp_path: Path) -> None:
    blobs = PgBlobStore(pool, tmp_path / "cache", settle_seconds=0)
    lock = threading.Lock()

    def put(data: bytes) -> None:
        with blobs.writer() as writer:
            writer.write(data)
            writer.commit("file-x")

    put(b"first")
    missing = []

    def look() -> None:
        if not blobs.exists("file-x"):
            with lock:
                missing.append(1)

    errors, reads = _race([lambda: put(b"a" * 10), lambda: put(b"b" * 20)], look)
    blobs.close()
    assert errors == []
    assert reads > 10
    assert missing == []
