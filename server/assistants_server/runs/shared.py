"""Runs shared by replicas on one PostgreSQL database: ``SharedRunEngine`` drives the runs this
replica claims from the durable queue (``storage.run_queue``), and streams any run from its
events in the database, wherever it executes.

- A new run is queued in the transaction that writes it (the queue's unique index refuses a
  second active run of a thread, whichever replica makes it); ``start`` marks it ready and wakes
  the replicas (NOTIFY).
- Each replica's claim loop takes ready runs up to ``--run-slots`` with a lease of
  ``--run-lease-seconds``, which a heartbeat thread renews (a thread, so that a busy event loop
  cannot starve it). A claimed run goes on as ``lifecycle.after_restart`` says, as after a crash
  of a single process: when its replica died mid-turn, the turn's leftovers go and it is asked
  again; a cancel under way ends.
- A segment's end settles the run's row: gone when the run ended, not ready while it waits for
  tool outputs (a claim expires it past its deadline). Tool outputs or a cancel given to another
  replica reach the run through the row (ready again; a cancel flag the heartbeat sees).
- The events of a run some stream was opened for go to ``run_events`` with a NOTIFY (a run nobody
  streams keeps none: ``_kept``); a stream on any replica follows the run's events there, from
  its opening marker, until the segment's end marker, and sends each with its
  ``seq`` as the SSE ``id``. A stream cut mid-way (its replica died) is resumed on any replica
  after the last ``id`` it got (``resume``: the same follower, from there). When no live replica
  holds the run for longer than a lease, the stream ends with a typed ``error`` event.
- ``shutdown`` (SIGTERM, after the drain's grace) hands the leases back at once: another replica
  carries the runs on; this replica's own streams end with the shutdown ``error`` event.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import threading
from typing import Any

from ..backends.base import ModelBackend
from ..config import ServerConfig
from ..errors import bad_request
from ..objects import ObjectFactory
from ..storage.pg_notify import Listener
from ..storage.run_queue import END_EVENT, EVENTS_CHANNEL, OPEN_EVENT, QUEUE_CHANNEL, Claim, RunQueue, ThreadBusy
from ..storage.scope import PROJECT, in_project
from ..storage.sql_objects import ObjectStore
from . import lifecycle as lc
from .engine import RunEngine
from .lifecycle import SHUTDOWN_STREAM_ERROR, RunProgress
from .streams import Event, EventsUnavailable

log = logging.getLogger("assistants_server")
JSON = dict[str, Any]

CLAIM_POLL = 0.5  # seconds between two looks at the queue without a notification
FOLLOW_POLL = 1.0  # seconds between two looks at a run's events without a notification
SWEEP_EVERY = 600  # claim rounds between two sweeps of old events
OWNER_LOST_CODE = "run_owner_lost"


def owner_lost_error(run_id: str) -> JSON:
    return {
        "message": f"No server has carried run {run_id} on since the one executing it stopped; fetch the run to"
        " see where it is.",
        "type": "server_error",
        "param": None,
        "code": OWNER_LOST_CODE,
    }


async def _woken(event: asyncio.Event, timeout: float) -> None:
    """Wait until `event` is set, at most `timeout` seconds. (Not ``asyncio.wait_for``: on
    Python 3.11 it may swallow a cancel that comes as the event is set, and the loop never ends.)"""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(timeout):
            await event.wait()


def engine_for(store: ObjectStore, objects: ObjectFactory, config: ServerConfig, backend: ModelBackend) -> RunEngine:
    """The shared engine on a PostgreSQL store, else the single process's own."""
    if getattr(store, "dialect", "sqlite") == "postgres":
        return SharedRunEngine(store, objects, config, backend)
    return RunEngine(store, objects, config, backend)


class _Follower:
    """One stream's reading of a run's events: where it is and the task that reads on."""

    def __init__(self, queue: asyncio.Queue[Event], seq: int) -> None:
        self.queue = queue
        self.seq = seq
        self.wake = asyncio.Event()
        self.task: asyncio.Task[None] | None = None


