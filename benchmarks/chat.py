"""The Chat Completions backend rows: what the local server adds to a streamed answer.

The fake upstream of the tests (`tests.support.fake_upstream`, in a process of its own) streams a
2,000-token answer: its model `fake-TOKENS-GAPUS` says how long and how fast. Two ways to read it:

    direct   httpx2 posts to the upstream's /chat/completions and parses each chunk (SSE framing
             with our `SSEDecoder`, then `json.loads`), as an OpenAI-compatible client does
    server   the local server, started with `--model-backend chat-completions`, runs an
             assistant on that upstream; its run stream is read the same way

Per sample: the time to the first text token (sent to first content delta / first
`thread.message.delta`) and to the end (`[DONE]` / `done`). The server's overhead per token is
(server - direct) / direct over the whole answer; the added time to first token is the
difference of the first-token times. Two upstream paces: 1 ms between tokens (faster than any
hosted model streams) for the targets, and no gap at all, which leaves only CPU cost on record.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx2

from tests.support import fake_upstream

from .harness import BETA, Rounds, ServerProcess, progress, server_command

UPSTREAM_MODULE = fake_upstream.__name__
"""`python -m UPSTREAM_MODULE` serves the fake upstream and prints its base URL."""
TOKENS = 2_000
PACES_US = (1_000, 0)
ROUNDS = 4
HEAD = [
    "upstream pace",
    "direct: first token",
    "server: first token",
    "added",
    "direct: 2,000 tokens",
    "server: 2,000 tokens",
    "overhead",
    "per token",
]


@dataclass
class ChatResult:
    """Medians in seconds, by pace (µs between upstream tokens) and path (direct, server)."""

    first_token: dict[int, dict[str, float]] = field(default_factory=dict)
    total: dict[int, dict[str, float]] = field(default_factory=dict)
    events: int = 0
    samples: int = 0
    default_delay_first_token: dict[str, float] = field(default_factory=dict)  # the server with its defaults

    def overhead(self, pace: int) -> float:
        return self.total[pace]["server"] / self.total[pace]["direct"] - 1

    def added_first_token(self, pace: int) -> float:
        return self.first_token[pace]["server"] - self.first_token[pace]["direct"]


def backend_available() -> str | None:
    """None if the local server has the backend, else why not."""
    out = subprocess.run([*server_command(), "--help"], capture_output=True, text=True, timeout=60)
    if out.returncode:
        lines = out.stderr.strip().splitlines() or ["no output"]
        raise RuntimeError(f"the local server does not start: {lines[-1]}")
    if "--model-backend" not in out.stdout:
        return "the local server has no `--model-backend` option yet (the Chat Completions backend is not on main)"
    return None


def direct(upstream: str, model: str, expected: int = TOKENS) -> tuple[float, float]:
    from assistants_client._sse import SSEDecoder

    body = {
        "model": model,
        "messages": [{"role": "user", "content": "Hi"}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    with httpx2.Client(timeout=120) as http:
        http.post(f"{upstream}/chat/completions", json={**body, "model": "fake-1-0"}).read()  # open the connection
        started = time.perf_counter()
        first, tokens, done = 0.0, 0, False
        with http.stream("POST", f"{upstream}/chat/completions", json=body) as response:
            decoder = SSEDecoder()
            for chunk in response.iter_bytes():
                for _, data in decoder.feed(chunk):
                    if data == "[DONE]":
                        done = True
                        break
                    choices = json.loads(data)["choices"]
                    if choices and choices[0]["delta"].get("content"):
                        tokens += 1
                        first = first or time.perf_counter() - started
        total = time.perf_counter() - started
    if not done or tokens != expected:
        raise AssertionError(f"direct read {tokens} tokens, done={done}")
    return first, total


def through_server(http: httpx2.Client, assistant_id: str, thread_id: str) -> tuple[float, float, int]:
    """The same reading as `direct`, of the server's run stream: SSE framing, then `json.loads`."""
    from assistants_client._sse import SSEDecoder

    body = {"assistant_id": assistant_id, "stream": True}
    started = time.perf_counter()
    first, deltas, last = 0.0, 0, ""
    with http.stream("POST", f"/threads/{thread_id}/runs", json=body) as response:
        response.raise_for_status()
        decoder = SSEDecoder()
        for chunk in response.iter_bytes():
            for name, data in decoder.feed(chunk):
                last = name
                if name == "thread.message.delta":
                    json.loads(data)
                    deltas += 1
                    first = first or time.perf_counter() - started
            if last == "done":
                break
    total = time.perf_counter() - started
    if last != "done" or not deltas:
        raise AssertionError(f"the server's stream ended with {last!r} after {deltas} deltas")
    return first, total, deltas


