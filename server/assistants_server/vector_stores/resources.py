"""The vector stores assistants and threads use for file_search: ``tool_resources.file_search``
checked and resolved (inline ``vector_stores`` created on the spot, as the API does), and the
thread store that message ``attachments`` with the ``file_search`` tool fill (created when the
thread has none, expiring 7 days after its last activity), plus what a run searches with.

Every check runs before anything is created, so a refused request leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..backends.file_search import SearchResult, ToolOptions
from ..errors import bad_request, not_found
from ..storage.sql_objects import ObjectStore
from . import rules
from .search import asearch_stores
from .service import FILE, STORE, VectorStores

JSON = dict[str, Any]
ATTACHMENT_STORE_EXPIRY: JSON = {"anchor": "last_active_at", "days": 7}
MAX_STORES = 1  # one vector store per assistant and one per thread
ATTACHMENT_TOOLS = ("code_interpreter", "file_search")


def _store_ids(owner: JSON | None) -> list[str]:
    found = ((owner or {}).get("tool_resources") or {}).get("file_search") or {}
    return [i for i in found.get("vector_store_ids") or [] if isinstance(i, str)]


class ToolResources:
    def __init__(self, store: ObjectStore, stores: VectorStores) -> None:
        self.store = store
        self.stores = stores

    # -- tool_resources ----------------------------------------------------------
    def resolve(self, value: Any, param: str = "tool_resources") -> Any:
        """`value` (a request's ``tool_resources``) with ``file_search.vector_store_ids`` checked
        and its inline ``vector_stores`` created and named there instead."""
        if not isinstance(value, dict) or not isinstance(value.get("file_search"), dict):
            return value
        where = f"{param}.file_search"
        search = value["file_search"]
        ids = search.get("vector_store_ids") or []
        inline = search.get("vector_stores") or []
        if not isinstance(ids, list) or not isinstance(inline, list):
            raise bad_request(f"Invalid type for '{where}': expected arrays.", where)
        if len(ids) + len(inline) > MAX_STORES:
            raise bad_request(
                f"Invalid '{where}': at most {MAX_STORES} vector store (from 'vector_store_ids' and 'vector_stores').",
                f"{where}.vector_store_ids" if len(ids) > MAX_STORES else where,
                "invalid_value",
            )
        for i, vector_store_id in enumerate(ids):
            self._live(vector_store_id, f"{where}.vector_store_ids[{i}]")
        bodies = [self._inline_body(helper, f"{where}.vector_stores[{i}]") for i, helper in enumerate(inline)]
        created = [self.stores.create_store(body)["id"] for body in bodies]
        return {**value, "file_search": {"vector_store_ids": [*ids, *created]}}

    def _live(self, vector_store_id: Any, param: str) -> None:
        found = self.store.get(STORE, vector_store_id) if isinstance(vector_store_id, str) else None
        if found is None:
            raise not_found("vector store", str(vector_store_id), param)
        if rules.as_seen(found, self.stores.now())["status"] == "expired":
            raise bad_request(f"Vector store {vector_store_id} has expired.", param, "vector_store_expired")

    def _inline_body(self, helper: Any, param: str) -> JSON:
        if not isinstance(helper, dict):
            raise bad_request(f"Invalid type for '{param}': expected an object.", param)
        file_ids = helper.get("file_ids") or []
        for i, file_id in enumerate(file_ids):
            if not isinstance(file_id, str) or self.stores.file_lookup(file_id) is None:
                raise not_found("file", str(file_id), f"{param}.file_ids[{i}]")
        _recorded, problem = rules.chunking(helper.get("chunking_strategy"), f"{param}.chunking_strategy")
        if problem is not None:
            raise bad_request(problem[1], problem[0], "invalid_value")
        body: JSON = {"file_ids": file_ids, "metadata": helper.get("metadata") or {}}
        if helper.get("chunking_strategy") is not None:
            body["chunking_strategy"] = helper["chunking_strategy"]
        return body

    # -- attachments -------------------------------------------------------------
    def check_attachments(self, attachments: Any, param: str = "attachments") -> None:
        if attachments is None:
            return
        if not isinstance(attachments, list):
            raise bad_request(f"Invalid type for '{param}': expected an array.", param)
        for i, item in enumerate(attachments):
            where = f"{param}[{i}]"
            file_id = item.get("file_id") if isinstance(item, dict) else None
            if not isinstance(file_id, str) or not file_id:
                raise bad_request(f"Missing required parameter: '{where}.file_id'.", f"{where}.file_id")
            if self.stores.file_lookup(file_id) is None:
                raise not_found("file", file_id, f"{where}.file_id")
            for j, tool in enumerate(item.get("tools") or []):
                if not isinstance(tool, dict) or tool.get("type") not in ATTACHMENT_TOOLS:
                    raise bad_request(
                        f"Invalid value for '{where}.tools[{j}].type': expected 'code_interpreter' or 'file_search'.",
                        f"{where}.tools[{j}].type",
                        "invalid_value",
                    )

    def attach(self, thread: JSON, attachments: Any) -> None:
        """Put the files attached for ``file_search`` into the thread's store (made when needed)."""
        wanted = [
            a["file_id"]
            for a in attachments or []
            if isinstance(a, dict)
            and any(isinstance(t, dict) and t.get("type") == "file_search" for t in a.get("tools") or [])
        ]
        if not wanted:
            return
        vector_store_id = self._thread_store(thread)
        # the store may be shared with other threads: its lock comes before the look for a link
        with self.store.transaction(("vector_store", vector_store_id)):
            for file_id in dict.fromkeys(wanted):
                if self.store.get(FILE, file_id, parent=vector_store_id) is None:
                    self.stores.create_file(vector_store_id, {"file_id": file_id})

    def _thread_store(self, thread: JSON) -> str:
        now = self.stores.now()
        for vector_store_id in _store_ids(thread):
            found = self.store.get(STORE, vector_store_id)
            if found is not None and rules.as_seen(found, now)["status"] != "expired":
                return vector_store_id
        created = self.stores.create_store({"expires_after": dict(ATTACHMENT_STORE_EXPIRY)})["id"]
        resources = dict(thread.get("tool_resources") or {})
        resources["file_search"] = {"vector_store_ids": [created]}
        thread["tool_resources"] = resources
        self.store.update("thread", thread)
        return str(created)

    # -- what a run searches (``runs.tools.RunRetrieval``) ------------------------
    def vector_store_ids(self, run: JSON) -> list[str]:
        assistant = self.store.get("assistant", str(run.get("assistant_id") or ""))
        thread = self.store.get("thread", str(run.get("thread_id") or ""))
        return list(dict.fromkeys([*_store_ids(assistant), *_store_ids(thread)]))

    def pending(self, vector_store_ids: Sequence[str]) -> int:
        return sum(len(self.store.with_status(FILE, ["in_progress"], parent=i)) for i in vector_store_ids)

    async def search(
        self, vector_store_ids: Sequence[str], queries: Sequence[str], options: ToolOptions
    ) -> list[SearchResult]:
        """Hybrid when the server has embeddings (the queries are embedded first), else BM25."""
        hits = await asearch_stores(
            self.stores,
            vector_store_ids,
            queries,
            max_num_results=options.max_num_results,
            score_threshold=options.score_threshold,
            ranker=options.ranker,
        )
        return [SearchResult(h.file_id, h.filename, h.score, h.text) for h in hits]
