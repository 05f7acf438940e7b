"""File bytes in PostgreSQL: ``BlobStore``'s API, the bytes in parts of ``PART_SIZE`` in the database.

- A ``PgBlobWriter`` streams: its bytes go to ``fs_blob_parts`` a part at a time (each part its
  own short transaction, never the whole file in memory), under a fresh upload key recorded in
  ``fs_blob_uploads``. ``commit(blob_id)`` is one transaction: the blob id points at the key
  (``fs_blobs``), a previous blob of that id goes with its parts, the upload row goes. Until
  then no reader sees a byte; ``abort`` deletes the parts.
- An upload left by a crashed replica is swept by ``sweep_partials`` once untouched for
  ``STALE_UPLOAD_SECONDS`` (another replica's upload in progress keeps its key fresh).
- ``ids()`` leaves out blobs committed in the last ``settle_seconds``: the owner of a blob is
  recorded in a transaction of the object store that may not have committed yet on another
  replica, and ``ids()`` is what the orphan sweep walks.
- ``open`` reads part by part. ``path`` gives a local file, for readers that want one (text
  extraction): the blob is copied into the cache directory (a temporary file renamed into
  place) on first use and removed by ``delete``, ``clear`` and ``close``. The copies are
  bounded (``cache_bytes``): past it, the least recently used ones go, but never one used in
  the last ``CACHE_GRACE_SECONDS`` (a reader may be about to open it).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from psycopg import Connection
from psycopg_pool import ConnectionPool

from .blobs import MAX_SWEPT, PARTIAL_PREFIX, checked_id, is_blob_id

PART_SIZE = 1 << 20
STALE_UPLOAD_SECONDS = 3600
SETTLE_SECONDS = 60.0
CACHE_BYTES = 1 << 30  # local copies kept by ``path``, at most (beyond those in use)
CACHE_GRACE_SECONDS = 60.0  # a copy handed out this recently is never removed to make room
SCHEMA = """
CREATE TABLE IF NOT EXISTS fs_blob_uploads (
    upload_key TEXT PRIMARY KEY,
    touched_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS fs_blob_parts (
    upload_key TEXT NOT NULL,
    part INTEGER NOT NULL,
    data BYTEA NOT NULL,
    PRIMARY KEY (upload_key, part)
);
CREATE TABLE IF NOT EXISTS fs_blobs (
    id TEXT PRIMARY KEY,
    upload_key TEXT NOT NULL,
    size BIGINT NOT NULL,
    parts INTEGER NOT NULL,
    committed_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
"""
_SCHEMA_LOCK = 0x66735F626C6F6273  # pg_advisory_xact_lock key while the schema is made ("fs_blobs")


def _lock_blob(conn: Connection[Any], blob_id: str) -> None:
    conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"fs_blobs/{blob_id}",))


class PgBlobWriter:
    """Bytes on their way to a blob: parts under an upload key until ``commit``."""

    def __init__(self, store: PgBlobStore) -> None:
        self._store = store
        self.key = uuid.uuid4().hex
        self._buffer = bytearray()
        self._parts = 0
        self._open = True
        self.size = 0
        self.committed: str | None = None
        with store.pool.connection() as conn:
            conn.execute("INSERT INTO fs_blob_uploads (upload_key) VALUES (%s)", (self.key,))

    def __repr__(self) -> str:
        return f"PgBlobWriter(size={self.size})"

    def write(self, data: bytes | memoryview) -> None:
        """Buffer `data`, sending each full part as it fills (`data` is never copied whole)."""
        if not self._open:
            raise ValueError("this writer is closed")
        view = memoryview(data).cast("B")
        self.size += len(view)
        at = 0
        while at < len(view):
            take = min(PART_SIZE - len(self._buffer), len(view) - at)
            self._buffer += view[at : at + take]
            at += take
            if len(self._buffer) >= PART_SIZE:
                self._flush()

    def _flush(self) -> None:
        part, self._buffer = bytes(self._buffer), bytearray()
        with self._store.pool.connection() as conn, conn.transaction():
            conn.execute(
                "INSERT INTO fs_blob_parts (upload_key, part, data) VALUES (%s, %s, %s)", (self.key, self._parts, part)
            )
            conn.execute("UPDATE fs_blob_uploads SET touched_at = now() WHERE upload_key = %s", (self.key,))
        self._parts += 1

    def commit(self, blob_id: str) -> None:
        """Make the bytes the blob `blob_id` (atomically, replacing one of that id); the writer is done."""
        checked_id(blob_id)
        if not self._open:
            raise ValueError("this writer is closed")
        if self._buffer:
            self._flush()
        with self._store.pool.connection() as conn, conn.transaction():
            _lock_blob(conn, blob_id)
            if conn.execute("DELETE FROM fs_blob_uploads WHERE upload_key = %s", (self.key,)).rowcount != 1:
                raise OSError("the upload was swept before it was committed")
            old = conn.execute("DELETE FROM fs_blobs WHERE id = %s RETURNING upload_key", (blob_id,)).fetchone()
            if old is not None:
                conn.execute("DELETE FROM fs_blob_parts WHERE upload_key = %s", (old[0],))
            conn.execute(
                "INSERT INTO fs_blobs (id, upload_key, size, parts) VALUES (%s, %s, %s, %s)",
                (blob_id, self.key, self.size, self._parts),
            )
        self._open = False
        self.committed = blob_id
        self._store.forget_cached(blob_id)

    def abort(self) -> None:
        """Drop the bytes (a no-op after ``commit`` or a first ``abort``)."""
        if not self._open:
            return
        self._open = False
        self._buffer = bytearray()
        with self._store.pool.connection() as conn, conn.transaction():
            conn.execute("DELETE FROM fs_blob_parts WHERE upload_key = %s", (self.key,))
            conn.execute("DELETE FROM fs_blob_uploads WHERE upload_key = %s", (self.key,))

    def __enter__(self) -> PgBlobWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.abort()


class _PartReader(io.RawIOBase):
    """A committed blob read a part at a time."""

    def __init__(self, pool: ConnectionPool[Any], key: str, parts: int) -> None:
        self._pool = pool
        self._key = key
        self._parts = parts
        self._next = 0
        self._data = b""
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        if self._at >= len(self._data):
            if self._next >= self._parts:
                return 0
            with self._pool.connection() as conn:
                row = conn.execute(
                    "SELECT data FROM fs_blob_parts WHERE upload_key = %s AND part = %s", (self._key, self._next)
                ).fetchone()
            if row is None:
                raise OSError("the blob was deleted while it was read")
            self._data, self._at = bytes(row[0]), 0
            self._next += 1
        view = memoryview(b).cast("B")
        n = min(len(view), len(self._data) - self._at)
        view[:n] = self._data[self._at : self._at + n]
        self._at += n
        return n


class PgBlobStore:
    """The blobs in PostgreSQL; ``cache_dir``: where ``path`` puts local copies (a temporary
    directory of its own, removed by ``close``, when None)."""

    def __init__(
        self,
        pool: ConnectionPool[Any],
        cache_dir: str | os.PathLike[str] | None = None,
        *,
        settle_seconds: float = SETTLE_SECONDS,
        cache_bytes: int = CACHE_BYTES,
    ) -> None:
        self.pool = pool
        self.owned = cache_dir is None
        self.root = (
            Path(cache_dir) if cache_dir is not None else Path(tempfile.mkdtemp(prefix="assistants-blob-cache-"))
        )
        self.root.mkdir(parents=True, exist_ok=True)
        self.settle_seconds = settle_seconds
        self.cache_bytes = cache_bytes
        # blob id -> (the upload key of the local copy, its size, when last handed out); oldest first
        self._cached: OrderedDict[str, tuple[str, int, float]] = OrderedDict()
        self._cache_lock = threading.Lock()
        with pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))  # replicas starting at once
            conn.execute(SCHEMA)

    def __repr__(self) -> str:
        return "PgBlobStore()"

    def _row(self, blob_id: str) -> tuple[str, int, int] | None:
        with self.pool.connection() as conn:
            row = conn.execute("SELECT upload_key, size, parts FROM fs_blobs WHERE id = %s", (blob_id,)).fetchone()
        return (str(row[0]), int(row[1]), int(row[2])) if row else None

    def writer(self) -> PgBlobWriter:
        return PgBlobWriter(self)

    def open(self, blob_id: str) -> IO[bytes]:
        """The blob's bytes, read a part at a time; FileNotFoundError when there is no such blob."""
        found = self._row(checked_id(blob_id))
        if found is None:
            raise FileNotFoundError(f"no blob {blob_id}")
        key, _size, parts = found
        return io.BufferedReader(_PartReader(self.pool, key, parts), buffer_size=64 * 1024)

    def exists(self, blob_id: str) -> bool:
        return self._row(checked_id(blob_id)) is not None

    def size(self, blob_id: str) -> int:
        found = self._row(checked_id(blob_id))
        if found is None:
            raise FileNotFoundError(f"no blob {blob_id}")
        return found[1]

    def path(self, blob_id: str) -> Path:
        """A local file holding the blob's bytes, copied from the database on first use (a path
        where no file is when there is no such blob)."""
        target = self.root / checked_id(blob_id)
        found = self._row(blob_id)
        if found is None:
            self.forget_cached(blob_id)
            return target
        key, size, _parts = found
        with self._cache_lock:
            known = self._cached.get(blob_id)
        if known is not None and known[0] == key and target.is_file() and target.stat().st_size == size:
            self._used(blob_id, key, size)
            return target
        fd, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=self.root)
        try:
            with os.fdopen(fd, "wb") as out, self.open(blob_id) as source:
                for _ in range(size // PART_SIZE + 2):
                    data = source.read(PART_SIZE)
                    if not data:
                        break
                    out.write(data)
            os.replace(name, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(name)
            raise
        self._used(blob_id, key, size)
        return target

    def _used(self, blob_id: str, key: str, size: int) -> None:
        """Note the copy of `blob_id` as handed out now; remove the oldest copies past the bound."""
        now = time.monotonic()
        with self._cache_lock:
            self._cached[blob_id] = (key, size, now)
            self._cached.move_to_end(blob_id)
            held = self._held_bytes()
            gone: list[str] = []
            for old_id, (_key, old_size, used_at) in self._cached.items():
                if held <= self.cache_bytes or used_at > now - CACHE_GRACE_SECONDS:
                    break
                gone.append(old_id)
                held -= old_size
            for old_id in gone:
                del self._cached[old_id]
        for old_id in gone:
            with contextlib.suppress(FileNotFoundError):
                (self.root / old_id).unlink()

    def cached_bytes(self) -> int:
        """The bytes of the local copies ``path`` keeps now."""
        with self._cache_lock:
            return self._held_bytes()

    def _held_bytes(self) -> int:  # under _cache_lock
        return sum(entry[1] for entry in self._cached.values())

    def forget_cached(self, blob_id: str) -> None:
        """Remove the local copy of `blob_id`, if any."""
        with self._cache_lock:
            self._cached.pop(blob_id, None)
        with contextlib.suppress(FileNotFoundError):
            (self.root / blob_id).unlink()

    def delete(self, blob_id: str) -> bool:
        with self.pool.connection() as conn, conn.transaction():
            _lock_blob(conn, checked_id(blob_id))
            old = conn.execute("DELETE FROM fs_blobs WHERE id = %s RETURNING upload_key", (blob_id,)).fetchone()
            if old is not None:
                conn.execute("DELETE FROM fs_blob_parts WHERE upload_key = %s", (old[0],))
        self.forget_cached(blob_id)
        return old is not None

    def ids(self) -> Iterator[str]:
        """The committed blobs (at most ``MAX_SWEPT``), but those committed in the last
        ``settle_seconds``."""
        with self.pool.connection() as conn:
            found = conn.execute(
                "SELECT id FROM fs_blobs WHERE committed_at <= now() - make_interval(secs => %s) ORDER BY id LIMIT %s",
                (self.settle_seconds, MAX_SWEPT),
            ).fetchall()
        for row in found:
            yield str(row[0])

    def sweep_partials(self) -> int:
        """Remove the uploads a crash left behind (untouched for ``STALE_UPLOAD_SECONDS``) and
        the local cache's temporary files; how many went."""
        with self.pool.connection() as conn, conn.transaction():
            gone = conn.execute(
                "DELETE FROM fs_blob_uploads WHERE touched_at < now() - make_interval(secs => %s) RETURNING upload_key",
                (STALE_UPLOAD_SECONDS,),
            ).fetchall()
            keys = [str(row[0]) for row in gone]
            if keys:
                conn.execute("DELETE FROM fs_blob_parts WHERE upload_key = ANY(%s)", (keys,))
        return len(keys) + self._sweep_cache(partials_only=True)

    def _sweep_cache(self, *, partials_only: bool) -> int:
        removed = 0
        with os.scandir(self.root) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_SWEPT:
                    break
                partial = entry.name.startswith(PARTIAL_PREFIX)
                if entry.is_file() and (partial or (not partials_only and is_blob_id(entry.name))):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)
                        removed += 1
        return removed

    def clear(self) -> None:
        """Remove every blob, upload in progress and local copy (the state was reset)."""
        with self.pool.connection() as conn, conn.transaction():
            conn.execute("TRUNCATE fs_blobs, fs_blob_parts, fs_blob_uploads")
        with self._cache_lock:
            self._cached.clear()
        self._sweep_cache(partials_only=False)

    def close(self) -> None:
        """Remove the local copies (the whole cache directory when it is the store's own); the
        pool belongs to the caller."""
        with self._cache_lock:
            self._cached.clear()
        if self.owned:
            shutil.rmtree(self.root, ignore_errors=True)
        else:
            self._sweep_cache(partials_only=False)
