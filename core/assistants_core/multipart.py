"""A `multipart/form-data` request body that streams its files from where they are.

`MultipartBody(fields, file_fields)` takes the fields of a multipart operation (what a request
model's `to_dict()` gives, or a mapping) and the names of its binary fields (from the spec). A
binary field's value is a *file source*:

- a path (`str` or `os.PathLike`): opened and read when the body is sent, never whole;
- `bytes`, `bytearray` or `memoryview`;
- a binary file object: read from its current position; a seekable one is measured and can be
  sent again (each send seeks back to where it started), a non-seekable one is sent once;
- `FileSlice(path, offset, length)`: a part of a file (what an upload part sends);
- a `(filename, content)` or `(filename, content, content_type)` tuple of any of the above.

A nested mapping is sent as bracketed fields (`expires_after[anchor]`, `expires_after[seconds]`).
The body knows its length when every source does (then `Content-Length` is sent, else chunked
encoding), whether it can be sent again (`rewindable`), and reports `on_progress(sent, total)`
with the file bytes sent so far and their total (None when unknown).
"""

from __future__ import annotations

import mimetypes
import os
import uuid
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from typing import IO, Any

from httpx2 import AsyncByteStream, SyncByteStream

__all__ = ["CHUNK_SIZE", "FileSlice", "FileSource", "MultipartBody", "NotRewindableError", "Progress"]

CHUNK_SIZE = 256 * 1024
"""Bytes read from a file source at a time."""

FileSource = Any
"""A path, bytes, a binary file object, a FileSlice, or a (filename, content[, content_type]) tuple."""

Progress = Callable[[int, "int | None"], Any]


class NotRewindableError(RuntimeError):
    """A body whose source cannot be read again (a non-seekable stream) was asked to be sent again."""


class FileSlice:
    """`length` bytes of the file at `path` from `offset`: read a chunk at a time when sent."""

    __slots__ = ("length", "offset", "path")

    def __init__(self, path: str | os.PathLike[str], offset: int, length: int) -> None:
        if offset < 0 or length < 0:
            raise ValueError("FileSlice: offset and length must be >= 0")
        self.path = os.fspath(path)
        self.offset = offset
        self.length = length

    def __repr__(self) -> str:
        return f"FileSlice({self.path!r}, offset={self.offset}, length={self.length})"


class _File:
    """One binary field: its filename, content type and a way to read it (again, if it can)."""

    __slots__ = ("content_type", "filename", "name", "rewindable", "size", "source", "start")

    def __init__(self, name: str, value: FileSource) -> None:
        filename: str | None = None
        content_type: str | None = None
        if isinstance(value, tuple):
            if len(value) not in (2, 3):
                raise TypeError(f"{name}: a file tuple is (filename, content) or (filename, content, content_type)")
            filename, value, *rest = value
            content_type = rest[0] if rest else None
        self.name = name
        self.source = value
        self.start = 0
        self.rewindable = True
        if isinstance(value, (str, os.PathLike)):
            path = os.fspath(value)
            self.size: int | None = os.stat(path).st_size
            filename = filename or os.path.basename(path)
        elif isinstance(value, FileSlice):
            self.size = value.length
            filename = filename or os.path.basename(value.path)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            self.source = memoryview(value).cast("B")
            self.size = self.source.nbytes
        elif callable(getattr(value, "read", None)):
            given = getattr(value, "name", None)
            if filename is None and isinstance(given, str) and given:
                filename = os.path.basename(given)
            self.size = None
            seekable = getattr(value, "seekable", None)
            if seekable is not None and seekable():
                self.start = value.tell()
                end = value.seek(0, os.SEEK_END)
                value.seek(self.start)
                self.size = end - self.start
            else:
                self.rewindable = False
        else:
            raise TypeError(
                f"{name}: a file is a path, bytes, a binary file object or a (filename, content) tuple, "
                f"not {type(value).__name__}"
            )
        self.filename = filename or name
        self.content_type = content_type or mimetypes.guess_type(self.filename)[0] or "application/octet-stream"

    def chunks(self) -> Iterator[bytes]:
        """The file's bytes, a chunk at a time, from its start (exactly `size` of them when known)."""
        source = self.source
        if isinstance(source, memoryview):
            for at in range(0, len(source), CHUNK_SIZE):
                yield bytes(source[at : at + CHUNK_SIZE])
            return
        if isinstance(source, (str, os.PathLike, FileSlice)):
            path, offset = (source.path, source.offset) if isinstance(source, FileSlice) else (os.fspath(source), 0)
            with open(path, "rb") as handle:
                handle.seek(offset)
                yield from _read(handle, self.size, self.name)
            return
        if self.rewindable:
            source.seek(self.start)
        yield from _read(source, self.size, self.name)


