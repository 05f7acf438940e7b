"""Searching vector stores: ``search_stores`` (what runs call: hits from several stores) and
``search`` (the ``searchVectorStore`` operation: the request checked, rewritten if asked, the
results page shaped as the API's).

Candidates are the chunks of the stores' ``completed`` files whose attributes pass the filter
(the file ids are chosen first, so a filter never eats into ``max_num_results``). Each query
is ranked lexically (FTS5 BM25, ``retrieval.ranking``) and, when the server has an embeddings
upstream, the ranker is not ``none`` and the query's vector is known, also by cosine over the
stored vectors; the two rankings are fused by weighted reciprocal rank fusion. Several queries:
a chunk keeps its best score. Stores that are gone or expired give no hits here (a run keeps
going without them); the operation refuses them before (404, 400 ``vector_store_expired``).
A search moves the ``last_active_at`` of the stores it searched.

Limits (documented in the server README): a query of at most ``MAX_QUERY_CHARS`` characters,
at most ``MAX_QUERIES`` queries; beyond them a 400 ``string_above_max_length`` /
``array_above_max_length`` on ``query``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import bad_request
from ..retrieval import ranking
from ..retrieval.embeddings import EmbeddingsError
from ..retrieval.filters import filter_problem, matches
from ..retrieval.vectors import nearest, stack
from ..storage.chunks import ChunkRow
from .rules import expired
from .service import FILE, STORE, VectorStores

log = logging.getLogger("assistants_server.search")

JSON = dict[str, Any]
DEFAULT_RESULTS = 10
MAX_RESULTS = 50
MAX_QUERY_CHARS = 4_096
MAX_QUERIES = 10
MIN_CANDIDATES = 50
"""Each query's ranking looks at this many chunks at least (four times the results asked, else)."""
RANKERS = ("none", "auto", "default-2024-11-15", "default_2024_08_21")
ChunkKey = tuple[str, str, int]


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


def _candidates(stores: VectorStores, vector_store_ids: Sequence[str], filters: Any) -> dict[tuple[str, str], JSON]:
    """The searchable files, ``(store id, file id) -> file row``; the live stores are touched
    (a search is activity)."""
    now = stores.now()
    files: dict[tuple[str, str], JSON] = {}
    for vs_id in dict.fromkeys(vector_store_ids):
        vs = stores.store.get(STORE, vs_id)
        if vs is None or expired(vs, now):
            continue
        stores.touch(vs)
        for row, _ in stores.store.with_status(FILE, ["completed"], parent=vs_id):
            if filters is None or matches(filters, row.get("attributes")):
                files[(vs_id, row["id"])] = row
    return files


def _key(chunk: ChunkRow) -> ChunkKey:
    return (chunk.vector_store_id, chunk.file_id, chunk.index)


