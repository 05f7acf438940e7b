"""The PostgreSQL chunk table answers as the SQLite one does: every method, and BM25 rankings
equal to FTS5's (same order, same values) on real documents and on the bench's labelled corpus.

A real PostgreSQL (``tests.support.pg_cluster``), a fresh database per test.
"""

from __future__ import annotations

import re
import sqlite3
import struct
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from assistants_server.files.chunking import chunk_text
from assistants_server.retrieval.ranking import match_expression
from assistants_server.storage.chunks import INDEX_SCHEMA, READ_BATCH, ChunkRow, ChunkTable
from assistants_server.storage.fts_terms import TOKENIZER, MatchSyntaxError, phrases, postings
from assistants_server.storage.postgres_chunks import PgChunkTable
from psycopg_pool import ConnectionPool

from benchmarks.retrieval import corpus
from tests.support.pg_cluster import fresh_pool
from tests.support.threads import run_together

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [
    ROOT / "README.md",
    ROOT / "server" / "assistants_server" / "README.md",
    *sorted((ROOT / "docs").rglob("*.md")),
]
TOP = 40


@pytest.fixture
def pool() -> Iterator[ConnectionPool]:
    with fresh_pool() as opened:
        yield opened


@pytest.fixture
def pg(pool: ConnectionPool) -> PgChunkTable:
    return PgChunkTable(pool)


@pytest.fixture
def lite() -> ChunkTable:
    return ChunkTable(sqlite3.connect(":memory:", check_same_thread=False, isolation_level=None), threading.RLock())


def _rows(vs: str, file_id: str, texts: Sequence[str]) -> list[ChunkRow]:
    rows, at = [], 0
    for i, text in enumerate(texts):
        rows.append(ChunkRow(vs, file_id, i, text, at, at + len(text), len(text.split())))
        at += len(text)
    return rows


def _vector(i: int) -> bytes:
    return struct.pack("<3f", i, -i / 2, 0.25)


def test_rows_text_count_usage_and_chunk_round_trip(pg: PgChunkTable) -> None:
    texts = [f"chunk {i} of the file, déjà vu № {i}" for i in range(READ_BATCH * 2 + 7)]
    rows = _rows("vs_1", "file-a", texts)
    used = pg.replace("vs_1", "file-a", "the whole text", rows)
    assert used == sum(len(t.encode()) for t in texts)
    assert pg.usage_bytes("vs_1") == used == pg.usage_bytes("vs_1", "file-a")
    assert pg.usage_bytes("vs_1", "file-b") == 0 and pg.usage_bytes("vs_2") == 0
    assert pg.text("vs_1", "file-a") == "the whole text"
    assert pg.text("vs_1", "file-b") is None and pg.text("vs_2", "file-a") is None
    assert pg.count("vs_1", "file-a") == len(texts) and pg.count("vs_1", "file-b") == 0
    assert list(pg.rows("vs_1", ["file-a"])) == rows  # across read batches, in index order
    assert list(pg.rows("vs_1", ["file-b", "file-a"])) == rows
    assert pg.chunk("vs_1", "file-a", 3) == rows[3]
    assert pg.chunk("vs_1", "file-a", len(texts)) is None


def test_replace_keeps_only_the_new_chunks_and_forget_removes_by_scope(pg: PgChunkTable) -> None:
    pg.replace("vs_1", "file-a", "old", _rows("vs_1", "file-a", ["old one", "old two", "old three"]))
    pg.replace("vs_1", "file-a", "new", _rows("vs_1", "file-a", ["new one"]))
    pg.replace("vs_1", "file-b", "b", _rows("vs_1", "file-b", ["bee"]))
    pg.replace("vs_2", "file-a", "a2", _rows("vs_2", "file-a", ["other store"]))
    assert [r.text for r in pg.rows("vs_1", ["file-a"])] == ["new one"]
    assert pg.text("vs_1", "file-a") == "new"
    pg.forget_file("vs_1", "file-a")
    assert pg.count("vs_1", "file-a") == 0 and pg.text("vs_1", "file-a") is None
    assert pg.count("vs_1", "file-b") == 1 and pg.count("vs_2", "file-a") == 1
    pg.forget_store("vs_1")
    assert pg.count("vs_1", "file-b") == 0 and pg.text("vs_1", "file-b") is None
    assert pg.count("vs_2", "file-a") == 1
    assert [r.text for r, _ in pg.lexical(["vs_2"], None, '"store"', 5)] == ["other store"]
    assert pg.lexical(["vs_1"], None, '"bee" OR "new"', 5) == []


