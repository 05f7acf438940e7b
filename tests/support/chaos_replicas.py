"""Chaos over replicas: several servers on one PostgreSQL database, many clients (the official
``openai`` SDK and ours) making threads, messages and runs (with tool calls, some streamed) on any
replica, while one replica after another is SIGKILLed and started again. Then an audit of the
database through the API: what the clients were told was made is there, no message doubled,
every run terminal, no thread with two runs active at once, every stream completed or ended with
a typed error. Our client streams through a loopback load balancer (``balancer.Balancer``), so a
stream whose replica is killed resumes on another (counted as resumed); the official SDK cannot
resume, and a stream cut under it is counted apart, by the exception it raised (openai 3.54:
``openai.APIConnectionError``, typed, but the rest of the stream is lost).

``run_chaos`` is the whole of it; the suite runs a short one, ``make chaos-replicas`` a long one.
"""

from __future__ import annotations

import contextlib
import itertools
import random
import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import httpx2
from assistants_client import Client, RetryPolicy, StreamResumeError

from .balancer import Balancer
from .replicas import Fleet

TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")
TYPED_STREAM_ERRORS = ("server_shutting_down", "run_owner_lost")
RUN_TIMEOUT = 300.0  # seconds one client waits for one run, kills and a machine shared by all included
POLL = 0.2  # seconds between two looks at a run
AUDIT_TIMEOUT = 120.0  # seconds the audit waits for the runs still active to end
TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


@dataclass
class Books:
    """What the clients were told, and how their streams ended."""

    threads: dict[str, list[str]] = field(default_factory=dict)  # thread -> acknowledged user message ids
    runs: dict[str, list[str]] = field(default_factory=dict)  # thread -> acknowledged run ids
    streams: Counter[str] = field(default_factory=Counter)  # completed | resumed | typed error | cut by ...
    failures: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    tickets: int = 0  # runs still to start

    def acknowledged_runs(self) -> int:
        with self.lock:
            return sum(len(ids) for ids in self.runs.values())

    def take_ticket(self) -> bool:
        with self.lock:
            if self.tickets <= 0:
                return False
            self.tickets -= 1
            return True


def ours(url: str) -> Client:
    retry = RetryPolicy(initial_delay=0.05, max_delay=0.5)
    return Client(api_key="sk-test", base_url=url, max_retries=200, retry=retry, http_client=httpx2.Client(timeout=30))


def sdk(url: str) -> Any:
    import openai

    return openai.OpenAI(base_url=url, api_key="sk-test", max_retries=60, timeout=30)


def key() -> str:
    return f"chaos-{uuid.uuid4().hex}"


