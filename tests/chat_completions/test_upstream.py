"""The upstream client against the fake Chat Completions endpoint on loopback: events, failures, cancel."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_server.backends.chat_completions.upstream import (
    ChatCompletionsUpstream,
    ChunkDecoder,
    Failure,
    UpstreamCallDelta,
    UpstreamCallStart,
    UpstreamEvent,
    UpstreamFinish,
    UpstreamSettings,
    UpstreamText,
    UpstreamUsage,
)

from tests.support.fake_upstream import (
    ErrorAnswer,
    FakeUpstream,
    JsonAnswer,
    TextAnswer,
    ToolCallsAnswer,
    token_answer,
)

pytestmark = pytest.mark.timeout(20)

BODY: dict[str, Any] = {
    "model": "test-model",
    "messages": [{"role": "user", "content": "Hello there"}],
    "stream": True,
    "stream_options": {"include_usage": True},
}
TOOLS = [
    {"type": "function", "function": {"name": "get_weather", "parameters": {"type": "object"}}},
    {"type": "function", "function": {"name": "get_time", "parameters": {"type": "object"}}},
]


async def collect(upstream: ChatCompletionsUpstream, body: dict[str, Any] = BODY) -> list[UpstreamEvent]:
    try:
        return [event async for event in upstream.stream(body)]
    finally:
        await upstream.aclose()


def client(fake: FakeUpstream, **settings: Any) -> ChatCompletionsUpstream:
    return ChatCompletionsUpstream(UpstreamSettings(fake.base_url, **settings))


async def test_text_arrives_in_many_deltas_then_usage_and_finish(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("The quick brown fox jumps over the lazy dog.", chunks=11))
    events = await collect(client(fake))
    deltas = [e for e in events if isinstance(e, UpstreamText)]
    assert len(deltas) == 11
    assert "".join(d.text for d in deltas) == "The quick brown fox jumps over the lazy dog."
    assert events[-2:] == [UpstreamUsage(2, 11, 13), UpstreamFinish("stop")]
    assert fake.requests == [BODY]
    assert fake.headers[0]["accept"] == "text/event-stream"
    assert "authorization" not in fake.headers[0]


async def test_one_tool_call_streams_its_arguments(fake: FakeUpstream) -> None:
    fake.enqueue(ToolCallsAnswer([("get_weather", {"city": "Paris"})], pieces=5))
    events = await collect(client(fake), {**BODY, "tools": TOOLS})
    start = events[0]
    assert isinstance(start, UpstreamCallStart) and start.index == 0 and start.name == "get_weather"
    pieces = [e for e in events if isinstance(e, UpstreamCallDelta)]
    assert len(pieces) == 5 and all(p.index == 0 for p in pieces)
    assert json.loads("".join(p.arguments for p in pieces)) == {"city": "Paris"}
    assert events[-1] == UpstreamFinish("tool_calls")


async def test_two_parallel_calls_keep_their_own_index_and_id(fake: FakeUpstream) -> None:
    fake.enqueue(ToolCallsAnswer([("get_weather", {"city": "Rome"}), ("get_time", {"zone": "CET"})], text="Checking."))
    events = await collect(client(fake), {**BODY, "tools": TOOLS, "parallel_tool_calls": True})
    assert "".join(e.text for e in events if isinstance(e, UpstreamText)) == "Checking."
    starts = [e for e in events if isinstance(e, UpstreamCallStart)]
    assert [(s.index, s.name) for s in starts] == [(0, "get_weather"), (1, "get_time")]
    assert starts[0].id != starts[1].id
    pieces = [e for e in events if isinstance(e, UpstreamCallDelta)]
    arguments = ["".join(e.arguments for e in pieces if e.index == i) for i in (0, 1)]
    assert json.loads(arguments[0]) == {"city": "Rome"} and json.loads(arguments[1]) == {"zone": "CET"}


async def test_a_json_schema_answer(fake: FakeUpstream) -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    fake.enqueue(JsonAnswer({"city": "Oslo"}, chunks=6))
    body = {**BODY, "response_format": {"type": "json_schema", "json_schema": {"name": "place", "schema": schema}}}
    events = await collect(client(fake), body)
    assert json.loads("".join(e.text for e in events if isinstance(e, UpstreamText))) == {"city": "Oslo"}
    assert events[-1] == UpstreamFinish("stop")


async def test_a_length_cut_is_reported_as_its_finish_reason(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("partial answer", finish_reason="length"))
    events = await collect(client(fake), {**BODY, "max_completion_tokens": 4})
    assert events[-1] == UpstreamFinish("length")


@pytest.mark.parametrize(
    ("status", "code"), [(500, "server_error"), (429, "rate_limit_exceeded"), (400, "server_error")]
)
async def test_error_statuses_become_one_classified_failure(fake: FakeUpstream, status: int, code: str) -> None:
    fake.enqueue(ErrorAnswer(status, "upstream is unhappy"))
    events = await collect(client(fake))
    assert len(events) == 1
    failure = events[0]
    assert isinstance(failure, Failure) and failure.code == code and failure.status == status
    assert f"answered {status}: upstream is unhappy" in failure.message


async def test_a_cut_stream_is_a_failure(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("this answer will never finish", chunks=10, cut_after=4))
    events = await collect(client(fake))
    assert [e for e in events if isinstance(e, UpstreamText)]
    assert isinstance(events[-1], Failure) and events[-1].code == "server_error"
    assert not any(isinstance(e, UpstreamFinish) for e in events)


async def test_a_silent_upstream_times_out_as_a_failure(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("slow", delay=2.0))
    loop = asyncio.get_running_loop()
    started = loop.time()
    events = await collect(client(fake, timeout=0.2))
    assert loop.time() - started < 1.5
    assert events == [Failure("server_error", "The upstream model sent nothing for 0.2 s.")]


async def test_an_unreachable_upstream_is_a_failure() -> None:
    with FakeUpstream() as gone:
        url = gone.base_url
    events = await collect(ChatCompletionsUpstream(UpstreamSettings(url, connect_timeout=1)))
    assert len(events) == 1 and isinstance(events[0], Failure) and events[0].code == "server_error"


async def test_closing_the_stream_closes_the_upstream_request(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("a slow answer that goes on and on", chunks=30, delay=0.05))
    upstream = client(fake)
    stream = upstream.stream(BODY)
    first = [await anext(stream) for _ in range(3)]
    assert all(isinstance(e, UpstreamText) for e in first)
    await stream.aclose()  # type: ignore[attr-defined]
    await upstream.aclose()
    assert await asyncio.to_thread(fake.wait_for, lambda: fake.disconnects == 1, 3)
    assert fake.finished == 0


async def test_cancelling_the_reading_task_closes_the_upstream_request(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("a slow answer that goes on and on", chunks=30, delay=0.05))
    upstream = client(fake)
    seen: list[UpstreamEvent] = []

    async def read() -> None:
        async for event in upstream.stream(BODY):
            seen.append(event)

    task = asyncio.get_running_loop().create_task(read())
    while len(seen) < 2:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    await upstream.aclose()
    assert await asyncio.to_thread(fake.wait_for, lambda: fake.disconnects == 1, 3)


async def test_the_key_goes_to_the_upstream_and_nowhere_else(fake: FakeUpstream) -> None:
    fake.api_key = "sk-upstream-secret"
    fake.enqueue(TextAnswer("ok"))
    upstream = client(fake, api_key="sk-upstream-secret", model="m")
    assert "sk-upstream-secret" not in repr(upstream) and "sk-upstream-secret" not in repr(upstream.settings)
    events = await collect(upstream)
    assert events[-1] == UpstreamFinish("stop")
    assert fake.headers[0]["authorization"] == "Bearer sk-upstream-secret"
    wrong = await collect(client(fake, api_key="sk-wrong"))
    assert isinstance(wrong[0], Failure) and wrong[0].status == 401


async def test_upstream_text_echoing_the_key_is_scrubbed(fake: FakeUpstream) -> None:
    fake.api_key = "sk-right"
    events = await collect(client(fake, api_key="sk-leaky-key-123"))
    assert isinstance(events[0], Failure) and events[0].status == 401
    assert "sk-leaky-key-123" not in events[0].message and "Incorrect API key provided: ***" in events[0].message


async def test_an_error_object_mid_stream_is_a_failure(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("Hi", chunks=1, error={"message": "Rate limit reached", "code": "rate_limit_exceeded"}))
    events = await collect(client(fake))
    assert events[0] == UpstreamText("Hi")
    assert events[1] == Failure("rate_limit_exceeded", "The upstream model failed mid-stream: Rate limit reached")
    assert len(events) == 2


async def test_a_fast_long_answer_arrives_whole(fake: FakeUpstream) -> None:
    fake.enqueue(token_answer(2000))
    events = await collect(client(fake))
    assert sum(isinstance(e, UpstreamText) for e in events) == 2000
    assert events[-2] == UpstreamUsage(2, 2000, 2002)


def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
    return {"choices": [{"index": 0, "delta": delta, "finish_reason": finish}]}


def test_decoder_reads_calls_that_servers_number_alike_or_name_late() -> None:
    decoder = ChunkDecoder()
    events = decoder.feed(
        chunk(
            {
                "tool_calls": [
                    {"index": 0, "id": "a", "function": {"name": "f", "arguments": {"x": 1}}},
                    {"index": 0, "id": "b", "function": {"name": "g", "arguments": "{}"}},
                ]
            }
        )
    )
    assert events == [
        UpstreamCallStart(0, "a", "f"),
        UpstreamCallDelta(0, '{"x":1}'),
        UpstreamCallStart(1, "b", "g"),
        UpstreamCallDelta(1, "{}"),
    ]
    late = ChunkDecoder()
    assert late.feed(chunk({"tool_calls": [{"index": 0, "function": {"arguments": ""}}]}))[0].name == ""  # type: ignore[union-attr]
    assert late.feed(chunk({"tool_calls": [{"index": 0, "function": {"name": "h", "arguments": "{"}}]})) == [
        UpstreamCallDelta(0, "{", "h")
    ]
    assert late.feed(chunk({"tool_calls": [{"index": 0, "function": {"name": "h", "arguments": "}"}}]})) == [
        UpstreamCallDelta(0, "}")
    ]


def test_decoder_end_needs_a_finish_reason_or_done() -> None:
    decoder = ChunkDecoder()
    decoder.feed(chunk({"content": "x"}))
    assert isinstance(decoder.end(saw_done=False)[0], Failure)
    assert decoder.end(saw_done=True) == [UpstreamFinish("stop")]
    decoder.feed(chunk({}, "length"))
    assert decoder.end(saw_done=False) == [UpstreamFinish("length")]


def test_the_fake_runs_in_its_own_process() -> None:
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.support.fake_upstream", "--tokens", "50"],
        stdout=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        text=True,
    )
    try:
        base_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert base_url.startswith("http://127.0.0.1:")
        with httpx2.Client(timeout=10) as http:
            answer = http.post(f"{base_url}/chat/completions", json=BODY).text
        assert answer.count('"content":"') == 51 and answer.endswith("data: [DONE]\n\n")  # the role chunk too
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_fake_model_name_picks_the_benchmark_answer(fake: FakeUpstream) -> None:
    with httpx2.Client(timeout=10) as http:
        paced = http.post(f"{fake.base_url}/chat/completions", json={**BODY, "model": "fake-5-2000"})
        again = http.post(f"{fake.base_url}/chat/completions", json={**BODY, "model": "fake-5-2000"})
        empty = http.post(f"{fake.base_url}/chat/completions", json={**BODY, "model": "fake-0-0"})
    assert paced.text.count('"content":"tok') == 5 and paced.text.endswith("data: [DONE]\n\n")
    assert again.text == paced.text  # built once
    assert paced.elapsed.total_seconds() >= 5 * 0.002  # 2 ms before every chunk but the first
    assert empty.status_code == 400 and "tokens must be in 1..100000" in empty.text
