"""Work survives the process: a real server on a SQLite file, SIGKILLed under load and restarted,
and stopped by SIGTERM with streams open.

The crash test's size comes from the environment (``make crash`` runs a long one):
CRASH_KILLS (3), CRASH_LOAD_SECONDS (load between two kills, 2.0), CRASH_WORKERS (client
threads, 4). It prints what it counted.
"""

from __future__ import annotations

import importlib.util
import json
import os
import select
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import assistants_server as server_pkg
import httpx2
import pytest
from assistants_client import APIError, Client, RetryPolicy

from .conftest import BETA, weather_tool

KILLS = int(os.environ.get("CRASH_KILLS", "3"))
LOAD_SECONDS = float(os.environ.get("CRASH_LOAD_SECONDS", "2.0"))
WORKERS = int(os.environ.get("CRASH_WORKERS", "4"))
START_TIMEOUT = 20.0  # seconds a server process may take to print its URL
RUN_TIMEOUT = 30.0  # seconds a worker waits for one run, restarts included


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class ServerProcess:
    """``python -m assistants_server`` on one port and one SQLite file, started again at will."""

    def __init__(self, tmp_path: Path, *flags: str) -> None:
        self.db = str(tmp_path / "crash.sqlite3")
        self.port = free_port()
        self.flags = flags
        self.log = tmp_path / "server.log"
        self.proc: subprocess.Popen[str] | None = None
        self.url = f"http://127.0.0.1:{self.port}/v1"

    def start(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(server_pkg.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
        # --admin: some tests pace their runs with X-Mock-Step-Delay
        command = [
            sys.executable,
            "-m",
            "assistants_server",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--admin",
        ]
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(
                [*command, "--db", self.db, *self.flags], stdout=subprocess.PIPE, stderr=log, text=True, env=env
            )
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], START_TIMEOUT)
        line = self.proc.stdout.readline().strip() if ready else ""
        assert line == self.url, f"the server did not start: {line!r}\n{self.log.read_text()[-2000:]}"

    def signal(self, sig: int) -> None:
        assert self.proc is not None
        self.proc.send_signal(sig)

    def wait(self, timeout: float) -> int:
        assert self.proc is not None
        return self.proc.wait(timeout)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[Any]:
    made: list[ServerProcess] = []

    def make(*flags: str) -> ServerProcess:
        made.append(ServerProcess(tmp_path, *flags))
        return made[-1]

    yield make
    for process in made:
        process.stop()


@dataclass
class Books:
    """What the clients were told: every acknowledged write, by thread."""

    threads: dict[str, list[str]] = field(default_factory=dict)  # thread -> user message ids
    runs: dict[str, list[str]] = field(default_factory=dict)  # thread -> run ids
    failures: list[str] = field(default_factory=list)  # calls that failed past their retries
    runs_by_worker: Counter[int] = field(default_factory=Counter)
    replays: int = 0  # answers given again for a key: a retry whose first try had been answered
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def writes(self) -> int:
        return len(self.threads) + sum(map(len, self.threads.values())) + sum(map(len, self.runs.values()))


def counting_http(books: Books | None) -> httpx2.Client:
    def count_replays(response: httpx2.Response) -> None:
        if books is not None and response.headers.get("idempotent-replayed") == "true":
            with books.lock:
                books.replays += 1

    return httpx2.Client(event_hooks={"response": [count_replays]}, timeout=10)


def patient_client(url: str, books: Books | None = None) -> Client:
    """Retries for long enough to wait out a restart; every POST carries an Idempotency-Key."""
    retry = RetryPolicy(initial_delay=0.05, max_delay=0.5)
    return Client(api_key="sk-test", base_url=url, max_retries=100, retry=retry, http_client=counting_http(books))


class SdkCalls:
    """The worker's calls through the official openai SDK. It sends no Idempotency-Key of its own
    here, so each call gets a fresh one, which the SDK keeps across its retries."""

    def __init__(self, url: str, books: Books) -> None:
        import openai

        self.errors: tuple[type[Exception], ...] = (openai.APIError,)
        self.sdk = openai.OpenAI(base_url=url, api_key="sk-test", max_retries=30, http_client=counting_http(books))
        self.threads = self.sdk.beta.threads

    @staticmethod
    def key() -> dict[str, Any]:
        return {"extra_headers": {"Idempotency-Key": f"sdk-{uuid.uuid4().hex}"}}

    def __enter__(self) -> SdkCalls:
        return self

    def __exit__(self, *exc: object) -> None:
        self.sdk.close()

    def create_thread(self, body: dict[str, Any]) -> Any:
        return self.threads.create(**body, **self.key())

    def create_message(self, thread_id: str, body: dict[str, Any]) -> Any:
        return self.threads.messages.create(thread_id, **body, **self.key())

    def create_run(self, thread_id: str, body: dict[str, Any]) -> Any:
        return self.threads.runs.create(thread_id, **body, **self.key())

    def get_run(self, thread_id: str, run_id: str) -> Any:
        return self.threads.runs.retrieve(run_id, thread_id=thread_id)

    def submit_tool_outputs_to_run(self, thread_id: str, run_id: str, body: dict[str, Any]) -> Any:
        return self.threads.runs.submit_tool_outputs(run_id, thread_id=thread_id, **body, **self.key())


