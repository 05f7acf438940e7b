"""The chunks of vector-store files and their parsed text: two plain tables beside ``objects``,
kept simple so that a full-text index (FTS5) can be built over ``chunks.text`` later.

A ``ChunkTable`` shares the ``Store``'s connection and lock, so its writes join the store's
transactions (``Store.transaction``).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE IF NOT EXISTS chunks (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    idx INTEGER NOT NULL,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    PRIMARY KEY (vector_store_id, file_id, idx)
);
CREATE TABLE IF NOT EXISTS parsed_texts (
    vector_store_id TEXT NOT NULL,
    file_id TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (vector_store_id, file_id)
);
"""
READ_BATCH = 500


@dataclass(frozen=True)
class ChunkRow:
    vector_store_id: str
    file_id: str
    index: int
    text: str
    start: int
    end: int
    tokens: int


class ChunkTable:
    def __init__(self, conn: sqlite3.Connection, lock: threading.RLock) -> None:
        self._conn = conn
        self._lock = lock
        conn.executescript(SCHEMA)

    def replace(self, vector_store_id: str, file_id: str, text: str, rows: Sequence[ChunkRow]) -> int:
        """Keep `text` and `rows` as the file's only chunks in the store; the bytes the chunks take."""
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
        return sum(len(r.text.encode()) for r in rows)

    def forget_file(self, vector_store_id: str, file_id: str) -> None:
        with self._lock:
            for table in ("chunks", "parsed_texts"):
                self._conn.execute(
                    f"DELETE FROM {table} WHERE vector_store_id = ? AND file_id = ?", (vector_store_id, file_id)
                )

    def forget_store(self, vector_store_id: str) -> None:
        with self._lock:
            for table in ("chunks", "parsed_texts"):
                self._conn.execute(f"DELETE FROM {table} WHERE vector_store_id = ?", (vector_store_id,))

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
        for file_id in file_ids:
            last = -1
            while True:
                with self._lock:
                    found = self._conn.execute(
                        "SELECT idx, text, start, end, tokens FROM chunks"
                        " WHERE vector_store_id = ? AND file_id = ? AND idx > ? ORDER BY idx LIMIT ?",
                        (vector_store_id, file_id, last, READ_BATCH),
                    ).fetchall()
                for idx, text, start, end, tokens in found:
                    yield ChunkRow(vector_store_id, file_id, idx, text, start, end, tokens)
                if len(found) < READ_BATCH:
                    break
                last = found[-1][0]

    def clear(self) -> None:
        with self._lock:
            self._conn.execute("DELETE FROM chunks")
            self._conn.execute("DELETE FROM parsed_texts")
