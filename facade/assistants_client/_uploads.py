"""Large files through the uploads operations: createUpload, the parts in parallel, completeUpload.

`PartPlan` decides (no I/O): the parts of a file of a given size, which are still to send, the
progress summed over parts sent in parallel, the ordered part ids and the md5 to complete with.
The twin methods only send: a bounded thread pool (sync) or an asyncio semaphore (async), each
part streamed from its slice of the file (`FileSlice`: the part is never read whole, the file
never at all). A failure raises UploadIncompleteError carrying the upload id and the part ids
done so far, which `upload_large_file(..., upload_id=, done_parts=)` takes to send only the rest.
"""

from __future__ import annotations

import asyncio
import hashlib
import mimetypes
import os
import threading
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, Unpack

from assistants_api.api import ADD_UPLOAD_PART, COMPLETE_UPLOAD, CREATE_UPLOAD
from assistants_core.errors import UploadIncompleteError
from assistants_core.multipart import CHUNK_SIZE, FileSlice, MultipartBody, Progress
from assistants_core.options import CallOptions, to_options

from ._internals import AsyncInternals, SyncInternals

if TYPE_CHECKING:
    from assistants_api.models import Upload

__all__ = ["MAX_PART_SIZE", "AsyncUploadsMixin", "PartPlan", "SyncUploadsMixin"]

MAX_PART_SIZE = 64 * 1024 * 1024
"""The API's largest part: 64 MiB."""

DoneParts = Mapping[int, str] | Sequence[str | None]
"""Part ids already sent, by part index: a mapping, or a list with None for a part not sent."""


class PartPlan:
    """The parts of one upload, and what has been sent of them."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        part_size: int,
        max_concurrency: int,
        done_parts: DoneParts | None,
        on_progress: Progress | None,
    ) -> None:
        if not 1 <= part_size <= MAX_PART_SIZE:
            raise ValueError(f"part_size must be from 1 to {MAX_PART_SIZE} bytes (64 MiB), not {part_size}")
        if max_concurrency < 1:
            raise ValueError(f"max_concurrency must be at least 1, not {max_concurrency}")
        self.path = os.fspath(path)
        self.size = os.stat(self.path).st_size
        self.filename = os.path.basename(self.path)
        self.concurrency = max_concurrency
        count = max(1, -(-self.size // part_size))
        self.parts = [(offset, min(part_size, self.size - offset)) for offset in range(0, count * part_size, part_size)]
        given = done_parts.items() if isinstance(done_parts, Mapping) else enumerate(done_parts or ())
        self.done: dict[int, str] = {int(i): part for i, part in given if part is not None}
        if any(not 0 <= i < count for i in self.done):
            raise ValueError(f"done_parts names a part outside the {count} parts of {self.filename}")
        self.pending = [i for i in range(count) if i not in self.done]
        self.on_progress = on_progress
        self._sent = {i: self.parts[i][1] for i in self.done}
        self._lock = threading.Lock()

    def mime_type(self) -> str:
        return mimetypes.guess_type(self.filename)[0] or "application/octet-stream"

    def body(self, index: int) -> MultipartBody:
        """The multipart body of part `index`, streamed from its slice of the file."""
        offset, length = self.parts[index]
        report = None if self.on_progress is None else (lambda sent, _total: self._progress(index, sent))
        return MultipartBody(
            {"data": FileSlice(self.path, offset, length)}, ADD_UPLOAD_PART.file_fields, on_progress=report
        )

    def _progress(self, index: int, sent: int) -> None:
        with self._lock:
            self._sent[index] = sent
            total = sum(self._sent.values())
        if self.on_progress is not None:
            self.on_progress(total, self.size)

    def part_ids(self) -> list[str]:
        return [self.done[i] for i in range(len(self.parts))]

    def md5(self) -> str:
        digest = hashlib.md5(usedforsecurity=False)
        with open(self.path, "rb") as handle:
            while chunk := handle.read(CHUNK_SIZE * 4):
                digest.update(chunk)
        return digest.hexdigest()

    def incomplete(self, upload_id: str, failure: BaseException) -> UploadIncompleteError:
        done = len(self.done)
        message = (
            f"upload {upload_id} of {self.filename} stopped with {done} of {len(self.parts)} parts sent "
            f"({type(failure).__name__}); upload_large_file(..., upload_id=, done_parts=) resumes it"
        )
        error = UploadIncompleteError(message, upload_id=upload_id, done_parts=dict(self.done))
        error.__cause__ = failure
        return error


def _announce(plan: PartPlan, purpose: str, mime_type: str | None, filename: str | None) -> dict[str, Any]:
    name = filename or plan.filename
    return {"filename": name, "purpose": purpose, "bytes": plan.size, "mime_type": mime_type or plan.mime_type()}


class SyncUploadsMixin(SyncInternals):
    """upload_large_file for Client."""

    def upload_large_file(
        self,
        path: str | os.PathLike[str],
        *,
        purpose: str,
        part_size: int = MAX_PART_SIZE,
        max_concurrency: int = 4,
        upload_id: str | None = None,
        done_parts: DoneParts | None = None,
        on_progress: Progress | None = None,
        mime_type: str | None = None,
        filename: str | None = None,
        md5: bool = True,
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Upload a large file in parts (createUpload, addUploadPart in parallel, completeUpload).

        Args:
            path: The file to upload; each part is read from its slice of it, a chunk at a time.
            purpose: What the file is for (`assistants`, ...).
            part_size: Bytes per part, at most 64 MiB (ValueError otherwise).
            max_concurrency: How many parts are sent at once (at least 1, else ValueError).
            upload_id: Resume this upload (from UploadIncompleteError) instead of starting one.
            done_parts: The part ids already sent, by part index (UploadIncompleteError.done_parts).
            on_progress: Called as `on_progress(sent, total)` with the bytes sent over all parts.
            mime_type: The file's MIME type (guessed from its name by default).
            filename: The name to create the file under (the path's by default).
            md5: Send the md5 of the whole file with completeUpload, for the server to check.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions] of each request.

        Returns the completed Upload; its `file` is the stored file. Raises UploadIncompleteError
        (with `upload_id` and `done_parts`, and the cause chained) when a part or the completion fails.
        """
        plan = PartPlan(path, part_size, max_concurrency, done_parts, on_progress)
        opts = to_options(options)
        if upload_id is None:
            announced = _announce(plan, purpose, mime_type, filename)
            upload_id = self._call(CREATE_UPLOAD, (), announced, None, opts).id
        assert upload_id is not None
        stop = threading.Event()

        def send(index: int) -> None:
            if stop.is_set():  # after a failure, parts not yet started are not sent
                return
            try:
                part = self._call(ADD_UPLOAD_PART, (upload_id,), plan.body(index), None, opts)
            except BaseException:
                stop.set()
                raise
            plan.done[index] = part.id

        failures: list[BaseException] = []
        digest = None
        with ThreadPoolExecutor(max_workers=min(plan.concurrency, max(1, len(plan.pending)))) as pool:
            futures = [pool.submit(send, index) for index in plan.pending]
            try:
                digest = plan.md5() if md5 else None  # hashed while the parts go
            except OSError as exc:
                failures.append(exc)
                stop.set()
            for future in futures:
                failure = future.exception()
                if failure is not None:
                    failures.append(failure)
                    stop.set()
        if failures:
            raise plan.incomplete(upload_id, failures[0])
        body: dict[str, Any] = {"part_ids": plan.part_ids()}
        if digest is not None:
            body["md5"] = digest
        try:
            return self._call(COMPLETE_UPLOAD, (upload_id,), body, None, opts)  # type: ignore[no-any-return]
        except Exception as exc:
            raise plan.incomplete(upload_id, exc) from exc


