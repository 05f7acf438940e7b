"""What the vector-store operations do to the state: stores, their files, file batches and the
search, with no HTTP. Rows: ``vector_store`` (global), ``vector_store_file`` under its store (its
``run_id`` column and ``aux.batch_id`` name the batch it came with), ``vector_store_file_batch``
under its store; chunks and parsed text live in ``ObjectStore.chunks``.

Counts, ``usage_bytes`` (the bytes of the store's chunk texts) and statuses are recounted from
the rows whenever a file changes status, in the same transaction. Files are processed by the
``Ingestor`` in the background: a create answers ``in_progress`` at once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from ..errors import bad_request, not_found
from ..retrieval.embeddings import Embedder
from ..retrieval.rewrite import offline_rewriter
from ..retrieval.vectors import MatrixCache, pack
from ..storage.chunks import ChunkRow
from ..storage.scope import in_project
from ..storage.sql_objects import ObjectStore, new_id
from . import rules
from .ingest import WORKERS, Failed, Ingestor, Job, Outcome, Parsed

JSON = dict[str, Any]
STORE, FILE, BATCH = "vector_store", "vector_store_file", "vector_store_file_batch"
MAX_PAGE = 100


def _page_args(query: Mapping[str, Any]) -> JSON:
    return {
        "limit": int(query.get("limit", 20)),
        "order": str(query.get("order", "desc")),
        "after": query.get("after"),
        "before": query.get("before"),
    }


def _refuse(problem: tuple[str, str] | None) -> None:
    if problem is not None:
        param, message = problem
        raise bad_request(message, param, "invalid_value")


class VectorStores:
    def __init__(
        self,
        store: ObjectStore,
        file_lookup: Callable[[str], JSON | None],
        blob_path: Callable[[str], Path],
        workers: int | None = None,
        embedder: Embedder | None = None,
        rewriter: Callable[[str], Awaitable[str]] = offline_rewriter,
    ) -> None:
        self.embedder = embedder
        self.rewriter = rewriter
        self.matrices: MatrixCache[tuple[str, str, int]] = MatrixCache()  # stores' vectors, for search
        self.store = store
        self.file_lookup = file_lookup
        self.blob_path = blob_path
        self.clock_offset = 0.0  # moved by the admin clock (tests of expiry)
        self.ingest = Ingestor(
            self._prepare, self._settle, workers or WORKERS, self._embed_chunks if embedder is not None else None
        )

    async def _embed_chunks(self, texts: list[str]) -> list[bytes]:
        assert self.embedder is not None
        return [pack(v) for v in await self.embedder.embed(texts)]

    def now(self) -> int:
        return int(time.time() + self.clock_offset)

    async def reset(self) -> None:
        await self.ingest.shutdown()
        if self.embedder is not None:
            await self.embedder.aclose()
        self.clock_offset = 0.0

    def resume(self) -> None:
        """Queue again the files a stop left in_progress (the store persists with --db)."""
        for project in self.store.projects():
            with in_project(project):  # the file is processed in its own project
                for row, _ in self.store.with_status(FILE, ["in_progress"]):
                    self.ingest.submit(row["vector_store_id"], row["id"])

    # -- lookups ---------------------------------------------------------------
    def vector_store(self, vector_store_id: str) -> JSON:
        found = self.store.get(STORE, vector_store_id)
        if found is None:
            raise not_found("vector store", vector_store_id)
        return rules.as_seen(found, self.now())

    def live(self, vector_store_id: str) -> JSON:
        vs = self.vector_store(vector_store_id)
        if vs["status"] == "expired":
            raise bad_request(f"Vector store {vector_store_id} has expired.", "vector_store_id", "vector_store_expired")
        return vs

    def file(self, vector_store_id: str, file_id: str) -> JSON:
        self.vector_store(vector_store_id)
        found = self.store.get(FILE, file_id, parent=vector_store_id)
        if found is None:
            raise not_found("vector store file", file_id)
        return found

    def batch(self, vector_store_id: str, batch_id: str) -> JSON:
        found = self.store.get(BATCH, batch_id, parent=vector_store_id)
        if found is None:
            raise not_found("vector store file batch", batch_id)
        return found

    def require_path(self, params: Mapping[str, str]) -> None:
        if "vector_store_id" in params:
            self.vector_store(params["vector_store_id"])
            if "batch_id" in params:
                self.batch(params["vector_store_id"], params["batch_id"])

    def _uploaded(self, file_id: Any, param: str) -> JSON:
        found = self.file_lookup(file_id) if isinstance(file_id, str) else None
        if found is None:
            raise not_found("file", str(file_id), param)
        return found

    # -- stores ----------------------------------------------------------------
    def create_store(self, body: JSON) -> JSON:
        file_ids = list(dict.fromkeys(body.get("file_ids") or []))
        recorded, problem = rules.chunking(body.get("chunking_strategy"))
        _refuse(problem)
        for i, file_id in enumerate(file_ids):
            self._uploaded(file_id, f"file_ids[{i}]")
        now = self.now()
        vs: JSON = {
            "id": new_id("vs_"),
            "object": "vector_store",
            "created_at": self.store.timestamp(),
            "name": body.get("name"),
            "description": body.get("description"),
            "usage_bytes": 0,
            "file_counts": rules.file_counts({}),
            "status": "completed",
            "last_active_at": now,
            "metadata": body.get("metadata") or {},
            "expires_at": None,
        }
        if body.get("expires_after") is not None:
            vs["expires_after"] = body["expires_after"]
            vs["expires_at"] = rules.expires_at(vs)
        self.store.insert(STORE, vs)
        for file_id in file_ids:
            self._add_file(vs["id"], file_id, recorded or {}, None, None)
        return self._refresh(vs["id"])

    def page_stores(self, query: Mapping[str, Any]) -> JSON:
        body = self.store.list(STORE, None, **_page_args(query)).body()
        now = self.now()
        body["data"] = [rules.as_seen(vs, now) for vs in body["data"]]
        return body

    def modify_store(self, vector_store_id: str, body: JSON) -> JSON:
        self.vector_store(vector_store_id)
        vs = self.store.get(STORE, vector_store_id) or {}
        if "name" in body:
            vs["name"] = body["name"]
        if body.get("metadata") is not None:
            vs["metadata"] = body["metadata"]
        if "expires_after" in body:
            if body["expires_after"] is None:
                vs.pop("expires_after", None)
            else:
                vs["expires_after"] = body["expires_after"]
            vs["expires_at"] = rules.expires_at(vs)
        self.store.update(STORE, vs)
        return rules.as_seen(vs, self.now())

    def delete_store(self, vector_store_id: str) -> JSON:
        self.vector_store(vector_store_id)
        self.store.delete_children(FILE, [vector_store_id])
        self.store.delete_children(BATCH, [vector_store_id])
        self.store.chunks.forget_store(vector_store_id)
        self.store.delete(STORE, vector_store_id)
        return {"id": vector_store_id, "object": "vector_store.deleted", "deleted": True}

    def touch(self, vs: JSON) -> None:
        """The store was used now: ``last_active_at`` moves, and ``expires_at`` with it. Read
        and written under the store's lock, so that a change made beside it (a new name, its file
        counts) is not written over with what was read before it."""
        with self.store.transaction(("vector_store", vs["id"])):
            stored = self.store.get(STORE, vs["id"])
            if stored is None:
                return
            stored["last_active_at"] = self.now()
            stored["expires_at"] = rules.expires_at(stored)
            self.store.update(STORE, stored)

    def _refresh(self, vector_store_id: str, batch_id: str | None = None) -> JSON:
        """Recount the store's (and the batch's) files, usage and status from the rows."""
        vs = self.store.get(STORE, vector_store_id)
        if vs is None:
            return {}
        counts = rules.file_counts(self.store.status_counts(FILE, vector_store_id))
        vs.update(
            file_counts=counts,
            status=rules.store_status(counts),
            usage_bytes=self.store.chunks.usage_bytes(vector_store_id),
        )
        self.store.update(STORE, vs)
        if batch_id is not None:
            self._refresh_batch(vector_store_id, batch_id)
        return rules.as_seen(vs, self.now())

    def _refresh_batch(self, vector_store_id: str, batch_id: str) -> JSON:
        batch = self.batch(vector_store_id, batch_id)
        counts = rules.file_counts(self.store.status_counts(FILE, vector_store_id, run_id=batch_id))
        batch.update(file_counts=counts, status=rules.batch_status(counts, batch["status"] == "cancelled"))
        self.store.update(BATCH, batch, parent=vector_store_id)
        return batch

    # -- files -----------------------------------------------------------------
    def _add_file(
        self, vector_store_id: str, file_id: str, recorded: JSON, attributes: JSON | None, batch_id: str | None
    ) -> JSON:
        """A new in_progress file row (replacing the file's earlier row in the store), queued.
        The store's lock is taken before the look for an earlier row, whatever the caller's root."""
        with self.store.transaction(("vector_store", vector_store_id)):
            return self._insert_file(vector_store_id, file_id, recorded, attributes, batch_id)

    def _insert_file(
        self, vector_store_id: str, file_id: str, recorded: JSON, attributes: JSON | None, batch_id: str | None
    ) -> JSON:
        if self.store.get(FILE, file_id, parent=vector_store_id) is not None:
            self._remove_file(vector_store_id, file_id)
        row: JSON = {
            "id": file_id,
            "object": "vector_store.file",
            "usage_bytes": 0,
            "created_at": self.store.timestamp(),
            "vector_store_id": vector_store_id,
            "status": "in_progress",
            "last_error": None,
            "chunking_strategy": recorded,
            "attributes": attributes,
        }
        self.store.insert(FILE, row, parent=vector_store_id, run_id=batch_id, aux={"batch_id": batch_id})
        self.ingest.submit(vector_store_id, file_id)
        return row

    def _remove_file(self, vector_store_id: str, file_id: str) -> str | None:
        _, aux = self.store.get_with_aux(FILE, file_id, parent=vector_store_id)
        self.store.delete(FILE, file_id, parent=vector_store_id)
        self.store.chunks.forget_file(vector_store_id, file_id)
        return (aux or {}).get("batch_id")

    def create_file(self, vector_store_id: str, body: JSON) -> JSON:
        vs = self.live(vector_store_id)
        self._uploaded(body.get("file_id"), "file_id")
        recorded, problem = rules.chunking(body.get("chunking_strategy"))
        _refuse(problem)
        _refuse(rules.attributes_problem(body.get("attributes")))
        row = self._add_file(vector_store_id, body["file_id"], recorded or {}, body.get("attributes"), None)
        self.touch(vs)
        self._refresh(vector_store_id)
        return row

    def page_files(self, vector_store_id: str, query: Mapping[str, Any], batch_id: str | None = None) -> JSON:
        self.vector_store(vector_store_id)
        page = self.store.list(FILE, vector_store_id, **_page_args(query), run_id=batch_id, status=query.get("filter"))
        return page.body()

    def update_attributes(self, vector_store_id: str, file_id: str, body: JSON) -> JSON:
        row = self.file(vector_store_id, file_id)
        _refuse(rules.attributes_problem(body.get("attributes")))
        row["attributes"] = body.get("attributes")
        self.store.update(FILE, row, parent=vector_store_id)
        return row

    def delete_file(self, vector_store_id: str, file_id: str) -> JSON:
        self.file(vector_store_id, file_id)
        batch_id = self._remove_file(vector_store_id, file_id)
        self._refresh(vector_store_id, batch_id)
        return {"id": file_id, "object": "vector_store.file.deleted", "deleted": True}

    def file_content(self, vector_store_id: str, file_id: str) -> JSON:
        self.file(vector_store_id, file_id)
        text = self.store.chunks.text(vector_store_id, file_id)
        data = [{"type": "text", "text": text}] if text else []
        return {"object": "vector_store.file_content.page", "data": data, "has_more": False, "next_page": None}

    def forget_file(self, file_id: str) -> None:
        """The uploaded file was deleted: it leaves every vector store that held it."""
        for vector_store_id in self.store.parents_of(FILE, file_id):
            batch_id = self._remove_file(vector_store_id, file_id)
            self._refresh(vector_store_id, batch_id)

    # -- batches ---------------------------------------------------------------
    def create_batch(self, vector_store_id: str, body: JSON) -> JSON:
        vs = self.live(vector_store_id)
        has_ids, has_files = body.get("file_ids") is not None, body.get("files") is not None
        if has_ids == has_files:
            raise bad_request("Send exactly one of 'file_ids' and 'files'.", "file_ids", "invalid_value")
        entries: list[tuple[str, JSON, JSON | None]] = []  # (file id, recorded chunking, attributes)
        if has_ids:
            recorded, problem = rules.chunking(body.get("chunking_strategy"))
            _refuse(problem)
            _refuse(rules.attributes_problem(body.get("attributes")))
            for i, file_id in enumerate(body["file_ids"]):
                self._uploaded(file_id, f"file_ids[{i}]")
                entries.append((file_id, recorded or {}, body.get("attributes")))
        else:
            for i, item in enumerate(body["files"]):
                self._uploaded(item.get("file_id"), f"files[{i}].file_id")
                recorded, problem = rules.chunking(
                    item.get("chunking_strategy", body.get("chunking_strategy")), f"files[{i}].chunking_strategy"
                )
                _refuse(problem)
                attributes = item.get("attributes", body.get("attributes"))
                _refuse(rules.attributes_problem(attributes, f"files[{i}].attributes"))
                entries.append((item["file_id"], recorded or {}, attributes))
        batch: JSON = {
            "id": new_id("vsfb_"),
            "object": "vector_store.files_batch",
            "created_at": self.store.timestamp(),
            "vector_store_id": vector_store_id,
            "status": "in_progress",
            "file_counts": rules.file_counts({}),
        }
        self.store.insert(BATCH, batch, parent=vector_store_id)
        for file_id, recorded, attributes in {e[0]: e for e in entries}.values():
            self._add_file(vector_store_id, file_id, recorded, attributes, batch["id"])
        self.touch(vs)
        self._refresh(vector_store_id)
        return self._refresh_batch(vector_store_id, batch["id"])

    def cancel_batch(self, vector_store_id: str, batch_id: str) -> JSON:
        batch = self.batch(vector_store_id, batch_id)
        if batch["status"] != "in_progress":
            return batch
        for row, aux in self.store.with_status(FILE, ["in_progress"], parent=vector_store_id):
            if (aux or {}).get("batch_id") == batch_id:
                row["status"] = "cancelled"
                self.store.update(FILE, row, parent=vector_store_id)
        batch["status"] = "cancelled"
        self.store.update(BATCH, batch, parent=vector_store_id)
        self._refresh(vector_store_id)
        return self._refresh_batch(vector_store_id, batch_id)

    # -- ingestion's two ends ---------------------------------------------------
    def _prepare(self, vector_store_id: str, file_id: str) -> Job | None:
        row = self.store.get(FILE, file_id, parent=vector_store_id)
        if row is None or row["status"] != "in_progress":
            return None
        uploaded = self.file_lookup(file_id) or {}
        size, overlap = rules.sizes(row.get("chunking_strategy") or {})
        return Job(
            vector_store_id, file_id, self.blob_path(file_id), str(uploaded.get("filename") or ""), size, overlap
        )

    def _settle(self, vector_store_id: str, file_id: str, outcome: Outcome) -> None:
        with self.store.transaction(("vector_store", vector_store_id)):
            row, aux = self.store.get_with_aux(FILE, file_id, parent=vector_store_id)
            if row is None or row["status"] != "in_progress":
                return  # removed or cancelled meanwhile: the outcome is dropped
            if isinstance(outcome, Parsed):
                chunks = [
                    ChunkRow(vector_store_id, file_id, c.index, c.text, c.start, c.end, c.tokens)
                    for c in outcome.chunks
                ]
                row["usage_bytes"] = self.store.chunks.replace(
                    vector_store_id, file_id, outcome.text, chunks, outcome.vectors
                )
                row["status"] = "completed"
            else:
                assert isinstance(outcome, Failed)
                row["status"] = "failed"
                row["last_error"] = {"code": outcome.code, "message": outcome.message}
            self.store.update(FILE, row, parent=vector_store_id)
            self._refresh(vector_store_id, (aux or {}).get("batch_id"))
