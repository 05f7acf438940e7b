"""Chaos over replicas (``tests.support.chaos_replicas``): a short run here; ``make chaos-replicas``
runs the long one (3 replicas, 200 clients, 1,000 runs, a kill every few seconds).

Sizes from the environment: CHAOS_REPLICAS (3), CHAOS_CLIENTS (20), CHAOS_RUNS (60),
CHAOS_KILL_EVERY (seconds between two kills, 5), CHAOS_LEASE (seconds, 5). It prints its counts.
"""

from __future__ import annotations

import os

from tests.support.chaos_replicas import run_chaos
from tests.support.pg_cluster import cluster

REPLICAS = int(os.environ.get("CHAOS_REPLICAS", "3"))
CLIENTS = int(os.environ.get("CHAOS_CLIENTS", "20"))
RUNS = int(os.environ.get("CHAOS_RUNS", "60"))
KILL_EVERY = float(os.environ.get("CHAOS_KILL_EVERY", "5"))
LEASE = float(os.environ.get("CHAOS_LEASE", "5"))


def test_replicas_killed_under_load_lose_nothing_and_double_nothing() -> None:
    db = cluster().new_database("chaos")
    counts = run_chaos(db, replicas=REPLICAS, clients=CLIENTS, runs=RUNS, kill_every=KILL_EVERY, lease=LEASE)
    print("\nchaos over replicas:", ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
    assert counts["kills"] >= 1
    assert counts["client failures"] == 0
    assert counts["runs acknowledged"] >= RUNS * 0.9
    for problem in ("messages lost", "messages doubled", "runs lost", "runs not terminal"):
        assert counts[problem] == 0, problem
    assert counts["threads with overlapping runs"] == 0
    streams = sum(n for name, n in counts.items() if name.startswith("streams "))
    assert streams > 0
    cut_ours = {name: n for name, n in counts.items() if name.startswith("streams cut ours")}
    assert not cut_ours, cut_ours  # our client's streams complete, resume or end with a typed error
