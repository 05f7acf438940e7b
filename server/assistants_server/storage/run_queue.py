"""The durable run queue of the PostgreSQL store: which active run needs a replica, which replica
holds it (a lease), and every event its streams send.

One row of ``run_queue`` per active run (it goes when the run ends): ``ready`` while the run
needs driving (queued, in progress, cancelling), not while it waits for tool outputs; ``owner`` and
``lease_until`` name the replica working on it and until when (the database's clock). A replica
claims ready rows whose lease is absent or over (``SELECT ... FOR UPDATE SKIP LOCKED``, so two
replicas never claim one row), renews its leases (``renew``) and gives them back (``release``).
The unique index on (project, thread_id) is the rule "one active run per thread" for every
replica at once: a second row for a thread fails its insert (``ThreadBusy``).

``run_events`` keeps each event a run's streams send, numbered in order (``seq``: the ``id`` of the
event on the wire), so a stream on any replica reads them (``events_after``), and a stream cut
mid-way is resumed after the last one it got (``has_event`` tells whether it is still kept: the
events of an active run stay, those of an ended one ``EVENT_KEEP_SECONDS``); a ``NOTIFY`` on
``EVENTS_CHANNEL`` (payload: the run id) tells listeners that more came, and one on
``QUEUE_CHANNEL`` that a run is ready.

The tables are made by the PostgreSQL store's schema step 3 (``postgres_schema``). The
statements run on the store's database (``pg_connections.PgDatabase``), so inside a store
transaction they join it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .sql_db import Database

EVENTS_CHANNEL = "assistants_run_events"
QUEUE_CHANNEL = "assistants_run_queue"
END_EVENT = "_segment_end"  # the marker of a segment's end in run_events (no stream sends it)
OPEN_EVENT = "_stream_open"  # the marker of a stream's opening: its position, where a resume starts
EVENT_KEEP_SECONDS = 900  # how long an ended run's events stay readable (to resume a stream) after they were written

SCHEMA = """
CREATE TABLE IF NOT EXISTS run_queue (
    run_id TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    thread_id TEXT NOT NULL,
    ready BOOLEAN NOT NULL DEFAULT TRUE,
    cancel BOOLEAN NOT NULL DEFAULT FALSE,
    owner TEXT,
    lease_until DOUBLE PRECISION,
    expires_at DOUBLE PRECISION,
    claims INTEGER NOT NULL DEFAULT 0,
    queued_at DOUBLE PRECISION NOT NULL DEFAULT extract(epoch FROM clock_timestamp())
);
CREATE UNIQUE INDEX IF NOT EXISTS run_queue_one_per_thread ON run_queue(project, thread_id);
CREATE INDEX IF NOT EXISTS run_queue_claimable ON run_queue(ready, lease_until);
CREATE TABLE IF NOT EXISTS run_events (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id TEXT NOT NULL,
    event TEXT NOT NULL,
    data TEXT NOT NULL,
    at DOUBLE PRECISION NOT NULL DEFAULT extract(epoch FROM clock_timestamp())
);
CREATE INDEX IF NOT EXISTS run_events_by_run ON run_events(run_id, seq);
CREATE INDEX IF NOT EXISTS run_events_by_age ON run_events(at);
"""
NOW = "extract(epoch FROM clock_timestamp())"
# whether a stream was opened for the run `q.run_id` (its opening marker is kept while it is active)
_STREAMED = f"EXISTS (SELECT 1 FROM run_events e WHERE e.run_id = q.run_id AND e.event = '{OPEN_EVENT}')"


class ThreadBusy(Exception):
    """The thread already has an active run (another replica may have just made it)."""


@dataclass(frozen=True)
class Claim:
    """A run this replica now holds; `taken_over`: another replica held it before (its lease ended)."""

    run_id: str
    project: str
    cancel: bool
    expired: bool  # claimed because its wait for tool outputs is over, not to be driven
    taken_over: bool
    streamed: bool = False  # a stream was opened for it: its events are kept (``run_events``)


class RunQueue:
    def __init__(self, db: Database, owner: str) -> None:
        self.db = db
        self.owner = owner

    # -- a run comes and goes ---------------------------------------------------
    def admit(self, run_id: str, project: str, thread_id: str) -> None:
        """Queue a new run; ``ThreadBusy`` when its thread already has one."""
        import psycopg  # only with PostgreSQL

        try:
            self.db.run(
                "INSERT INTO run_queue(run_id, project, thread_id) VALUES (?, ?, ?)", (run_id, project, thread_id)
            )
        except psycopg.errors.UniqueViolation:
            raise ThreadBusy(thread_id) from None

    def active_on(self, project: str, thread_id: str) -> str | None:
        """The run whose row holds the thread, if any (its row may outlive its end a moment)."""
        row = self.db.one("SELECT run_id FROM run_queue WHERE project = ? AND thread_id = ?", (project, thread_id))
        return None if row is None else str(row[0])

    def make_ready(self, run_id: str) -> None:
        """The run needs driving again (handed its tool outputs): any replica may claim it."""
        self.db.run(
            "UPDATE run_queue SET ready = TRUE, owner = NULL, lease_until = NULL, expires_at = NULL WHERE run_id = ?",
            (run_id,),
        )
        self.notify_ready()

    def wait_for_tools(self, run_id: str, expires_at: float | None) -> None:
        """The run waits for tool outputs until `expires_at`: no replica holds it meanwhile."""
        self.db.run(
            "UPDATE run_queue SET ready = FALSE, owner = NULL, lease_until = NULL, expires_at = ?"
            " WHERE run_id = ? AND owner = ?",
            (expires_at, run_id, self.owner),
        )

    def request_cancel(self, run_id: str) -> None:
        """Ask whoever holds the run to cancel it; a run nobody holds becomes claimable to be cancelled."""
        self.db.run("UPDATE run_queue SET cancel = TRUE, ready = TRUE WHERE run_id = ?", (run_id,))
        self.notify_ready()

    def finish(self, run_ids: list[str]) -> None:
        """The runs ended (or went with their thread): their rows go."""
        if run_ids:
            self.db.run("DELETE FROM run_queue WHERE run_id = ANY(?)", (run_ids,))

    # -- leases -----------------------------------------------------------------
    def claim(self, limit: int, lease: float) -> list[Claim]:
        """Take up to `limit` runs that need a replica: ready ones nobody holds (or whose holder's
        lease is over) and waits for tools that are past their deadline."""
        rows = self.db.all(
            f"""
            WITH free AS (
                SELECT run_id, owner AS was, ready FROM run_queue
                WHERE (ready AND (lease_until IS NULL OR lease_until < {NOW}))
                   OR (NOT ready AND expires_at IS NOT NULL AND expires_at < {NOW})
                ORDER BY queued_at LIMIT ? FOR UPDATE SKIP LOCKED
            )
            UPDATE run_queue q SET owner = ?, lease_until = {NOW} + ?, claims = q.claims + 1
            FROM free WHERE q.run_id = free.run_id
            RETURNING q.run_id, q.project, q.cancel, NOT free.ready, free.was, {_STREAMED}
            """,
            (limit, self.owner, lease),
        )
        return [
            Claim(r[0], r[1], bool(r[2]), bool(r[3]), r[4] is not None and r[4] != self.owner, bool(r[5])) for r in rows
        ]

    def claim_now(self, run_id: str, lease: float) -> Claim | None:
        """Make the run ready and take it at once, unless another replica holds it."""
        row = self.db.one(
            f"UPDATE run_queue q SET ready = TRUE, expires_at = NULL, owner = ?, lease_until = {NOW} + ?,"
            f" claims = claims + 1 WHERE run_id = ? AND (owner IS NULL OR owner = ? OR lease_until < {NOW})"
            f" RETURNING project, cancel, {_STREAMED}",
            (self.owner, lease, run_id, self.owner),
        )
        if row is None:
            return None
        return Claim(run_id, str(row[0]), bool(row[1]), expired=False, taken_over=False, streamed=bool(row[2]))

    def renew(self, run_ids: list[str], lease: float) -> tuple[set[str], set[str]]:
        """Extend the leases this replica still holds of `run_ids`: (held, asked to cancel)."""
        if not run_ids:
            return set(), set()
        rows = self.db.all(
            f"UPDATE run_queue SET lease_until = {NOW} + ? WHERE run_id = ANY(?) AND owner = ?"
            " RETURNING run_id, cancel",
            (lease, run_ids, self.owner),
        )
        return {r[0] for r in rows}, {r[0] for r in rows if r[1]}

    def cancels(self) -> set[str]:
        """The runs this replica holds that were asked to cancel."""
        rows = self.db.all("SELECT run_id FROM run_queue WHERE owner = ? AND cancel", (self.owner,))
        return {str(r[0]) for r in rows}

    def release(self, run_ids: list[str]) -> None:
        """Give these runs back at once (a draining replica): another replica claims them now."""
        if run_ids:
            self.db.run(
                "UPDATE run_queue SET owner = NULL, lease_until = NULL WHERE run_id = ANY(?) AND owner = ?",
                (run_ids, self.owner),
            )
            self.notify_ready()

    def holder(self, run_id: str) -> tuple[str | None, float] | None:
        """(owner, seconds its lease still runs; negative when over) of an active run, else None."""
        row = self.db.one(f"SELECT owner, COALESCE(lease_until - {NOW}, 0) FROM run_queue WHERE run_id = ?", (run_id,))
        return None if row is None else (row[0], float(row[1]))

    def notify_ready(self) -> None:
        self.db.run("SELECT pg_notify(?, '')", (QUEUE_CHANNEL,))

    # -- events -----------------------------------------------------------------
    def append(self, run_id: str, event: str, data: str) -> None:
        """Keep one event of the run and tell the listening replicas (when the transaction, if any, commits)."""
        self.db.run(
            "WITH kept AS (INSERT INTO run_events(run_id, event, data) VALUES (?, ?, ?) RETURNING seq)"
            " SELECT pg_notify(?, ?) FROM kept",
            (run_id, event, data, EVENTS_CHANNEL, run_id),
        )

    def mark_open(self, run_id: str) -> int:
        """Keep a stream's opening marker (no stream sends it, none is woken for it); its ``seq``."""
        row = self.db.one(
            "INSERT INTO run_events(run_id, event, data) VALUES (?, ?, '') RETURNING seq", (run_id, OPEN_EVENT)
        )
        assert row is not None
        return int(row[0])

    def events_after(self, run_id: str, seq: int, limit: int = 500) -> list[tuple[int, str, str]]:
        rows = self.db.all(
            "SELECT seq, event, data FROM run_events WHERE run_id = ? AND seq > ? ORDER BY seq LIMIT ?",
            (run_id, seq, limit),
        )
        return [(int(r[0]), str(r[1]), str(r[2])) for r in rows]

    def has_stream(self, run_id: str) -> bool:
        """Whether a stream was opened for the run (and its opening marker is still kept)."""
        row = self.db.one("SELECT 1 FROM run_events WHERE run_id = ? AND event = ?", (run_id, OPEN_EVENT))
        return row is not None

    def has_event(self, run_id: str, seq: int) -> bool:
        """Whether the run's event (or marker) at `seq` is still kept, and with it every later one."""
        return self.db.one("SELECT 1 FROM run_events WHERE run_id = ? AND seq = ?", (run_id, seq)) is not None

    def forget_events(self) -> int:
        """Drop the events older than ``EVENT_KEEP_SECONDS`` of the runs no longer active; how many went."""
        return self.db.run(
            f"DELETE FROM run_events e WHERE at < {NOW} - ?"
            " AND NOT EXISTS (SELECT 1 FROM run_queue q WHERE q.run_id = e.run_id)",
            (EVENT_KEEP_SECONDS,),
        )
