"""The tables: rows with their targets, from the measured `Results`."""

from __future__ import annotations

import contextlib
import math
import os
import platform
import statistics
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from . import chat, concurrency, files, memory, migrate, replicas, retrieval, sandbox, soak, sse, workloads
from .harness import IMPLS, median_ms
from .results import Results, Samples


def fmt(x: float) -> str:
    return f"{x:,.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3f}"


def cell(x: float, unit: str) -> str:
    """A figure with its unit; an infinite one is a parse stopped at the SSE deadline."""
    if math.isnan(x):
        return "—"
    return f"over {sse.DEADLINE:g} s" if math.isinf(x) else f"{fmt(x)} {unit}"


def med(samples: list[float], scale: float = 1000.0) -> float:
    return statistics.median(samples) * scale


@dataclass
class Row:
    workload: str
    unit: str
    ours: float
    openai: float
    raw: float
    target: str = "on record"
    met: bool | None = None
    ratios: bool = True

    def cells(self) -> list[str]:
        ratio_o = self.ours / self.openai if self.openai else float("nan")
        ratio_r = self.ours / self.raw if self.raw else float("nan")
        verdict = "—" if self.met is None else "met" if self.met else "**missed**"
        return [
            self.workload,
            cell(self.ours, self.unit),
            cell(self.openai, self.unit),
            cell(self.raw, self.unit),
            f"{ratio_o:.2f}" if self.ratios and not math.isnan(ratio_o) else "—",
            f"{ratio_r:.2f}" if self.ratios and not math.isnan(ratio_r) else "—",
            self.target,
            verdict,
        ]


