"""Vector stores: the helpers that create and wait, and uploading many files into one.

Every helper polls through `_polling` with `_runcore.Poll` (poll_timeout= then PollTimeoutError
naming the operation and the id; the server's `openai-poll-after-ms` within the minimum and
maximum intervals; poll_interval= to choose). What counts as final is written once, here.
`upload_files_and_poll` uploads every file with bounded concurrency, makes ONE batch of them,
polls that batch by its own id, and answers the batch with its files (status, last_error).
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._files import AsyncFilesMixin, FileSource, SyncFilesMixin
from ._polling import apoll_until, poll_until
from ._runcore import DEFAULT_POLL_TIMEOUT, Poll

if TYPE_CHECKING:
    from assistants_api.models import (
        CreateVectorStoreFileBatchRequest,
        CreateVectorStoreFileRequest,
        CreateVectorStoreRequest,
        VectorStoreFileBatchObject,
        VectorStoreFileObject,
        VectorStoreObject,
    )

__all__ = ["FILE_FINAL", "MAX_BATCH_FILES", "STORE_FINAL", "AsyncStoresMixin", "BatchUpload", "SyncStoresMixin"]

FILE_FINAL = frozenset({"completed", "failed", "cancelled"})
"""A vector store file or file batch in one of these will not change by itself: polling stops."""
STORE_FINAL = FILE_FINAL | {"expired"}
"""The same for a vector store (which can also expire)."""
MAX_BATCH_FILES = 2000
"""The most files one file batch takes (the API's limit on `file_ids`)."""


@dataclass(frozen=True)
class BatchUpload:
    """What upload_files_and_poll ends with: the batch, final, and each of its files, whose
    `status` and `last_error` say how its processing ended."""

    batch: VectorStoreFileBatchObject
    files: list[VectorStoreFileObject]

    @property
    def failed(self) -> list[VectorStoreFileObject]:
        """The files whose processing failed (see each one's `last_error`)."""
        return [file for file in self.files if str(file.status) == "failed"]


def _check_concurrency(max_concurrency: int, files: Sequence[Any]) -> None:
    if max_concurrency < 1:
        raise ValueError(f"max_concurrency must be at least 1, not {max_concurrency}")
    if not files:
        raise ValueError("upload_files_and_poll needs at least one file")
    if len(files) > MAX_BATCH_FILES:
        # checked before any upload: the batch would be refused with every file already uploaded
        raise ValueError(f"upload_files_and_poll takes at most {MAX_BATCH_FILES} files (one batch), not {len(files)}")


def _batch_body(
    ids: list[str], chunking_strategy: Mapping[str, Any] | None, attributes: Mapping[str, Any] | None
) -> dict[str, Any]:
    body: dict[str, Any] = {"file_ids": ids}
    if chunking_strategy is not None:
        body["chunking_strategy"] = chunking_strategy
    if attributes is not None:
        body["attributes"] = attributes
    return body


def _store_poll(timeout: float, interval: float | None) -> Poll:
    return Poll(timeout, interval, final=STORE_FINAL, what="vector store", operation="get_vector_store")


def _file_poll(timeout: float, interval: float | None) -> Poll:
    return Poll(timeout, interval, final=FILE_FINAL, what="vector store file", operation="get_vector_store_file")


def _batch_poll(timeout: float, interval: float | None) -> Poll:
    return Poll(timeout, interval, final=FILE_FINAL, what="file batch", operation="get_vector_store_file_batch")


class SyncStoresMixin(SyncFilesMixin):
    """Create-and-poll helpers and upload_files_and_poll, for Client."""

    def create_vector_store_and_poll(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreObject:
        """create_vector_store, then poll it until `completed` or `expired` (PollTimeoutError
        after `poll_timeout` seconds)."""
        store = self.create_vector_store(body)
        poll = _store_poll(poll_timeout, poll_interval)
        return poll_until(
            lambda deadline: self.with_raw_response.get_vector_store(store.id, deadline=deadline),
            poll,
            self._settings.deadline,
        )

    def create_vector_store_file_and_poll(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreFileObject:
        """create_vector_store_file, then poll it until `completed`, `failed` or `cancelled`."""
        file = self.create_vector_store_file(vector_store_id, body)
        fetch = lambda deadline: self.with_raw_response.get_vector_store_file(  # noqa: E731
            vector_store_id, file.id, deadline=deadline
        )
        return poll_until(fetch, _file_poll(poll_timeout, poll_interval), self._settings.deadline)

    def create_vector_store_file_batch_and_poll(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreFileBatchObject:
        """create_vector_store_file_batch, then poll the batch (by the batch's id) until
        `completed`, `failed` or `cancelled`; answers the batch."""
        batch = self.create_vector_store_file_batch(vector_store_id, body)
        fetch = lambda deadline: self.with_raw_response.get_vector_store_file_batch(  # noqa: E731
            vector_store_id, batch.id, deadline=deadline
        )
        return poll_until(fetch, _batch_poll(poll_timeout, poll_interval), self._settings.deadline)

    def upload_files_and_poll(
        self,
        vector_store_id: str,
        files: Sequence[FileSource],
        *,
        max_concurrency: int = 5,
        purpose: str = "assistants",
        chunking_strategy: Mapping[str, Any] | None = None,
        attributes: Mapping[str, Any] | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> BatchUpload:
        """Upload every file (at most `max_concurrency` at once; below 1 is a ValueError, and so is
        more than 2,000 files, the most one batch takes, before anything is uploaded), add
        them to the store as ONE file batch, poll that batch until it is final, and answer it
        with each of its files (`status`, `last_error`).

        A failed upload raises its typed error once the uploads under way have ended, before
        any batch is made (the files already uploaded stay, unattached). PollTimeoutError after
        `poll_timeout` seconds of polling the batch.
        """
        _check_concurrency(max_concurrency, files)
        with ThreadPoolExecutor(max_workers=min(max_concurrency, len(files))) as pool:
            futures = [pool.submit(lambda f: self.create_file(file=f, purpose=purpose).id, f) for f in files]
            errors = [exc for exc in (future.exception() for future in futures) if exc is not None]
        if errors:
            raise errors[0]
        ids = [future.result() for future in futures]
        batch = self.create_vector_store_file_batch_and_poll(
            vector_store_id,
            _batch_body(ids, chunking_strategy, attributes),
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        listed = list(self.list_files_in_vector_store_batch(vector_store_id, batch.id, limit=100))
        return BatchUpload(batch, listed)


class AsyncStoresMixin(AsyncFilesMixin):
    """The async twin of SyncStoresMixin, for AsyncClient."""

    async def create_vector_store_and_poll(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreObject:
        """create_vector_store, then poll it (see Client.create_vector_store_and_poll)."""
        store = await self.create_vector_store(body)
        poll = _store_poll(poll_timeout, poll_interval)
        return await apoll_until(
            lambda deadline: self.with_raw_response.get_vector_store(store.id, deadline=deadline),
            poll,
            self._settings.deadline,
        )

    async def create_vector_store_file_and_poll(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreFileObject:
        """create_vector_store_file, then poll it (see Client.create_vector_store_file_and_poll)."""
        file = await self.create_vector_store_file(vector_store_id, body)
        fetch = lambda deadline: self.with_raw_response.get_vector_store_file(  # noqa: E731
            vector_store_id, file.id, deadline=deadline
        )
        return await apoll_until(fetch, _file_poll(poll_timeout, poll_interval), self._settings.deadline)

    async def create_vector_store_file_batch_and_poll(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> VectorStoreFileBatchObject:
        """create_vector_store_file_batch, then poll the batch by its id (see the sync twin)."""
        batch = await self.create_vector_store_file_batch(vector_store_id, body)
        fetch = lambda deadline: self.with_raw_response.get_vector_store_file_batch(  # noqa: E731
            vector_store_id, batch.id, deadline=deadline
        )
        return await apoll_until(fetch, _batch_poll(poll_timeout, poll_interval), self._settings.deadline)

    async def upload_files_and_poll(
        self,
        vector_store_id: str,
        files: Sequence[FileSource],
        *,
        max_concurrency: int = 5,
        purpose: str = "assistants",
        chunking_strategy: Mapping[str, Any] | None = None,
        attributes: Mapping[str, Any] | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> BatchUpload:
        """Upload every file, at most `max_concurrency` at once, as one batch, and poll it (see
        Client.upload_files_and_poll)."""
        _check_concurrency(max_concurrency, files)
        gate = asyncio.Semaphore(max_concurrency)

        async def upload(source: FileSource) -> str:
            async with gate:
                return (await self.create_file(file=source, purpose=purpose)).id

        results = await asyncio.gather(*(upload(f) for f in files), return_exceptions=True)
        for result in results:
            if isinstance(result, BaseException):
                raise result
        ids = [str(result) for result in results]
        batch = await self.create_vector_store_file_batch_and_poll(
            vector_store_id,
            _batch_body(ids, chunking_strategy, attributes),
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        listed = [file async for file in self.list_files_in_vector_store_batch(vector_store_id, batch.id, limit=100)]
        return BatchUpload(batch, listed)
