"""The benchmark package runs and reports what it measured; no speed figure is checked here.

`make bench` is the one place targets are judged. These tests keep the harness from rotting: a
quick real sample of the in-memory rows, and the report's verdicts following the figures.
"""

from __future__ import annotations

import math

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