def search_stores(
    stores: VectorStores,
    vector_store_ids: Sequence[str],
    queries: Sequence[str],
    *,
    max_num_results: int,
    score_threshold: float = 0.0,
    ranker: str | None = None,
    filters: JSON | None = None,
    query_vectors: Sequence[Sequence[float]] | None = None,
    weights: tuple[float, float] | None = None,
) -> list[Hit]:
    """The best `max_num_results` chunks of the stores for `queries`, best first. `filters`
    must be checked (``filter_problem``) by the caller. `query_vectors` (one per query, from
    ``embed_queries``) turn on the hybrid ranking unless `ranker` is ``none``; `weights` are
    ``(text_weight, embedding_weight)``."""
    files = _candidates(stores, vector_store_ids, filters)
    if not files:
        return []
    store_ids = sorted({vs for vs, _ in files})
    file_ids = None if filters is None else sorted({f for _, f in files})
    pool = max(MIN_CANDIDATES, 4 * max_num_results)
    dense = query_vectors is not None and ranker != "none" and len(query_vectors) == len(queries)
    text_weight, embedding_weight = weights or (ranking.DEFAULT_TEXT_WEIGHT, ranking.DEFAULT_EMBEDDING_WEIGHT)
    chunks: dict[ChunkKey, ChunkRow] = {}
    found: list[tuple[ChunkKey, float, ChunkKey]] = []
    for position, query in enumerate(queries):
        lexical: list[ChunkKey] = []
        scores: dict[ChunkKey, float] = {}
        match = ranking.match_expression(query)
        if match is not None:
            rows = stores.store.chunks.lexical(store_ids, file_ids, match, pool)
            for chunk, bm25 in rows:
                if (chunk.vector_store_id, chunk.file_id) in files:
                    chunks[_key(chunk)] = chunk
                    scores[_key(chunk)] = ranking.lexical_score(bm25, ranking.coverage(query, chunk.text))
            lexical = sorted(scores, key=lambda k: -scores[k])  # stable: BM25 order breaks ties
        if dense:
            assert query_vectors is not None
            near = _dense(stores, store_ids, files if file_ids is not None else None, query_vectors[position], pool)
            if near is not None:  # stores with no vectors (filled before --embeddings-*): lexical scores
                scores = ranking.fuse([(text_weight, lexical), (embedding_weight, near)])
        found.extend((key, score, key) for key, score in scores.items())
    best = ranking.best_per_key(found)
    hits: list[Hit] = []
    names: dict[str, str] = {}
    for ranked in ranking.top(best, limit=max_num_results, threshold=score_threshold):
        key = ranked.item
        chunk_row = chunks.get(key) or stores.store.chunks.chunk(*key)
        if chunk_row is None:
            continue
        vs_id, file_id, index = key
        if file_id not in names:
            names[file_id] = str((stores.file_lookup(file_id) or {}).get("filename") or "")
        attributes = files[(vs_id, file_id)].get("attributes")
        hits.append(Hit(file_id, names[file_id], ranked.score, chunk_row.text, attributes, vs_id, index))
    return hits


def _dense(
    stores: VectorStores,
    store_ids: Sequence[str],
    files: Mapping[tuple[str, str], JSON] | None,
    vector: Sequence[float],
    pool: int,
) -> list[ChunkKey] | None:
    """The `pool` chunks nearest `vector` across the stores (of `files` only, if given), best
    first, or None when none of the stores has vectors; each store's vectors come from
    ``stores.matrices`` while its chunks are unchanged."""
    found: list[tuple[float, ChunkKey]] = []
    any_vectors = False
    allowed = None if files is None else (lambda key: (key[0], key[1]) in files)
    for vs_id in store_ids:
        generation = stores.store.chunks.generation(vs_id)
        hit, matrix = stores.matrices.get(vs_id, generation)
        if not hit:
            matrix = stack(stores.store.chunks.vectors([vs_id]))
            stores.matrices.put(vs_id, generation, matrix)
        if matrix is not None:
            any_vectors = True
            found.extend((cosine, key) for key, cosine in nearest(vector, matrix, pool, allowed) if cosine > 0)
    found.sort(key=lambda entry: -entry[0])
    return [key for _, key in found[:pool]] if any_vectors else None


async def embed_queries(stores: VectorStores, queries: Sequence[str]) -> list[list[float]] | None:
    """The queries' vectors, or None without an embeddings upstream or when it fails (the
    search is then lexical only: an outage degrades a search, it does not fail it)."""
    if stores.embedder is None:
        return None
    try:
        return await stores.embedder.embed(list(queries))
    except EmbeddingsError as exc:
        log.warning("searching without embeddings: %s", exc)
        return None


async def asearch_stores(
    stores: VectorStores,
    vector_store_ids: Sequence[str],
    queries: Sequence[str],
    *,
    max_num_results: int,
    score_threshold: float = 0.0,
    ranker: str | None = None,
    filters: JSON | None = None,
    weights: tuple[float, float] | None = None,
) -> list[Hit]:
    """``search_stores`` with the queries embedded first (hybrid when the server has embeddings)."""
    vectors = await embed_queries(stores, queries) if ranker != "none" else None
    return search_stores(
        stores,
        vector_store_ids,
        queries,
        max_num_results=max_num_results,
        score_threshold=score_threshold,
        ranker=ranker,
        filters=filters,
        query_vectors=vectors,
        weights=weights,
    )


