"""The benchmark package runs and reports what it measured; no speed figure is checked here.

`make bench` is the one place targets are judged. These tests keep the harness from rotting: a
quick real sample of the in-memory rows, and the report's verdicts following the figures.
"""

from __future__ import annotations

import math
import time
from typing import Any

import pytest

from benchmarks import document, report, sse, workloads
from benchmarks.harness import IMPLS, Rounds
from benchmarks.results import Results


def test_decode_rows_sample_every_client() -> None:
    for samples in workloads.bench_decode(Rounds(0.07)):
        assert set(samples) == set(IMPLS)
        assert all(len(s) == 1 and s[0] > 0 for s in samples.values())


def test_sse_parsers_agree_on_a_chunked_stream() -> None:
    body = b"".join(f'event: thread.message.delta\ndata: {{"n": {i}}}\n\n'.encode() for i in range(50))
    chunks = [body[i : i + 7] for i in range(0, len(body), 7)]  # boundaries inside names, data and blank lines
    found = {impl: parse(chunks, math.inf) for impl, parse in sse.PARSERS.items()}
    assert found["ours"] == found["httpx2"]
    assert [data for _, data in found["ours"]] == [f'{{"n": {i}}}' for i in range(50)]


def test_a_parse_past_the_deadline_is_shown_as_over() -> None:
    samples = sse.compare("slow", [b"data: x\n\n"] * 3, rounds=2, deadline=-1.0)
    assert all(math.isinf(x) for s in samples.values() for x in s)
    assert report.cell(math.inf, "ms") == f"over {sse.DEADLINE:g} s"


def fake(ours: float, openai: float, raw: float) -> dict[str, list[float]]:
    return {"ours": [ours], "openai": [openai], "raw": [raw]}


def test_targets_follow_the_figures() -> None:
    met = Results(decode=fake(1, 10, 0.5), concurrency=fake(0.5, 0.6, 0.48))
    missed = Results(decode=fake(3, 10, 0.5), concurrency=fake(0.6, 0.5, 0.48))
    assert [row.met for row in report.target_rows(met)] == [True, True]
    assert [row.met for row in report.target_rows(missed)] == [False, False]
    assert "**missed**" in document.markdown(missed) and "**missed**" not in document.markdown(met)


def test_http2_verdict_follows_the_figures() -> None:
    def probe(h2: float) -> Results:
        data = {"ours HTTP/1.1": [1.0], "ours HTTP/2": [h2], "raw HTTP/1.1": [1.0], "raw HTTP/2": [h2]}
        return Results(http2={"plain TCP": data, "TLS": data})

    assert "HTTP/2 is faster here" in document.markdown(probe(0.8))
    assert "HTTP/2 is slower than HTTP/1.1 here" in document.markdown(probe(1.3))


GROWER = (
    "import sys\n"
    "sys.stdin.readline()\n"
    "block = bytearray(64 << 20)\n"  # 64 MB, touched page by page
    "for i in range(0, len(block), 4096): block[i] = 1\n"
    "print('grown', flush=True)\n"
    "sys.stdin.readline()\n"
    "del block\n"
    "print('freed', flush=True)\n"
    "sys.stdin.readline()\n"
)


def tell(proc: Any, line: str, answer: str) -> None:
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    assert proc.stdout.readline().strip() == answer


@pytest.mark.parametrize("sample", [False, True], ids=["VmHWM reset", "VmRSS sampled"])
def test_peak_rss_sees_another_process_grow_and_shrink_back(sample: bool) -> None:
    """The server's column: a peak the process has already let go of by the end is still seen,
    and a peak from BEFORE the measured stretch (the previous row's) is not."""
    import subprocess
    import sys

    from benchmarks.harness import PeakRss

    proc = subprocess.Popen([sys.executable, "-c", GROWER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdin is not None and proc.stdout is not None
    try:
        with PeakRss(proc.pid, sample=sample) as before:
            pass  # nothing happens: no growth
        with PeakRss(proc.pid, sample=sample) as peak:
            tell(proc, "go", "grown")
            time.sleep(0.05)  # held long enough for the 5 ms sampler to see it
            tell(proc, "free", "freed")
        with PeakRss(proc.pid, sample=sample) as after:
            time.sleep(0.02)  # the 64 MB peak is in VmHWM already: it must not count here
    finally:
        proc.kill()
        proc.wait(5)
    assert peak.method == ("VmRSS sampled" if sample else "VmHWM reset")
    assert peak.growth_mb is not None and peak.growth_mb > 60
    assert before.growth_mb is not None and before.growth_mb < 5
    assert after.growth_mb is not None and after.growth_mb < 5


def test_files_rows_show_the_servers_growth_beside_the_clients() -> None:
    from benchmarks import files

    def sample(server: float | None) -> dict[str, object]:
        return {"seconds": 1.0, "growth_mb": 2.0, "server_growth_mb": server}

    measured = {
        "upload 10 MB (create_file)": {"ours": [sample(3.0), sample(12.5)], "openai": [sample(40.0)]},
        "upload_files_and_poll, 100 small files": {"ours": [sample(None)], "openai": [sample(None)]},
    }
    upload, batch = files.rows(measured)
    assert len(upload) == len(files.HEAD)
    assert upload[files.HEAD.index("server RSS growth (ours)")] == "12.5 MB"
    assert upload[files.HEAD.index("server RSS growth (openai)")] == "40.0 MB"
    assert batch[-2:] == ["—", "—"]
