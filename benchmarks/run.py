"""`python -m benchmarks`: every row in order, then the table on stdout and BENCHMARKS.md.

`--only ROW,ROW --rounds 0.2` runs a few rows with fewer samples during development; such a
run prints its table but writes BENCHMARKS.md only if `--output` is given.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

from . import (
    chat,
    concurrency,
    document,
    files,
    memory,
    migrate,
    replicas,
    report,
    retrieval,
    sandbox,
    soak,
    sse,
    workloads,
)
from .h2server import hypercorn_server
from .harness import ROOT, Rounds, ServerProcess, progress
from .results import Results

ROWS = (
    "import",
    "calls",
    "sizes",
    "pagination",
    "decode",
    "streaming",
    "sse",
    "concurrency",
    "scale",
    "http2",
    "memory",
    "chat",
    "files",
    "file_batch",
    "retrieval",
    "migrate",
    "replicas",
    "sandbox",
    "soak",
)


def measure(only: set[str], rounds: Rounds) -> Results:
    results = Results(rounds=rounds.scale)
    wanted = only.__contains__

    if wanted("import"):
        progress("compiling core/, generated/ and facade/ to bytecode (openai's files were compiled by pip)")
        subprocess.run([sys.executable, "-m", "compileall", "-q", "core", "generated", "facade"], cwd=ROOT, check=True)
        results.imports, results.import_walls = workloads.bench_import(rounds)
    if wanted("decode"):
        results.decode, results.decode_strict = workloads.bench_decode(rounds)

    network = {"calls", "sizes", "pagination", "streaming", "sse", "concurrency", "scale", "memory"}
    if only & network:
        with ServerProcess() as server:
            progress(f"server at {server.base_url}; setting up")
            fx = workloads.make_fixture(server.base_url)
            clients = workloads.SyncClients(server.base_url)
            try:
                if wanted("calls"):
                    results.calls, results.calls_strict = workloads.bench_calls(fx, clients, rounds)
                if wanted("sizes"):
                    results.sizes = workloads.bench_sizes(fx, clients, rounds)
                if wanted("pagination"):
                    results.pagination = workloads.bench_pagination(fx, clients, rounds)
                if wanted("streaming"):
                    results.streaming, results.stream_events = workloads.bench_streaming(fx, clients, rounds)
                if wanted("sse"):
                    tid = fx.admin.post("/threads", {})["id"]
                    chunks = sse.capture_stream(server.base_url, fx.assistant_id, tid, workloads.STREAM_CHUNKS)
                    results.stream_bytes = (len(chunks), sum(map(len, chunks)))
                    results.framing = sse.bench_framing(chunks, rounds)
                    results.big_event = sse.bench_big_event(rounds)
            finally:
                clients.close()
            if wanted("concurrency"):
                results.concurrency = concurrency.bench_concurrency(server.base_url, fx.thread_id, fx.run_id, rounds)
            if wanted("scale"):
                results.scale = concurrency.bench_scale(server.base_url, fx.thread_id, fx.run_id, rounds)
            if wanted("memory"):
                results.memory = memory.bench_memory(fx.admin, server.base_url)
            fx.admin.close()

    if wanted("http2"):
        results.http2 = {}
        for tls in (False, True):
            with hypercorn_server(tls) as (server, cafile):
                progress(f"HTTP/2 probe: hypercorn at {server.base_url}")
                fx = workloads.make_fixture(server.base_url, concurrency.tls_context(cafile))
                label = "TLS (h2 by ALPN)" if tls else "plain TCP (h2c, prior knowledge)"
                results.http2[label] = concurrency.bench_http2(server.base_url, fx.thread_id, fx.run_id, cafile, rounds)
                fx.admin.close()

    if wanted("chat"):
        results.chat = chat.bench_chat(rounds)

    if only & {"files", "file_batch"}:
        with ServerProcess() as server:
            if wanted("files"):
                results.files = files.bench_files(server.base_url, rounds)
            if wanted("file_batch"):
                results.file_batch = files.bench_batch(server.base_url, rounds)

    if wanted("retrieval"):
        progress("retrieval: labelled corpus, search latency at 1k/10k/100k chunks, ingestion")
        results.retrieval = retrieval.bench_retrieval(rounds.scale)
    if wanted("migrate"):
        results.migrate = migrate.bench_migrate(rounds)
    if wanted("replicas"):
        results.replicas = replicas.bench_replicas(rounds)
    if wanted("sandbox"):
        results.sandbox = sandbox.bench_sandbox(rounds)

    if wanted("soak"):
        with ServerProcess() as server:
            progress(f"soak: {soak.SOAK_OPERATIONS:,} operations against {server.base_url} with faults on")
            results.soak = soak.run_soak(server.base_url, report=progress)
    return results


NOTES = "## Changes measured"


def kept_notes(path: Path) -> str:
    """The file's last section, NOTES (before/after figures of past changes, written by hand): a
    new run keeps it."""
    text = path.read_text() if path.exists() else ""
    at = text.find("\n" + NOTES + "\n")
    return "" if at < 0 else "\n" + text[at + 1 :].rstrip() + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", help="where the report goes (default: BENCHMARKS.md for a full run)")
    parser.add_argument("--only", help=f"comma-separated rows, of: {', '.join(ROWS)}")
    parser.add_argument("--rounds", type=float, default=1.0, help="fraction of each row's samples (for a quick look)")
    args = parser.parse_args()
    only = set(ROWS) if not args.only else set(args.only.split(","))
    if unknown := only - set(ROWS):
        parser.error(f"unknown rows: {', '.join(sorted(unknown))}")
    if not 0 < args.rounds <= 1:
        parser.error("--rounds is a fraction in (0, 1]")
    output = args.output or (str(ROOT / "BENCHMARKS.md") if only == set(ROWS) and args.rounds == 1 else None)

    begun = time.perf_counter()
    results = measure(only, Rounds(args.rounds))
    results.seconds = time.perf_counter() - begun
    print("\n".join(report.summary(results)))
    if output:
        Path(output).write_text(document.markdown(results) + kept_notes(Path(output)))
        progress(f"wrote {output} in {results.seconds:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
