"""``searchVectorStore``: the request checked, the candidate chunks gathered (those of the
store's ``completed`` files whose attributes pass the filter), ranked by
``retrieval.ranking.rank`` and shaped as the API's results page."""

from __future__ import annotations

from typing import Any

from ..errors import bad_request
from ..retrieval.filters import filter_problem, matches
from ..retrieval.ranking import rank
from ..storage.chunks import ChunkRow
from .service import FILE, VectorStores

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
