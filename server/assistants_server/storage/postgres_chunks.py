"""The chunks of vector-store files in PostgreSQL: ``ChunkTable``'s methods and answers, BM25 and all.

PostgreSQL's own full-text ranking (``ts_rank``) is not BM25 and retrieves far worse, so this
table keeps its own inverted index and computes BM25 exactly as SQLite FTS5's ``bm25()`` does
(k1 = 1.2, b = 0.75, IDF ``ln((N - n + 0.5) / (n + 0.5))`` floored at 1e-6, the score negated:
lower is better). Both stores rank the same chunks in the same order with the same values:

- Tokens come from FTS5's own tokenizer (``fts_terms``), computed in Python when chunks arrive.
- ``fs_postings``: one row per (term, chunk) with the term's positions (phrases of several
  tokens need them) and, copied from its chunk, the chunk's length in tokens, store and file:
  a query scores and filters from the postings alone and reads the chunks of the best only.
- ``fs_chunk_stats``: the row count and the token total of the whole table (FTS5's statistics
  are over its whole index, every vector store's chunks), kept in the transaction that changes
  them; also the epoch ``clear`` moves.
- ``fs_chunk_generations``: a counter per vector store, moved in the transaction that changes
  its chunks, so every replica's caches of a store's vectors see a change made by any other.

A file's chunks are replaced under a transaction-scoped advisory lock on (store, file), so two
replicas replacing the same file one after the other never collide on its keys.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from psycopg import Connection, sql
from psycopg_pool import ConnectionPool

from .chunks import READ_BATCH, ChunkRow, batched_rows
from .fts_terms import phrases, postings

K1 = 1.2
B = 0.75
IDF_FLOOR = 1e-6
SCHEMA = """
CREATE TABLE IF NOT EXISTS fs_chunks (
    id BIGSERIAL PRIMARY KEY,
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start_at INTEGER NOT NULL,
    end_at INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    length INTEGER NOT NULL,
    vector BYTEA,
    UNIQUE (vector_store_id, file_id, idx)
);
CREATE TABLE IF NOT EXISTS fs_parsed_texts (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (vector_store_id, file_id)
);
CREATE TABLE IF NOT EXISTS fs_postings (
    term TEXT NOT NULL,
    chunk_id BIGINT NOT NULL REFERENCES fs_chunks (id) ON DELETE CASCADE,
    tf INTEGER NOT NULL,
    positions INTEGER[] NOT NULL,
    length INTEGER NOT NULL,
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    PRIMARY KEY (term, chunk_id) INCLUDE (tf, length, vector_store_id, file_id)
);
CREATE INDEX IF NOT EXISTS fs_postings_chunk ON fs_postings (chunk_id);
CREATE TABLE IF NOT EXISTS fs_chunk_stats (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    n_rows BIGINT NOT NULL,
    n_tokens BIGINT NOT NULL,
    epoch BIGINT NOT NULL
);
INSERT INTO fs_chunk_stats (id, n_rows, n_tokens, epoch) VALUES (1, 0, 0, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS fs_chunk_generations (
    vector_store_id TEXT PRIMARY KEY,
    generation BIGINT NOT NULL
);
"""
_COLUMNS = "c.vector_store_id, c.file_id, c.idx, c.text, c.start_at, c.end_at, c.tokens"
_SCHEMA_LOCK = 0x66735F6368756E6B  # pg_advisory_xact_lock key while the schema is made ("fs_chunk")


class PgChunkTable:
    """``ChunkTable`` on a PostgreSQL connection pool (thread-safe: each call on a pooled connection)."""

    def __init__(self, pool: ConnectionPool[Any]) -> None:
        self._pool = pool
        with pool.connection() as conn, conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_SCHEMA_LOCK,))  # replicas starting at once
            conn.execute(SCHEMA)

    def __repr__(self) -> str:
        return "PgChunkTable()"

    # -- writes -----------------------------------------------------------------
    def replace(
        self,
        vector_store_id: str,
        file_id: str,
        text: str,
        rows: Sequence[ChunkRow],
        vectors: Sequence[bytes] | None = None,
    ) -> int:
        """As ``ChunkTable.replace``: `rows` (and their `vectors`) become the file's only chunks,
        in one transaction; the bytes the chunks take."""
        if vectors is not None and len(vectors) != len(rows):
            raise ValueError("one vector per chunk")
        indexed = postings([r.text for r in rows])  # before the transaction: no lock held meanwhile
        with self._pool.connection() as conn, conn.transaction():
            self._lock_file(conn, vector_store_id, file_id)
            removed, removed_tokens = self._delete(conn, vector_store_id, file_id)
            conn.execute(
                "INSERT INTO fs_parsed_texts (vector_store_id, file_id, text) VALUES (%s, %s, %s)",
                (vector_store_id, file_id, text),
            )
            ids = self._new_ids(conn, len(rows))
            with conn.cursor().copy(
                "COPY fs_chunks (id, vector_store_id, file_id, idx, text, start_at, end_at, tokens, length, vector)"
                " FROM STDIN"
            ) as copy:
                for n, (r, p) in enumerate(zip(rows, indexed, strict=True)):
                    vector = None if vectors is None else bytes(vectors[n])
                    copy.write_row(
                        (
                            ids[n],
                            r.vector_store_id,
                            r.file_id,
                            r.index,
                            r.text,
                            r.start,
                            r.end,
                            r.tokens,
                            p.length,
                            vector,
                        )
                    )
            with conn.cursor().copy(
                "COPY fs_postings (term, chunk_id, tf, positions, length, vector_store_id, file_id) FROM STDIN"
            ) as copy:
                for chunk_id, r, p in zip(ids, rows, indexed, strict=True):
                    for term, positions in p.terms.items():
                        copy.write_row(
                            (term, chunk_id, len(positions), positions, p.length, r.vector_store_id, r.file_id)
                        )
            added_tokens = sum(p.length for p in indexed)
            self._count(conn, len(rows) - removed, added_tokens - removed_tokens)
            self._changed(conn, vector_store_id)
        return sum(len(r.text.encode()) for r in rows)

    @staticmethod
    def _lock_file(conn: Connection[Any], vector_store_id: str, file_id: str) -> None:
        conn.execute(
            "SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", (f"fs_chunks/{vector_store_id}/{file_id}",)
        )

    @staticmethod
    def _new_ids(conn: Connection[Any], n: int) -> list[int]:
        if n == 0:
            return []
        found = conn.execute(
            "SELECT nextval(pg_get_serial_sequence('fs_chunks', 'id')) FROM generate_series(1, %s)", (n,)
        ).fetchall()
        return sorted(int(row[0]) for row in found)

    @staticmethod
    def _delete(conn: Connection[Any], vector_store_id: str, file_id: str | None) -> tuple[int, int]:
        """Delete the store's chunks and texts (of `file_id` only, unless None); the chunks and
        tokens that went."""
        where, args = "vector_store_id = %s", [vector_store_id]
        if file_id is not None:
            where, args = where + " AND file_id = %s", [vector_store_id, file_id]
        conn.execute(f"DELETE FROM fs_parsed_texts WHERE {where}", args)
        row = conn.execute(
            f"WITH gone AS (DELETE FROM fs_chunks WHERE {where} RETURNING length)"
            " SELECT COUNT(*), COALESCE(SUM(length), 0) FROM gone",
            args,
        ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    @staticmethod
    def _count(conn: Connection[Any], rows: int, tokens: int) -> None:
        if rows or tokens:
            conn.execute(
                "UPDATE fs_chunk_stats SET n_rows = n_rows + %s, n_tokens = n_tokens + %s WHERE id = 1", (rows, tokens)
            )

    @staticmethod
    def _changed(conn: Connection[Any], vector_store_id: str) -> None:
        conn.execute(
            "INSERT INTO fs_chunk_generations (vector_store_id, generation) VALUES (%s, 1)"
            " ON CONFLICT (vector_store_id) DO UPDATE SET generation = fs_chunk_generations.generation + 1",
            (vector_store_id,),
        )

    def generation(self, vector_store_id: str) -> tuple[int, int]:
        """Changes whenever the store's chunks do (through any replica): for caches of them."""
        with self._pool.connection() as conn:
            row = conn.execute(
                "SELECT s.epoch, COALESCE(g.generation, 0) FROM fs_chunk_stats s"
                " LEFT JOIN fs_chunk_generations g ON g.vector_store_id = %s WHERE s.id = 1",
                (vector_store_id,),
            ).fetchone()
        assert row is not None
        return int(row[0]), int(row[1])

    def forget_file(self, vector_store_id: str, file_id: str) -> None:
        self._forget(vector_store_id, file_id)

    def forget_store(self, vector_store_id: str) -> None:
        self._forget(vector_store_id, None)

    def _forget(self, vector_store_id: str, file_id: str | None) -> None:
        with self._pool.connection() as conn, conn.transaction():
            if file_id is not None:
                self._lock_file(conn, vector_store_id, file_id)
            removed, tokens = self._delete(conn, vector_store_id, file_id)
            self._count(conn, -removed, -tokens)
            self._changed(conn, vector_store_id)

    def clear(self) -> None:
        with self._pool.connection() as conn, conn.transaction():
            conn.execute("TRUNCATE fs_postings, fs_chunks, fs_parsed_texts, fs_chunk_generations")
            conn.execute("UPDATE fs_chunk_stats SET n_rows = 0, n_tokens = 0, epoch = epoch + 1 WHERE id = 1")

    # -- reads ------------------------------------------------------------------
    def _one(self, query: str, args: Sequence[object]) -> tuple[Any, ...] | None:
        with self._pool.connection() as conn:
            found: tuple[Any, ...] | None = conn.execute(query, args).fetchone()
        return found

    def _all(self, query: str | sql.Composed, args: Sequence[object]) -> list[tuple[Any, ...]]:
        with self._pool.connection() as conn:
            found: list[tuple[Any, ...]] = conn.execute(query, args).fetchall()
        return found

    def text(self, vector_store_id: str, file_id: str) -> str | None:
        row = self._one(
            "SELECT text FROM fs_parsed_texts WHERE vector_store_id = %s AND file_id = %s", (vector_store_id, file_id)
        )
        return str(row[0]) if row else None

    def usage_bytes(self, vector_store_id: str, file_id: str | None = None) -> int:
        query = "SELECT COALESCE(SUM(octet_length(text)), 0) FROM fs_chunks WHERE vector_store_id = %s"
        args = [vector_store_id]
        if file_id is not None:
            query += " AND file_id = %s"
            args.append(file_id)
        row = self._one(query, args)
        return int(row[0]) if row else 0

    def count(self, vector_store_id: str, file_id: str) -> int:
        row = self._one(
            "SELECT COUNT(*) FROM fs_chunks WHERE vector_store_id = %s AND file_id = %s", (vector_store_id, file_id)
        )
        return int(row[0]) if row else 0

    def rows(self, vector_store_id: str, file_ids: Iterable[str]) -> Iterator[ChunkRow]:
        """The chunks of `file_ids` in the store, file by file in index order (read in batches)."""

        def batch(file_id: str, after: int) -> list[Any]:
            return self._all(
                "SELECT idx, text, start_at, end_at, tokens FROM fs_chunks"
                " WHERE vector_store_id = %s AND file_id = %s AND idx > %s ORDER BY idx LIMIT %s",
                (vector_store_id, file_id, after, READ_BATCH),
            )

        return batched_rows(vector_store_id, file_ids, batch)

    def lexical(
        self, vector_store_ids: Sequence[str], file_ids: Sequence[str] | None, match: str, limit: int
    ) -> list[tuple[ChunkRow, float]]:
        """The best `limit` chunks of the stores (of `file_ids` only, unless None) for the match
        expression `match`, best first, each with its BM25 value as FTS5's ``bm25()`` gives it
        (lower is better). `match` must come from ``retrieval.ranking.match_expression``."""
        query, args = lexical_query(phrases(match), vector_store_ids, file_ids, limit)
        if query is None:
            return []
        return [(ChunkRow(*row[:7]), float(row[7])) for row in self._all(query, args)]

    def vectors(self, vector_store_ids: Sequence[str]) -> Iterator[tuple[tuple[str, str, int], bytes]]:
        """The stored vectors of the stores' chunks, keyed by ``(vector_store_id, file_id,
        index)``, in (file, index) order, read in batches."""
        batch = READ_BATCH * 10
        for vector_store_id in vector_store_ids:
            last: tuple[str, int] = ("", -1)
            for _ in range(1 << 40):  # ends when a batch comes back short
                found = self._all(
                    "SELECT file_id, idx, vector FROM fs_chunks WHERE vector_store_id = %s"
                    " AND (file_id, idx) > (%s, %s) AND vector IS NOT NULL ORDER BY file_id, idx LIMIT %s",
                    (vector_store_id, *last, batch),
                )
                for file_id, idx, blob in found:
                    yield (vector_store_id, file_id, idx), bytes(blob)
                if len(found) < batch:
                    break
                last = (found[-1][0], found[-1][1])

    def chunk(self, vector_store_id: str, file_id: str, index: int) -> ChunkRow | None:
        row = self._one(
            "SELECT text, start_at, end_at, tokens FROM fs_chunks WHERE vector_store_id = %s AND file_id = %s"
            " AND idx = %s",
            (vector_store_id, file_id, index),
        )
        return ChunkRow(vector_store_id, file_id, index, *row) if row else None


def _phrase_hits(ordinal: int, tokens: Sequence[str]) -> tuple[sql.Composed, list[object]]:
    """(phrase ordinal, chunk id, occurrences, the chunk's length, store and file) for every
    chunk holding the phrase `tokens`."""
    if len(tokens) == 1:
        return sql.SQL(
            "SELECT {} AS ord, chunk_id, tf, length, vector_store_id, file_id FROM fs_postings WHERE term = %s"
        ).format(sql.Literal(ordinal)), [tokens[0]]
    joins = sql.SQL(" ").join(
        sql.SQL("JOIN fs_postings {p} ON {p}.chunk_id = p0.chunk_id AND {p}.term = %s").format(
            p=sql.Identifier(f"p{i}")
        )
        for i in range(1, len(tokens))
    )
    follows = sql.SQL(" AND ").join(
        sql.SQL("x.pos + {} = ANY({}.positions)").format(sql.Literal(i), sql.Identifier(f"p{i}"))
        for i in range(1, len(tokens))
    )
    query = sql.SQL(
        "SELECT * FROM (SELECT {} AS ord, p0.chunk_id, (SELECT COUNT(*) FROM unnest(p0.positions) AS x(pos)"
        " WHERE {})::integer AS tf, p0.length, p0.vector_store_id, p0.file_id"
        " FROM fs_postings p0 {} WHERE p0.term = %s) AS h WHERE h.tf > 0"
    ).format(sql.Literal(ordinal), follows, joins)
    return query, [*tokens[1:], tokens[0]]


def _in_phrase_order(ordinals: Sequence[int]) -> sql.Composable:
    """The sum of a chunk's phrase parts added one by one in phrase order, from 0.0, as FTS5
    adds them (so the rounding is the same): ``((0.0 + p0) + p1) + ...``, a phrase the chunk
    lacks adding 0.0."""
    total: sql.Composable = sql.SQL("0.0::float8")
    for i in ordinals:
        total = sql.SQL("({} + COALESCE(SUM(v) FILTER (WHERE ord = {}), 0.0::float8))").format(total, sql.Literal(i))
    return total


def lexical_query(
    found: Sequence[Sequence[str]], vector_store_ids: Sequence[str], file_ids: Sequence[str] | None, limit: int
) -> tuple[sql.Composed | None, list[object]]:
    """The SQL ranking chunks by FTS5's ``bm25()`` for the phrases `found` (None: no phrase can
    match). Each phrase's IDF counts the chunks of the whole table holding it, and a chunk's
    score sums its phrases' parts in phrase order, as FTS5 does, so the values are the same
    doubles."""
    parts = [_phrase_hits(i, tokens) for i, tokens in enumerate(found) if tokens]
    if not parts:
        return None, []
    args: list[object] = [a for _, part_args in parts for a in part_args]
    where = sql.SQL("h.vector_store_id = ANY(%s)")
    args.append(list(vector_store_ids))
    if file_ids is not None:
        where = sql.SQL("h.vector_store_id = ANY(%s) AND h.file_id = ANY(%s)")
        args.append(list(file_ids))
    args.append(limit)
    query = sql.SQL(
        "WITH hits AS ({hits}),"
        " st AS (SELECT n_rows, n_tokens, n_tokens::float8 / n_rows::float8 AS avgdl FROM fs_chunk_stats"
        " WHERE id = 1 AND n_rows > 0),"
        " df AS (SELECT ord, COUNT(*) AS n FROM hits GROUP BY ord),"
        " idf AS (SELECT df.ord, ln(((st.n_rows - df.n)::float8 + 0.5::float8) / (df.n::float8 + 0.5::float8)) AS v"
        " FROM df, st),"
        " part AS (SELECT h.chunk_id, h.ord,"
        " (CASE WHEN idf.v <= 0 THEN {floor} ELSE idf.v END) * ((h.tf::float8 * ({k1} + 1.0::float8))"
        " / (h.tf::float8 + {k1} * (1::float8 - {b} + {b} * h.length::float8 / st.avgdl))) AS v"
        " FROM hits h JOIN idf ON idf.ord = h.ord CROSS JOIN st WHERE {where}),"
        " best AS (SELECT chunk_id, -1.0::float8 * ({total}) AS r"
        " FROM part GROUP BY chunk_id ORDER BY r, chunk_id LIMIT %s)"
        " SELECT {columns}, best.r FROM best JOIN fs_chunks c ON c.id = best.chunk_id ORDER BY best.r, c.id"
    ).format(
        hits=sql.SQL(" UNION ALL ").join(q for q, _ in parts),
        total=_in_phrase_order([i for i, tokens in enumerate(found) if tokens]),
        columns=sql.SQL(_COLUMNS),
        floor=sql.SQL(f"{IDF_FLOOR!r}::float8"),
        k1=sql.SQL(f"{K1!r}::float8"),
        b=sql.SQL(f"{B!r}::float8"),
        where=where,
    )
    return query, args