def _read(handle: IO[bytes], size: int | None, name: str) -> Iterator[bytes]:
    """Up to `size` bytes (all of them when None) from `handle`; a file that ends early is an error
    (the length was already announced)."""
    left = size
    while left is None or left > 0:
        chunk = handle.read(CHUNK_SIZE if left is None else min(CHUNK_SIZE, left))
        if not chunk:
            if left is not None:
                raise ValueError(f"{name}: the file ended {left} bytes before the size it had when the body was made")
            return
        if left is not None:
            left -= len(chunk)
        yield chunk


def _text_fields(name: str, value: Any) -> Iterator[tuple[str, str]]:
    """A form value as (name, text) fields: nested mappings as `name[key]`, lists as repeated names."""
    if value is None:
        return
    if isinstance(value, Mapping):
        for key, inner in value.items():
            yield from _text_fields(f"{name}[{key}]", inner)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            yield from _text_fields(name, inner)
    elif isinstance(value, bool):
        yield name, "true" if value else "false"
    else:
        yield name, str(value)


def _quoted(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


class MultipartBody(SyncByteStream, AsyncByteStream):
    """A streamed multipart body (see the module's docstring): usable by httpx2's sync and async
    clients as a request stream; `headers()` gives its Content-Type and Content-Length (or chunked)."""

    def __init__(
        self,
        fields: Mapping[str, Any],
        file_fields: tuple[str, ...] = (),
        *,
        on_progress: Progress | None = None,
        boundary: str | None = None,
    ) -> None:
        self.boundary = boundary or uuid.uuid4().hex
        self.on_progress = on_progress
        self.sent_once = False
        # Each part: (the bytes before it, the file or None); text fields are all head bytes.
        self._parts: list[tuple[bytes, _File | None]] = []
        for name, value in fields.items():
            if name in file_fields and value is not None:
                file = _File(name, value)
                head = (
                    f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"; '
                    f'filename="{_quoted(file.filename)}"\r\nContent-Type: {file.content_type}\r\n\r\n'
                )
                self._parts.append((head.encode(), file))
                continue
            for key, text in _text_fields(name, value):
                head = f'--{self.boundary}\r\nContent-Disposition: form-data; name="{_quoted(key)}"\r\n\r\n{text}'
                self._parts.append((head.encode(), None))
        self._tail = f"--{self.boundary}--\r\n".encode()
        files = [file for _, file in self._parts if file is not None]
        self.rewindable = all(file.rewindable for file in files)
        sizes = [file.size for file in files]
        self.file_bytes: int | None = None if None in sizes else sum(s for s in sizes if s is not None)
        self.length: int | None = None
        if self.file_bytes is not None:
            # every part ends with CRLF before the next boundary
            self.length = sum(len(head) + 2 for head, _ in self._parts) + self.file_bytes + len(self._tail)

    @property
    def content_type(self) -> str:
        return f"multipart/form-data; boundary={self.boundary}"

    def headers(self) -> dict[str, str]:
        """Content-Type, and Content-Length when the length is known (else chunked encoding)."""
        if self.length is None:
            return {"Content-Type": self.content_type, "Transfer-Encoding": "chunked"}
        return {"Content-Type": self.content_type, "Content-Length": str(self.length)}

    def __iter__(self) -> Iterator[bytes]:
        if self.sent_once and not self.rewindable:
            raise NotRewindableError("the request body reads from a stream that cannot be read again")
        self.sent_once = True
        sent = 0
        progress = self.on_progress
        for head, file in self._parts:
            yield head
            if file is not None:
                for chunk in file.chunks():
                    yield chunk
                    sent += len(chunk)
                    if progress is not None:
                        progress(sent, self.file_bytes)
            yield b"\r\n"
        yield self._tail

    async def __aiter__(self) -> AsyncIterator[bytes]:
        # Local file reads of CHUNK_SIZE bytes: short enough not to hold the event loop long.
        for chunk in self:
            yield chunk
