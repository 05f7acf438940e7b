"""searchVectorStore over loopback: BM25 from the FTS5 index, safe query syntax, scores, limits,
filters, rankers, rewriting, bad input, and the hybrid path against the fake embeddings
upstream (up and down). Answers are checked against openapi.yaml by the fixtures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest
from assistants_server import Server
from assistants_server.storage.sql_objects import ObjectStore
from assistants_server.storage.sqlite import Store

from tests.support.fake_embeddings import FakeEmbeddings
from tests.support.fake_upstream import FakeUpstream, TextAnswer

from .conftest import BETA
from .fs_support import searching_assistant
from .vs_support import upload, wait_store

DOCS = {
    "leave.txt": b"The leave policy grants two days of paid leave per month to every employee.\n",
    "payroll.txt": b"Payroll runs on the last Friday of the month; the salary arrives on Monday.\n",
    "cars.txt": b"Company automobiles are booked through the fleet desk on the third floor.\n",
}


def make_store(
    http: httpx2.Client, srv: Server, docs: dict[str, bytes], attrs: dict[str, dict] | None = None
) -> tuple[str, dict[str, str]]:
    ids = {name: upload(http, srv, name, data) for name, data in docs.items()}
    vs = http.post("/vector_stores", json={}).json()["id"]
    files = [{"file_id": fid, "attributes": (attrs or {}).get(name)} for name, fid in ids.items()]
    r = http.post(f"/vector_stores/{vs}/file_batches", json={"files": files})
    assert r.status_code == 200, r.text
    wait_store(http, vs)
    return vs, ids


def search(http: httpx2.Client, vs: str, **body: object) -> dict:
    r = http.post(f"/vector_stores/{vs}/search", json=body)
    assert r.status_code == 200, r.text
    return dict(r.json())


def names(page: dict) -> list[str]:
    return [d["filename"] for d in page["data"]]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""leave',
        "leave*",
        "NEAR(leave policy)",
        "leave AND policy",
        "-leave",
        "text:leave",
        "leave OR",
        "^leave",
        "(leave",
        "leave)",
        "'; DROP TABLE chunks; --",
        "{leave}",
        "*",
        "NOT",
        "a+b",
        "✓ leave ✓",
    ],
)
def test_fts5_syntax_in_a_query_is_only_characters(http: httpx2.Client, srv: Server, query: str) -> None:
    vs, _ = make_store(http, srv, {"leave.txt": DOCS["leave.txt"]})
    page = search(http, vs, query=query)
    if "leave" in query.lower():
        assert names(page) == ["leave.txt"]
    else:
        assert isinstance(page["data"], list)


def test_bm25_ranks_scores_and_limits(http: httpx2.Client, srv: Server) -> None:
    vs, _ = make_store(http, srv, DOCS)
    page = search(http, vs, query="when does the salary arrive")
    assert names(page)[0] == "payroll.txt"
    scores = [d["score"] for d in page["data"]]
    assert scores == sorted(scores, reverse=True) and all(0 < s < 1 for s in scores)
    # stemming: "policies" finds "policy"; several queries: union, best score per chunk
    both = search(http, vs, query=["leave policies", "fleet desk"])
    assert set(names(both)) >= {"leave.txt", "cars.txt"}
    assert len(search(http, vs, query="the month", max_num_results=1)["data"]) == 1
    top = page["data"][0]["score"]
    assert names(search(http, vs, query="when does the salary arrive", ranking_options={"score_threshold": top})) == [
        "payroll.txt"
    ]
    assert search(http, vs, query="zebra quokka")["data"] == []
    for ranker in ("none", "auto", "default-2024-11-15"):
        got = search(http, vs, query="salary", ranking_options={"ranker": ranker})
        assert names(got) == ["payroll.txt"]


def indexed(store: ObjectStore, word: str) -> int:
    """How many chunks of any vector store the lexical index holds for `word`."""
    if isinstance(store, Store):
        return int(
            store._conn.execute("SELECT COUNT(*) FROM chunks_fts WHERE chunks_fts MATCH ?", (word,)).fetchone()[0]
        )
    from assistants_server.storage.fts_terms import postings
    from assistants_server.storage.postgres import PostgresStore

    assert isinstance(store, PostgresStore)
    (term,) = postings([word])[0].terms
    with store.pool.connection() as conn:
        return int(conn.execute("SELECT COUNT(*) FROM fs_postings WHERE term = %s", (term,)).fetchone()[0])


def test_a_deleted_file_and_a_deleted_store_leave_the_index(http: httpx2.Client, srv: Server) -> None:
    vs, ids = make_store(http, srv, DOCS)
    assert names(search(http, vs, query="salary")) == ["payroll.txt"]
    assert http.delete(f"/vector_stores/{vs}/files/{ids['payroll.txt']}").status_code == 200
    assert search(http, vs, query="salary")["data"] == []
    store = srv.api.domain.store
    assert indexed(store, "salary") == 0
    assert http.delete(f"/vector_stores/{vs}").status_code == 200
    assert indexed(store, "fleet") == 0
    r = http.post(f"/vector_stores/{vs}/search", json={"query": "leave"})
    assert r.status_code == 404 and r.json()["error"]["type"] == "invalid_request_error"


def test_filters_nested_and_missing_attributes(http: httpx2.Client, srv: Server) -> None:
    attrs = {
        "leave.txt": {"dept": "hr", "year": 2024, "public": True},
        "payroll.txt": {"dept": "finance", "year": 2022},
        "cars.txt": {"dept": "ops", "year": 2020},
    }
    vs, _ = make_store(http, srv, DOCS, attrs)
    q = "month leave salary automobiles fleet"
    nested = {
        "type": "or",
        "filters": [
            {
                "type": "and",
                "filters": [
                    {"type": "gte", "key": "year", "value": 2022},
                    {"type": "ne", "key": "dept", "value": "hr"},
                ],
            },
            {"type": "eq", "key": "dept", "value": "ops"},
        ],
    }
    assert sorted(names(search(http, vs, query=q, filters=nested))) == ["cars.txt", "payroll.txt"]
    assert search(http, vs, query=q, filters={"type": "eq", "key": "missing", "value": 1})["data"] == []
    assert names(search(http, vs, query=q, filters={"type": "eq", "key": "public", "value": True})) == ["leave.txt"]
    # the filter picks files before the limit: one result, and it is the filtered one
    only = search(http, vs, query=q, max_num_results=1, filters={"type": "in", "key": "dept", "value": ["ops"]})
    assert names(only) == ["cars.txt"]
    bad = {
        "type": "and",
        "filters": [{"type": "eq", "key": "a", "value": 1}, {"type": "between", "key": "a", "value": 1}],
    }
    r = http.post(f"/vector_stores/{vs}/search", json={"query": "x", "filters": bad})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"].startswith("filters.filters[1]")


def test_bad_input_is_typed(http: httpx2.Client, srv: Server) -> None:
    vs, _ = make_store(http, srv, {"leave.txt": DOCS["leave.txt"]})
    url = f"/vector_stores/{vs}/search"
    huge = http.post(url, json={"query": "leave " * 17_000})
    assert huge.status_code == 400 and huge.json()["error"]["code"] == "string_above_max_length"
    assert huge.json()["error"]["param"] == "query"
    many = http.post(url, json={"query": ["leave"] * 11})
    assert many.status_code == 400 and many.json()["error"]["code"] == "array_above_max_length"
    item = http.post(url, json={"query": ["leave", "x" * 5000]})
    assert item.status_code == 400 and item.json()["error"]["param"] == "query[1]"
    assert http.post(url, json={"query": "x", "max_num_results": 0}).status_code == 400
    assert http.post(url, json={"query": "x", "ranking_options": {"ranker": "best"}}).status_code == 400
    assert http.post("/vector_stores/vs_missing/search", json={"query": "x"}).status_code == 404
    assert names(search(http, vs, query="leave")) == ["leave.txt"]  # nothing left behind


def test_a_comparison_filter_without_value_names_the_value(http: httpx2.Client, srv: Server) -> None:
    vs, _ = make_store(http, srv, {"leave.txt": DOCS["leave.txt"]})
    url = f"/vector_stores/{vs}/search"
    top = http.post(url, json={"query": "leave", "filters": {"type": "eq", "key": "dept"}})
    assert top.status_code == 400
    error = top.json()["error"]
    assert error["param"] == "filters.value", error
    assert "value" in error["message"] and "['and', 'or']" not in error["message"], error
    nested = {"type": "and", "filters": [{"type": "eq", "key": "dept"}]}
    deep = http.post(url, json={"query": "leave", "filters": nested})
    assert deep.status_code == 400
    error = deep.json()["error"]
    assert error["param"] == "filters.filters[0].value", error
    assert "value" in error["message"] and "['and', 'or']" not in error["message"], error
    # a compound filter without its list still names the compound's own member
    bare = http.post(url, json={"query": "leave", "filters": {"type": "or"}})
    assert bare.status_code == 400 and bare.json()["error"]["param"] == "filters.filters", bare.json()


def test_a_store_with_a_failed_file_searches_the_others(http: httpx2.Client, srv: Server) -> None:
    from tests.support.documents import truncated_pdf

    vs, _ = make_store(http, srv, {"leave.txt": DOCS["leave.txt"], "broken.pdf": truncated_pdf()})
    assert http.get(f"/vector_stores/{vs}").json()["file_counts"]["failed"] == 1
    assert names(search(http, vs, query="leave policy")) == ["leave.txt"]


def test_rewrite_query_with_the_scripted_model_drops_stop_words(http: httpx2.Client, srv: Server) -> None:
    vs, _ = make_store(http, srv, DOCS)
    page = search(http, vs, query="What is the leave policy?", rewrite_query=True)
    assert page["search_query"] == ["leave policy"] and names(page)[0] == "leave.txt"
    assert search(http, vs, query="What is the leave policy?")["search_query"] == ["What is the leave policy?"]


def test_the_openai_sdk_searches(srv: Server, http: httpx2.Client) -> None:
    openai = pytest.importorskip("openai")
    vs, ids = make_store(http, srv, DOCS, {"payroll.txt": {"dept": "finance"}})
    with openai.OpenAI(base_url=srv.base_url, api_key="sk-test", max_retries=0, timeout=10) as client:
        page = client.vector_stores.search(
            vs,
            query="salary Monday",
            max_num_results=2,
            filters={"type": "eq", "key": "dept", "value": "finance"},
            ranking_options={"ranker": "auto", "score_threshold": 0.1},
        )
        results = list(page)
    assert [r.file_id for r in results] == [ids["payroll.txt"]]
    hit = results[0]
    assert hit.filename == "payroll.txt" and 0 < hit.score <= 1 and hit.attributes == {"dept": "finance"}
    assert hit.content[0].type == "text" and "salary" in hit.content[0].text


def test_an_older_database_gets_its_index_at_start(tmp_path: Path) -> None:
    db = str(tmp_path / "old.db")
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE chunks (vector_store_id TEXT NOT NULL, file_id TEXT NOT NULL, idx INTEGER NOT NULL,"
        " text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, tokens INTEGER NOT NULL,"
        " PRIMARY KEY (vector_store_id, file_id, idx));"
        "INSERT INTO chunks VALUES ('vs_1', 'file-1', 0, 'the quarterly report on otters', 0, 30, 6);"
    )
    conn.commit()
    conn.close()
    store = Store(db)
    try:
        found = store.chunks.lexical(["vs_1"], None, '"otters"', 5)
        assert [(c.file_id, c.index) for c, _ in found] == [("file-1", 0)]
    finally:
        store.close()


# -- hybrid --------------------------------------------------------------------------------


@pytest.fixture
def fake_embeddings() -> Iterator[FakeEmbeddings]:
    with FakeEmbeddings() as fake:
        yield fake


@pytest.fixture
def hybrid(fake_embeddings: FakeEmbeddings) -> Iterator[tuple[Server, httpx2.Client]]:
    with Server(embeddings_base_url=fake_embeddings.base_url, embeddings_api_key="emb-secret") as srv:
        with httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as http:
            yield srv, http


def test_hybrid_finds_a_paraphrase_that_bm25_misses(
    hybrid: tuple[Server, httpx2.Client], fake_embeddings: FakeEmbeddings
) -> None:
    srv, http = hybrid
    vs, _ = make_store(http, srv, DOCS)
    assert fake_embeddings.requests and fake_embeddings.keys[0] == "Bearer emb-secret"
    assert len(list(srv.api.domain.store.chunks.vectors([vs]))) == 3
    page = search(http, vs, query="wage")  # no chunk says "wage": only the vectors know it means salary
    assert names(page)[0] == "payroll.txt"
    assert search(http, vs, query="wage", ranking_options={"ranker": "none"})["data"] == []
    weighted = search(
        http, vs, query="wage", ranking_options={"hybrid_search": {"embedding_weight": 1, "text_weight": 3}}
    )
    assert names(weighted)[0] == "payroll.txt" and weighted["data"][0]["score"] < page["data"][0]["score"]


def test_a_run_s_file_search_uses_the_hybrid_ranking(hybrid: tuple[Server, httpx2.Client]) -> None:
    """A run's file_search searches as searchVectorStore does: with embeddings, the paraphrase
    that BM25 cannot find ("wage" for "salary") is found and cited."""
    srv, http = hybrid
    vs, _ = make_store(http, srv, DOCS)
    assistant = searching_assistant(http, vs)
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "wage"}]}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    assert srv.wait_idle(10)
    assert http.get(f"/threads/{thread['id']}/runs/{run['id']}").json()["status"] == "completed"
    steps = http.get(f"/threads/{thread['id']}/runs/{run['id']}/steps").json()["data"]
    calls = [c for s in steps if s["type"] == "tool_calls" for c in s["step_details"]["tool_calls"]]
    results = calls[0]["file_search"]["results"]
    assert results and results[0]["file_name"] == "payroll.txt"
    answer = http.get(f"/threads/{thread['id']}/messages", params={"run_id": run["id"]}).json()["data"][0]
    annotations = answer["content"][0]["text"]["annotations"]
    assert annotations and annotations[0]["file_citation"]["file_id"] == results[0]["file_id"]


def test_an_embeddings_outage_fails_files_not_the_server(
    hybrid: tuple[Server, httpx2.Client], fake_embeddings: FakeEmbeddings
) -> None:
    srv, http = hybrid
    fake_embeddings.fail_with = 503
    fid = upload(http, srv, "leave.txt", DOCS["leave.txt"])
    vs = http.post("/vector_stores", json={"file_ids": [fid]}).json()["id"]
    done = wait_store(http, vs, deadline=30)
    assert done["file_counts"]["failed"] == 1
    row = http.get(f"/vector_stores/{vs}/files/{fid}").json()
    assert row["last_error"]["code"] == "server_error" and "emb-secret" not in row["last_error"]["message"]
    assert len(fake_embeddings.requests) == 0 and len(fake_embeddings.keys) >= 4  # retried, bounded
    # the server keeps serving; searches fall back to BM25 while the upstream is down
    fake_embeddings.fail_with = None
    vs2, _ = make_store(http, srv, {"payroll.txt": DOCS["payroll.txt"]})
    fake_embeddings.fail_with = 500
    assert names(search(http, vs2, query="salary")) == ["payroll.txt"]


def test_rewrite_query_asks_the_chat_completions_model() -> None:
    with (
        FakeUpstream() as upstream,
        Server(model_backend="chat-completions", upstream_base_url=upstream.base_url, upstream_model="m") as srv,
        httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as http,
    ):
        vs, _ = make_store(http, srv, DOCS)
        upstream.enqueue(TextAnswer("fleet automobiles\nignored second line"))
        page = search(http, vs, query="how do I get a company car?", rewrite_query=True)
        assert page["search_query"] == ["fleet automobiles"] and names(page) == ["cars.txt"]
        assert upstream.requests[-1]["messages"][-1]["content"] == "how do I get a company car?"


def test_a_vacuum_leaves_the_index_pointing_at_the_right_chunks(tmp_path: Path) -> None:
    """The FTS5 index keys on ``chunks.id``, an explicit INTEGER PRIMARY KEY that a VACUUM never
    renumbers (an implicit rowid it may); a search after a real VACUUM finds the right chunk."""
    db = str(tmp_path / "state.sqlite3")
    with Server(db=db) as srv, httpx2.Client(base_url=srv.base_url, headers=BETA) as h:
        first = upload(h, srv, "first.txt", b"Apples grow in the northern orchard every autumn.")
        second = upload(h, srv, "second.txt", b"The lighthouse keeper logs every passing ship.")
        vs = h.post("/vector_stores", json={"file_ids": [first, second]}).json()
        wait_store(h, vs["id"])
        assert h.delete(f"/vector_stores/{vs['id']}/files/{first}").status_code == 200  # a gap in the ids
    with sqlite3.connect(db) as conn:
        columns = {row[1]: (row[2], row[5]) for row in conn.execute("PRAGMA table_info(chunks)")}
        assert columns["id"] == ("INTEGER", 1)
        [fts] = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'chunks_fts'").fetchone()
        assert "content_rowid='id'" in fts
    conn = sqlite3.connect(db)
    conn.execute("VACUUM")
    conn.close()
    with Server(db=db) as srv, httpx2.Client(base_url=srv.base_url, headers=BETA) as h:
        found = h.post(f"/vector_stores/{vs['id']}/search", json={"query": "lighthouse ship"}).json()["data"]
        assert [r["file_id"] for r in found] == [second]
        assert "lighthouse" in found[0]["content"][0]["text"]


def test_chunks_keyed_by_rowid_are_moved_to_their_own_key_at_open(tmp_path: Path) -> None:
    """A database from before ``chunks.id``: its chunks get the key and the index is rebuilt."""
    import threading

    from assistants_server.storage.chunks import ChunkTable

    conn = sqlite3.connect(str(tmp_path / "old.sqlite3"))
    conn.executescript(
        "CREATE TABLE chunks (vector_store_id TEXT NOT NULL, file_id TEXT NOT NULL, idx INTEGER NOT NULL,"
        " text TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL, tokens INTEGER NOT NULL,"
        " PRIMARY KEY (vector_store_id, file_id, idx));"
        "CREATE VIRTUAL TABLE chunks_fts USING fts5(text, content='chunks', content_rowid='rowid');"
        "INSERT INTO chunks VALUES ('vs_1', 'file_1', 0, 'harbour cranes at dawn', 0, 22, 4);"
        "INSERT INTO chunks_fts(chunks_fts) VALUES ('rebuild');"
    )
    table = ChunkTable(conn, threading.RLock())
    [(row, _score)] = table.lexical(["vs_1"], None, '"cranes"', 5)
    assert (row.file_id, row.text) == ("file_1", "harbour cranes at dawn")
    assert "id" in [r[1] for r in conn.execute("PRAGMA table_info(chunks)")]
    table.forget_file("vs_1", "file_1")
    assert table.lexical(["vs_1"], None, '"cranes"', 5) == []
