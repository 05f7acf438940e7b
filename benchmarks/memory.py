"""Memory: peak RSS while iterating 100,000 messages, each client in a fresh process.

`python -m benchmarks.memory IMPL BASE_URL THREAD_ID` is the child: it builds the client, fetches
one page (so lazy imports are done), notes its peak RSS, iterates every message of the thread
and prints the peak RSS after, as JSON.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx2

from .harness import BETA, IMPLS, AdminClient, progress, quiet_openai, run_child, vm_hwm_mb

MEMORY_ITEMS = 100_000
PAGE_SIZE = 100
FLAT_MB = 5.0  # "flat": less than this much growth while iterating 100,000 items


def child(impl: str, base_url: str, thread_id: str) -> dict[str, float]:
    iterate: Any
    if impl == "ours":
        import assistants_client

        ours = assistants_client.Client(api_key="x", base_url=base_url)

        def iterate() -> Iterator[Any]:
            return iter(ours.list_messages(thread_id, limit=PAGE_SIZE))
    elif impl == "openai":
        import openai

        quiet_openai()
        oai = openai.OpenAI(api_key="x", base_url=base_url)

        def iterate() -> Iterator[Any]:
            return iter(oai.beta.threads.messages.list(thread_id, limit=PAGE_SIZE))
    else:
        raw = httpx2.Client(base_url=base_url, headers=BETA)

        def iterate() -> Iterator[Any]:
            params = {"limit": PAGE_SIZE}
            for _ in range(MEMORY_ITEMS // PAGE_SIZE + 1):
                page = json.loads(raw.get(f"/threads/{thread_id}/messages", params=params).content)
                yield from page["data"]
                if not page["has_more"]:
                    return
                params["after"] = page["last_id"]

    warm = iterate()  # setup: one page fetched and decoded, so lazy imports are done
    for _ in range(PAGE_SIZE + 1):
        next(warm)
    del warm
    baseline = vm_hwm_mb()
    started = time.perf_counter()
    count = sum(1 for _ in iterate())
    elapsed = time.perf_counter() - started
    return {"items": count, "baseline_mb": baseline, "peak_mb": vm_hwm_mb(), "seconds": elapsed}


def bench_memory(admin: AdminClient, base_url: str) -> dict[str, dict[str, float]]:
    thread = admin.post("/threads", {})
    progress(f"memory: seeding {MEMORY_ITEMS:,} messages")
    admin.seed_messages(thread["id"], MEMORY_ITEMS)
    results: dict[str, dict[str, float]] = {}
    for impl in IMPLS:
        progress(f"memory: iterating {MEMORY_ITEMS:,} items with {impl}")
        result = json.loads(run_child("memory", impl, base_url, thread["id"], timeout=300))
        if result["items"] != MEMORY_ITEMS:
            raise AssertionError(f"{impl} iterated {result['items']} items, not {MEMORY_ITEMS}")
        results[impl] = result
    return results


if __name__ == "__main__":
    print(json.dumps(child(*sys.argv[1:4])))