def test_generation_moves_with_every_change_and_is_seen_by_another_replica(
    pool: ConnectionPool, pg: PgChunkTable
) -> None:
    other = PgChunkTable(pool)  # a second replica on the same database
    seen = [pg.generation("vs_1")]
    pg.replace("vs_1", "file-a", "t", _rows("vs_1", "file-a", ["one"]))
    seen.append(other.generation("vs_1"))
    other.forget_file("vs_1", "file-a")
    seen.append(pg.generation("vs_1"))
    pg.forget_store("vs_1")
    seen.append(other.generation("vs_1"))
    assert len(set(seen)) == len(seen)
    untouched = pg.generation("vs_2")
    pg.replace("vs_1", "file-a", "t", _rows("vs_1", "file-a", ["one"]))
    assert pg.generation("vs_2") == untouched
    before = pg.generation("vs_1")
    other.clear()
    assert pg.generation("vs_1") != before and pg.generation("vs_2") != untouched
    assert pg.count("vs_1", "file-a") == 0 and pg.lexical(["vs_1"], None, '"one"', 5) == []


def test_vectors_come_back_as_the_same_bytes_in_file_and_index_order(pg: PgChunkTable) -> None:
    pg.replace("vs_1", "file-b", "b", _rows("vs_1", "file-b", ["b0", "b1"]), [_vector(10), _vector(11)])
    pg.replace("vs_1", "file-a", "a", _rows("vs_1", "file-a", ["a0", "a1", "a2"]), [_vector(0), _vector(1), _vector(2)])
    pg.replace("vs_1", "file-c", "c", _rows("vs_1", "file-c", ["no vector"]))
    pg.replace("vs_2", "file-a", "a", _rows("vs_2", "file-a", ["x"]), [_vector(99)])
    assert list(pg.vectors(["vs_1"])) == [
        (("vs_1", "file-a", 0), _vector(0)),
        (("vs_1", "file-a", 1), _vector(1)),
        (("vs_1", "file-a", 2), _vector(2)),
        (("vs_1", "file-b", 0), _vector(10)),
        (("vs_1", "file-b", 1), _vector(11)),
    ]
    assert next(key for key, _ in pg.vectors(["vs_2", "vs_1"])) == ("vs_2", "file-a", 0)
    pg.forget_file("vs_1", "file-a")
    assert [key[1] for key, _ in pg.vectors(["vs_1"])] == ["file-b", "file-b"]
    with pytest.raises(ValueError):
        pg.replace("vs_1", "file-d", "d", _rows("vs_1", "file-d", ["one", "two"]), [_vector(1)])
    assert pg.count("vs_1", "file-d") == 0


def test_lexical_keeps_to_the_stores_and_files_asked_for(pg: PgChunkTable) -> None:
    pg.replace("vs_1", "file-a", "t", _rows("vs_1", "file-a", ["apple pie", "pear tart"]))
    pg.replace("vs_1", "file-b", "t", _rows("vs_1", "file-b", ["apple juice"]))
    pg.replace("vs_2", "file-a", "t", _rows("vs_2", "file-a", ["apple cider"]))
    found = {r.text for r, _ in pg.lexical(["vs_1"], None, '"apple"', 10)}
    assert found == {"apple pie", "apple juice"}
    assert {r.text for r, _ in pg.lexical(["vs_1", "vs_2"], ["file-a"], '"apple"', 10)} == {"apple pie", "apple cider"}
    assert len(pg.lexical(["vs_1", "vs_2"], None, '"apple"', 2)) == 2
    assert pg.lexical(["vs_1"], [], '"apple"', 10) == []
    assert pg.lexical(["vs_1"], None, '"_"', 10) == []  # a phrase with no token matches nothing
    with pytest.raises(MatchSyntaxError):
        pg.lexical(["vs_1"], None, "apple*", 10)


def test_the_tokens_are_fts5s() -> None:
    assert f"tokenize='{TOKENIZER}'" in INDEX_SCHEMA  # the tokenizer of the SQLite store's index
    found = postings(["Running runs café SNAKE_case", ""])
    assert found[0].length == 5 and found[0].terms == {"run": [0, 1], "cafe": [2], "snake": [3], "case": [4]}
    assert found[1].length == 0 and found[1].terms == {}
    assert phrases('"policies" OR "snake_case" OR "_" OR "say ""hi"""') == (
        ("polici",),
        ("snake", "case"),
        (),
        ("sai", "hi"),
    )