def bench_chat(rounds: Rounds) -> ChatResult | str:
    if (missing := backend_available()) is not None:
        return missing
    result = ChatResult()
    with ServerProcess(command=[sys.executable, "-m", UPSTREAM_MODULE]) as upstream:
        backend = ("--model-backend", "chat-completions", "--upstream-base-url", upstream.base_url)
        # --step-delay 0: the pauses between run states are the scripted lifecycle's simulation knob
        for pace in PACES_US:
            model = f"fake-{TOKENS}-{pace}"
            samples = sample((*backend, "--step-delay", "0"), upstream.base_url, model, TOKENS, rounds(ROUNDS), result)
            result.first_token[pace] = {k: statistics.median(s[0] for s in v) for k, v in samples.items()}
            result.total[pace] = {k: statistics.median(s[1] for s in v) for k, v in samples.items()}
        # the time to first token again with the server's default step delay, on a short answer
        short = sample(backend, upstream.base_url, f"fake-{SHORT}-0", SHORT, rounds(ROUNDS), result)
        result.default_delay_first_token = {k: statistics.median(s[0] for s in v) for k, v in short.items()}
    return result


SHORT = 20


def sample(
    args: tuple[str, ...], upstream: str, model: str, tokens: int, rounds: int, result: ChatResult
) -> dict[str, list[tuple[float, float]]]:
    """(first token, total) samples, direct and through a server started with `args`."""
    samples: dict[str, list[tuple[float, float]]] = {"direct": [], "server": []}
    with ServerProcess(*args) as server, httpx2.Client(base_url=server.base_url, headers=BETA, timeout=120) as http:

        def post(path: str, body: dict[str, Any]) -> str:
            response = http.post(path, json=body)
            response.raise_for_status()
            return str(response.json()["id"])

        def new_thread() -> str:
            return post("/threads", {"messages": [{"role": "user", "content": "Hi"}]})

        assistant = post("/assistants", {"model": model, "name": "bench"})
        through_server(http, assistant, new_thread())  # warm: connections, caches, the upstream's frames
        for round_no in range(rounds):
            samples["direct"].append(direct(upstream, model, tokens))
            thread = new_thread()  # not timed
            first, total, events = through_server(http, assistant, thread)
            samples["server"].append((first, total))
            if tokens == TOKENS:
                result.events, result.samples = events, round_no + 1
            progress(f"chat backend, {model}: round {round_no + 1}/{rounds}")
    return samples


def rows(r: ChatResult) -> list[list[str]]:
    out = []
    for pace in r.total:
        ft, tot = r.first_token[pace], r.total[pace]
        per_token = (tot["server"] - tot["direct"]) / TOKENS * 1e6
        out.append(
            [
                f"{pace / 1000:g} ms between tokens" if pace else "no gap (CPU only)",
                f"{ft['direct'] * 1000:.1f} ms",
                f"{ft['server'] * 1000:.1f} ms",
                f"{r.added_first_token(pace) * 1000:+.1f} ms",
                f"{tot['direct'] * 1000:,.0f} ms",
                f"{tot['server'] * 1000:,.0f} ms",
                f"{r.overhead(pace) * 100:+.1f} %",
                f"{per_token:+.0f} µs",
            ]
        )
    return out
