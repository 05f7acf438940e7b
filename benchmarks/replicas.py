"""Replicas: requests per second and run throughput of 1, 2 and 3 server replicas on one
PostgreSQL database, beside one server on a SQLite file, all on this machine in one run.

Each setup starts its servers (`--step-delay 0`, a fresh database each) and measures, from
`CLIENTS` client threads of this process spread round-robin over the replicas: requests (a POST of
a thread and a GET of it, alternately) for `SECONDS` seconds, with each request's latency; then
`RUNS` runs (create a thread and a run in one call, poll it to `completed` on any replica), with
each run's time from the create to its end; "lock ms" is the mean time a write transaction's
advisory lock took to get (``storage.lock_roots``; the replicas' `/_mock/stats`). The PostgreSQL
cluster is the tests' own (`tests.support.pg_cluster`); the clients share the machine's cores with the servers and the
database, so the figures say how the setups compare here, not what a cluster of machines does.
"""

from __future__ import annotations

import itertools
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx2

from tests.support.pg_cluster import cluster
from tests.support.replicas import Fleet

from .harness import Rounds, progress

CLIENTS = 32
SECONDS = 5.0
RUNS = 300
HEADERS = {"Authorization": "Bearer x", "OpenAI-Beta": "assistants=v2"}
HEAD = ["setup", "requests/s", "p50 ms", "p99 ms", "runs/s", "run p50 ms", "run p99 ms", "lock ms"]
Measured = dict[str, dict[str, float]]
"""By setup: requests/s, p50, p99 (ms), runs/s, run p50, run p99, lock (ms)."""


def _spread(urls: list[str], count: int) -> list[str]:
    return list(itertools.islice(itertools.cycle(urls), count))


def _requests(urls: list[str], seconds: float) -> tuple[float, list[float]]:
    latencies: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client(url: str) -> None:
        mine: list[float] = []
        with httpx2.Client(base_url=url, headers=HEADERS, timeout=30) as http:
            thread_id = ""
            while time.perf_counter() < deadline:
                began = time.perf_counter()
                if thread_id:
                    http.get(f"/threads/{thread_id}").raise_for_status()
                    thread_id = ""
                else:
                    thread_id = http.post("/threads", json={}).raise_for_status().json()["id"]
                mine.append(time.perf_counter() - began)
        with lock:
            latencies.extend(mine)

    began = time.perf_counter()
    _together([threading.Thread(target=client, args=(u,)) for u in _spread(urls, CLIENTS)])
    return len(latencies) / (time.perf_counter() - began), latencies


def _runs(urls: list[str], assistant_id: str, count: int) -> tuple[float, list[float]]:
    times: list[float] = []
    lock = threading.Lock()
    left = [count]

    def client(url: str) -> None:
        mine: list[float] = []
        with httpx2.Client(base_url=url, headers=HEADERS, timeout=30) as http:
            while True:
                with lock:
                    if left[0] <= 0:
                        break
                    left[0] -= 1
                began = time.perf_counter()
                run = http.post("/threads/runs", json={"assistant_id": assistant_id}).raise_for_status().json()
                for _ in range(2000):  # at most 2000 looks, 5 ms apart
                    if run["status"] == "completed":
                        break
                    time.sleep(0.005)
                    run = http.get(f"/threads/{run['thread_id']}/runs/{run['id']}").raise_for_status().json()
                mine.append(time.perf_counter() - began)
        with lock:
            times.extend(mine)

    began = time.perf_counter()
    _together([threading.Thread(target=client, args=(u,)) for u in _spread(urls, CLIENTS)])
    return len(times) / (time.perf_counter() - began), times


def _together(threads: list[threading.Thread]) -> None:
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000 if ordered else 0.0


def _lock_ms(urls: list[str]) -> float:
    """The mean milliseconds the replicas' store locks took to get, so far."""
    taken = waited = 0.0
    for url in urls:
        origin = url.removesuffix("/v1")
        locks = httpx2.get(f"{origin}/_mock/stats", timeout=30).raise_for_status().json().get("store_locks") or {}
        taken += float(locks.get("taken") or 0)
        waited += float(locks.get("seconds_waited") or 0.0)
    return waited / taken * 1000 if taken else 0.0


def _measure(urls: list[str], rounds: Rounds) -> dict[str, float]:
    with httpx2.Client(base_url=urls[0], headers=HEADERS, timeout=30) as http:
        assistant_id = http.post("/assistants", json={"model": "gpt-4o"}).raise_for_status().json()["id"]
    rate, latencies = _requests(urls, SECONDS * rounds.scale)
    run_rate, run_times = _runs(urls, assistant_id, rounds(RUNS))
    return {
        "requests/s": rate,
        "p50": statistics.median(latencies) * 1000,
        "p99": _percentile(latencies, 0.99),
        "runs/s": run_rate,
        "run p50": statistics.median(run_times) * 1000,
        "run p99": _percentile(run_times, 0.99),
        "lock": _lock_ms(urls),
    }


def bench_replicas(rounds: Rounds) -> Measured:
    measured: Measured = {}
    with tempfile.TemporaryDirectory(prefix="bench-replicas-") as tmp:
        progress("replicas: one server on a SQLite file")
        with Fleet(str(Path(tmp) / "one.sqlite3"), 1, "--step-delay", "0", log_dir=Path(tmp)) as fleet:
            measured["SQLite, 1 server"] = _measure(fleet.urls, rounds)
        for count in (1, 2, 3):
            progress(f"replicas: {count} on PostgreSQL")
            db = cluster().new_database("bench")
            with Fleet(db, count, "--step-delay", "0", log_dir=Path(tmp)) as fleet:
                measured[f"PostgreSQL, {count} replica{'s' if count > 1 else ''}"] = _measure(fleet.urls, rounds)
    return measured


def rows(measured: Measured) -> list[list[str]]:
    return [
        [
            setup,
            f"{m['requests/s']:,.0f}",
            f"{m['p50']:.1f}",
            f"{m['p99']:.1f}",
            f"{m['runs/s']:,.1f}",
            f"{m['run p50']:.0f}",
            f"{m['run p99']:.0f}",
            f"{m.get('lock', 0.0):.2f}",
        ]
        for setup, m in measured.items()
    ]


def section(measured: Measured | None) -> list[str]:
    """The report's part (BENCHMARKS.md)."""
    if not measured:
        return []
    from .report import grid  # report imports this module

    about = " ".join((__doc__ or "").split("\n\n")[1].split())
    return ["## Replicas", "", *grid(HEAD, rows(measured)), "", about, ""]