class AsyncUploadsMixin(AsyncInternals):
    """upload_large_file for AsyncClient."""

    async def upload_large_file(
        self,
        path: str | os.PathLike[str],
        *,
        purpose: str,
        part_size: int = MAX_PART_SIZE,
        max_concurrency: int = 4,
        upload_id: str | None = None,
        done_parts: DoneParts | None = None,
        on_progress: Progress | None = None,
        mime_type: str | None = None,
        filename: str | None = None,
        md5: bool = True,
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Upload a large file in parts, at most `max_concurrency` at once (see Client.upload_large_file)."""
        plan = PartPlan(path, part_size, max_concurrency, done_parts, on_progress)
        opts = to_options(options)
        if upload_id is None:
            upload_id = (
                await self._call(CREATE_UPLOAD, (), _announce(plan, purpose, mime_type, filename), None, opts)
            ).id
        assert upload_id is not None
        gate = asyncio.Semaphore(plan.concurrency)
        failures: list[BaseException] = []

        async def send(index: int) -> None:
            async with gate:
                if failures:  # after a failure, parts not yet started are not sent
                    return
                try:
                    part = await self._call(ADD_UPLOAD_PART, (upload_id,), plan.body(index), None, opts)
                except Exception as exc:
                    failures.append(exc)
                    return
                plan.done[index] = part.id

        hashing = asyncio.ensure_future(asyncio.to_thread(plan.md5)) if md5 else None
        await asyncio.gather(*(send(index) for index in plan.pending))
        digest = None
        try:
            digest = await hashing if hashing is not None else None
        except OSError as exc:  # the file went unreadable while it was hashed, as in the sync twin
            failures.append(exc)
        if failures:
            raise plan.incomplete(upload_id, failures[0])
        body: dict[str, Any] = {"part_ids": plan.part_ids()}
        if digest is not None:
            body["md5"] = digest
        try:
            return await self._call(COMPLETE_UPLOAD, (upload_id,), body, None, opts)  # type: ignore[no-any-return]
        except Exception as exc:
            raise plan.incomplete(upload_id, exc) from exc
