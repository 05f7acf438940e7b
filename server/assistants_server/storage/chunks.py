"""The chunks of vector-store files, their parsed text, their lexical index and their vectors.

- ``chunks`` and ``parsed_texts``: plain tables beside ``objects``.
- ``chunks_fts``: an external-content FTS5 index over ``chunks.text`` (porter stemming over the
  unicode61 tokenizer), kept in step by triggers: a chunk row inserted or deleted is indexed or
  unindexed in the same statement, so a file leaving a store (or the store going) leaves the
  index with it. A database from before the index gets it built at open (``_migrate``). The
  index keys on ``chunks.id``, an explicit INTEGER PRIMARY KEY: a VACUUM may renumber the
  implicit rowids of a table, never such a key. A database whose chunks have no ``id`` yet
  (keyed by the implicit rowid) is moved to this layout at open, its index rebuilt.
- ``chunk_vectors``: one float32 vector (a little-endian blob) per chunk when the server has an
  embeddings upstream; deleted with the chunk.

A ``ChunkTable`` shares the ``Store``'s connection and lock, so its writes join the store's
transactions (``Store.transaction``).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    id INTEGER PRIMARY KEY,
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    UNIQUE (vector_store_id, file_id, idx)
);
CREATE TABLE IF NOT EXISTS parsed_texts (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (vector_store_id, file_id)
);
"""
INDEX_SCHEMA = """
CREATE TABLE IF NOT EXISTS chunk_vectors (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (vector_store_id, file_id, idx)
);
CREATE VIRTUAL TABLE IF NOT EXISTS chunks_fts USING fts5(
    text, content='chunks', content_rowid='id', tokenize='porter unicode61'
);
CREATE TRIGGER IF NOT EXISTS chunks_fts_insert AFTER INSERT ON chunks BEGIN
    INSERT INTO chunks_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER IF NOT EXISTS chunks_fts_delete AFTER DELETE ON chunks BEGIN
    INSERT INTO chunks_fts(chunks_fts, rowid, text) VALUES ('delete', old.id, old.text);
    DELETE FROM chunk_vectors
     WHERE vector_store_id = old.vector_store_id AND file_id = old.file_id AND idx = old.idx;
END;
"""
READ_BATCH = 500
_COLUMNS = "c.vector_store_id, c.file_id, c.idx, c.text, c.start, c.end, c.tokens"


@dataclass(frozen=True)
class ChunkRow:
    vector_store_id: str
    file_id: str
    index: int
    text: str
    start: int
    end: int
    tokens: int


def batched_rows(
    vector_store_id: str, file_ids: Iterable[str], batch: Callable[[str, int], Sequence[Sequence[Any]]]
) -> Iterator[ChunkRow]:
    """The chunks of `file_ids`, file by file in index order: `batch(file_id, after)` answers up to
    ``READ_BATCH`` rows (idx, text, start, end, tokens) past index `after`; a short batch ends a file."""
    for file_id in file_ids:
        last = -1
        for _ in range(1 << 40):  # ends when a batch comes back short
            found = batch(file_id, last)
            for idx, text, start, end, tokens in found:
                yield ChunkRow(vector_store_id, file_id, idx, text, start, end, tokens)
            if len(found) < READ_BATCH:
                break
            last = found[-1][0]