class Worker:
    """One client: threads of one or two turns, each turn a run polled or streamed, on any replica."""

    def __init__(
        self, index: int, urls: list[str], balanced: str, assistant_id: str, books: Books, rng: random.Random
    ) -> None:
        self.index = index
        self.urls = urls
        self.balanced = balanced  # the load balancer's URL, for our client's streams
        self.assistant_id = assistant_id
        self.books = books
        self.rng = rng
        self.use_sdk = index % 2 == 1
        self.doing = "starting"  # the call under way, named in a failure

    def url(self) -> str:
        return self.rng.choice(self.urls)

    def run(self) -> None:
        try:
            while self.books.take_ticket():
                self.thread_turns()
        except Exception as exc:  # past every retry: the audit counts it, naming the call and its request
            request_id = getattr(exc, "request_id", None)
            with self.books.lock:
                self.books.failures.append(
                    f"worker {self.index} ({'sdk' if self.use_sdk else 'ours'}), {self.doing}:"
                    f" {type(exc).__name__} (request id {request_id}): {str(exc)[:200]}"
                )

    def thread_turns(self) -> None:
        self.doing = "create thread"
        with ours(self.url()) as client:
            thread = client.create_thread({})
        with self.books.lock:
            self.books.threads[thread.id] = []
            self.books.runs[thread.id] = []
        for turn in range(2):
            if turn and not self.books.take_ticket():
                return
            tools = self.rng.random() < 0.4
            text = f"get_weather Paris {self.index} {turn}" if tools else f"hello {self.index} {turn}"
            self.doing = f"turn {turn} on {thread.id}: create message"
            with ours(self.url()) as client:
                message = client.create_message(thread.id, {"role": "user", "content": text})
            with self.books.lock:
                self.books.threads[thread.id].append(message.id)
            body = {"assistant_id": self.assistant_id, "tools": [TOOL]}
            streamed = self.rng.random() < 0.5
            self.doing = f"turn {turn} on {thread.id}: {'stream' if streamed else 'create'} run"
            run_id = self.streamed(thread.id, body) if streamed else self.created(thread.id, body)
            if run_id is not None:
                self.doing = f"turn {turn} on {thread.id}: finish {run_id}"
                self.finish(thread.id, run_id)

    def created(self, thread_id: str, body: dict[str, Any]) -> str:
        if self.use_sdk:
            client = sdk(self.url())
            with contextlib.closing(client):
                run = client.beta.threads.runs.create(thread_id, **body, extra_headers={"Idempotency-Key": key()})
        else:
            with ours(self.url()) as own:
                run = own.create_run(thread_id, body)
        with self.books.lock:
            self.books.runs[thread_id].append(run.id)
        return str(run.id)

    def streamed(self, thread_id: str, body: dict[str, Any]) -> str | None:
        """Stream the run's first segment; how the stream ended goes to the books."""
        run_id: str | None = None
        who = "sdk" if self.use_sdk else "ours"
        outcome = f"cut {who}: ended early"
        try:
            if self.use_sdk:
                client = sdk(self.url())
                with contextlib.closing(client):
                    for event in client.beta.threads.runs.create(thread_id, **body, stream=True):
                        if event.event == "thread.run.created":
                            run_id = event.data.id
                            self.note_run(thread_id, run_id)
                        if event.event in ("thread.run.completed", "thread.run.requires_action"):
                            outcome = "completed"
                        if event.event == "error":  # the SDK hands the API's `error` event on, not raised
                            code = getattr(event.data, "code", None) or "error event"
                            outcome = f"typed error sdk: {code}"
            else:
                with ours(self.balanced) as own, own.stream_run(thread_id, body) as stream:
                    for event in stream:
                        if event.event == "thread.run.created":
                            run_id = event.data.id
                            self.note_run(thread_id, run_id)
                        if event.event == "done":
                            outcome = "resumed" if stream.resumes else "completed"
        except Exception as exc:
            code = str(getattr(exc, "code", "") or "")
            text = str(exc)
            if isinstance(exc, StreamResumeError):
                outcome = f"typed error {who}: not resumed"
                run_id = run_id or exc.run_id
            elif code in TYPED_STREAM_ERRORS or any(c in text for c in TYPED_STREAM_ERRORS):
                outcome = f"typed error {who}: {code or 'error event'}"
            else:
                outcome = f"cut {who}: {type(exc).__module__.split('.')[0]}.{type(exc).__name__}"
                if who == "ours":  # not expected: named in the output with its request
                    with self.books.lock:
                        self.books.failures.append(
                            f"stream of worker {self.index} on {thread_id}: {outcome}"
                            f" (request id {getattr(exc, 'request_id', None)}): {str(exc)[:300]}"
                        )
        if run_id is None:  # cut before the run was named: it may exist all the same
            run_id = self.newest_run(thread_id)
        with self.books.lock:
            self.books.streams[outcome] += 1
        return run_id

    def newest_run(self, thread_id: str) -> str | None:
        with ours(self.url()) as client:
            runs = list(client.list_runs(thread_id, limit=1))
        if runs:
            self.note_run(thread_id, runs[0].id)
            return str(runs[0].id)
        return None

    def note_run(self, thread_id: str, run_id: str) -> None:
        with self.books.lock:
            self.books.runs[thread_id].append(run_id)

    def finish(self, thread_id: str, run_id: str) -> None:
        """Poll the run to its end on any replica, answering its tool calls."""
        deadline = time.monotonic() + RUN_TIMEOUT
        while time.monotonic() < deadline:
            with ours(self.url()) as client:
                run = client.get_run(thread_id, run_id)
                if run.status == "requires_action" and run.required_action is not None:
                    calls = run.required_action.submit_tool_outputs.tool_calls
                    outputs = [{"tool_call_id": c.id, "output": "sunny"} for c in calls]
                    with contextlib.suppress(Exception):  # a retry of it may find it answered already
                        client.submit_tool_outputs_to_run(thread_id, run_id, {"tool_outputs": outputs})
                elif run.status in TERMINAL:
                    return
            time.sleep(POLL)
        with self.books.lock:
            self.books.failures.append(f"run {run_id} not over after {RUN_TIMEOUT} s")


