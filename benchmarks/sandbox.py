"""code_interpreter's sandbox: session start, execution latency and memory per idle session.

Measured in this process on ``Sandboxes`` directly (no HTTP), in the bubblewrap mode the server
uses by default and, for comparison, the unsandboxed ``none`` mode. Cold start: a new session
key's first execution (``x = 1``): bubblewrap, the interpreter and the driver starting, until the
answer is back. Warm: ``x += 1`` in a session that has run before. The data stack: a fresh
session's first ``import numpy, pandas, matplotlib.pyplot``; a chart: a line plot shown, its PNG
back. Memory: the resident set (``VmRSS``) of every process of an idle session (bubblewrap's
two and the Python), after ``x = 1`` and after the data stack's import.
"""

from __future__ import annotations

import asyncio
import statistics
from pathlib import Path
from typing import Any

from assistants_server.sandbox import Sandboxes, SandboxSettings, SandboxUnavailable

from .harness import Rounds, progress

HEAD = ["workload", "mode", "p50", "p99", "samples"]
Measured = dict[str, Any]
STACK = "import numpy, pandas, matplotlib.pyplot"
CHART = "import matplotlib.pyplot as plt\nplt.plot([1, 3, 2])\nplt.show()"


def _descendants(pid: int) -> list[int]:
    found: list[int] = []
    stack = [pid]
    while stack and len(found) < 64:
        current = stack.pop()
        found.append(current)
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                stack += [int(p) for p in (task / "children").read_text().split()]
            except OSError:
                continue
    return found


def _rss_mb(pid: int) -> float:
    total = 0
    for each in _descendants(pid):
        try:
            status = Path(f"/proc/{each}/status").read_text()
        except OSError:
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


async def _timed(boxes: Sandboxes, key: str, code: str) -> float:
    loop = asyncio.get_running_loop()
    started = loop.time()
    result = await boxes.execute(key, code)
    if result.limit is not None or "Error" in result.logs:
        raise RuntimeError(f"the benchmark's code failed: {result.logs}")
    return loop.time() - started


async def _measure(mode: str, rounds: Rounds) -> dict[str, Any]:
    cold_n, warm_n, stack_n = rounds(30), rounds(300), rounds(5)
    boxes = Sandboxes(SandboxSettings(mode=mode, max_sessions=cold_n + stack_n + 4, timeout=120))
    try:
        await boxes.execute("warm-up", "x = 1")
        cold = [await _timed(boxes, f"cold-{n}", "x = 1") for n in range(cold_n)]
        warm = [await _timed(boxes, "warm-up", "x += 1") for _ in range(warm_n)]
        idle_mb = [_rss_mb(pid) for pid in boxes.worker_pids().values()]
        stack = [await _timed(boxes, f"stack-{n}", STACK) for n in range(stack_n)]
        chart = [await _timed(boxes, f"stack-{n % stack_n}", CHART) for n in range(rounds(20))]
        pids = boxes.worker_pids()
        stack_mb = [_rss_mb(pids[f"stack-{n}"]) for n in range(stack_n)]
    finally:
        await boxes.close()
    return {"cold": cold, "warm": warm, "stack": stack, "chart": chart, "idle_mb": idle_mb, "stack_mb": stack_mb}


def bench_sandbox(rounds: Rounds) -> Measured:
    measured: Measured = {}
    for mode in ("bwrap", "none"):
        try:
            Sandboxes(SandboxSettings(mode=mode)).check()
        except SandboxUnavailable as error:
            measured[mode] = error.reason
            continue
        progress(f"sandbox: {mode} mode, cold starts, warm executions, the data stack, memory")
        measured[mode] = asyncio.run(_measure(mode, rounds))
    return measured


def _pct(samples: list[float], q: int) -> float:
    if len(samples) < 2:
        return samples[0]
    return statistics.quantiles(samples, n=100, method="inclusive")[q - 1]


def rows(measured: Measured) -> list[list[str]]:
    out = []
    labels = {
        "cold": "session cold start (first execution of a new session)",
        "warm": "warm execution (`x += 1`)",
        "stack": f"`{STACK}` in a fresh session",
        "chart": "a line chart shown, PNG back",
    }
    for mode, result in measured.items():
        if isinstance(result, str):
            out.append([f"(no {mode} sandbox: {result})", mode, "—", "—", "0"])
            continue
        for key, label in labels.items():
            samples = result[key]
            p50, p99 = _pct(samples, 50) * 1000, _pct(samples, 99) * 1000
            out.append([label, mode, f"{p50:.1f} ms", f"{p99:.1f} ms", str(len(samples))])
        for key, label in (
            ("idle_mb", "memory per idle session (RSS)"),
            ("stack_mb", "… after the data stack's import"),
        ):
            values = result[key]
            out.append(
                [label, mode, f"{statistics.median(values):.1f} MB", f"{max(values):.1f} MB (max)", str(len(values))]
            )
    return out


def section(measured: Measured | None) -> list[str]:
    """The report's part (BENCHMARKS.md)."""
    if not measured:
        return []
    from .report import grid  # report imports this module

    about = " ".join((__doc__ or "").split("\n\n")[1].split())
    return ["## code_interpreter's sandbox", "", *grid(HEAD, rows(measured)), "", about, ""]