def finish_run(client: Any, thread_id: str, run_id: str) -> str:
    """Poll the run to its end, answering its tool calls; its final status."""
    deadline = time.monotonic() + RUN_TIMEOUT
    while time.monotonic() < deadline:
        run = client.get_run(thread_id, run_id)
        if run.status == "requires_action":
            calls = run.required_action.submit_tool_outputs.tool_calls
            outputs = [{"tool_call_id": call.id, "output": "sunny"} for call in calls]
            client.submit_tool_outputs_to_run(thread_id, run_id, {"tool_outputs": outputs})
        elif run.status in ("completed", "failed", "cancelled", "expired", "incomplete"):
            return str(run.status)
        time.sleep(0.02)
    return "timed out"


def work(url: str, assistant_id: str, books: Books, stop: threading.Event, worker: int) -> None:
    """Threads, messages and runs, one after the other, until `stop`; worker 0 uses the openai SDK."""
    errors: tuple[type[Exception], ...] = (APIError,)
    client: Any = patient_client(url, books)
    if worker == 0 and importlib.util.find_spec("openai") is not None:
        client = SdkCalls(url, books)
        errors += client.errors
    with client:
        n = 0
        while not stop.is_set():
            n += 1
            try:
                thread = client.create_thread({"metadata": {"worker": str(worker)}})
                with books.lock:
                    books.threads[thread.id] = []
                    books.runs[thread.id] = []
                for turn in range(2):
                    text = f"get_weather Paris {n}" if (n + turn) % 3 == 0 else f"hello {worker} {n} {turn}"
                    message = client.create_message(thread.id, {"role": "user", "content": text})
                    with books.lock:
                        books.threads[thread.id].append(message.id)
                    run = client.create_run(thread.id, {"assistant_id": assistant_id})
                    with books.lock:
                        books.runs[thread.id].append(run.id)
                        books.runs_by_worker[worker] += 1
                    status = finish_run(client, thread.id, run.id)
                    if status != "completed":
                        with books.lock:
                            books.failures.append(f"run {run.id}: {status}")
                        return
            except errors as exc:
                with books.lock:
                    books.failures.append(f"{type(exc).__name__}: {exc}")
                return


def audit(url: str, books: Books) -> Counter[str]:
    """Compare the server's state with the books; the counts of every kind of problem."""
    problems: Counter[str] = Counter()
    with patient_client(url) as client:
        stored_threads = {t.id for t in client.list_threads(limit=100)}
        problems["threads lost"] = len(set(books.threads) - stored_threads)
        problems["threads duplicated"] = len(stored_threads - set(books.threads))
        for thread_id, message_ids in books.threads.items():
            messages = list(client.list_messages(thread_id, limit=100, order="asc"))
            user = [m.id for m in messages if m.role == "user"]
            problems["messages lost"] += len(set(message_ids) - set(user))
            problems["messages duplicated"] += len(user) - len(message_ids)
            runs = {r.id: r for r in client.list_runs(thread_id, limit=100)}
            problems["runs lost"] += len(set(books.runs[thread_id]) - set(runs))
            problems["runs duplicated"] += len(runs) - len(books.runs[thread_id])
            for run in runs.values():
                problems[f"runs {run.status}"] += 1
                answers = [m for m in messages if m.run_id == run.id]
                problems["runs without exactly one answer"] += len(answers) != 1
                steps = list(client.list_run_steps(thread_id, run.id, limit=100))
                problems["steps in progress"] += sum(s.status == "in_progress" for s in steps)
                written = [s for s in steps if s.type == "message_creation"]
                problems["answers without their step"] += len(written) != len(answers)
            problems["messages in progress"] += sum(m.status == "in_progress" for m in messages)
    del problems["runs completed"]
    return +problems