def killer(
    fleet: Fleet, every: float, stop: threading.Event, rng: random.Random, kills: list[str], books: Books, runs: int
) -> None:
    """SIGKILL one replica and start it again: first once a quarter of the runs are acknowledged (so a
    load that a fast machine finishes within `every` seconds still meets a kill), then every `every`
    seconds, until `stop`."""
    while books.acknowledged_runs() < max(1, runs // 4) and not stop.wait(0.05):
        pass
    while not stop.is_set():
        victim = rng.choice(fleet.replicas)
        victim.kill()
        kills.append(victim.name)
        time.sleep(0.3)
        victim.start()
        if stop.wait(every):
            return


def audit(url: str, books: Books) -> Counter[str]:
    counts: Counter[str] = Counter()
    with ours(url) as client:
        for thread_id, message_ids in books.threads.items():
            runs = wait_terminal(client, thread_id)
            messages = list(client.list_messages(thread_id, limit=100, order="asc"))
            stored_users = {m.id for m in messages if m.role == "user"}
            counts["messages acknowledged"] += len(message_ids)
            counts["messages lost"] += len(set(message_ids) - stored_users)
            by_run = Counter(m.run_id for m in messages if m.role == "assistant")
            counts["messages doubled"] += sum(n - 1 for n in by_run.values() if n > 1)
            counts["threads"] += 1
            known = {r.id for r in runs}
            counts["runs acknowledged"] += len(books.runs[thread_id])
            counts["runs lost"] += len(set(books.runs[thread_id]) - known)
            counts["runs"] += len(runs)
            counts["runs not terminal"] += sum(1 for r in runs if r.status not in TERMINAL)
            for run in runs:
                counts[f"runs {run.status}"] += 1
            counts["threads with overlapping runs"] += overlapping(runs)
    return counts


def wait_terminal(client: Client, thread_id: str) -> list[Any]:
    deadline = time.monotonic() + AUDIT_TIMEOUT
    while True:
        runs = list(client.list_runs(thread_id, limit=100, order="asc"))
        if all(r.status in TERMINAL for r in runs) or time.monotonic() > deadline:
            return runs
        time.sleep(0.2)


def overlapping(runs: list[Any]) -> int:
    """1 when a run of the thread was created before the one before it had ended."""
    ordered = sorted(runs, key=lambda r: r.created_at)
    for before, after in itertools.pairwise(ordered):
        ended = before.completed_at or before.failed_at or before.cancelled_at  # none for incomplete, expired
        if ended is not None and ended > after.created_at:
            return 1
    return 0


def run_chaos(db: str, *, replicas: int, clients: int, runs: int, kill_every: float, lease: float) -> Counter[str]:
    """The whole chaos run; the audit's counts, with the kills and the stream outcomes."""
    books = Books(tickets=runs)
    rng = random.Random(22)
    with (
        Fleet(db, replicas, "--run-lease-seconds", str(lease), "--step-delay", "0.05") as fleet,
        Balancer([r.port for r in fleet.replicas]) as balancer,
    ):
        with ours(fleet.urls[0]) as client:
            assistant = client.create_assistant({"model": "gpt-4o", "tools": [TOOL]})
        workers = [Worker(i, fleet.urls, balancer.url, assistant.id, books, random.Random(i)) for i in range(clients)]
        threads = [threading.Thread(target=w.run, name=f"chaos-{w.index}") for w in workers]
        stop = threading.Event()
        kills: list[str] = []
        chaos = threading.Thread(target=killer, args=(fleet, kill_every, stop, rng, kills, books, runs))
        started = time.monotonic()
        for thread in [*threads, chaos]:
            thread.start()
        for thread in threads:
            thread.join(RUN_TIMEOUT * runs)
        stop.set()
        chaos.join(60)
        counts = audit(fleet.urls[0], books)
        counts["kills"] = len(kills)
        counts["seconds"] = round(time.monotonic() - started)
        counts["client failures"] = len(books.failures)
        for outcome, n in books.streams.items():
            counts[f"streams {outcome}"] = n
        for failure in books.failures[:10]:
            print("failure:", failure)
    return counts
