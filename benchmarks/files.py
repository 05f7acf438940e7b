"""Files: upload and download throughput for 1, 10 and 200 MB files, and `upload_files_and_poll`
for 100 small files, through our client and through the official SDK on the same local server.

Each measurement runs in a fresh process (`python -m benchmarks.files IMPL OP BASE_URL ARG`, the
child), which warms up with a small file first and reports the seconds and its peak RSS growth
(VmHWM) over the measured operation, as JSON. A download goes to a file on disk (ours
`download_file_to`, the SDK's `with_streaming_response.content(...).stream_to_file`).

The upload and download rows also give the SERVER's peak RSS growth over each child (its whole
run: start, a small warm-up file, then the measured operation), by `harness.PeakRss`: the
server process's VmHWM is reset to its RSS before the child and read after (else its VmRSS is
sampled every 5 ms). The server is the bench's `ServerProcess`, a subprocess found by its URL.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from .harness import SERVER_PIDS, PeakRss, Rounds, progress, quiet_openai, run_child, vm_hwm_mb

SIZES_MB = (1, 10, 200)
BATCH_FILES = 100
FILE_IMPLS = ("ours", "openai")
HEAD = [
    "workload",
    "ours",
    "openai",
    "ours/openai",
    "ours RSS growth",
    "openai RSS growth",
    "server RSS growth (ours)",
    "server RSS growth (openai)",
]


def _client(impl: str, base_url: str) -> Any:
    if impl == "ours":
        import assistants_client

        return assistants_client.Client(api_key="x", base_url=base_url, timeout=600)
    import openai

    quiet_openai()
    return openai.OpenAI(api_key="x", base_url=base_url, timeout=600)


def _upload(impl: str, client: Any, path: str) -> str:
    if impl == "ours":
        return str(client.create_file(file=path, purpose="assistants").id)
    return str(client.files.create(file=Path(path), purpose="assistants").id)


def _download(impl: str, client: Any, file_id: str, target: str) -> None:
    if impl == "ours":
        client.download_file_to(file_id, target)
    else:
        with client.files.with_streaming_response.content(file_id) as response:
            response.stream_to_file(target)


def _batch(impl: str, client: Any, folder: str) -> str:
    paths = sorted(str(p) for p in Path(folder).iterdir())
    if impl == "ours":
        store = client.create_vector_store({"name": "bench"})
        done = client.upload_files_and_poll(store.id, paths, max_concurrency=5)
        return str(done.batch.status)
    store = client.vector_stores.create(name="bench")
    handles = [open(p, "rb") for p in paths]  # noqa: SIM115
    try:
        batch = client.vector_stores.file_batches.upload_and_poll(vector_store_id=store.id, files=handles)
    finally:
        for handle in handles:
            handle.close()
    return str(batch.status)


def child(impl: str, op: str, base_url: str, arg: str) -> dict[str, Any]:
    client = _client(impl, base_url)
    with tempfile.TemporaryDirectory() as tmp:
        warm = Path(tmp) / "warm.txt"
        warm.write_bytes(b"warm-up " * 128)
        warm_id = _upload(impl, client, str(warm))
        _download(impl, client, warm_id, str(Path(tmp) / "warm.out"))
        baseline = vm_hwm_mb()
        started = time.perf_counter()
        if op == "upload":
            outcome = _upload(impl, client, arg)
        elif op == "download":
            _download(impl, client, arg, str(Path(tmp) / "out.bin"))
            outcome = str((Path(tmp) / "out.bin").stat().st_size)
        else:
            outcome = _batch(impl, client, arg)
        seconds = time.perf_counter() - started
    return {"seconds": seconds, "growth_mb": vm_hwm_mb() - baseline, "outcome": outcome}


def _file_of(folder: Path, mb: int) -> Path:
    path = folder / f"{mb}mb.bin"
    block = os.urandom(1 << 20)
    with open(path, "wb") as handle:
        for _ in range(mb):
            handle.write(block)
    return path


Measured = dict[str, dict[str, list[dict[str, Any]]]]
"""By workload, by implementation: one dict (seconds, growth_mb, outcome) per sample."""


def measured_child(server_pid: int | None, *args: str) -> dict[str, Any]:
    """One child's figures, and the server's peak RSS growth while it ran (`server_growth_mb`,
    None when the server is not a process of ours)."""
    with PeakRss(server_pid) as server:
        result: dict[str, Any] = json.loads(run_child("files", *args))
    result["server_growth_mb"] = server.growth_mb
    result["server_rss_method"] = server.method
    return result


def bench_files(base_url: str, rounds: Rounds) -> Measured:
    results: Measured = {}
    server_pid = SERVER_PIDS.get(base_url)
    with tempfile.TemporaryDirectory() as tmp:
        for mb in SIZES_MB:
            path = _file_of(Path(tmp), mb)
            samples = rounds(3 if mb < 200 else 2)
            ups: dict[str, list[dict[str, Any]]] = {impl: [] for impl in FILE_IMPLS}
            downs: dict[str, list[dict[str, Any]]] = {impl: [] for impl in FILE_IMPLS}
            for impl in FILE_IMPLS:
                for _ in range(samples):
                    progress(f"files: {impl} uploads {mb} MB")
                    up = measured_child(server_pid, impl, "upload", base_url, str(path))
                    ups[impl].append(up)
                    progress(f"files: {impl} downloads {mb} MB")
                    down = measured_child(server_pid, impl, "download", base_url, up["outcome"])
                    if int(down["outcome"]) != mb << 20:
                        raise AssertionError(f"{impl} downloaded {down['outcome']} bytes of {mb} MB")
                    downs[impl].append(down)
            results[f"upload {mb} MB (create_file)"] = ups
            results[f"download {mb} MB to disk"] = downs
            path.unlink()
    return results


def bench_batch(base_url: str, rounds: Rounds) -> Measured:
    runs: dict[str, list[dict[str, Any]]] = {impl: [] for impl in FILE_IMPLS}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(BATCH_FILES):
            (Path(tmp) / f"note{i:03}.txt").write_text(f"Note {i}: the heron waits by the river at dawn. " * 10)
        for impl in FILE_IMPLS:
            for _ in range(rounds(2)):
                progress(f"file batch: {impl} uploads {BATCH_FILES} files into a vector store and polls")
                result = json.loads(run_child("files", impl, "batch", base_url, tmp, timeout=600))
                if result["outcome"] != "completed":
                    raise AssertionError(f"{impl}: the batch ended {result['outcome']}")
                runs[impl].append(result)
    return {f"upload_files_and_poll, {BATCH_FILES} small files": runs}


def _server_growth(samples: list[dict[str, Any]]) -> str:
    grown = [s["server_growth_mb"] for s in samples if s.get("server_growth_mb") is not None]
    return f"{max(grown):.1f} MB" if grown else "—"


def rows(measured: Measured) -> list[list[str]]:
    lines = []
    for name, by_impl in measured.items():
        seconds = {impl: statistics.median(s["seconds"] for s in by_impl[impl]) for impl in FILE_IMPLS}
        growth = {impl: max(s["growth_mb"] for s in by_impl[impl]) for impl in FILE_IMPLS}
        mb = next((int(word) for word in name.split() if word.isdigit() and "MB" in name), 0)
        rate = {impl: f" ({mb / seconds[impl]:,.0f} MB/s)" if mb else "" for impl in FILE_IMPLS}
        lines.append(
            [
                name,
                f"{seconds['ours']:.3f} s{rate['ours']}",
                f"{seconds['openai']:.3f} s{rate['openai']}",
                f"{seconds['ours'] / seconds['openai']:.2f}",
                f"{growth['ours']:.1f} MB",
                f"{growth['openai']:.1f} MB",
                _server_growth(by_impl["ours"]),
                _server_growth(by_impl["openai"]),
            ]
        )
    return lines


if __name__ == "__main__":
    print(json.dumps(child(*sys.argv[1:5])))
