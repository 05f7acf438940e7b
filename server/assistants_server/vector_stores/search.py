"""``searchVectorStore``: the request checked, the candidate chunks gathered (those of the
store's ``completed`` files whose attributes pass the filter), ranked by
``retrieval.ranking.rank`` and shaped as the API's results page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request
from ..retrieval.filters import filter_problem, matches
from ..retrieval.ranking import rank
from ..storage.chunks import ChunkRow
from . import rules
from .service import FILE, STORE, VectorStores

JSON = dict[str, Any]
DEFAULT_RESULTS = 10


def queries(body: JSON) -> list[str]:
    query = body.get("query")
    found = [query] if isinstance(query, str) else query
    if not isinstance(found, list) or not found or any(not isinstance(q, str) or not q.strip() for q in found):
        raise bad_request("Invalid 'query': expected a non-empty string or a non-empty list of them.", "query")
    return found


def search(stores: VectorStores, vector_store_id: str, body: JSON) -> JSON:
    vs = stores.live(vector_store_id)
    wanted = queries(body)
    limit = int(body.get("max_num_results") or DEFAULT_RESULTS)
    if not 1 <= limit <= 50:
        raise bad_request("Invalid 'max_num_results': expected an integer from 1 to 50.", "max_num_results")
    threshold = float((body.get("ranking_options") or {}).get("score_threshold") or 0.0)
    filters = body.get("filters")
    if filters is not None:
        problem = filter_problem(filters)
        if problem is not None:
            raise bad_request(problem[1], problem[0], "invalid_value")
    files: dict[str, JSON] = {}
    for row, _ in stores.store.with_status(FILE, ["completed"], parent=vector_store_id):
        if filters is None or matches(filters, row.get("attributes")):
            files[row["id"]] = row
    candidates = ((chunk, chunk.text) for chunk in stores.store.chunks.rows(vector_store_id, list(files)))
    ranked = rank(wanted, candidates, limit=limit, threshold=threshold)
    names: dict[str, str] = {}
    data = []
    for hit in ranked:
        chunk: ChunkRow = hit.item
        if chunk.file_id not in names:
            names[chunk.file_id] = str((stores.file_lookup(chunk.file_id) or {}).get("filename") or "")
        data.append(
            {
                "file_id": chunk.file_id,
                "filename": names[chunk.file_id],
                "score": hit.score,
                "attributes": files[chunk.file_id].get("attributes"),
                "content": [{"type": "text", "text": chunk.text}],
            }
        )
    stores.touch(vs)
    return {
        "object": "vector_store.search_results.page",
        "search_query": wanted,
        "data": data,
        "has_more": False,
        "next_page": None,
    }


@dataclass(frozen=True)
class Hit:
    """One ranked chunk of a store's file (score 0..1)."""

    file_id: str
    filename: str
    score: float
    text: str
    attributes: JSON | None
    vector_store_id: str
    chunk_index: int


def search_stores(
    stores: VectorStores,
    vector_store_ids: Sequence[str],
    queries: Sequence[str],
    *,
    max_num_results: int,
    score_threshold: float = 0.0,
    ranker: str | None = None,
    filters: JSON | None = None,
) -> list[Hit]:
    """The best ``max_num_results`` chunks of the ``completed`` files of several stores for
    ``queries``, best first: what the file_search tool of a run searches. Stores that are gone or
    expired are skipped (a run keeps going without them); ``filters`` must be valid already;
    ``ranker`` is accepted for the interface (one ranking exists)."""
    del ranker
    files: dict[tuple[str, str], JSON] = {}
    live: list[str] = []
    now = stores.now()
    for vector_store_id in dict.fromkeys(vector_store_ids):
        vs = stores.store.get(STORE, vector_store_id)
        if vs is None or rules.as_seen(vs, now)["status"] == "expired":
            continue
        live.append(vector_store_id)
        for row, _ in stores.store.with_status(FILE, ["completed"], parent=vector_store_id):
            if filters is None or matches(filters, row.get("attributes")):
                files[(vector_store_id, row["id"])] = row

    def candidates() -> Any:
        for vector_store_id in live:
            ids = [file_id for (vs_id, file_id) in files if vs_id == vector_store_id]
            for chunk in stores.store.chunks.rows(vector_store_id, ids):
                yield chunk, chunk.text

    ranked = rank(list(queries), candidates(), limit=max_num_results, threshold=score_threshold)
    names: dict[str, str] = {}
    hits = []
    for found in ranked:
        chunk: ChunkRow = found.item
        if chunk.file_id not in names:
            names[chunk.file_id] = str((stores.file_lookup(chunk.file_id) or {}).get("filename") or "")
        attributes = files[(chunk.vector_store_id, chunk.file_id)].get("attributes")
        hits.append(
            Hit(
                chunk.file_id,
                names[chunk.file_id],
                found.score,
                chunk.text,
                attributes,
                chunk.vector_store_id,
                chunk.index,
            )
        )
    for vector_store_id in live:
        vs = stores.store.get(STORE, vector_store_id)
        if vs is not None:
            stores.touch(vs)
    return hits