def grid(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def table(rows: list[Row]) -> list[str]:
    head = ["workload", "ours", "openai", "raw httpx2", "ours/openai", "ours/raw", "target", ""]
    return grid(head, [row.cells() for row in rows])


def row(name: str, data: Samples, target: str, ok: Callable[[dict[str, float]], bool], scale: float = 1000) -> Row:
    m = {impl: med(data[impl], scale) for impl in IMPLS}
    return Row(name, "ms", m["ours"], m["openai"], m["raw"], target, ok(m))


def target_rows(r: Results) -> list[Row]:
    rows: list[Row] = []
    if r.imports:
        m = {impl: median_ms(r.imports[impl]) for impl in IMPLS}
        ok = m["ours"] <= 0.25 * m["openai"] and m["ours"] - m["raw"] <= 60
        rows.append(
            Row(
                "import + client",
                "ms",
                m["ours"],
                m["openai"],
                m["raw"],
                "ours/openai ≤ 0.25, ours - httpx2 ≤ 60 ms",
                ok,
            )
        )
    if r.calls:
        name = f"call overhead ({workloads.CALLS:,} get_run)"
        rows.append(row(name, r.calls, "ours/raw ≤ 1.10", lambda m: m["ours"] <= 1.10 * m["raw"]))
    if r.calls_strict:
        strict_calls = row(f"call overhead, strict clients ({workloads.CALLS:,} get_run)", r.calls_strict, "", bool)
        strict_calls.target, strict_calls.met = "on record", None
        rows.append(strict_calls)
    if r.pagination:
        name = f"pagination ({workloads.PAGINATION_ITEMS:,} items, pages of {workloads.PAGE_SIZE})"
        rows.append(row(name, r.pagination, "ours/openai ≤ 0.4", lambda m: m["ours"] <= 0.4 * m["openai"]))
    if r.decode:
        name = f"decode (page of {workloads.PAGE_SIZE} annotated messages)"
        rows.append(row(name, r.decode, "ours/openai ≤ 0.2", lambda m: m["ours"] <= 0.2 * m["openai"]))
    if r.decode_strict:
        strict = row("decode, strict (same page)", r.decode_strict, "on record", lambda m: True)
        strict.met = None
        rows.append(strict)
    if r.streaming:
        name = f"streaming ({workloads.STREAM_CHUNKS:,} deltas, first byte → done)"
        rows.append(row(name, r.streaming, "ours/openai ≤ 0.25", lambda m: m["ours"] <= 0.25 * m["openai"]))
    if r.concurrency:
        name = f"concurrency ({concurrency.CONCURRENT} async get_run, pool {concurrency.POOL})"
        target = "ours/openai ≤ 1.0, ours/raw ≤ 1.10"
        rows.append(
            row(name, r.concurrency, target, lambda m: m["ours"] <= m["openai"] and m["ours"] <= 1.10 * m["raw"])
        )
    if r.memory:
        growth = {impl: r.memory[impl]["peak_mb"] - r.memory[impl]["baseline_mb"] for impl in IMPLS}
        name = f"memory (peak RSS growth, {memory.MEMORY_ITEMS:,} items)"
        target = f"flat: ours < {memory.FLAT_MB:g} MB"
        met = growth["ours"] < memory.FLAT_MB
        rows.append(Row(name, "MB", growth["ours"], growth["openai"], growth["raw"], target, met, ratios=False))
    return rows


def scale_rows(r: Results) -> list[Row]:
    rows: list[Row] = []
    for size, data in (r.sizes or {}).values():
        name = f"one get_assistant, {size / 1024:.0f} KB answer ({workloads.SIZE_CALLS} sequential)"
        rows.append(row(name, data, "on record", lambda m: True, scale=1000 / workloads.SIZE_CALLS))
        rows[-1].met = None
    if r.concurrency:
        name = f"{concurrency.CONCURRENT} concurrent get_run, pool {concurrency.POOL}: time per call"
        per_call = 1e6 / concurrency.CONCURRENT
        m = {impl: med(r.concurrency[impl], per_call) for impl in IMPLS}
        rows.append(Row(name, "µs", m["ours"], m["openai"], m["raw"]))
    n = concurrency.SCALE_CALLS
    for case, by_impl in (r.scale or {}).items():
        prefix = f"{n:,} concurrent get_run, {case}"
        for label, key, unit, factor in (
            ("time", "seconds", "ms", 1000.0),
            ("time per call", "seconds", "µs", 1e6 / n),
            ("peak RSS", "peak_mb", "MB", 1.0),
            ("RSS growth over warm client", "growth_mb", "MB", 1.0),
        ):
            v = [by_impl[impl][key] * factor if impl in by_impl else math.nan for impl in IMPLS]
            rows.append(Row(f"{prefix}: {label}", unit, v[0], v[1], v[2], ratios=key != "growth_mb"))
    return rows


def sse_rows(r: Results) -> list[list[str]]:
    rows = []
    cases: list[tuple[str, Samples | None]] = [
        (
            f"a {workloads.STREAM_CHUNKS:,}-delta run stream "
            f"({r.stream_bytes[1]:,} bytes in {r.stream_bytes[0]:,} chunks)",
            r.framing,
        ),
    ]
    if r.big_event:
        cases.append((f"one 10 MB event in {r.big_event[0]:,} chunks of 1 KiB", r.big_event[1]))
    for name, data in cases:
        if not data:
            continue
        ours, builtin = med(data["ours"]), med(data["httpx2"])
        ratio = ours / builtin if not (math.isinf(ours) or math.isinf(builtin)) else float("nan")
        rows.append([name, cell(ours, "ms"), cell(builtin, "ms"), f"{ratio:.2f}" if ratio == ratio else "—"])
    return rows


def http2_rows(r: Results) -> list[list[str]]:
    rows = []
    for label, data in (r.http2 or {}).items():
        m = {key: med(values) for key, values in data.items()}
        rows.append(
            [
                label,
                *(cell(m[key], "ms") for key in ("ours HTTP/1.1", "ours HTTP/2", "raw HTTP/1.1", "raw HTTP/2")),
                f"{m['ours HTTP/2'] / m['ours HTTP/1.1']:.2f}",
                f"{m['raw HTTP/2'] / m['raw HTTP/1.1']:.2f}",
            ]
        )
    return rows


HTTP2_HEAD = ["hypercorn over", "ours HTTP/1.1", "ours HTTP/2", "raw HTTP/1.1", "raw HTTP/2", "ours h2/h1", "raw h2/h1"]
SSE_HEAD = ["SSE framing of", "ours (`SSEDecoder`)", "httpx2 `EventSource`", "ours/httpx2"]


def soak_lines(r: soak.SoakResult) -> list[str]:
    errors = ", ".join(f"{name} {n}" for name, n in sorted(r.errors.items())) or "none"
    faults = ", ".join(f"{k} {v}" for k, v in r.faults.items())
    dupes = ", ".join(f"{k} {v}" for k, v in r.duplicates.items())
    return [
        "| | |",
        "|---|---|",
        f"| operations | {r.operations:,} ({', '.join(f'{k} {v}' for k, v in sorted(r.by_operation.items()))}) |",
        f"| HTTP requests the server saw | {r.requests:,} in {r.seconds:.1f} s |",
        f"| faults injected | {faults} |",
        f"| calls completed | {r.completed:,} of {r.operations:,} ({100 * r.completed / r.operations:.1f} %) |",
        f"| errors surfaced past the retry budget | {r.error_count} ({errors}) |",
        f"| streams cut mid-way (StreamInterruptedError) | {r.streams_interrupted} of {r.streams} streams |",
        f"| errors that are not APIError subclasses | {len(r.non_api_errors)} |",
        f"| duplicates created | {r.total_duplicates} ({dupes}); idempotent replays served: {r.idempotent_replays} |",
        f"| objects missing | {sum(r.missing.values())} |",
        f"| pagination ({r.seeded:,} seeded, faults on) | {r.paged:,} seen, {r.lost} lost, {r.repeated} repeated, "
        f"order {'broken' if r.out_of_order else 'kept'}, {r.pagination_resumes} resumes |",
    ]


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    names = ["assistants-client", "openai", "httpx2", "httpcore2", "h2", "pydantic", "attrs", "uvicorn", "hypercorn"]
    versions = []
    for name in names:
        with contextlib.suppress(metadata.PackageNotFoundError):
            versions.append(f"{name} {metadata.version(name)}")
    load = ""
    with contextlib.suppress(OSError):
        load = f"; load average at the end {os.getloadavg()[0]:.2f}"
    return [
        f"- Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}{load}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Packages: {', '.join(versions)}",
        f"- Run: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]


def summary(r: Results) -> list[str]:
    """What stdout shows: every table, without the prose."""
    lines = [*table(target_rows(r)), ""]
    if scale := scale_rows(r):
        lines += [*table(scale), ""]
    if sse_table := sse_rows(r):
        lines += [*grid(SSE_HEAD, sse_table), ""]
    if h2 := http2_rows(r):
        lines += [*grid(HTTP2_HEAD, h2), ""]
    if isinstance(r.chat, chat.ChatResult):
        lines += [*grid(chat.HEAD, chat.rows(r.chat)), ""]
    elif r.chat:
        lines += [f"chat backend: {r.chat}", ""]
    if r.files or r.file_batch:
        lines += [*grid(files.HEAD, files.rows({**(r.files or {}), **(r.file_batch or {})})), ""]
    if r.retrieval:
        lines += [*retrieval.lines(r.retrieval), ""]
    if r.migrate:
        lines += [*grid(migrate.HEAD, migrate.rows(r.migrate)), ""]
    if r.replicas:
        lines += [*grid(replicas.HEAD, replicas.rows(r.replicas)), ""]
    if r.sandbox:
        lines += [*grid(sandbox.HEAD, sandbox.rows(r.sandbox)), ""]
    if r.soak:
        lines += soak_lines(r.soak)
    return lines


def floor_notes(rows: list[Row]) -> list[str]:
    """For each ours/openai target: is it reachable at all, given what raw httpx2 itself takes?"""
    notes = []
    for r in rows:
        if not r.target.startswith("ours/openai ≤"):
            continue
        limit = float(r.target.split("≤")[1].split(",")[0])
        floor = r.raw / r.openai
        if floor > limit:
            notes.append(
                f"- {r.workload}: raw httpx2 alone is {floor:.2f} of openai, above the {limit:g} target, so no "
                "client built on httpx2 against this server can meet it here."
            )
    return notes