def _document_chunks() -> dict[str, list[str]]:
    files = {}
    for n, path in enumerate(DOCUMENTS):
        text = path.read_text(encoding="utf-8")
        files[f"file-doc{n:03d}"] = [c.text for c in chunk_text(text, max_tokens=120, overlap_tokens=40)]
    return files


def _document_queries() -> list[str]:
    queries = []
    for path in DOCUMENTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("#") and len(queries) < 150:
                queries.append(line.lstrip("# "))
    queries += [
        "how do I run the server with PostgreSQL replicas",
        "file_search max_num_results ranking options",
        "sandbox bubblewrap network namespace",
        "running runs runner",  # three words, one stem: three phrases of the same term
        "café déjà vu",
        "the of and",  # stop words only: they are all searched
    ]
    return queries


def _compare(lite: ChunkTable, pg: PgChunkTable, stores: list[str], queries: Sequence[str]) -> tuple[int, int, int]:
    """Every query ranked by both: the same chunks in the same order with the same values; the
    count of (queries compared, scores compared, scores that are the very same double)."""
    compared = scores = same = 0
    for query in queries:
        match = match_expression(query)
        if match is None:
            continue
        expected = lite.lexical(stores, None, match, TOP)
        got = pg.lexical(stores, None, match, TOP)
        assert [row for row, _ in got] == [row for row, _ in expected], query
        for (_, want), (_, have) in zip(expected, got, strict=True):
            assert have == pytest.approx(want, rel=1e-6, abs=1e-12), query
            same += have == want
        scores += len(got)
        compared += 1
    return compared, scores, same


def _fill(tables: Sequence[ChunkTable | PgChunkTable], vs: str, files: dict[str, list[str]]) -> None:
    for file_id, texts in files.items():
        for table in tables:
            table.replace(vs, file_id, "\n".join(texts), _rows(vs, file_id, texts))


def test_rankings_equal_fts5s_on_real_documents_and_the_labelled_corpus(lite: ChunkTable, pg: PgChunkTable) -> None:
    documents = _document_chunks()
    labelled = corpus()
    assert sum(len(t) for t in documents.values()) > 200
    _fill([lite, pg], "vs_docs", documents)
    _fill([lite, pg], "vs_bench", labelled.files)
    queries = _document_queries() + [q.text for q in labelled.questions]
    compared, scores, same = _compare(lite, pg, ["vs_docs", "vs_bench"], queries)
    assert compared > 300
    # the statistics follow deletions and replacements as FTS5's do
    for file_id in list(documents)[::2]:
        for table in (lite, pg):
            table.forget_file("vs_docs", file_id)
    first = next(iter(labelled.files))
    _fill([lite, pg], "vs_bench", {first: ["The replacement chunk names the archive and the board."]})
    for table in (lite, pg):
        table.forget_store("vs_other")
    compared_after, scores_after, same_after = _compare(lite, pg, ["vs_docs", "vs_bench"], queries)
    assert compared_after == compared
    print(f"\n{compared * 2} rankings, {scores + scores_after} scores, {same + same_after} the very same double")
    bench_only = _compare(lite, pg, ["vs_bench"], [q.text for q in labelled.questions])
    assert bench_only[0] == len(labelled.questions)


def test_two_replicas_replacing_the_same_file_at_once_leave_one_version(pool: ConnectionPool) -> None:
    tables = [PgChunkTable(pool), PgChunkTable(pool)]

    def work(n: int) -> None:
        for round_ in range(15):
            texts = [f"writer {n} round {round_} chunk {i}" for i in range(20 + n)]
            tables[n].replace("vs_1", "file-a", f"text {n}", _rows("vs_1", "file-a", texts))

    assert run_together(work, 2) == []
    rows = list(tables[0].rows("vs_1", ["file-a"]))
    writers = {re.match(r"writer (\d)", r.text).group(1) for r in rows}  # type: ignore[union-attr]
    assert len(writers) == 1 and len(rows) == 20 + int(writers.pop())
    with pool.connection() as conn:
        stats = conn.execute("SELECT n_rows, n_tokens FROM fs_chunk_stats").fetchone()
        actual = conn.execute("SELECT COUNT(*), SUM(length) FROM fs_chunks").fetchone()
        postings_left = conn.execute("SELECT COUNT(DISTINCT chunk_id) FROM fs_postings").fetchone()
    assert stats == actual and postings_left == (len(rows),)
