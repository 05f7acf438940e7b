"""Per-project rate limits shared by every replica of a PostgreSQL store: one token bucket per
project in the ``rate_buckets`` table (made by the schema's step 3, ``postgres_schema``).

``take`` refills the project's bucket by the time passed since its last request (the database's
clock, so replicas agree), takes one token when there is one, and answers in one statement: a
request on any replica counts against the same bucket. The refill is the one ``http.rate_limits``
does in a process: a burst of RPM, then RPM a minute.
"""

from __future__ import annotations

from .sql_db import Database

WINDOW = 60.0  # seconds: the limit is per minute

SCHEMA = """
CREATE TABLE IF NOT EXISTS rate_buckets (
    project TEXT PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    at DOUBLE PRECISION NOT NULL,
    taken BOOLEAN NOT NULL
);
"""

_REFILLED = "least(?::float8, b.tokens + greatest(0, excluded.at - b.at) * ?::float8)"
_TAKE = (
    "INSERT INTO rate_buckets AS b (project, tokens, at, taken)"
    " SELECT ?, ?::float8 - 1, extract(epoch FROM clock_timestamp())::float8, TRUE"
    " ON CONFLICT (project) DO UPDATE SET"
    f" tokens = {_REFILLED} - CASE WHEN {_REFILLED} >= 1 THEN 1 ELSE 0 END,"
    f" taken = {_REFILLED} >= 1, at = excluded.at"
    " RETURNING tokens, taken"
)


class SharedBuckets:
    """The buckets in the database (``Database`` of a PostgreSQL store)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def take(self, project: str, rpm: int) -> float:
        """Take one request for `project`: 0 when it may go on, else the seconds until one may."""
        rate = rpm / WINDOW
        row = self.db.one(_TAKE, (project, rpm, *(rpm, rate) * 3))
        if row is None or row[1]:
            return 0.0
        return (1.0 - float(row[0])) / rate

    def clear(self) -> None:
        self.db.run("DELETE FROM rate_buckets")
