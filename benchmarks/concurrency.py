"""The async rows: concurrent `get_run` calls through AsyncClient, AsyncOpenAI and httpx2.AsyncClient.

`bench_concurrency` is the table's row (500 calls over a pool of 50, in this process). The scale
rows run each sample in a fresh process (`python -m benchmarks.concurrency ...`) so its peak RSS
is its own: 5,000 calls over pools of 100 and 200. The HTTP/2 probe reuses the same child with
`--http2` against a server that speaks it (see `benchmarks.h2server`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import ssl
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2

from .harness import BETA, IMPLS, Rounds, interleaved, progress, quiet_openai, run_child, vm_hwm_mb

CONCURRENT = 500
POOL = 50
SCALE_CALLS = 5_000
SCALE_POOLS = (100, 200)
BOUNDED_IMPLS = ("ours", "raw")  # the scale row again at the first pool, calls gated to the pool size
ROUNDS = {"concurrency": 25, "scale": 2, "http2": 4}  # scale: 2 samples of 8 processes, ~3 minutes


def tls_context(cafile: str | None) -> ssl.SSLContext | bool:
    return ssl.create_default_context(cafile=cafile) if cafile else True


async def measure(
    impl: str,
    base_url: str,
    thread_id: str,
    run_id: str,
    calls: int,
    pool: int,
    http2: bool = False,
    cafile: str | None = None,
    bounded: bool = False,
) -> tuple[float, str]:
    """Seconds for `calls` concurrent get_run calls over `pool` connections opened by a warm-up,
    and the HTTP version the connections speak (asked of the same httpx2 client afterwards).
    `bounded`: at most `pool` calls in flight (an asyncio.Semaphore), the rest wait before the engine."""
    import assistants_client
    import openai

    quiet_openai()
    limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
    # http1=False with http2=True over http:// is HTTP/2 with prior knowledge (h2c)
    transport: dict[str, Any] = {
        "http2": http2,
        "http1": not (http2 and base_url.startswith("http:")),
        "verify": tls_context(cafile),
    }
    path = f"{base_url}/threads/{thread_id}/runs/{run_id}"
    call: Callable[[], Awaitable[Any]]
    engine: httpx2.AsyncClient
    if impl == "ours":
        http = httpx2.AsyncClient(limits=limits, timeout=600, **transport)
        ours = assistants_client.AsyncClient(api_key="x", base_url=base_url, http_client=http)

        def call() -> Awaitable[Any]:
            return ours.get_run(thread_id, run_id)

        close: Callable[[], Awaitable[None]] = http.aclose
        engine = http
    elif impl == "openai":
        http = openai.DefaultAsyncHttpxClient(limits=limits, timeout=600, **transport)
        oai = openai.AsyncOpenAI(api_key="x", base_url=base_url, http_client=http)

        def call() -> Awaitable[Any]:
            return oai.beta.threads.runs.retrieve(run_id, thread_id=thread_id)

        close = oai.close
        engine = http
    else:
        raw = httpx2.AsyncClient(headers=BETA, limits=limits, timeout=600, **transport)

        async def call() -> Any:
            return json.loads((await raw.get(path)).content)

        close = raw.aclose
        engine = raw
    if bounded:
        gate, unbounded = asyncio.Semaphore(pool), call

        async def call() -> Any:
            async with gate:
                return await unbounded()

    try:
        await asyncio.gather(*(call() for _ in range(pool)))  # open the pool
        started = time.perf_counter()
        results = await asyncio.gather(*(call() for _ in range(calls)))
        elapsed = time.perf_counter() - started
        assert len(results) == calls
        version = (await engine.get(path, headers=BETA)).http_version
        return elapsed, version
    finally:
        await close()


def bench_concurrency(base_url: str, thread_id: str, run_id: str, rounds: Rounds) -> dict[str, list[float]]:
    def one(impl: str) -> Callable[[], float]:
        return lambda: asyncio.run(measure(impl, base_url, thread_id, run_id, CONCURRENT, POOL))[0]

    return interleaved("concurrency", rounds(ROUNDS["concurrency"]), {impl: one(impl) for impl in IMPLS})


def bench_http2(
    base_url: str, thread_id: str, run_id: str, cafile: str | None, rounds: Rounds
) -> dict[str, list[float]]:
    """500 calls over 50 connections, ours and raw, over HTTP/1.1 and HTTP/2 to one hypercorn server."""
    want = {False: "HTTP/1.1", True: "HTTP/2"}

    def one(impl: str, http2: bool) -> Callable[[], float]:
        def run() -> float:
            elapsed, version = asyncio.run(
                measure(impl, base_url, thread_id, run_id, CONCURRENT, POOL, http2=http2, cafile=cafile)
            )
            if version != want[http2]:
                raise AssertionError(f"{impl} asked for {want[http2]} and spoke {version}")
            return elapsed

        return run

    runs = {f"{impl} {want[h2]}": one(impl, h2) for impl in ("ours", "raw") for h2 in (False, True)}
    label = "https" if cafile else "http"
    return interleaved(f"HTTP/2 probe ({label})", rounds(ROUNDS["http2"]), runs)


def child_sample(
    impl: str, base_url: str, thread_id: str, run_id: str, calls: int, pool: int, *flags: str
) -> dict[str, Any]:
    """One sample in a fresh process: seconds, peak RSS (MB) and its growth over the warmed-up client."""
    out = run_child("concurrency", impl, base_url, thread_id, run_id, str(calls), str(pool), *flags, timeout=600)
    return json.loads(out)  # type: ignore[no-any-return]


def summarize(samples: list[dict[str, Any]]) -> dict[str, float]:
    return {key: statistics.median(s[key] for s in samples) for key in ("seconds", "peak_mb", "growth_mb")}


Scale = dict[str, dict[str, dict[str, float]]]
"""Medians (seconds, peak_mb, growth_mb) by case ("pool 100", "pool 100, bounded", ...) and impl."""


def bench_scale(base_url: str, thread_id: str, run_id: str, rounds: Rounds) -> Scale:
    """5,000 concurrent calls over pools of 100 and 200, in fresh processes; then the first pool
    again with at most `pool` calls in flight, to show where the time of a long queue goes."""
    cases: list[tuple[str, int, tuple[str, ...], tuple[str, ...]]]
    cases = [(f"pool {pool}", pool, IMPLS, ()) for pool in SCALE_POOLS]
    cases.append(
        (f"pool {SCALE_POOLS[0]}, in flight ≤ {SCALE_POOLS[0]}", SCALE_POOLS[0], BOUNDED_IMPLS, ("--bounded",))
    )
    results: Scale = {}
    for case, pool, impls, flags in cases:
        samples: dict[str, list[dict[str, Any]]] = {impl: [] for impl in impls}
        n = rounds(ROUNDS["scale"])
        for round_no in range(n):
            for impl in impls:
                samples[impl].append(child_sample(impl, base_url, thread_id, run_id, SCALE_CALLS, pool, *flags))
            progress(f"scale, {case}: round {round_no + 1}/{n}")
        results[case] = {impl: summarize(samples[impl]) for impl in impls}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description="one concurrency sample, printed as JSON")
    parser.add_argument("impl", choices=IMPLS)
    parser.add_argument("base_url")
    parser.add_argument("thread_id")
    parser.add_argument("run_id")
    parser.add_argument("calls", type=int)
    parser.add_argument("pool", type=int)
    parser.add_argument("--http2", action="store_true")
    parser.add_argument("--cafile")
    parser.add_argument("--bounded", action="store_true", help="at most POOL calls in flight")
    args = parser.parse_args()
    if not (0 < args.calls <= 100_000 and 0 < args.pool <= 1_000):
        parser.error("calls and pool are bounded (100,000 and 1,000)")

    async def sample() -> tuple[tuple[float, str], float]:
        # the same client setup and warm-up as a measured run, so the growth is the calls' alone
        common = (args.impl, args.base_url, args.thread_id, args.run_id)
        await measure(*common, args.pool, args.pool, args.http2, args.cafile, args.bounded)
        warmed = vm_hwm_mb()
        seconds = await measure(*common, args.calls, args.pool, args.http2, args.cafile, args.bounded)
        return seconds, warmed

    (seconds, version), warmed = asyncio.run(sample())
    peak = vm_hwm_mb()
    print(json.dumps({"seconds": seconds, "http_version": version, "peak_mb": peak, "growth_mb": peak - warmed}))


if __name__ == "__main__":
    main()
