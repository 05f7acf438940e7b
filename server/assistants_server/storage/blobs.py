"""File bytes on disk: one file per stored object, named by its id in one data directory.

Nothing a request sends ever becomes a path: names come from ids the server made, checked
against ``_ID`` again before use. Bytes arrive through a ``BlobWriter``: a temporary file in the
same directory (``.partial-*``), renamed onto the id with ``os.replace`` when committed (a reader
sees all the bytes or none) and removed when aborted. A crash leaves at most ``.partial-*``
files, which ``sweep_partials`` removes at start.

``BlobStore.path(blob_id)`` is public: readers that want the file itself (text extraction for
vector stores) open it there.

``Blobs`` and ``BlobSink`` are the API callers use: ``BlobStore`` and its ``BlobWriter`` here,
``postgres_blobs.PgBlobStore`` and its writer for the PostgreSQL store.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

PARTIAL_PREFIX = ".partial-"
_ID = re.compile(r"[A-Za-z0-9_-]{1,128}")
MAX_SWEPT = 100_000  # directory entries one sweep looks at


def checked_id(blob_id: str) -> str:
    """`blob_id` if it is one a blob may have (ids the server made), else ValueError."""
    if not _ID.fullmatch(blob_id):
        raise ValueError(f"not a blob id: {blob_id[:40]!r}")
    return blob_id


def is_blob_id(name: str) -> bool:
    return _ID.fullmatch(name) is not None


class BlobSink(Protocol):
    """Bytes on their way to a blob: nothing is seen under an id before ``commit``."""

    size: int

    def write(self, data: bytes | memoryview) -> None: ...

    def commit(self, blob_id: str) -> object: ...

    def abort(self) -> None: ...

    def __enter__(self) -> BlobSink: ...

    def __exit__(self, *exc: Any) -> None: ...


class Blobs(Protocol):
    """Where file bytes live, by blob id."""

    def path(self, blob_id: str) -> Path: ...

    def writer(self) -> BlobSink: ...

    def open(self, blob_id: str) -> IO[bytes]: ...

    def exists(self, blob_id: str) -> bool: ...

    def size(self, blob_id: str) -> int: ...

    def delete(self, blob_id: str) -> bool: ...

    def ids(self) -> Iterator[str]: ...

    def sweep_partials(self) -> int: ...

    def clear(self) -> None: ...

    def close(self) -> None: ...


class BlobWriter:
    """Bytes on their way to a blob: a temporary file until ``commit``."""

    def __init__(self, store: BlobStore) -> None:
        self._store = store
        fd, name = tempfile.mkstemp(prefix=PARTIAL_PREFIX, dir=store.root)
        self.temp_path = Path(name)
        self._fh: IO[bytes] | None = os.fdopen(fd, "wb")
        self.size = 0
        self.committed: str | None = None

    def write(self, data: bytes | memoryview) -> None:
        if self._fh is None:
            raise ValueError("this writer is closed")
        self._fh.write(data)
        self.size += len(data)

    def commit(self, blob_id: str) -> Path:
        """Move the bytes under `blob_id` (atomically); the writer is done."""
        target = self._store.path(blob_id)
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        os.replace(self.temp_path, target)
        self.committed = blob_id
        return target

    def abort(self) -> None:
        """Drop the bytes (a no-op after ``commit`` or a first ``abort``)."""
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        if self.committed is None:
            with contextlib.suppress(FileNotFoundError):
                self.temp_path.unlink()

    def __enter__(self) -> BlobWriter:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.abort()


class BlobStore:
    """The data directory. ``owned``: made by the server, removed by ``close``."""

    def __init__(self, root: str | os.PathLike[str], *, owned: bool = False) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.owned = owned

    @classmethod
    def temporary(cls) -> BlobStore:
        return cls(tempfile.mkdtemp(prefix="assistants-server-files-"), owned=True)

    def path(self, blob_id: str) -> Path:
        """Where the bytes of `blob_id` live (whether or not they exist yet)."""
        return self.root / checked_id(blob_id)

    def writer(self) -> BlobWriter:
        return BlobWriter(self)

    def open(self, blob_id: str) -> IO[bytes]:
        return open(self.path(blob_id), "rb")

    def exists(self, blob_id: str) -> bool:
        return self.path(blob_id).is_file()

    def size(self, blob_id: str) -> int:
        return self.path(blob_id).stat().st_size

    def delete(self, blob_id: str) -> bool:
        try:
            self.path(blob_id).unlink()
        except FileNotFoundError:
            return False
        return True

    def ids(self) -> Iterator[str]:
        """The committed blobs (at most ``MAX_SWEPT`` entries are looked at)."""
        with os.scandir(self.root) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_SWEPT:
                    return
                if entry.is_file() and _ID.fullmatch(entry.name):
                    yield entry.name

    def sweep_partials(self) -> int:
        """Remove the temporary files a crash left behind; how many went."""
        removed = 0
        with os.scandir(self.root) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_SWEPT:
                    break
                if entry.name.startswith(PARTIAL_PREFIX) and entry.is_file():
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)
                        removed += 1
        return removed

    def clear(self) -> None:
        """Remove every blob and temporary file (the state was reset)."""
        with os.scandir(self.root) as entries:
            for count, entry in enumerate(entries):
                if count >= MAX_SWEPT:
                    break
                if entry.is_file() and (_ID.fullmatch(entry.name) or entry.name.startswith(PARTIAL_PREFIX)):
                    with contextlib.suppress(FileNotFoundError):
                        os.unlink(entry.path)

    def close(self) -> None:
        if self.owned:
            shutil.rmtree(self.root, ignore_errors=True)


def default_root(db: str | None) -> str | None:
    """The data directory that goes with a database file: ``<db>.files`` (None without one, or for
    a database URL)."""
    return f"{db}.files" if db and "://" not in db else None