def queries(body: JSON) -> list[str]:
    query = body.get("query")
    found = [query] if isinstance(query, str) else query
    if not isinstance(found, list) or not found or any(not isinstance(q, str) or not q.strip() for q in found):
        raise bad_request("Invalid 'query': expected a non-empty string or a non-empty list of them.", "query")
    if len(found) > MAX_QUERIES:
        raise bad_request(
            f"Invalid 'query': at most {MAX_QUERIES} queries, got {len(found)}.", "query", "array_above_max_length"
        )
    for i, q in enumerate(found):
        if len(q) > MAX_QUERY_CHARS:
            param = "query" if isinstance(query, str) else f"query[{i}]"
            raise bad_request(
                f"Invalid '{param}': string too long. Expected a string with maximum length {MAX_QUERY_CHARS}, "
                f"but got a string with length {len(q)} instead.",
                param,
                "string_above_max_length",
            )
    return found


def _options(body: JSON) -> tuple[int, float, str | None, tuple[float, float] | None]:
    limit = body.get("max_num_results", DEFAULT_RESULTS)
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_RESULTS:
        raise bad_request("Invalid 'max_num_results': expected an integer from 1 to 50.", "max_num_results")
    options = body.get("ranking_options") or {}
    if not isinstance(options, Mapping):
        raise bad_request("Invalid 'ranking_options': expected an object.", "ranking_options")
    threshold = options.get("score_threshold", 0.0)
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0 <= threshold <= 1:
        raise bad_request(
            "Invalid 'ranking_options.score_threshold': expected a number from 0 to 1.",
            "ranking_options.score_threshold",
        )
    ranker = options.get("ranker")
    if ranker is not None and ranker not in RANKERS:
        raise bad_request(
            f"Invalid 'ranking_options.ranker': expected one of {', '.join(RANKERS)}.", "ranking_options.ranker"
        )
    hybrid = options.get("hybrid_search")
    weights = None
    if isinstance(hybrid, Mapping):
        pair = (
            hybrid.get("text_weight", ranking.DEFAULT_TEXT_WEIGHT),
            hybrid.get("embedding_weight", ranking.DEFAULT_EMBEDDING_WEIGHT),
        )
        for name, value in zip(("text_weight", "embedding_weight"), pair, strict=True):
            if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
                param = f"ranking_options.hybrid_search.{name}"
                raise bad_request(f"Invalid '{param}': expected a number of 0 or more.", param)
        weights = (float(pair[0]), float(pair[1]))
    return limit, float(threshold), ranker, weights


async def search(stores: VectorStores, vector_store_id: str, body: JSON) -> JSON:
    stores.live(vector_store_id)
    wanted = queries(body)
    limit, threshold, ranker, weights = _options(body)
    filters = body.get("filters")
    if filters is not None:
        problem = filter_problem(filters)
        if problem is not None:
            raise bad_request(problem[1], problem[0], "invalid_value")
    if body.get("rewrite_query"):
        wanted = [await stores.rewriter(q) for q in wanted]
    hits = await asearch_stores(
        stores,
        [vector_store_id],
        wanted,
        max_num_results=limit,
        score_threshold=threshold,
        ranker=ranker,
        filters=filters,
        weights=weights,
    )
    return {
        "object": "vector_store.search_results.page",
        "search_query": wanted,
        "data": [
            {
                "file_id": hit.file_id,
                "filename": hit.filename,
                "score": hit.score,
                "attributes": hit.attributes,
                "content": [{"type": "text", "text": hit.text}],
            }
            for hit in hits
        ],
        "has_more": False,
        "next_page": None,
    }
