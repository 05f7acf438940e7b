"""The retrieval engine's pure parts (query syntax, scores, fusion, vectors) and a recall floor
on a small labelled corpus (the bench's, in miniature): the engine's quality, not its speed."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from assistants_server.retrieval import ranking
from assistants_server.retrieval.embeddings import EmbeddingsError, retry_wait, vectors_of
from assistants_server.retrieval.rewrite import drop_stop_words
from assistants_server.retrieval.vectors import MatrixCache, nearest, pack, stack, unpack

from benchmarks import retrieval as bench


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('leave "policy"', '"leave" OR "policy"'),
        ("NEAR(a b) AND c*", '"near" OR "b" OR "c"'),
        ("what is the", '"what" OR "is" OR "the"'),
        ("col:value -x", '"col" OR "value" OR "x"'),
        ("?!", None),
    ],
)
def test_a_query_becomes_quoted_words(query: str, expected: str | None) -> None:
    assert ranking.match_expression(query) == expected


def test_lexical_scores_stay_in_0_1_and_grow_with_bm25() -> None:
    values = [ranking.lexical_score(-s, 1.0) for s in (0, 1, 5, 20, 1e6)]
    assert values == sorted(values) and all(0.5 <= v <= 1 for v in values) and values[2] < 0.9
    assert ranking.lexical_score(-5, 0.5) < ranking.lexical_score(-5, 1.0)
    assert ranking.coverage("leave policies", "The leave policy.") == 1.0
    assert ranking.coverage("leave policies", "Payroll.") == 0.0


def test_fusion_rewards_agreement_and_follows_weights() -> None:
    fused = ranking.fuse([(1.0, ["a", "b", "c"]), (1.0, ["b", "a", "d"])])
    assert fused["a"] == fused["b"] and fused["a"] > fused["c"] and fused["c"] == fused["d"]
    assert ranking.fuse([(1.0, ["x"]), (1.0, ["x"])])["x"] == 1.0
    dense_heavy = ranking.fuse([(1.0, ["t"]), (3.0, ["e"])])
    assert dense_heavy["e"] > dense_heavy["t"] and math.isclose(dense_heavy["e"] + dense_heavy["t"], 1.0)
    assert ranking.fuse([(0.0, ["a"])]) == {}
    best = ranking.best_per_key([("k", 0.2, 1), ("k", 0.7, 2), ("j", 0.1, 3)])
    assert best == {"k": (0.7, 2), "j": (0.1, 3)}
    assert [r.item for r in ranking.top(best, limit=5, threshold=0.15)] == [2]


def test_vectors_pack_stack_and_search() -> None:
    assert unpack(pack([3.0, 4.0])) == pytest.approx([0.6, 0.8])
    matrix = stack([("a", pack([1, 0])), ("b", pack([0, 1])), ("c", pack([1, 1])), ("old", pack([1, 0, 0]))])
    assert matrix is not None and matrix.keys == ["a", "b", "c"]
    assert [k for k, _ in nearest([1, 0.1], matrix, 2)] == ["a", "c"]
    assert [k for k, _ in nearest([1, 0.1], matrix, 2, allowed=lambda k: k != "a")] == ["c", "b"]
    assert nearest([1, 0, 0], matrix, 2) == []  # another model's length
    cache: MatrixCache[str] = MatrixCache(budget=10)
    cache.put("vs1", 1, matrix)
    assert cache.get("vs1", 1) == (True, matrix) and cache.get("vs1", 2) == (False, None)


def test_embeddings_answers_are_checked() -> None:
    body = {"data": [{"index": 1, "embedding": [0.0, 1.0]}, {"index": 0, "embedding": [1.0, 0.0]}]}
    assert vectors_of(body, 2) == [[1.0, 0.0], [0.0, 1.0]]
    for bad in ({"data": []}, {"data": [{"embedding": "x"}]}, {"data": [{"embedding": [1]}, {"embedding": [1, 2]}]}):
        with pytest.raises(EmbeddingsError):
            vectors_of(bad, len(bad["data"]) or 1)
    assert retry_wait(0, None) == 0.5 and retry_wait(10, None) == 8.0 and retry_wait(0, "2") == 2.0


def test_the_offline_rewrite_drops_stop_words() -> None:
    assert drop_stop_words("What is the leave policy?") == "leave policy"
    assert drop_stop_words("what is it") == "what is it"


def test_recall_on_a_small_labelled_corpus() -> None:
    """Measured on this corpus (40 organisations): BM25 recall@5 1.0 on plain questions, about .8 on
    paraphrased ones (recall@5 .92, recall@1 .75 in all); hybrid with the fake embeddings recall@5 1.0,
    recall@1 .94. The floors leave a margin."""
    from tests.support.pg_cluster import cluster

    found = bench.measure_recall(cluster(), entities=40)
    for store in ("SQLite", "PostgreSQL"):
        bm25, hybrid = found[f"{store}, bm25"], found[f"{store}, hybrid"]
        assert bm25["plain recall@5"] >= 0.9
        assert bm25["recall@5"] >= 0.85
        assert hybrid["recall@5"] >= 0.95 and hybrid["paraphrased recall@5"] > bm25["paraphrased recall@5"]
        assert hybrid["recall@1"] >= 0.85 and hybrid["recall@1"] >= bm25["recall@1"]
    # the PostgreSQL store ranks as SQLite's FTS5 does: the same recall, not merely a close one
    assert found["PostgreSQL, bm25"] == found["SQLite, bm25"]


def test_a_server_without_embeddings_never_loads_numpy() -> None:
    """numpy is for the dense vectors only; a plain server (and its searches) starts without it."""
    code = (
        "import sys, httpx2\n"
        "from assistants_server import Server\n"
        "with Server() as srv:\n"
        "    vs = httpx2.post(srv.base_url + '/vector_stores', json={}).json()\n"
        "    url = srv.base_url + f\"/vector_stores/{vs['id']}/search\"\n"
        "    httpx2.post(url, json={'query': 'x'}).raise_for_status()\n"
        "print('numpy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False"
