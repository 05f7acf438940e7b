"""Resuming a cut run stream (`_resume`), with a mock transport: a connection that breaks mid-way
after some events is a fault a server cannot be made to produce cleanly. The host numbers its
events (`id:`) and answers `getRunEvents` with those after `last_event_id`; the client goes on with
them, or raises StreamResumeError naming the operation, thread, run and last id. The same against
the real server (its cut-stream fault, and replicas on PostgreSQL) is in test_facade_server.py and
tests/server/test_server_resume.py.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_client import AssistantEventHandler, AsyncClient, Client
from assistants_client import _resume as resume_module

from .test_facade_faults import delta, example
from .test_streams import frame

BASE = "http://127.0.0.1:9/v1"


def numbered(start: int, count: int) -> list[tuple[str, Any, str]]:
    """`count` events of one run from position `start`: created, deltas "0", "1", ..., completed."""
    run = example("RunObject")
    events: list[tuple[str, Any]] = [("thread.run.created", run)]
    events += [("thread.message.delta", delta(str(i))) for i in range(count - 2)]
    events.append(("thread.run.completed", {**run, "status": "completed"}))
    return [(name, data, str(start + i)) for i, (name, data) in enumerate(events)]


def wire(events: list[tuple[str, Any, str]], ids: bool = True) -> list[bytes]:
    return [
        frame(name, data, extra="").encode()[:-1] + (f"id: {i}\n\n" if ids else "\n").encode()
        for name, data, i in events
    ]


class Broken(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    """Sends its chunks, then breaks like a reset connection (or ends, `ends` True, without `done`)."""

    def __init__(self, chunks: list[bytes], ends: bool = False) -> None:
        self.chunks = chunks
        self.ends = ends

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if not self.ends:
            raise httpx2.ReadError("connection reset")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if not self.ends:
            raise httpx2.ReadError("connection reset")


class Host:
    """A host with one run of `events`: the first stream breaks after `cut` of them; each resume
    answers what `resumes` says (a status, a connection failure, or the events after the id)."""

    def __init__(
        self, events: list[tuple[str, Any, str]], cut: int, resumes: list[Any] | None = None, ids: bool = True
    ):
        self.events = events
        self.cut = cut
        self.resumes = list(resumes or ["events"])
        self.ids = ids
        self.asked: list[httpx2.Request] = []

    def handler(self, request: httpx2.Request) -> httpx2.Response:
        self.asked.append(request)
        headers = {"content-type": "text/event-stream"}
        if request.method == "POST":
            return httpx2.Response(200, stream=Broken(wire(self.events[: self.cut], self.ids)), headers=headers)
        answer = self.resumes.pop(0) if self.resumes else "events"
        if answer == "refused":
            raise httpx2.ConnectError("connection refused")
        if isinstance(answer, int):
            body = {"error": {"message": "gone", "type": "invalid_request_error", "code": "run_events_unavailable"}}
            return httpx2.Response(answer, json=body)
        after = request.url.params["last_event_id"]
        rest = [e for e in self.events if int(e[2]) > int(after)]
        chunks = [*wire(rest), frame("done", "[DONE]").encode()]
        if answer == "cut again":
            return httpx2.Response(200, stream=Broken(chunks[:2], ends=True), headers=headers)
        return httpx2.Response(200, stream=Broken(chunks, ends=True), headers=headers)

    def client(self) -> Client:
        return Client(
            api_key="k", base_url=BASE, http_client=httpx2.Client(transport=httpx2.MockTransport(self.handler))
        )

    def aclient(self) -> AsyncClient:
        transport = httpx2.MockTransport(self.handler)
        return AsyncClient(api_key="k", base_url=BASE, http_client=httpx2.AsyncClient(transport=transport))


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(resume_module, "RESUME_BACKOFF", (0.0, 0.01))


def texts(events: list[Any]) -> list[str]:
    return [e.data.delta.content[0].text.value for e in events if e.event == "thread.message.delta"]


def test_a_cut_stream_goes_on_after_its_last_id_without_a_gap_or_a_repeat() -> None:
    host = Host(numbered(100, 12), cut=5, resumes=["cut again", "events"])
    with host.client() as client, client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
        events = list(stream)
        assert stream.resumes == 2
    assert texts(events) == [str(i) for i in range(10)]
    assert [e.event for e in events][-2:] == ["thread.run.completed", "done"]
    gets = [r for r in host.asked if r.method == "GET"]
    run = example("RunObject")  # the thread and run its created event names
    assert [r.url.path for r in gets] == [f"/v1/threads/{run['thread_id']}/runs/{run['id']}/events"] * 2
    assert [r.url.params["last_event_id"] for r in gets] == ["104", "106"]  # after each cut, the last id seen
    assert "stream" not in gets[0].url.params and gets[0].content == b""


def test_the_event_handler_hears_every_event_across_a_resume() -> None:
    heard: list[str] = []

    class Handler(AssistantEventHandler):
        def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            heard.append(delta.value)

    host = Host(numbered(1, 8), cut=4)
    with host.client() as client, client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
        stream.until_done(Handler())
        assert stream.final_run().status == "completed"
    assert heard == [str(i) for i in range(6)]


def test_a_host_without_ids_gives_a_typed_error_naming_the_run() -> None:
    host = Host(numbered(1, 8), cut=4, ids=False)
    with host.client() as client, client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamResumeError, match="sent no event ids") as caught:
            list(stream)
    error = caught.value
    assert isinstance(error, ac.StreamInterruptedError) and isinstance(error, ac.APIConnectionError)
    run = example("RunObject")
    assert (error.operation, error.thread_id, error.run_id, error.last_event_id) == (
        "create_run",
        run["thread_id"],
        run["id"],
        None,
    )
    assert isinstance(error.__cause__, httpx2.ReadError)
    assert not [r for r in host.asked if r.method == "GET"]


def test_a_stream_cut_before_it_names_its_run_cannot_be_resumed() -> None:
    host = Host(numbered(1, 8), cut=0)
    with host.client() as client, client.stream_thread_and_run({"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamResumeError, match="sent no event ids") as caught:
            list(stream)
    assert (caught.value.operation, caught.value.thread_id, caught.value.run_id) == (
        "create_thread_and_run",
        None,
        None,
    )


def test_a_refused_resume_ends_at_once_and_failing_tries_end_within_their_bound() -> None:
    host = Host(numbered(1, 8), cut=3, resumes=[410])
    with host.client() as client, client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamResumeError, match="refused") as caught:
            list(stream)
    assert caught.value.last_event_id == "3" and caught.value.tries == 1
    assert isinstance(caught.value.__cause__, ac.APIStatusError) and caught.value.__cause__.status_code == 410

    host = Host(numbered(1, 8), cut=3, resumes=["refused"] * 10)
    started = time.monotonic()
    with host.client() as client, client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
        with pytest.raises(ac.StreamResumeError, match="5 tries") as caught:
            list(stream)
    assert time.monotonic() - started < 5
    assert caught.value.tries == resume_module.RESUME_TRIES == len([r for r in host.asked if r.method == "GET"])
    assert isinstance(caught.value.__cause__, ac.APIConnectionError)


def test_a_replica_shutting_down_mid_stream_is_resumed_elsewhere() -> None:
    events = numbered(1, 8)
    shutdown = {"message": "stopping", "type": "server_error", "code": "server_shutting_down"}
    host = Host(events, cut=3)
    first = [*wire(events[:3]), frame("error", shutdown).encode()]

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.method == "POST":
            host.asked.append(request)
            return httpx2.Response(200, stream=Broken(first, ends=True), headers={"content-type": "text/event-stream"})
        return host.handler(request)

    transport = httpx2.MockTransport(handler)
    with Client(api_key="k", base_url=BASE, http_client=httpx2.Client(transport=transport)) as client:
        with client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
            assert texts(list(stream)) == [str(i) for i in range(6)]
        other = {**shutdown, "code": "run_owner_lost"}  # any other error event ends the stream
        first[-1] = frame("error", other).encode()
        with client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
            with pytest.raises(ac.StreamError) as caught:
                list(stream)
        assert caught.value.code == "run_owner_lost" and not isinstance(caught.value, ac.StreamInterruptedError)


async def test_async_streams_resume_too() -> None:
    host = Host(numbered(100, 12), cut=5, resumes=["refused", "cut again", "events"])
    async with host.aclient() as client:
        async with client.stream_run("thread_1", {"assistant_id": "a"}) as stream:
            events = [event async for event in stream]
        assert texts(events) == [str(i) for i in range(10)]
        assert (await stream.final_run()).status == "completed" and stream.resumes == 2
        host = Host(numbered(1, 8), cut=4, ids=False)
        async with host.aclient() as other:
            async with other.stream_run("thread_1", {"assistant_id": "a"}) as stream:
                with pytest.raises(ac.StreamResumeError):
                    _ = [event async for event in stream]
    await asyncio.sleep(0)
