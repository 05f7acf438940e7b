"""Retrieval: recall on a labelled corpus built in code, search latency as the corpus grows, and
ingestion cost per MB.

The corpus (``corpus``): ``ENTITIES`` made-up organisations, each with one chunk per fact
("The Velmora Institute was established in 1931." plus a sentence of shared filler), so every
chunk of an entity shares its name and the filler's words with the others. A question names the
entity and the fact: ``plain`` questions use the fact's own words, ``paraphrased`` ones a
synonym ("wage" for "salary") that only the fake embeddings upstream folds back; so BM25 finds
the entity but not always the fact, and hybrid should. Recall@k: the share of questions whose
answer chunk is among the first k results.

Latency (``latency``): chunks inserted straight through the storage layer (not through
ingestion) at 1k, 10k and 100k chunks, then searchVectorStore timed over HTTP, BM25 and
hybrid (the query embedded by the fake upstream on loopback).

Both measured per chunk store (``STORES``): SQLite (FTS5), and PostgreSQL (``PgChunkTable``
on a PostgreSQL the bench starts for itself with ``tests.support.pg_cluster``; the server's
objects stay in its SQLite file, the chunks, which are what a search ranks, go to PostgreSQL).
Without PostgreSQL installed only SQLite is measured.

    .venv/bin/python -m benchmarks --only retrieval
"""

from __future__ import annotations

import contextlib
import random
import statistics
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx2
from psycopg_pool import ConnectionPool

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistants_server import Server
from assistants_server.retrieval.vectors import pack
from assistants_server.storage.chunks import ChunkRow
from assistants_server.storage.postgres_chunks import PgChunkTable

from tests.support.fake_embeddings import FakeEmbeddings, embed
from tests.support.pg_cluster import Cluster, binaries, start

ENTITIES = 200
SIZES = (1_000, 10_000, 100_000)
STORES = ("SQLite", "PostgreSQL")
HEADERS = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer x"}
# (fact words, value maker, question with the fact's words, paraphrased question)
FACTS: tuple[tuple[str, str, str, str], ...] = (
    ("was founded in the year {v}", "year", "When was the {e} founded?", "In what year was the {e} established?"),
    ("pays an average salary of {v} crowns", "money", "What salary does the {e} pay?", "What wage does the {e} pay?"),
    ("keeps its main car fleet in {v}", "town", "Where is the car fleet of the {e}?", "Where are the {e} vehicles?"),
    ("employs a chief doctor named {v}", "name", "Who is the doctor of the {e}?", "Who is the {e} physician?"),
    ("has its head office in the city of {v}", "town", "Which city has the {e} office?", "Which town hosts the {e}?"),
    ("grants {v} days of annual leave", "days", "How much annual leave at the {e}?", "How many vacation days at {e}?"),
)
SYLLABLES = [
    "ka",
    "lo",
    "mi",
    "ve",
    "ra",
    "to",
    "sun",
    "del",
    "fir",
    "gan",
    "hol",
    "ix",
    "jor",
    "kem",
    "lun",
    "mor",
    "nav",
    "pel",
    "quo",
    "rin",
    "sar",
    "tel",
    "ul",
    "vor",
    "wen",
]
FILLER = "Records of the {e} are kept in the archive with the annual report of the board."


@dataclass(frozen=True)
class Question:
    text: str
    file_id: str
    answer: str  # the answer chunk's text
    paraphrased: bool


@dataclass
class Corpus:
    files: dict[str, list[str]] = field(default_factory=dict)  # file id -> chunk texts
    questions: list[Question] = field(default_factory=list)


def _value(kind: str, rng: random.Random) -> str:
    if kind == "year":
        return str(rng.randint(1800, 2020))
    if kind == "money":
        return f"{rng.randint(20, 90)},{rng.randint(100, 999)}"
    if kind == "days":
        return str(rng.randint(10, 40))
    return "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()


def corpus(entities: int = ENTITIES, seed: int = 21) -> Corpus:
    """The labelled corpus: one file per entity, one chunk per fact, two questions per fact of
    every fifth entity (one plain, one paraphrased)."""
    rng = random.Random(seed)
    built = Corpus()
    names: set[str] = set()
    while len(names) < entities:
        names.add(
            "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
            + " "
            + rng.choice(("Institute", "Company", "Guild", "Society", "Works"))
        )
    for n, entity in enumerate(sorted(names)):
        file_id = f"file-bench{n:05d}"
        chunks = []
        for fact, kind, plain, para in FACTS:
            text = f"The {entity} {fact.format(v=_value(kind, rng))}. {FILLER.format(e=entity)}"
            chunks.append(text)
            if n % 5 == 0:
                built.questions.append(Question(plain.format(e=entity), file_id, text, False))
                built.questions.append(Question(para.format(e=entity), file_id, text, True))
        built.files[file_id] = chunks
    return built


