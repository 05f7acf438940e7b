"""The background pipeline a vector-store file goes through: its bytes to text
(``files.extract_text``), the text to chunks (``files.chunk_text``), the outcome handed back.

Bounded: ``workers`` asyncio tasks take jobs from one queue, and the CPU-bound extraction and
chunking (PDFium, the tokenizer) run in a thread pool of the same size, so the event loop keeps
serving. With an embeddings upstream (``embed``) a parsed file's chunks are embedded before
it is settled; an upstream failure fails the file with ``server_error``. Whatever happens to
a file ends in an ``Outcome``: ``Parsed``, or ``Failed`` with the
``UnreadableFile`` code, or ``server_error`` for anything else (logged): never a crash, never a
file left ``in_progress``. Stopping (``shutdown``) cancels the workers; files still queued stay
``in_progress`` in the store, and the next start queues them again (``resume`` in the service).

What a job is and what an outcome does to the state are the service's business: it passes
``prepare`` (a job's inputs, or None when the file no longer waits) and ``settle``.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from pathlib import Path

from ..files.chunking import Chunk, chunk_text
from ..files.errors import UnreadableFile
from ..files.extract import extract_text
from ..retrieval.embeddings import EmbeddingsError
from ..storage.scope import PROJECT, in_project

log = logging.getLogger("assistants_server.ingest")

WORKERS = 4
"""Files processed at once."""


@dataclass(frozen=True)
class Job:
    vector_store_id: str
    file_id: str
    path: Path
    filename: str
    max_tokens: int
    overlap_tokens: int


@dataclass(frozen=True)
class Parsed:
    text: str
    chunks: list[Chunk]
    vectors: list[bytes] | None = None  # one packed vector per chunk, with an embeddings upstream


@dataclass(frozen=True)
class Failed:
    code: str
    message: str


Outcome = Parsed | Failed


def process(job: Job) -> Outcome:
    """Extract and chunk one file (in a worker thread). Only UnreadableFile is turned into an
    outcome here; other exceptions reach the caller, which logs them."""
    try:
        text = extract_text(job.path, job.filename)
    except UnreadableFile as exc:
        return Failed(exc.code, exc.message)
    return Parsed(text, chunk_text(text, max_tokens=job.max_tokens, overlap_tokens=job.overlap_tokens))


class Ingestor:
    def __init__(
        self,
        prepare: Callable[[str, str], Job | None],
        settle: Callable[[str, str, Outcome], None],
        workers: int = WORKERS,
        embed: Callable[[list[str]], Awaitable[list[bytes]]] | None = None,
    ) -> None:
        self._embed = embed
        self._prepare = prepare
        self._settle = settle
        self._workers = workers
        self._queue: asyncio.Queue[tuple[str, str, str]] | None = None
        self._tasks: list[asyncio.Task[None]] = []
        self._pool: concurrent.futures.ThreadPoolExecutor | None = None
        self._busy = 0

    def submit(self, vector_store_id: str, file_id: str) -> None:
        """Queue a file (call on the event loop; the workers start with the first file)."""
        if self._queue is None:
            self._queue = asyncio.Queue()
            self._pool = concurrent.futures.ThreadPoolExecutor(self._workers, thread_name_prefix="ingest")
            loop = asyncio.get_running_loop()
            self._tasks = [loop.create_task(self._work(), name=f"ingest-{i}") for i in range(self._workers)]
        self._queue.put_nowait((PROJECT.get(), vector_store_id, file_id))  # processed in the same project

    @property
    def pending(self) -> int:
        """Files queued or being processed."""
        return (self._queue.qsize() if self._queue is not None else 0) + self._busy

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            project, vector_store_id, file_id = await self._queue.get()
            self._busy += 1
            try:
                with in_project(project):
                    await self._one(vector_store_id, file_id)
            finally:
                self._busy -= 1

    async def _one(self, vector_store_id: str, file_id: str) -> None:
        try:
            job = self._prepare(vector_store_id, file_id)
            if job is None:
                return
            outcome = await asyncio.get_running_loop().run_in_executor(self._pool, process, job)
            if isinstance(outcome, Parsed) and self._embed is not None and outcome.chunks:
                outcome = await self._vectors(outcome, file_id)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("processing %s for vector store %s failed", file_id, vector_store_id)
            outcome = Failed("server_error", "The file could not be processed because of a server error.")
        for attempt in (outcome, Failed("server_error", "The file could not be recorded because of a server error.")):
            try:
                self._settle(vector_store_id, file_id, attempt)
                return
            except Exception:
                log.exception("recording the processing of %s for vector store %s failed", file_id, vector_store_id)

    async def _vectors(self, parsed: Parsed, file_id: str) -> Outcome:
        """`parsed` with its chunks' vectors, or ``server_error`` when the embeddings upstream fails."""
        assert self._embed is not None
        try:
            vectors = await self._embed([c.text for c in parsed.chunks])
        except EmbeddingsError as exc:
            log.warning("embedding %s failed: %s", file_id, exc)
            return Failed("server_error", "The file's chunks could not be embedded: the embeddings upstream failed.")
        return replace(parsed, vectors=vectors)

    async def shutdown(self) -> None:
        """Stop the workers (queued files stay in_progress in the store for the next start)."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
        self._queue, self._pool, self._busy = None, None, 0