class SharedRunEngine(RunEngine):
    def __init__(self, store: ObjectStore, objects: ObjectFactory, config: ServerConfig, backend: ModelBackend) -> None:
        super().__init__(store, objects, config, backend)
        self.owner = f"{socket.gethostname()}:{os.getpid()}:{os.urandom(4).hex()}"
        self.queue = RunQueue(store._db, self.owner)  # the store's own connections, to join its transactions
        self.lease = float(config.run_lease_seconds)
        self.slots = int(config.run_slots)
        self._held: set[str] = set()  # runs whose lease this replica holds
        self._streamed: set[str] = set()  # runs held here whose claim found a stream opened for them
        self._held_lock = threading.Lock()  # the heartbeat thread reads `_held`
        self._handing_back: set[str] = set()  # runs whose segment is cut here to go on elsewhere
        self._followers: dict[str, list[_Follower]] = {}
        self._wake: asyncio.Event | None = None
        self._claimer: asyncio.Task[None] | None = None
        self._listener: Listener | None = None
        self._beat_stop = threading.Event()
        self._beat: threading.Thread | None = None
        self._stopping = False
        self._queue_news = False  # a notification of the queue came since the last round

    # -- running ----------------------------------------------------------------
    def resume_after_restart(self) -> int:
        """Nothing to resume here: the claim loop takes every run that needs a replica."""
        self._ensure_running()
        return 0

    def _ensure_running(self) -> None:
        if self._claimer is not None and not self._claimer.done():
            return
        loop = asyncio.get_running_loop()
        self._stopping = False
        self._wake = asyncio.Event()
        self._beat_stop = threading.Event()
        url = str(self.config.db or os.environ.get("ASSISTANTS_DB_URL") or "")
        self._listener = Listener(url, (EVENTS_CHANNEL, QUEUE_CHANNEL), loop, self._notified)
        self._listener.start()
        self._beat = threading.Thread(target=self._heartbeat, args=(loop, self._beat_stop), daemon=True)
        self._beat.start()
        self._claimer = loop.create_task(self._claim_loop())

    def _notified(self, channel: str, payload: str) -> None:
        if (channel == QUEUE_CHANNEL or not channel) and self._wake is not None:
            self._queue_news = self._queue_news or bool(channel)
            self._wake.set()
        if channel == EVENTS_CHANNEL:
            for follower in self._followers.get(payload, ()):
                follower.wake.set()

    async def _claim_loop(self) -> None:
        rounds = 0
        assert self._wake is not None
        while not self._stopping:  # until shutdown
            await _woken(self._wake, CLAIM_POLL)
            self._wake.clear()
            rounds += 1
            try:
                if rounds % SWEEP_EVERY == 0:
                    self.queue.forget_events()
                if self._queue_news and self._held:  # a cancel may be for a run driven here
                    self._cancel_here(self.queue.cancels())
                self._queue_news = False
                free = self.slots - len(self._held)
                if self.closing_in() is not None or free <= 0:
                    continue
                for claim in self.queue.claim(free, self.lease):
                    self._take(claim)
            except Exception:  # the database is away for a moment: the next round tries again
                log.exception("claiming runs failed")

    def _heartbeat(self, loop: asyncio.AbstractEventLoop, stop: threading.Event) -> None:
        """Renew this replica's leases every third of a lease; hand the lost ones and the cancel
        requests to the loop."""
        while not stop.wait(self.lease / 3):
            with self._held_lock:
                held = sorted(self._held)
            try:
                kept, cancel = self.queue.renew(held, self.lease)
            except Exception:  # the database is away: the leases run on until it is back or they end
                log.exception("renewing run leases failed")
                continue
            lost = set(held) - kept
            with contextlib.suppress(RuntimeError):  # the loop closed: the process is ending
                if lost:
                    loop.call_soon_threadsafe(self._lost, lost)
                if cancel:
                    loop.call_soon_threadsafe(self._cancel_here, cancel)

    def _lost(self, run_ids: set[str]) -> None:
        """Another replica holds these runs now (this one's leases ran out): stop working on them."""
        log.warning("lost the lease of %d run(s); another replica carries them on", len(run_ids))
        self._let_go(run_ids)
        super().forget(list(run_ids))

    def _let_go(self, run_ids: set[str]) -> None:
        with self._held_lock:
            self._held -= run_ids
        self._streamed -= run_ids
        self._handing_back |= run_ids & set(self._tasks)

    def _cancel_here(self, run_ids: set[str]) -> None:
        for run_id in run_ids:
            if run_id in self._tasks and run_id not in self._cancel_requested:
                super().request_cancel(run_id, waiting_for_tools=False)

    def _take(self, claim: Claim) -> None:
        """Carry a claimed run on from its stored state (``lifecycle.after_restart``)."""
        with self._held_lock:
            self._held.add(claim.run_id)
        if claim.streamed:
            self._streamed.add(claim.run_id)
        with in_project(claim.project):  # the tasks started here act for the run's project
            run, aux = self.store.get_with_aux("run", claim.run_id)
            if run is None or run["status"] in lc.TERMINAL:
                self._release_row(claim.run_id, finished=True)
                return
            progress = RunProgress.from_json(aux)
            if claim.taken_over:
                log.warning("taking run %s over from a replica whose lease ended", claim.run_id)
            if claim.expired and run["status"] == "requires_action":
                self.end_run(run, progress, "expired")
                self._end_segment(claim.run_id)
                return
            plan = lc.after_restart(run["status"])
            if run["status"] == "cancelling" and not claim.taken_over:  # asked here or on another replica
                self._tasks[claim.run_id] = asyncio.get_running_loop().create_task(self._cancel_later(claim.run_id))
            elif plan.end is not None:
                self.end_run(run, progress, plan.end)
                self._end_segment(claim.run_id)
            elif plan.drive:
                self._drop_leftovers(run, progress)
                super().start(claim.run_id)
            else:  # waits for tool outputs: nobody needs to hold it
                self._end_segment(claim.run_id)

    def _release_row(self, run_id: str, *, finished: bool) -> None:
        with self._held_lock:
            self._held.discard(run_id)
        self._streamed.discard(run_id)
        if finished:
            self.queue.finish([run_id])

    # -- the engine's hooks -----------------------------------------------------
    def admit(self, run: JSON) -> None:
        """Queue the new run, unless its thread's row names a run still active. A row can outlive
        its run's end: it goes after the end commits (``_end_segment``), or, when its replica died
        between the two, once another replica claims it. A client that saw the run end may create
        the next one before that; the ended run's row gives way (the thread is locked here)."""
        before = self.queue.active_on(PROJECT.get(), run["thread_id"])
        if before is not None:
            ended = self.store.get("run", before)
            if ended is None or ended["status"] in lc.TERMINAL:
                self.queue.finish([before])
        try:
            self.queue.admit(run["id"], PROJECT.get(), run["thread_id"])
        except ThreadBusy:
            raise bad_request(f"Thread {run['thread_id']} already has an active run.") from None

    def start(self, run_id: str) -> None:
        """The run needs driving: this replica takes it at once if it has a free slot, else
        whichever replica claims it first drives it."""
        self._ensure_running()
        if self.closing_in() is None and len(self._held) < self.slots:
            claim = self.queue.claim_now(run_id, self.lease)
            if claim is not None:
                self._take(claim)
                return
        self.queue.make_ready(run_id)

    def request_cancel(self, run_id: str, waiting_for_tools: bool) -> None:
        if run_id in self._tasks and not waiting_for_tools:
            super().request_cancel(run_id, waiting_for_tools)
        else:  # driven elsewhere, or by nobody: through the row
            self.queue.request_cancel(run_id)

    def forget(self, run_ids: list[str]) -> None:
        self._let_go(set(run_ids))
        super().forget(run_ids)
        self.queue.finish(run_ids)

    def _arm_expiry(self, run_id: str, seconds: float | None = None) -> None:
        """No timer here: the row keeps the deadline, and a claim past it expires the run."""

    def emit(self, run_id: str, event: str, data: Any) -> None:
        if self._kept(run_id):
            self.queue.append(run_id, event, json.dumps(data, separators=(",", ":")))

    def _kept(self, run_id: str) -> bool:
        """Whether the run's events are kept: a stream was opened for it. Streams are opened only
        where a segment begins (a run created or handed its tool outputs), before it is claimed,
        so a run held here knows from its claim; another replica's write (a cancel) asks the
        database. A run nobody streams keeps no events: an insert and a NOTIFY per event saved."""
        if run_id in self._streamed or run_id in self._followers:
            return True
        return run_id not in self._held and self.queue.has_stream(run_id)

    def _end_segment(self, run_id: str) -> None:
        """Settle the run's row, then tell its streams the segment ended (unless it goes on elsewhere)."""
        if run_id in self._handing_back:
            self._handing_back.discard(run_id)
            return
        kept = self._kept(run_id)  # asked before the row is let go
        run = self.store.get("run", run_id)
        if run is None or run["status"] in lc.TERMINAL:
            self._release_row(run_id, finished=True)
        elif run["status"] == "requires_action":
            expires_at = run.get("expires_at")
            expires_at = (
                float(expires_at) if expires_at is not None else self.store.timestamp() + self.config.run_expiry
            )
            self.queue.wait_for_tools(run_id, expires_at)
            self._release_row(run_id, finished=False)
        if kept:
            self.queue.append(run_id, END_EVENT, "")

    # -- streams ----------------------------------------------------------------
    def subscribe(self, run_id: str) -> tuple[asyncio.Queue[Event], int]:
        """Mark the stream's opening in the run's events (its position) and follow them from there."""
        position = self.queue.mark_open(run_id)
        return self._follow_from(run_id, position), position

    def resume(self, run_id: str, after: int) -> asyncio.Queue[Event]:
        if not self.queue.has_event(run_id, after):
            raise EventsUnavailable(run_id)
        return self._follow_from(run_id, after)

    def _follow_from(self, run_id: str, seq: int) -> asyncio.Queue[Event]:
        self._ensure_running()
        queue: asyncio.Queue[Event] = asyncio.Queue()
        follower = _Follower(queue, seq)
        self._followers.setdefault(run_id, []).append(follower)
        follower.task = asyncio.get_running_loop().create_task(self._follow(run_id, follower))
        return queue

    def unsubscribe(self, run_id: str, queue: asyncio.Queue[Event]) -> None:
        followers = self._followers.get(run_id, [])
        for follower in [f for f in followers if f.queue is queue]:
            followers.remove(follower)
            if follower.task is not None:
                follower.task.cancel()
        if not followers:
            self._followers.pop(run_id, None)

    async def _follow(self, run_id: str, follower: _Follower) -> None:
        """Hand the run's events on, in order, until its segment's end marker."""
        loop = asyncio.get_running_loop()
        last_news = loop.time()
        while True:  # until the end marker, the owner's loss, or unsubscribe
            rows = self.queue.events_after(run_id, follower.seq)
            for seq, event, data in rows:
                follower.seq = seq
                if event == END_EVENT:
                    follower.queue.put_nowait(None)
                    return
                if event != OPEN_EVENT:
                    follower.queue.put_nowait((event, data, seq))
            if rows:
                last_news = loop.time()
                continue
            if loop.time() - last_news > self.lease + FOLLOW_POLL and self._orphaned(run_id):
                follower.queue.put_nowait(("error", json.dumps(owner_lost_error(run_id)), None))
                return
            follower.wake.clear()
            await _woken(follower.wake, FOLLOW_POLL)

    def _orphaned(self, run_id: str) -> bool:
        """No live replica holds the run, and none has for a while (or the run's row is gone)."""
        holder = self.queue.holder(run_id)
        return holder is None or holder[0] is None or holder[1] < 0

    # -- stopping ---------------------------------------------------------------
    async def shutdown(self) -> None:
        """Stop claiming, cut this replica's segments and hand their leases back at once (another
        replica carries the runs on), and end this replica's streams with the shutdown error."""
        self._stopping = True
        if self._claimer is not None:
            self._claimer.cancel()
            await asyncio.wait({self._claimer}, timeout=CLAIM_POLL * 4)
        self._beat_stop.set()
        self._handing_back |= set(self._tasks)
        await self._stop_tasks()
        self._cancel_requested.clear()
        self._handing_back.clear()
        with self._held_lock:
            held, self._held = sorted(self._held), set()
        with contextlib.suppress(Exception):  # the database is away: the leases end on their own
            self.queue.release(held)
        for followers in self._followers.values():
            for follower in followers:
                if follower.task is not None:
                    follower.task.cancel()
                follower.queue.put_nowait(("error", json.dumps(SHUTDOWN_STREAM_ERROR), None))
                follower.queue.put_nowait(None)
        self._followers.clear()
        if self._listener is not None:
            await asyncio.to_thread(self._listener.close)
        if self._beat is not None:
            await asyncio.to_thread(self._beat.join, 2.0)
