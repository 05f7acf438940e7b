"""The SSE framing alone: our `SSEDecoder` against httpx2's built-in `EventSource`, in memory.

Two cases, each fed to both parsers as the same list of byte chunks:

- the bytes of one real 2,000-delta run stream, captured from the local server with the chunk
  boundaries the socket delivered (so the parsers see what they see in `make bench`'s streaming
  row, without the network's noise);
- one 10 MB event delivered in 1 KiB chunks: the case where a parser that re-joins its buffer on
  every chunk goes quadratic.

httpx2's parser works on text (`Response.iter_text`, then line splitting); ours on bytes, splitting
on blank lines and decoding each event once. httpx2 caps an event at 1 MiB by default
(`max_event_size`); the 10 MB case lifts the cap so there is something to time.
"""

from __future__ import annotations

import contextlib
import gc
import json
import time
from collections.abc import Callable, Iterator

import httpx2

from .harness import Rounds, interleaved

Event = tuple[str, str | bytes]
"""An event's name and data (ours gives bytes for data that is not UTF-8)."""

BIG_EVENT_BYTES = 10 * 1024 * 1024
BIG_CHUNK = 1024
DEADLINE = 20.0  # seconds one parse of the 10 MB event may take before the row says "over"
ROUNDS = {"framing": 9, "big": 3}


class TooSlow(Exception):
    pass


def bounded(chunks: list[bytes], deadline: float) -> Iterator[bytes]:
    for chunk in chunks:
        if time.perf_counter() > deadline:
            raise TooSlow
        yield chunk


def ours(chunks: list[bytes], deadline: float) -> list[Event]:
    from assistants_client._sse import SSEDecoder

    decoder = SSEDecoder()
    events: list[Event] = []
    for chunk in bounded(chunks, deadline):
        events.extend(decoder.feed(chunk))
    events.extend(decoder.flush())
    return events


def builtin(chunks: list[bytes], deadline: float) -> list[Event]:
    request = httpx2.Request("GET", "http://127.0.0.1/")
    headers = {"content-type": "text/event-stream"}
    response = httpx2.Response(200, headers=headers, content=bounded(chunks, deadline), request=request)
    return [(sse.event, sse.data) for sse in httpx2.EventSource(response, max_event_size=None)]


PARSERS: dict[str, Callable[[list[bytes], float], list[Event]]] = {"ours": ours, "httpx2": builtin}


def capture_stream(base_url: str, assistant_id: str, thread_id: str, deltas: int) -> list[bytes]:
    """The raw chunks of one run stream, as the socket delivered them."""
    headers = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer x", "X-Mock-Stream-Chunks": str(deltas)}
    body = {"assistant_id": assistant_id, "stream": True}
    with (
        httpx2.Client(timeout=120) as http,
        http.stream("POST", f"{base_url}/threads/{thread_id}/runs", json=body, headers=headers) as response,
    ):
        response.raise_for_status()
        return list(response.iter_raw())


def big_event() -> list[bytes]:
    payload = json.dumps({"delta": {"content": [{"text": {"value": "x" * (BIG_EVENT_BYTES - 64)}}]}})
    body = f"event: thread.message.delta\ndata: {payload}\n\n".encode()
    return [body[i : i + BIG_CHUNK] for i in range(0, len(body), BIG_CHUNK)]


def compare(name: str, chunks: list[bytes], rounds: int, deadline: float = DEADLINE) -> dict[str, list[float]]:
    """Samples (CPU seconds) per parser; a parse past `deadline` seconds of wall time counts as
    infinite, and that parser is not tried again. Both parsers must find the same events."""
    found: dict[str, list[Event]] = {}

    def timed(impl: str) -> Callable[[], float]:
        def run() -> float:
            if impl in found and not found[impl]:
                return float("inf")  # it was over the deadline before
            gc.collect()
            gc.disable()  # as timeit does
            started, cpu = time.perf_counter(), time.process_time()
            try:
                events = PARSERS[impl](chunks, started + deadline)
            except TooSlow:
                found[impl] = []
                return float("inf")
            finally:
                gc.enable()
            elapsed = time.process_time() - cpu  # CPU time: other processes do not count
            found.setdefault(impl, events)
            return elapsed

        return run

    for parse in PARSERS.values():  # warm: imports and first-call costs are not the parse's
        with contextlib.suppress(TooSlow):
            parse(chunks[:64], time.perf_counter() + deadline)
    samples = interleaved(name, rounds, {impl: timed(impl) for impl in PARSERS})
    finished = [events for events in found.values() if events]
    if any(events != finished[0] for events in finished):
        raise AssertionError(f"{name}: the parsers disagree ({[len(e) for e in finished]} events)")
    return samples


def bench_framing(chunks: list[bytes], rounds: Rounds) -> dict[str, list[float]]:
    return compare("SSE framing", chunks, rounds(ROUNDS["framing"]))


def bench_big_event(rounds: Rounds) -> tuple[int, dict[str, list[float]]]:
    chunks = big_event()
    return len(chunks), compare("SSE 10 MB event", chunks, rounds(ROUNDS["big"]))