@pytest.mark.timeout(60 + 15 * KILLS * LOAD_SECONDS)
def test_sigkill_under_load_loses_and_doubles_nothing(server_process: Any) -> None:
    # some answers are lost after their writes committed, as a kill between the two would lose them
    server = server_process("--step-delay", "0.05", "--fail-after-commit-rate", "0.05")
    server.start()
    with patient_client(server.url) as client:
        assistant = client.create_assistant({"model": "gpt-4o", "tools": [weather_tool()]})
    books, stop = Books(), threading.Event()
    workers = [
        threading.Thread(target=work, args=(server.url, assistant.id, books, stop, i), daemon=True)
        for i in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    resumed = 0
    try:
        for _ in range(KILLS):
            time.sleep(LOAD_SECONDS)
            server.signal(signal.SIGKILL)
            server.wait(10)
            with sqlite3.connect(server.db) as conn:
                resumed += conn.execute(
                    "SELECT COUNT(*) FROM objects WHERE kind = 'run' AND status IN ('queued', 'in_progress')"
                ).fetchone()[0]
            server.start()
        time.sleep(LOAD_SECONDS)
    finally:
        stop.set()
        for worker in workers:
            worker.join(RUN_TIMEOUT + 10)
    assert not any(w.is_alive() for w in workers)
    problems = audit(server.url, books)
    runs = sum(map(len, books.runs.values()))
    print(
        f"\ncrash test: {KILLS} SIGKILLs; {books.writes} acknowledged writes ({len(books.threads)} threads, "
        f"{runs} runs); {books.replays} retries answered from a kept Idempotency-Key; {resumed} runs cut "
        f"mid-flight and carried on; problems: {dict(problems) or 'none'}"
    )
    assert books.failures == []
    assert problems == Counter()
    assert len(books.runs_by_worker) == WORKERS, books.runs_by_worker  # the SDK's worker (0) too
    assert resumed >= 1 and books.replays >= 1
    with sqlite3.connect(server.db) as conn:
        active = conn.execute(
            "SELECT COUNT(*) FROM objects WHERE kind = 'run' AND status IN "
            "('queued', 'in_progress', 'requires_action', 'cancelling')"
        ).fetchone()[0]
    assert active == 0


def sse_events(response: httpx2.Response) -> Iterator[tuple[str, str]]:
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            yield event, line[6:]


@pytest.mark.timeout(60)
def test_sigterm_drains_ends_streams_with_an_error_and_exits_0(server_process: Any) -> None:
    grace = 2.0
    server = server_process("--step-delay", "0.02", "--shutdown-grace", str(grace))
    server.start()
    slow = {**BETA, "X-Mock-Step-Delay": "3"}  # a run of about 9 s: longer than the grace
    with httpx2.Client(base_url=server.url, headers=BETA, timeout=10) as h:
        assistant = h.post("/assistants", json={"model": "gpt-4o"}).json()
        thread = h.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
        short_thread = h.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
        later = h.post("/threads", json={}).json()
        body = {"assistant_id": assistant["id"], "stream": True}
        with h.stream("POST", f"/threads/{thread['id']}/runs", json=body, headers=slow) as stream:
            events = sse_events(stream)
            name, data = next(events)
            assert name == "thread.run.created"
            run_id = json.loads(data)["id"]
            quick = h.post(
                f"/threads/{short_thread['id']}/runs",
                json={"assistant_id": assistant["id"]},
                headers={**BETA, "X-Mock-Step-Delay": "0.3"},
            ).json()
            signalled = time.monotonic()
            server.signal(signal.SIGTERM)
            time.sleep(0.3)
            refused = h.post(f"/threads/{later['id']}/runs", json={"assistant_id": assistant["id"]})
            assert refused.status_code == 503, refused.text
            assert refused.json()["error"]["code"] == "server_shutting_down"
            assert 1 <= int(refused.headers["retry-after"]) <= grace
            assert h.get(f"/threads/{thread['id']}").status_code == 200  # reads go on meanwhile
            rest = list(events)
        assert rest[-1][0] == "error" and "done" not in {name for name, _ in rest}
        assert '"code":"server_shutting_down"' in rest[-1][1]
    assert server.wait(grace + 5) == 0
    took = time.monotonic() - signalled
    print(f"\nSIGTERM: exited 0 after {took:.2f} s (grace {grace} s)")
    assert took < grace + 2.5  # the grace, then uvicorn closing its connections

    server.start()
    with patient_client(server.url) as client:
        assert client.get_run(short_thread["id"], quick["id"]).status == "completed"  # done within the grace
        resumed = client.poll_run(thread["id"], run_id, poll_timeout=20)
        assert resumed.status == "completed"
        answers = [m for m in client.list_messages(thread["id"]) if m.role == "assistant"]
        assert len(answers) == 1 and answers[0].content[0].text.value == "You said: hi"
        assert list(client.list_runs(later["id"])) == []  # the refused run was never made
    server.signal(signal.SIGTERM)
    assert server.wait(grace + 5) == 0
