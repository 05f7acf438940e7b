"""Files: uploading one from wherever it is, and downloading one to memory or to disk.

`create_file` streams the file from its source (a path, bytes, a binary file object or a
`(filename, content[, content_type])` tuple) through `assistants_core.multipart`; the retry
machinery sends it again only when the source can be read again. `download_file_to` streams the
answer to a temporary file beside the target and renames it into place once every byte is there.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from typing import IO, TYPE_CHECKING, Any, Unpack

import httpx2
from assistants_api.api import CREATE_FILE, DOWNLOAD_FILE
from assistants_core.errors import APIConnectionError, quote, redact
from assistants_core.multipart import MultipartBody, Progress
from assistants_core.options import CallOptions, to_options

from ._internals import AsyncInternals, SyncInternals

if TYPE_CHECKING:
    from assistants_api.models import CreateFileRequest, FileExpirationAfter, OpenAIFile


__all__ = ["AsyncFilesMixin", "FileSource", "SyncFilesMixin", "file_body"]

FileSource = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | tuple[Any, ...]
"""A path, bytes, a binary file object, or a `(filename, content[, content_type])` tuple."""


def file_body(
    body: CreateFileRequest | Mapping[str, Any] | None,
    file: FileSource | None,
    purpose: str | None,
    expires_after: FileExpirationAfter | Mapping[str, Any] | None,
    on_progress: Progress | None,
) -> MultipartBody:
    """The multipart body of create_file, from `body=` or from `file=` and `purpose=`."""
    if body is not None:
        if file is not None or purpose is not None or expires_after is not None:
            raise TypeError("create_file takes either body= or file=/purpose=/expires_after=, not both")
        fields = dict(body.to_dict() if hasattr(body, "to_dict") else body)
    else:
        if file is None or purpose is None:
            raise TypeError("create_file needs file= and purpose=")
        fields = {"file": file, "purpose": str(purpose)}
        if expires_after is not None:
            fields["expires_after"] = expires_after.to_dict() if hasattr(expires_after, "to_dict") else expires_after
    return MultipartBody(fields, CREATE_FILE.file_fields, on_progress=on_progress)


class _Staged:
    """A temporary file beside `target`, renamed onto it by `commit()`, removed otherwise."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        self.target = os.fspath(target)
        folder, name = os.path.split(os.path.abspath(self.target))
        fd, self.path = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".part")
        self.handle = os.fdopen(fd, "wb")
        self.written = 0

    def write(self, chunk: bytes) -> None:
        self.handle.write(chunk)
        self.written += len(chunk)

    def commit(self) -> int:
        self.handle.close()
        os.replace(self.path, self.target)
        return self.written

    def discard(self) -> None:
        self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.path)


def _broken(file_id: str, request: httpx2.Request, written: int, exc: Exception, secrets: Any) -> APIConnectionError:
    detail = redact(quote(f"{type(exc).__name__}: {exc}"), secrets)
    return APIConnectionError(
        f"download_file {file_id}: the answer broke off after {written} bytes: {detail}", request=request
    )


class SyncFilesMixin(SyncInternals):
    """create_file from any source, download_file_to, for Client."""

    def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any] | None = None,
        *,
        file: FileSource | None = None,
        purpose: str | None = None,
        expires_after: FileExpirationAfter | Mapping[str, Any] | None = None,
        on_progress: Progress | None = None,
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Upload a file, streamed from its source (never read whole into memory).

        Args:
            body: The fields as a CreateFileRequest or mapping, instead of the keywords below.
            file: A path (`str` or `os.PathLike`), bytes, a binary file object (read from its
                current position) or a `(filename, content[, content_type])` tuple.
            purpose: What the file is for (`assistants`, `vision`, `user_data`, ...).
            expires_after: `{"anchor": "created_at", "seconds": N}`: when the file expires.
            on_progress: Called as `on_progress(sent, total)` with the file bytes sent so far
                and their total (None when the source's size is unknown).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions].

        Retries (with the same Idempotency-Key) send the file again only when its source can be
        read again: a path, bytes, or a seekable file object (sought back to the position it was
        at). A non-seekable stream (a pipe, a socket, a generator-backed reader) is sent once: a
        failure that would otherwise be retried raises its typed error (APIConnectionError,
        InternalServerError, RateLimitError, ...) instead.
        """
        multipart = file_body(body, file, purpose, expires_after, on_progress)
        return self._call(CREATE_FILE, (), multipart, None, to_options(options))  # type: ignore[no-any-return]

    def download_file_to(self, file_id: str, path: str | os.PathLike[str], **options: Unpack[CallOptions]) -> int:
        """Write a file's bytes to `path`, streamed in chunks; returns how many were written.

        The bytes go to a temporary file beside `path`, renamed onto it once the whole answer
        has arrived, so `path` never holds a partial file; on any failure the temporary file is
        removed (an answer that breaks off is an APIConnectionError).
        """
        opts = to_options(options)
        request = self._build(self._http, DOWNLOAD_FILE, (file_id,), None, None, opts)
        response = self._send(request, opts, stream=True)
        staged = _Staged(path)
        try:
            try:
                for chunk in response.iter_bytes():
                    staged.write(chunk)
            except httpx2.HTTPError as exc:
                raise _broken(file_id, request, staged.written, exc, self._settings.secrets) from exc
            return staged.commit()
        except BaseException:
            staged.discard()
            raise
        finally:
            response.close()


class AsyncFilesMixin(AsyncInternals):
    """The async twin of SyncFilesMixin, for AsyncClient."""

    async def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any] | None = None,
        *,
        file: FileSource | None = None,
        purpose: str | None = None,
        expires_after: FileExpirationAfter | Mapping[str, Any] | None = None,
        on_progress: Progress | None = None,
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Upload a file, streamed from its source (see Client.create_file, retries included)."""
        multipart = file_body(body, file, purpose, expires_after, on_progress)
        return await self._call(CREATE_FILE, (), multipart, None, to_options(options))  # type: ignore[no-any-return]

    async def download_file_to(self, file_id: str, path: str | os.PathLike[str], **options: Unpack[CallOptions]) -> int:
        """Write a file's bytes to `path`, streamed (see Client.download_file_to)."""
        opts = to_options(options)
        request = self._build(self._http, DOWNLOAD_FILE, (file_id,), None, None, opts)
        response = await self._send(request, opts, stream=True)
        staged = _Staged(path)
        try:
            try:
                async for chunk in response.aiter_bytes():
                    staged.write(chunk)
            except httpx2.HTTPError as exc:
                raise _broken(file_id, request, staged.written, exc, self._settings.secrets) from exc
            return staged.commit()
        except BaseException:
            staged.discard()
            raise
        finally:
            await response.aclose()