class ChunkTable:
    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        self._generations: dict[str, int] = {}
        self._epoch = 0  # moved by clear(): every store's generation changes
        conn.executescript(SCHEMA)
        self._migrate()

    def _migrate(self) -> None:
        """Build the FTS5 index and the vector table for a database made before them; give the
        chunks of a database made before ``chunks.id`` that key (and the index a rebuild)."""
        with self._lock:
            columns = [row[1] for row in self._conn.execute("PRAGMA table_info(chunks)")]
            if "id" not in columns:  # one transaction: a crash halfway leaves the old layout whole
                try:
                    self._conn.executescript(
                        "BEGIN IMMEDIATE; DROP TRIGGER IF EXISTS chunks_fts_insert;"
                        " DROP TRIGGER IF EXISTS chunks_fts_delete; DROP TABLE IF EXISTS chunks_fts;"
                        " ALTER TABLE chunks RENAME TO chunks_before_id;"
                        + SCHEMA
                        + "; INSERT INTO chunks(vector_store_id, file_id, idx, text, start, end, tokens)"
                        " SELECT vector_store_id, file_id, idx, text, start, end, tokens FROM chunks_before_id"
                        " ORDER BY rowid; DROP TABLE chunks_before_id; COMMIT;"
                    )
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise
            had_index = self._conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'chunks_fts'"
            ).fetchone()
            self._conn.executescript(INDEX_SCHEMA)
            if not had_index:
                self._conn.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('rebuild')")

    def replace(
        self,
        vector_store_id: str,
        file_id: str,
        text: str,
        rows: Sequence[ChunkRow],
        vectors: Sequence[bytes] | None = None,
    ) -> int:
        """Keep `text` and `rows` (and their `vectors`, float32 blobs in the same order) as the
        file's only chunks in the store; the bytes the chunks take."""
        with self._lock:
            self.forget_file(vector_store_id, file_id)
            self._conn.execute(
                "INSERT INTO parsed_texts(vector_store_id, file_id, text) VALUES (?, ?, ?)",
                (vector_store_id, file_id, text),
            )
            self._conn.executemany(
                "INSERT INTO chunks(vector_store_id, file_id, idx, text, start, end, tokens)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                ((r.vector_store_id, r.file_id, r.index, r.text, r.start, r.end, r.tokens) for r in rows),
            )
            if vectors is not None:
                self._conn.executemany(
                    "INSERT INTO chunk_vectors(vector_store_id, file_id, idx, vector) VALUES (?, ?, ?, ?)",
                    ((r.vector_store_id, r.file_id, r.index, v) for r, v in zip(rows, vectors, strict=True)),
                )
            self._changed(vector_store_id)
        return sum(len(r.text.encode()) for r in rows)

    def generation(self, vector_store_id: str) -> tuple[int, int]:
        """Changes whenever the store's chunks do (through this table): for caches of them."""
        return self._epoch, self._generations.get(vector_store_id, 0)

    def _changed(self, vector_store_id: str) -> None:
        self._generations[vector_store_id] = self._generations.get(vector_store_id, 0) + 1

    def forget_file(self, vector_store_id: str, file_id: str) -> None:
        with self._lock:
            for table in ("chunks", "parsed_texts"):
                self._conn.execute(
                    f"DELETE FROM {table} WHERE vector_store_id = ? AND file_id = ?", (vector_store_id, file_id)
                )
            self._changed(vector_store_id)

    def forget_store(self, vector_store_id: str) -> None:
        with self._lock:
            for table in ("chunks", "parsed_texts"):
                self._conn.execute(f"DELETE FROM {table} WHERE vector_store_id = ?", (vector_store_id,))
            self._changed(vector_store_id)

    def text(self, vector_store_id: str, file_id: str) -> str | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT text FROM parsed_texts WHERE vector_store_id = ? AND file_id = ?", (vector_store_id, file_id)
            ).fetchone()
        return row[0] if row else None

    def usage_bytes(self, vector_store_id: str, file_id: str | None = None) -> int:
        sql = "SELECT COALESCE(SUM(LENGTH(CAST(text AS BLOB))), 0) FROM chunks WHERE vector_store_id = ?"
        args: list[str] = [vector_store_id]
        if file_id is not None:
            sql += " AND file_id = ?"
            args.append(file_id)
        with self._lock:
            return int(self._conn.execute(sql, args).fetchone()[0])

    def count(self, vector_store_id: str, file_id: str) -> int:
        with self._lock:
            row = self._conn.execute(
                "SELECT COUNT(*) FROM chunks WHERE vector_store_id = ? AND file_id = ?", (vector_store_id, file_id)
            ).fetchone()
        return int(row[0])

    def rows(self, vector_store_id: str, file_ids: Iterable[str]) -> Iterator[ChunkRow]:
        """The chunks of `file_ids` in the store, file by file in index order (read in batches)."""

        def batch(file_id: str, after: int) -> list[Any]:
            with self._lock:
                return self._conn.execute(
                    "SELECT idx, text, start, end, tokens FROM chunks"
                    " WHERE vector_store_id = ? AND file_id = ? AND idx > ? ORDER BY idx LIMIT ?",
                    (vector_store_id, file_id, after, READ_BATCH),
                ).fetchall()

        return batched_rows(vector_store_id, file_ids, batch)

    def lexical(
        self, vector_store_ids: Sequence[str], file_ids: Sequence[str] | None, match: str, limit: int
    ) -> list[tuple[ChunkRow, float]]:
        """The best `limit` chunks of the stores (of `file_ids` only, unless None) for the FTS5
        query `match`, best first, each with its ``bm25()`` value (lower is better). `match` must
        come from ``retrieval.ranking.match_expression``, never from a user as it is."""
        sql = (
            f"SELECT {_COLUMNS}, bm25(chunks_fts) AS r FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid"
            " WHERE chunks_fts MATCH ? AND c.vector_store_id IN (SELECT value FROM json_each(?))"
        )
        args: list[object] = [match, json.dumps(list(vector_store_ids))]
        if file_ids is not None:
            sql += " AND c.file_id IN (SELECT value FROM json_each(?))"
            args.append(json.dumps(list(file_ids)))
        with self._lock:
            found = self._conn.execute(sql + " ORDER BY r, c.id LIMIT ?", [*args, limit]).fetchall()
        return [(ChunkRow(*row[:7]), float(row[7])) for row in found]

    def vectors(self, vector_store_ids: Sequence[str]) -> Iterator[tuple[tuple[str, str, int], bytes]]:
        """The stored vectors of the stores' chunks, keyed by ``(vector_store_id, file_id,
        index)``, read in primary-key order in batches (no sort, one index walk)."""
        batch = READ_BATCH * 10
        for vector_store_id in vector_store_ids:
            last: tuple[str, int] = ("", -1)
            while True:
                with self._lock:
                    found = self._conn.execute(
                        "SELECT file_id, idx, vector FROM chunk_vectors WHERE vector_store_id = ?"
                        " AND (file_id, idx) > (?, ?) ORDER BY file_id, idx LIMIT ?",
                        (vector_store_id, *last, batch),
                    ).fetchall()
                for file_id, idx, blob in found:
                    yield (vector_store_id, file_id, idx), blob
                if len(found) < batch:
                    break
                last = (found[-1][0], found[-1][1])

    def chunk(self, vector_store_id: str, file_id: str, index: int) -> ChunkRow | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT text, start, end, tokens FROM chunks WHERE vector_store_id = ? AND file_id = ? AND idx = ?",
                (vector_store_id, file_id, index),
            ).fetchone()
        return ChunkRow(vector_store_id, file_id, index, *row) if row else None

    def clear(self) -> None:
        with self._lock:
            self._epoch += 1
            self._conn.execute("DELETE FROM chunks")
            self._conn.execute("DELETE FROM parsed_texts")
            self._conn.execute("DELETE FROM chunk_vectors")