def seed_store(srv: Server, http: httpx2.Client, files: dict[str, list[str]], vectors: bool) -> str:
    """A vector store holding `files` as completed files, written straight into the storage
    layer (file objects, store file rows, chunks and, if asked, their fake vectors)."""
    domain = srv.api.domain
    store = domain.store
    vs = http.post("/vector_stores", json={"name": "bench"}).json()["id"]
    now = store.timestamp()
    for file_id, texts in files.items():
        store.insert(
            "file",
            {
                "id": file_id,
                "object": "file",
                "filename": f"{file_id}.txt",
                "bytes": 0,
                "created_at": now,
                "purpose": "assistants",
                "status": "processed",
            },
        )
        row = {
            "id": file_id,
            "object": "vector_store.file",
            "usage_bytes": 0,
            "created_at": now,
            "vector_store_id": vs,
            "status": "completed",
            "last_error": None,
            "chunking_strategy": {},
            "attributes": None,
        }
        store.insert("vector_store_file", row, parent=vs)
        rows = [ChunkRow(vs, file_id, i, t, 0, len(t), len(t.split())) for i, t in enumerate(texts)]
        blobs = [pack(embed(t)) for t in texts] if vectors else None
        with store.transaction():
            store.chunks.replace(vs, file_id, "\n".join(texts), rows, blobs)
    return str(vs)


def recall(http: httpx2.Client, vs: str, questions: Sequence[Question], ranker: str) -> dict[str, float]:
    hits = {"@1": 0, "@5": 0, "plain@5": 0, "paraphrased@5": 0}
    counts = {"plain": 0, "paraphrased": 0}
    for q in questions:
        body = {"query": q.text, "max_num_results": 5, "ranking_options": {"ranker": ranker}}
        data = http.post(f"/vector_stores/{vs}/search", json=body).json()["data"]
        kind = "paraphrased" if q.paraphrased else "plain"
        counts[kind] += 1
        ranks = [i for i, d in enumerate(data) if d["file_id"] == q.file_id and d["content"][0]["text"] == q.answer]
        if ranks and ranks[0] == 0:
            hits["@1"] += 1
        if ranks:
            hits["@5"] += 1
            hits[f"{kind}@5"] += 1
    total = len(questions)
    return {
        "recall@1": hits["@1"] / total,
        "recall@5": hits["@5"] / total,
        "plain recall@5": hits["plain@5"] / counts["plain"],
        "paraphrased recall@5": hits["paraphrased@5"] / counts["paraphrased"],
    }


@contextlib.contextmanager
def postgres() -> Iterator[Cluster | None]:
    """A PostgreSQL of the bench's own for the run (None when none is installed)."""
    bin_dir = binaries()
    if bin_dir is None:
        yield None
        return
    cluster = start(bin_dir)
    try:
        yield cluster
    finally:
        cluster.stop()


@contextlib.contextmanager
def server(fake: FakeEmbeddings, store: str, cluster: Cluster | None) -> Iterator[Server]:
    """A server with the fake embeddings upstream whose chunks live in `store`."""
    with contextlib.ExitStack() as stack:
        table = None
        if store == "PostgreSQL":
            assert cluster is not None
            pool = stack.enter_context(ConnectionPool(cluster.new_database("bench"), min_size=1, max_size=16))
            table = PgChunkTable(pool)
        srv = stack.enter_context(Server(embeddings_base_url=fake.base_url))
        if table is not None:
            cast(Any, srv.api.domain.store).chunks = table
        yield srv


def stores(cluster: Cluster | None) -> tuple[str, ...]:
    return STORES if cluster is not None else STORES[:1]


