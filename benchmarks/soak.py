"""The resilience soak: mixed operations through our Client against a fault-injecting server.

`run_soak` drives `assistants_client.Client` through a seeded mix of operations while the server
injects faults, then pages through a long thread with faults still on, and finally checks the
books with faults off: what reached the caller, what was duplicated, lost or repeated.
`make bench` runs 1,000 operations; tests/test_soak.py runs a small version of the same function.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx2

from .harness import AdminClient

SOAK_OPERATIONS = 1_000
SOAK_SEEDED = 2_000
MAX_RESUMES = 1_000


def soak_faults(seed: int, retry_after: float = 0.05) -> dict[str, Any]:
    """Per first attempt: 30 % 5xx (25 % before acting, 5 % after acting), 5 % 429, 5 % dropped
    connections, 10 % of streams cut. The injector draws drop, then status, then after-commit, so
    the later rates are scaled up to land on those marginals. Every injected error carries
    Retry-After: `retry_after`."""
    drop = 0.05
    status_scale = 1 / (1 - drop)
    before = {500: 0.15, 502: 0.05, 503: 0.05, 429: 0.05}
    untouched = (1 - drop) * (1 - sum(before.values()) * status_scale)
    return {
        "error_rates": {str(k): v * status_scale for k, v in before.items()},
        "retry_after": retry_after,
        "drop_rate": drop,
        "fail_after_commit_rate": 0.05 / untouched,
        "cut_stream_rate": 0.10 / untouched,  # a stream's first attempt is cut only if nothing else hit it
        "cut_stream_after": 3,
        "seed": seed,
    }


@dataclass
class SoakResult:
    operations: int
    completed: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)  # surfaced past the retry budget, by class
    non_api_errors: list[str] = field(default_factory=list)  # must stay empty
    streams: int = 0
    streams_interrupted: int = 0  # StreamInterruptedError: cut mid-way, not retried
    duplicates: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    seeded: int = 0
    paged: int = 0
    lost: int = 0
    repeated: int = 0
    out_of_order: bool = False
    pagination_resumes: int = 0
    requests: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    idempotent_replays: int = 0
    seconds: float = 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def total_duplicates(self) -> int:
        return sum(self.duplicates.values())


def run_soak(
    base_url: str,
    *,
    operations: int = SOAK_OPERATIONS,
    seed: int = 20240601,
    seeded: int = SOAK_SEEDED,
    page_size: int = 50,
    max_retries: int = 6,
    retry_after: float = 0.05,
    report: Callable[[str], None] | None = None,
) -> SoakResult:
    """Mixed operations through our Client against a server injecting faults, then the books.

    The server must be fresh (no objects) and reachable at `base_url`; only its /_mock routes and
    the API itself are used, so it may be a subprocess or an in-process `Server`.
    """
    import assistants_client as ac

    admin = AdminClient(base_url)
    rng = random.Random(seed)
    result = SoakResult(operations=operations)
    client = ac.Client(
        api_key="soak",
        base_url=base_url,
        max_retries=max_retries,
        retry=ac.RetryPolicy(initial_delay=0.01, max_delay=0.2),
        timeout=httpx2.Timeout(30.0, connect=5.0),
    )
    started = time.perf_counter()
    try:
        admin.clear_faults()
        # setup, faults off: what the operations work on
        assistant = client.create_assistant({"model": "gpt-4o", "name": "soak"})
        message_threads = [client.create_thread({}).id for _ in range(3)]
        page_thread = client.create_thread({}).id
        admin.seed_messages(page_thread, seeded)
        result.seeded = seeded
        assistants, threads = [assistant.id], [*message_threads, page_thread]
        messages: dict[str, list[str]] = {tid: [] for tid in message_threads}
        runs: list[tuple[str, str]] = []
        uncertain: Counter[str] = Counter()

        def create_assistant(i: int) -> None:
            try:
                assistants.append(client.create_assistant({"model": "gpt-4o", "name": f"soak-{i}"}).id)
            except ac.APIError:
                uncertain["assistant"] += 1
                raise

        def create_thread(i: int) -> None:
            try:
                threads.append(client.create_thread({"metadata": {"op": str(i)}}).id)
            except ac.APIError:
                uncertain["thread"] += 1
                raise

        def create_message(i: int) -> None:
            tid = rng.choice(message_threads)
            try:
                messages[tid].append(client.create_message(tid, {"role": "user", "content": f"soak {i}"}).id)
            except ac.APIError:
                uncertain[tid] += 1
                raise

        def modify_thread(i: int) -> None:
            client.modify_thread(rng.choice(threads), {"metadata": {"touched": str(i)}})

        def get_assistant(i: int) -> None:
            client.get_assistant(rng.choice(assistants))

        def get_thread(i: int) -> None:
            client.get_thread(rng.choice(threads))

        def get_message(i: int) -> None:
            tid = rng.choice(message_threads)
            if messages[tid]:
                client.get_message(tid, rng.choice(messages[tid]))
            else:
                client.get_thread(tid)

        def get_run(i: int) -> None:
            if runs:
                client.get_run(*rng.choice(runs))
            else:
                client.get_assistant(assistant.id)

        def list_messages(i: int) -> None:
            tid = rng.choice(message_threads)
            listed = [m.id for m in client.list_messages(tid, limit=20, order="asc")]
            if len(set(listed)) != len(listed):
                raise AssertionError(f"list_messages repeated items on {tid}")

        def list_assistants(i: int) -> None:
            for _ in client.list_assistants(limit=50):
                pass

        def stream(i: int) -> None:
            result.streams += 1
            seen_any = False
            body = {"assistant_id": assistant.id, "thread": {"messages": [{"role": "user", "content": f"hi {i}"}]}}
            try:
                with client.stream_thread_and_run(body, extra_headers={"X-Mock-Stream-Chunks": "8"}) as events:
                    for event in events:
                        seen_any = True
                        if event.event == "thread.created":
                            threads.append(event.data.id)
                        elif event.event == "thread.run.created":
                            runs.append((event.data.thread_id, event.data.id))
            except ac.StreamInterruptedError:
                if not seen_any:
                    uncertain["thread"] += 1
                    uncertain["run"] += 1
                raise
            except ac.APIError:
                if not seen_any:
                    uncertain["thread"] += 1
                    uncertain["run"] += 1
                raise

        mix: list[tuple[Callable[[int], None], int]] = [
            (create_assistant, 8),
            (create_thread, 8),
            (create_message, 18),
            (modify_thread, 4),
            (get_assistant, 8),
            (get_thread, 8),
            (get_message, 8),
            (get_run, 6),
            (list_messages, 10),
            (list_assistants, 4),
            (stream, 10),
        ]
        ops, weights = zip(*mix, strict=True)

        admin.set_faults(**soak_faults(seed, retry_after))
        for i in range(operations):
            op = rng.choices(ops, weights)[0]
            result.by_operation[op.__name__] += 1
            try:
                op(i)
            except ac.StreamInterruptedError:
                result.streams_interrupted += 1
            except ac.APIError as exc:
                result.errors[type(exc).__name__] += 1
            except Exception as exc:
                result.non_api_errors.append(f"{op.__name__}: {exc!r}")
            else:
                result.completed += 1
            if report is not None and (i + 1) % 100 == 0:
                report(f"soak: {i + 1}/{operations} operations")

        # pagination with faults still on: resume after the last item seen whenever an error surfaces
        paged: list[str] = []
        for _ in range(MAX_RESUMES + 1):
            after = paged[-1] if paged else None
            try:
                for message in client.list_messages(page_thread, limit=page_size, order="asc", after=after):
                    paged.append(message.id)
                break
            except ac.APIError as exc:
                result.errors[type(exc).__name__] += 1
                result.pagination_resumes += 1
        else:
            raise AssertionError(f"pagination did not finish in {MAX_RESUMES} resumes")
        stats = admin.stats()
        result.requests = stats["requests"]
        result.faults = {
            "dropped_connections": stats["dropped_connections"],
            "cut_streams": stats["cut_streams"],
            **{k: v for k, v in stats["faults_injected"].items() if k.startswith("status_")},
            "fail_after_commit": stats["faults_injected"].get("fail_after_commit", 0),
        }
        result.idempotent_replays = stats["idempotent_replays"]

        # the books, faults off
        admin.clear_faults()
        admin.wait_idle()
        truth = admin.all_ids(f"/threads/{page_thread}/messages")
        result.paged = len(paged)
        result.lost = len(set(truth) - set(paged))
        result.repeated = len(paged) - len(set(paged))
        result.out_of_order = [m for m in paged if m in set(truth)] != [m for m in truth if m in set(paged)]

        objects = admin.stats()["objects"]
        held = {"assistant": objects.get("assistant", 0), "thread": objects.get("thread", 0)}
        held["run"] = objects.get("run", 0)
        known = {"assistant": len(set(assistants)), "thread": len(set(threads)), "run": len(set(runs))}
        for tid in message_threads:
            on_server = set(admin.all_ids(f"/threads/{tid}/messages"))
            extra = len(on_server - set(messages[tid]))
            result.duplicates["message"] = result.duplicates.get("message", 0) + max(0, extra - uncertain[tid])
            result.missing["message"] = result.missing.get("message", 0) + len(set(messages[tid]) - on_server)
        for kind in ("assistant", "thread", "run"):
            result.duplicates[kind] = max(0, held[kind] - known[kind] - uncertain[kind])
            result.missing[kind] = max(0, known[kind] - held[kind])
    finally:
        client.close()
        admin.close()
    result.seconds = time.perf_counter() - started
    return result
