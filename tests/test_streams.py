"""Event streams: the SSE framing under every split and line end, typed and tolerant decoding,
strict decoding, cuts, and the stream helpers against the local server, sync and async.

The framing and decoding tests drive the pure core (`SSEDecoder`, `EventReader`) directly; the
faults a server cannot be made to send (a cut inside an event, invalid UTF-8) go through
httpx2.MockTransport; everything else talks to the real local server."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_api.api import CREATE_RUN, ThreadMessageDeltaEvent, ThreadRunCreatedEvent
from assistants_client import AsyncClient, Client
from assistants_client._events import EventReader
from assistants_client._sse import SSEDecoder
from assistants_server import Server

from .test_facade_faults import delta, example

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
ASK = "Check get_weather Paris please"


def frame(name: str, data: Any, *, extra: str = "") -> str:
    payload = data if isinstance(data, str) else json.dumps(data)
    lines = "".join(f"data: {line}\n" for line in payload.split("\n"))
    return f"{extra}event: {name}\n{lines}\n"


def real_shaped_streams() -> dict[str, str]:
    run = example("RunObject")
    message = example("MessageObject")
    return {
        "text answer": "".join(
            [
                frame("thread.run.created", run),
                frame("thread.message.created", message),
                *(frame("thread.message.delta", delta(piece)) for piece in ("Hel", "lo ", "wörld ✓")),
                frame("thread.message.completed", message),
                frame("thread.run.completed", run),
                frame("done", "[DONE]"),
            ]
        ),
        "keep-alives and unknown events": "".join(
            [
                ": a comment the server sends to keep the connection open\n\n",
                frame("ping", "keepalive"),
                frame("thread.run.created", run),
                frame("thread.brand_new", {"x": [1, 2]}, extra="id: 7\nretry: 100\n"),
                frame("thread.brand_new", "two\nlines of text"),
                frame("thread.message.delta", delta("a")),
                frame("done", "[DONE]"),
            ]
        ),
    }


def events_of(chunks: list[bytes], strict: bool = False) -> list[Any]:
    reader = EventReader(CREATE_RUN, httpx2.Response(200, request=httpx2.Request("POST", "http://t/v1")), strict)
    events: list[Any] = []
    for chunk in chunks:
        events.extend(reader.feed(chunk))
        if reader.done:
            return events
    return events + reader.end()


def summary(events: list[Any]) -> list[tuple[str, str]]:
    return [(type(e).__name__, getattr(e, "name", e.event)) for e in events]


def with_line_ends(text: str, rng: random.Random) -> bytes:
    """The same stream with each line end drawn from LF, CR and CRLF (a CR then an empty line
    ended by LF would read as one CRLF, so that pair is not drawn)."""
    out, previous = [], ""
    for line in text.split("\n")[:-1]:
        choices = ("\r", "\r\n") if previous == "\r" and not line else ("\n", "\r", "\r\n")
        previous = rng.choice(choices)
        out.append(line + previous)
    return "".join(out).encode()


@pytest.mark.parametrize("name", list(real_shaped_streams()))
def test_every_split_point_and_line_end_mix_gives_the_same_events(name: str) -> None:
    text = real_shaped_streams()[name]
    expected = summary(events_of([text.encode()]))
    assert expected[-1] == ("DoneEvent", "done") and len(expected) >= 6
    pairs = SSEDecoder().feed(text.encode())
    rng = random.Random(name)
    variants = [text.encode(), text.replace("\n", "\r\n").encode(), text.replace("\n", "\r").encode()]
    variants += [with_line_ends(text, rng) for _ in range(3)]
    for body in variants:
        # the framing at every split point (cheap), whole decoding at some
        for cut in range(len(body) + 1):
            decoder = SSEDecoder()
            assert decoder.feed(body[:cut]) + decoder.feed(body[cut:]) == pairs, (body[:cut][-20:], cut)
        for cut in range(0, len(body) + 1, 97):
            assert summary(events_of([body[:cut], body[cut:]])) == expected, cut
        for _ in range(20):  # three pieces at random points
            a, b = sorted(rng.sample(range(len(body) + 1), 2))
            assert summary(events_of([body[:a], body[a:b], body[b:]])) == expected
        assert summary(events_of([body[i : i + 1] for i in range(len(body))])) == expected


@pytest.mark.parametrize("name", list(real_shaped_streams()))
def test_a_cut_anywhere_before_done_raises_stream_interrupted(name: str) -> None:
    body = real_shaped_streams()[name].encode()
    end_of_last = body.rindex(b"event: done")
    for cut in range(end_of_last):
        with pytest.raises(ac.StreamInterruptedError) as caught:
            events_of([body[:cut]])
        tail = body[:cut].rsplit(b"\n\n", 1)[-1]
        if tail.strip(b"\n"):  # part of an event had arrived
            assert "middle of" in str(caught.value), cut
        else:
            assert "before `done`" in str(caught.value), cut


def test_a_last_done_without_its_blank_line_still_ends_the_stream() -> None:
    body = frame("thread.message.delta", delta("a")) + "event: done\ndata: [DONE]"
    assert summary(events_of([body.encode()])) == [
        ("ThreadMessageDeltaEvent", "thread.message.delta"),
        ("DoneEvent", "done"),
    ]


def test_bom_and_spaces_around_event_names_are_the_same_on_both_paths() -> None:
    data = json.dumps(delta("x"))
    fast = f"\ufeffevent: thread.message.delta  \ndata: {data}\n\n".encode()
    slow = f"\ufeffid: 1\nevent:   thread.message.delta \ndata: {data}\n\n".encode()
    for body in (fast, slow):
        for cut in range(len(body) + 1):
            decoder = SSEDecoder()
            pairs = decoder.feed(body[:cut]) + decoder.feed(body[cut:])
            assert pairs == [("thread.message.delta", data)], (body, cut)


def test_unknown_events_pass_through_whatever_their_data() -> None:
    body = frame("ping", "keepalive") + frame("thread.new_kind", {"a": 1}) + frame("done", "[DONE]")
    ping, new, done = events_of([body.encode()], strict=True)
    assert isinstance(ping, ac.UnknownEvent) and (ping.name, ping.data) == ("ping", "keepalive")
    assert ping.event == "unknown" and "does not name" in ping.reason
    assert isinstance(new, ac.UnknownEvent) and new.data == {"a": 1}
    assert done.event == "done"


def test_tolerant_mode_passes_an_undecodable_event_through_with_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    bad = [
        frame("thread.run.created", "[1, 2]"),  # JSON, but not an object
        frame("thread.message.delta", "{not json"),
        "event: thread.message.delta\ndata: \xff\xfe\n\n",  # not UTF-8 (latin-1 below keeps the bytes)
    ]
    body = "".join(bad) + frame("thread.message.delta", delta("ok")) + frame("done", "[DONE]")
    with caplog.at_level(logging.WARNING, logger="assistants_client"):
        events = events_of([body.encode("latin-1") if "\xff" in body else body.encode()])
    assert [type(e).__name__ for e in events] == ["UnknownEvent"] * 3 + ["ThreadMessageDeltaEvent", "DoneEvent"]
    assert events[0].data == [1, 2] and events[1].data == "{not json" and events[2].data == b"\xff\xfe"
    assert [e.name for e in events[:3]] == ["thread.run.created", "thread.message.delta", "thread.message.delta"]
    assert caplog.text.count("does not match the spec") == 3


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        ("[1, 2]", "JSON object"),
        ("{not json", "not JSON"),
        (b"\xff\xfe", "UTF-8"),
        (json.dumps({k: v for k, v in example("RunObject").items() if k != "id"}), "id"),
    ],
)
def test_strict_mode_names_the_event_and_raises_a_validation_error(data: str | bytes, reason: str) -> None:
    raw = data if isinstance(data, bytes) else data.encode()
    body = b"event: thread.run.created\ndata: " + raw + b"\n\n"
    with pytest.raises(ac.EventValidationError, match=reason) as caught:
        events_of([body], strict=True)
    error = caught.value
    assert isinstance(error, ac.APIResponseValidationError)
    assert error.event == "thread.run.created" and "'thread.run.created'" in str(error)
    assert error.operation == "create_run" and len(str(error)) <= 500


def test_data_nested_past_any_parser_is_a_typed_outcome() -> None:
    deep = "[" * 100_000 + "]" * 100_000
    body = (frame("thread.run.created", deep) + frame("thread.new_kind", deep) + frame("done", "[DONE]")).encode()
    tolerant = events_of([body])
    assert [e.event for e in tolerant] == ["unknown", "unknown", "done"]
    assert "RecursionError" in tolerant[0].reason
    with pytest.raises(ac.EventValidationError, match="RecursionError"):
        events_of([body], strict=True)


def test_an_error_event_raises_stream_error_json_or_not() -> None:
    with pytest.raises(ac.StreamError, match="overloaded"):
        events_of([frame("error", "overloaded, try later").encode()])
    with pytest.raises(ac.StreamError, match="boom") as caught:
        events_of([frame("error", {"error": {"message": "boom", "code": "server_error"}}).encode()])
    assert caught.value.code == "server_error"
    with pytest.raises(ac.StreamError, match="bad"):
        events_of([b"event: error\ndata: bad \xff\n\n"])


def test_no_untyped_exception_from_any_bytes() -> None:
    rng = random.Random(8)
    text = real_shaped_streams()["text answer"].encode()
    for _ in range(300):
        body = bytearray(text)
        for _ in range(rng.randint(1, 8)):
            body[rng.randrange(len(body))] = rng.randrange(256)
        with contextlib.suppress(ac.APIError):
            events_of([bytes(body[:200]), bytes(body[200:])], strict=rng.random() < 0.5)


# -- through the client: faults a server cannot send --------------------------------------------


def mock_client(body: bytes, **kwargs: Any) -> Client:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"})

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    return Client(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=http, **kwargs)


def test_a_stream_cut_inside_an_event_raises_stream_interrupted_through_the_client() -> None:
    body = frame("thread.message.delta", delta("a")) + 'event: thread.run.completed\ndata: {"id": "run_'
    with mock_client(body.encode()).stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamInterruptedError, match=r"middle of event 'thread\.run\.completed'"):
            list(stream)


def test_a_corrupt_compressed_stream_is_a_typed_error() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        headers = {"content-type": "text/event-stream", "content-encoding": "gzip"}
        return httpx2.Response(200, stream=httpx2.ByteStream(b"\x1f\x8b\x08\x00 definitely not gzip"), headers=headers)

    transport = httpx2.MockTransport(handler)
    with Client(
        api_key="k", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=transport)
    ) as client:
        with client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
            with pytest.raises(ac.StreamInterruptedError, match="DecodingError") as caught:
                list(stream)
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)


class Paced(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """A stream body sent in pieces, each after a pause: (seconds, bytes), bounded by its list."""

    def __init__(self, pieces: list[tuple[float, bytes]]) -> None:
        self.pieces = pieces

    def __iter__(self) -> Iterator[bytes]:
        for pause, piece in self.pieces:
            time.sleep(pause)
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for pause, piece in self.pieces:
            await asyncio.sleep(pause)
            yield piece


def paced(pieces: list[tuple[float, bytes]]) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, stream=Paced(pieces), headers={"content-type": "text/event-stream"})

    return httpx2.MockTransport(handler)


PING = frame("ping", "keepalive").encode()
DELTA = frame("thread.message.delta", delta("a")).encode()
DONE = frame("done", "[DONE]").encode()


def test_deadline_bounds_the_time_to_the_first_event_not_the_stream() -> None:
    # keep-alives only: they do not count as a first event
    pings = paced([(0.05, PING)] * 40 + [(0, DONE)])
    with Client(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=pings)) as client:
        started = time.monotonic()
        with client.stream_run("thread_1", {"assistant_id": "a"}, deadline=0.3) as stream:
            with pytest.raises(ac.APITimeoutError, match=r"no event within the deadline of 0\.3s"):
                list(stream)
        assert time.monotonic() - started < 1.5
    # once an event has come, slow events after it are fine
    slow = paced([(0, DELTA)] + [(0.15, DELTA)] * 3 + [(0, DONE)])
    with Client(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=slow)) as client:
        with client.stream_run("thread_1", {"assistant_id": "a"}, deadline=0.1) as stream:
            assert "".join(stream.text_deltas()) == "aaaa"


async def test_async_deadline_bounds_the_time_to_the_first_event() -> None:
    pings = paced([(0.05, PING)] * 40 + [(0, DONE)])
    http = httpx2.AsyncClient(transport=pings)
    async with AsyncClient(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=http) as client:
        async with client.stream_run("thread_1", {"assistant_id": "a"}, deadline=0.3) as stream:
            with pytest.raises(ac.APITimeoutError, match="deadline"):
                [event async for event in stream]
    await http.aclose()


def test_deadline_against_a_server_that_answers_late(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client)
    late = {"X-Mock-Fault": "latency=1.5"}
    started = time.monotonic()
    with pytest.raises(ac.APITimeoutError):
        client.stream_run(thread_id, {"assistant_id": assistant_id}, extra_headers=late, deadline=0.5, max_retries=0)
    assert time.monotonic() - started < 2.5


def test_max_response_bytes_caps_each_event_of_a_stream() -> None:
    big = frame("thread.message.delta", delta("x" * 5000)).encode()
    events = paced([(0, big), (0, DONE)])
    with Client(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=events)) as client:
        with client.stream_run("thread_1", {"assistant_id": "a"}, max_response_bytes=4000) as stream:
            with pytest.raises(ac.ResponseTooLargeError, match="max_response_bytes=4000"):
                list(stream)
    many = paced([(0, DELTA)] * 50 + [(0, DONE)])  # more than the cap in all, each event under it
    with Client(api_key="k", base_url="http://127.0.0.1:9/v1", http_client=httpx2.Client(transport=many)) as client:
        with client.stream_run("thread_1", {"assistant_id": "a"}, max_response_bytes=len(DELTA) * 2) as stream:
            assert len(list(stream)) == 51


def test_a_key_the_server_echoes_in_events_stays_out_of_errors_and_logs(caplog: pytest.LogCaptureFixture) -> None:
    key = "sk-stream-SECRET-42"
    bad = frame("thread.run.created", {"id": 5, "echo": key})  # not a valid run: the reason quotes it
    error = frame("error", {"error": {"message": f"bad key {key}", "code": "invalid_api_key", "key": key}})
    for strict, body in ((False, bad + error), (True, bad)):
        events = paced([(0, body.encode())])
        http = httpx2.Client(transport=events)
        with Client(api_key=key, base_url="http://127.0.0.1:9/v1", http_client=http, strict=strict) as client:
            with caplog.at_level(logging.WARNING, logger="assistants_client"):
                with client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
                    with pytest.raises(ac.APIError) as caught:
                        list(stream)
        seen = f"{caught.value} {caught.value.args} {getattr(caught.value, 'data', '')}"
        assert key not in seen and key not in caplog.text, (strict, seen)
        assert isinstance(caught.value, ac.EventValidationError if strict else ac.StreamError)


def test_the_strict_flag_of_the_client_settings_reaches_streams() -> None:
    body = (frame("thread.run.created", "[]") + frame("done", "[DONE]")).encode()
    with mock_client(body).stream_run("thread_1", {"assistant_id": "a"}) as stream:
        assert [e.event for e in stream] == ["unknown", "done"]
    with mock_client(body, strict=True).stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.EventValidationError):
            list(stream)


# -- against the local server -------------------------------------------------------------------


@pytest.fixture
def client(assistants_server: Server) -> Iterator[Client]:
    with Client(api_key="sk-test", base_url=assistants_server.base_url, strict=True) as client:
        yield client


@pytest.fixture
async def aclient(assistants_server: Server) -> AsyncIterator[AsyncClient]:
    async with AsyncClient(api_key="sk-test", base_url=assistants_server.base_url, strict=True) as client:
        yield client


def tool_thread(client: Client) -> tuple[str, str]:
    assistant = client.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})
    thread = client.create_thread({})
    client.create_message(thread.id, {"role": "user", "content": ASK})
    return thread.id, assistant.id


def test_events_are_typed_and_narrow(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client)
    with client.stream_tools(thread_id, assistant_id, {"get_weather": lambda city: "cold"}) as stream:
        kinds = {type(event) for event in stream}
    assert ThreadRunCreatedEvent in kinds and ThreadMessageDeltaEvent in kinds
    assert ac.UnknownEvent not in kinds


def test_breaking_out_leaves_the_run_active_unless_cancelled(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client)
    with client.stream_tools(thread_id, assistant_id, {"get_weather": lambda city: "cold"}) as stream:
        for event in stream:
            if event.event == "thread.run.created":
                break
    with pytest.raises(ac.BadRequestError, match=r"while a run .* is active"):
        client.create_message(thread_id, {"role": "user", "content": "again"})
    run = stream.current_run
    assert run is not None
    client.cancel_run(thread_id, run.id)
    client.poll_run(thread_id, run.id, poll_interval=0.01)

    for how in ("cancel_on_close", "cancel()"):
        client.create_message(thread_id, {"role": "user", "content": ASK})
        stream = client.stream_tools(
            thread_id, assistant_id, {"get_weather": lambda city: "cold"}, cancel_on_close=how == "cancel_on_close"
        )
        with stream:
            for event in stream:
                if event.event == "thread.run.requires_action":
                    break
            if how == "cancel()":
                ended = stream.cancel()
                assert ended is not None and ended.status == "cancelled"
                assert stream.current_run is ended
        final = client.get_run(thread_id, stream.current_run.id if stream.current_run else "")
        assert final.status == "cancelled", how
        client.create_message(thread_id, {"role": "user", "content": f"after {how}"})  # the thread is free
        client.create_run_and_poll(thread_id, {"assistant_id": assistant_id}, poll_interval=0.01)


def test_cancel_on_close_leaves_a_finished_stream_alone(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client)
    with client.stream_tools(thread_id, assistant_id, {"get_weather": lambda city: "cold"}, cancel_on_close=True) as s:
        run = s.final_run()
    assert run.status == "completed"
    assert client.get_run(thread_id, run.id).status == "completed"


def test_stream_options_reach_the_request(client: Client, assistants_server: Server) -> None:
    thread_id, assistant_id = tool_thread(client)
    cut = {"X-Mock-Fault": "cut_stream_after=3"}
    with client.stream_tools(
        thread_id,
        assistant_id,
        {"get_weather": lambda city: "cold"},
        timeout=30,
        extra_headers=cut,
        extra_query={"a": "b"},
    ) as stream:
        cuts = assistants_server.stats()["cut_streams"]
        events = list(stream)  # each stream is cut after 3 events, and resumed (with the header again)
    assert assistants_server.stats()["cut_streams"] > cuts + 1
    assert events[-1].event == "done" and stream.final_run().status == "completed"


def test_polling_takes_poll_timeout_and_poll_interval_everywhere(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client)
    run = client.create_run_and_poll(thread_id, {"assistant_id": assistant_id}, poll_timeout=10, poll_interval=0.01)
    assert run.status == "requires_action"
    again = client.poll_run(thread_id, run.id, poll_timeout=10, poll_interval=0.01)
    assert again.id == run.id
    outputs = {
        "tool_outputs": [
            {"tool_call_id": c.id, "output": "x"} for c in run.required_action.submit_tool_outputs.tool_calls
        ]
    }  # type: ignore[union-attr]
    done = client.submit_tool_outputs_and_poll(thread_id, run.id, outputs, poll_timeout=10, poll_interval=0.01)
    assert done.status == "completed"


async def test_async_streams_work_with_and_without_await(aclient: AsyncClient) -> None:
    assistant = await aclient.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})
    thread = await aclient.create_thread({})
    await aclient.create_message(thread.id, {"role": "user", "content": "hello"})
    async with aclient.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
        text = "".join([piece async for piece in stream.text_deltas()])
    assert "hello" in text
    await aclient.create_message(thread.id, {"role": "user", "content": "twice"})
    async with await aclient.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
        assert (await stream.final_run()).status == "completed"

    async with aclient.stream_thread_and_run(
        {"assistant_id": assistant.id, "thread": {"messages": [{"role": "user", "content": ASK}]}}
    ) as stream:
        run = await stream.final_run()
    assert run.status == "requires_action" and run.required_action is not None
    outputs = [{"tool_call_id": c.id, "output": "cold"} for c in run.required_action.submit_tool_outputs.tool_calls]
    async with aclient.stream_tool_outputs(run.thread_id, run.id, {"tool_outputs": outputs}) as stream:
        assert (await stream.final_run()).status == "completed"

    async def get_weather(city: str) -> str:
        return f"cold in {city}"

    await aclient.create_message(run.thread_id, {"role": "user", "content": ASK})
    async with aclient.stream_tools(run.thread_id, assistant.id, {"get_weather": get_weather}, timeout=30) as stream:
        names = [event.event async for event in stream]
    assert "thread.run.requires_action" in names and names[-1] == "done" and names.count("done") == 1
    assert (await aclient.get_run(run.thread_id, stream.current_run.id)).status == "completed"  # type: ignore[union-attr]


async def test_async_cancel_on_close_and_cancel(aclient: AsyncClient) -> None:
    assistant = await aclient.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})
    thread = await aclient.create_thread({})
    for how in ("cancel_on_close", "cancel()"):
        await aclient.create_message(thread.id, {"role": "user", "content": ASK})
        stream = aclient.stream_tools(
            thread.id, assistant.id, {"get_weather": lambda city: "x"}, cancel_on_close=how == "cancel_on_close"
        )
        async with stream:
            async for event in stream:
                if event.event == "thread.run.requires_action":
                    break
            if how == "cancel()":
                ended = await stream.cancel()
                assert ended is not None and ended.status == "cancelled"
        assert stream.current_run is not None
        assert (await aclient.get_run(thread.id, stream.current_run.id)).status == "cancelled", how
        await aclient.create_message(thread.id, {"role": "user", "content": f"after {how}"})


async def test_an_async_stream_closed_before_it_was_opened_sends_nothing(aclient: AsyncClient) -> None:
    stream = aclient.stream_run("thread_none", {"assistant_id": "asst_none"})
    await stream.close()
    assert [event async for event in stream] == []
    with pytest.raises(ac.NotFoundError):
        async with aclient.stream_run("thread_none", {"assistant_id": "asst_none"}):
            pass


def test_events_before_an_error_in_the_same_chunk_are_yielded_first() -> None:
    body = frame("thread.message.delta", delta("Hello")) + frame("error", {"message": "boom", "type": "server_error"})
    seen: list[str] = []
    with mock_client(body.encode()).stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamError, match="boom"):
            for event in stream:
                seen.append(event.event)
    assert seen == ["thread.message.delta"]


def test_events_before_a_strict_rejection_in_the_same_chunk_are_yielded_first() -> None:
    body = frame("ping", "keepalive") + frame("thread.brand_new", "x") + frame("thread.run.created", {"id": 5})
    seen: list[str] = []
    with mock_client(body.encode(), strict=True).stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.EventValidationError):
            for event in stream:
                seen.append(event.name if event.event == "unknown" else event.event)
    assert seen == ["ping", "thread.brand_new"]