def measure_recall(cluster: Cluster | None, entities: int = ENTITIES) -> dict[str, dict[str, float]]:
    """Recall of BM25 (ranker ``none``) and of hybrid (``auto`` with the fake embeddings), per store."""
    built = corpus(entities)
    found = {}
    for store in stores(cluster):
        with FakeEmbeddings() as fake, server(fake, store, cluster) as srv:
            with httpx2.Client(base_url=srv.base_url, headers=HEADERS, timeout=60) as http:
                vs = seed_store(srv, http, built.files, vectors=True)
                found[f"{store}, bm25"] = recall(http, vs, built.questions, "none")
                found[f"{store}, hybrid"] = recall(http, vs, built.questions, "auto")
    return found


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


def measure_latency(cluster: Cluster | None, sizes: Sequence[int] = SIZES, queries: int = 100) -> list[dict[str, Any]]:
    """p50/p99 of searchVectorStore at each size, BM25 and hybrid (one vector store per size), per chunk store."""
    rows = []
    for store in stores(cluster):
        with FakeEmbeddings() as fake, server(fake, store, cluster) as srv:
            rows += _latency(srv, store, sizes, queries)
    return rows


def _latency(srv: Server, store: str, sizes: Sequence[int], queries: int) -> list[dict[str, Any]]:
    base = corpus(ENTITIES)
    texts = [t for chunks in base.files.values() for t in chunks]
    questions = [q.text for q in base.questions]
    rows = []
    with httpx2.Client(base_url=srv.base_url, headers=HEADERS, timeout=120) as http:
        for size in sizes:
            per_file = 100
            files = {
                f"file-s{size}-{f:05d}": [
                    texts[(f * per_file + i) % len(texts)] + f" Part {f}-{i}." for i in range(per_file)
                ]
                for f in range(size // per_file)
            }
            began = time.perf_counter()
            vs = seed_store(srv, http, files, vectors=True)
            seeded = time.perf_counter() - began
            row: dict[str, Any] = {"store": store, "chunks": size, "seed_s": seeded}
            count = queries if size < 100_000 else max(20, queries // 4)
            for ranker in ("none", "auto"):
                samples = []
                for i in range(count):
                    body = {"query": questions[i % len(questions)], "ranking_options": {"ranker": ranker}}
                    t0 = time.perf_counter()
                    r = http.post(f"/vector_stores/{vs}/search", json=body)
                    samples.append((time.perf_counter() - t0) * 1000)
                    assert r.status_code == 200, r.text
                row["bm25" if ranker == "none" else "hybrid"] = _percentiles(samples)
            rows.append(row)
            http.delete(f"/vector_stores/{vs}")
    return rows


def measure_ingest() -> list[str]:
    """Ingestion cost per MB through the server (createVectorStoreFile until completed)."""
    from .vector_store_ingest import main_lines

    return main_lines()


def bench_retrieval(scale: float = 1.0) -> dict[str, Any]:
    sizes = SIZES if scale >= 1 else SIZES[:2]
    with postgres() as cluster:
        return {
            "recall": measure_recall(cluster),
            "latency": measure_latency(cluster, sizes, queries=max(20, int(100 * scale))),
            "ingest": measure_ingest(),
        }


HEAD_RECALL = ["store, ranking", "recall@1", "recall@5", "plain recall@5", "paraphrased recall@5"]
HEAD_LATENCY = ["store", "chunks", "BM25 p50", "BM25 p99", "hybrid p50", "hybrid p99", "seeding"]


def lines(result: dict[str, Any]) -> list[str]:
    """The row as Markdown tables."""
    out = ["| " + " | ".join(HEAD_RECALL) + " |", "|" + " --- |" * len(HEAD_RECALL)]
    for name, r in result["recall"].items():
        cells = [f"{r[h]:.2f}" for h in HEAD_RECALL[1:]]
        out.append(f"| {name} | " + " | ".join(cells) + " |")
    out += ["", "| " + " | ".join(HEAD_LATENCY) + " |", "|" + " --- |" * len(HEAD_LATENCY)]
    for row in result["latency"]:
        b50, b99 = row["bm25"]
        h50, h99 = row["hybrid"]
        cells = [row.get("store", "SQLite"), f"{row['chunks']:,}", f"{b50:.1f} ms", f"{b99:.1f} ms"]
        cells += [f"{h50:.1f} ms", f"{h99:.1f} ms", f"{row['seed_s']:.1f} s"]
        out.append("| " + " | ".join(cells) + " |")
    out += ["", *(f"- ingestion: {line}" for line in result["ingest"])]
    return out


if __name__ == "__main__":
    print("\n".join(lines(bench_retrieval(float(sys.argv[1]) if len(sys.argv) > 1 else 1.0))))
