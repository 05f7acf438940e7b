"""Server-sent events of a run, decoded with the generated models as they arrive.

`RunStream` (and `AsyncRunStream`) wrap one or more HTTP event streams. Iterate for typed
events (`assistants_api.api.StreamEvent`): comparing `event.event` with a name, by `==` or in a
`match`, narrows `event.data` to the model the spec names for that event.

What is not a typed event still comes through, as an `UnknownEvent` (whose `event` is always
"unknown", with the wire name in `.name`): an event name the spec does not know (its data need
not be JSON: `event: ping` / `data: keepalive` is fine), and, in tolerant mode (the default), an
event whose data does not decode, with a logged warning. A strict client raises
`EventValidationError` for the latter instead. An `error` event raises `StreamError`; a stream
that ends before `done`, or in the middle of an event, raises `StreamInterruptedError`.

The decisions live in two pure pieces, `_sse.SSEDecoder` (framing) and `_events.EventReader`
(decoding, errors, the end of a stream); the sync and async loops here only move bytes.
"""

from __future__ import annotations

from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Generator, Iterable, Iterator
from typing import TYPE_CHECKING, Any, cast

import httpx2
from assistants_api.api import StreamEvent, UnknownEvent

from ._events import EventReader, EventValidationError
from ._exceptions import APIError, StreamInterruptedError
from ._runcore import TERMINAL
from ._sse import SSEDecoder

if TYPE_CHECKING:
    from assistants_api.models import MessageObject, RunObject

    from ._handlers import AssistantEventHandler, AsyncAssistantEventHandler

__all__ = [
    "AsyncRunStream",
    "EventReader",
    "EventValidationError",
    "RunStream",
    "SSEDecoder",
    "StreamEvent",
    "UnknownEvent",
]


# -- the loops: bytes in, events out ----------------------------------------------------------------


def iter_events(reader: EventReader, chunks: Iterable[bytes]) -> Iterator[StreamEvent]:
    """Every event of one HTTP stream, up to and including `done`."""
    try:
        for chunk in chunks:
            yield from reader.feed(chunk)
            if reader.done:
                return
    except (httpx2.HTTPError, httpx2.StreamError) as exc:  # reset, timeout, corrupt gzip, closed
        raise reader.broken(exc) from exc
    yield from reader.end()


async def aiter_events(reader: EventReader, chunks: AsyncIterator[bytes]) -> AsyncIterator[StreamEvent]:
    """The async twin of iter_events."""
    try:
        async for chunk in chunks:
            for event in reader.feed(chunk):
                yield event
            if reader.done:
                return
    except (httpx2.HTTPError, httpx2.StreamError) as exc:  # reset, timeout, corrupt gzip, closed
        raise reader.broken(exc) from exc
    for event in reader.end():
        yield event


# -- what the helpers report ------------------------------------------------------------------------


class _Tracker:
    """What the helpers report at the end: the latest run, the completed messages; and whether
    closing the stream now should cancel its run."""

    __slots__ = ("cancel_on_close", "done", "messages", "run")

    def __init__(self, cancel_on_close: bool) -> None:
        self.run: RunObject | None = None
        self.messages: list[MessageObject] = []
        self.done = False
        self.cancel_on_close = cancel_on_close

    def see(self, event: StreamEvent) -> None:
        name = event.event
        if name == "thread.message.delta":  # by far the most frequent: nothing to record
            return
        if name.startswith("thread.run.") and not name.startswith("thread.run.step."):
            self.run = cast("RunObject", event.data)
        elif name == "thread.message.completed" or name == "thread.message.incomplete":
            self.messages.append(cast("MessageObject", event.data))
        elif name == "done":
            self.done = True

    def adopt(self, later: _Tracker) -> None:
        """What a later stream of the same run (a tool round) saw, as if this one had."""
        self.run = later.run or self.run
        self.messages += later.messages
        self.done = later.done

    def run_to_cancel(self) -> RunObject | None:
        """The run to cancel on closing: closed before `done`, with a run that is not over."""
        run = self.run
        if not self.cancel_on_close or self.done or run is None or str(run.status) in TERMINAL:
            return None
        self.cancel_on_close = False  # once
        return run

    def final_run(self) -> RunObject:
        if self.run is None:
            raise StreamInterruptedError("the stream ended without any run event")
        return self.run


def text_of(event: StreamEvent) -> str:
    """The text a `thread.message.delta` event adds ("" for any other event)."""
    if event.event != "thread.message.delta":
        return ""
    return event.data.delta.text


CancelRun = Callable[["RunObject"], "RunObject"]
"""Cancels a run and waits for it to settle (what `cancel()` and `cancel_on_close` call)."""
AsyncCancelRun = Callable[["RunObject"], Awaitable["RunObject"]]
Follow = Callable[["RunObject", list[dict[str, Any]], bool], Any]
"""Submits tool outputs for a run and gives the stream of the rest (`cancel_on_close` third)."""


class ToolRounds:
    """The events of a `stream_tools` run, one stream per round of tool outputs, as one
    iterable; `resumes` counts the cuts resumed in every round so far."""

    __slots__ = ("_events", "streams")

    def __init__(self, events: Iterable[StreamEvent] | AsyncIterable[StreamEvent], streams: list[Any]) -> None:
        self._events = events
        self.streams = streams  # each round's RunStream or AsyncRunStream, appended as it opens

    def __iter__(self) -> Iterator[StreamEvent]:
        return iter(cast("Iterable[StreamEvent]", self._events))

    def __aiter__(self) -> AsyncIterator[StreamEvent]:
        return aiter(cast("AsyncIterable[StreamEvent]", self._events))

    @property
    def resumes(self) -> int:
        return sum(stream.resumes for stream in self.streams)


class RunStream:
    """The events of a streamed run. Use it in a `with` block so the connection is closed.

    Leaving the block (or `break`ing out of the loop) before the stream's end closes the
    connection but does not stop the run: the server goes on with it, and the thread takes no
    new message or run until it is over. `cancel()` cancels it and waits until it has stopped;
    `cancel_on_close=True` on the method that made the stream does that on any early close."""

    def __init__(
        self,
        events: Iterable[StreamEvent],
        close: Callable[[], None],
        cancel: CancelRun | None = None,
        *,
        cancel_on_close: bool = False,
        follow: Follow | None = None,
    ) -> None:
        self._events = events
        self._close = close
        self._cancel = cancel
        self._follow = follow
        self._state = _Tracker(cancel_on_close)

    def start(self) -> RunStream:
        """The stream itself: a sync stream's request was sent by the method that made it (the
        twin of AsyncRunStream.start)."""
        return self

    def __enter__(self) -> RunStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (and cancel the run, if made with `cancel_on_close=True` and
        the stream had not reached its end)."""
        self._close()
        run = self._state.run_to_cancel()
        if run is not None and self._cancel is not None:
            self._state.run = self._cancel(run)

    def cancel(self) -> RunObject | None:
        """Close the stream and cancel its run, waiting until it has stopped; the run as it
        ended (None when no run event had arrived yet, so there was nothing to cancel)."""
        self._state.cancel_on_close = True
        self.close()
        return self._state.run

    def __iter__(self) -> Iterator[StreamEvent]:
        see = self._state.see
        try:
            for event in self._events:
                see(event)
                yield event
        except APIError:
            self.close()
            raise
        self.close()

    def text_deltas(self) -> Iterator[str]:
        """The answer's text, piece by piece as it arrives."""
        for event in self:
            text = text_of(event)
            if text:
                yield text

    def until_done(self, handler: AssistantEventHandler | None = None) -> RunStream:
        """Read the stream to its end; with an event `handler`, call it for every event (and
        answer `requires_action` with what its `on_requires_action` returns: see
        AssistantEventHandler)."""
        if handler is not None:
            from ._handlers import drive

            drive(self, handler)
            return self
        for _ in self:
            pass
        return self

    @property
    def can_follow(self) -> bool:
        """Whether `follow` can submit tool outputs (a stream_tools stream answers them itself)."""
        return self._follow is not None

    def follow(self, run: RunObject, outputs: list[dict[str, Any]]) -> RunStream:
        """Submit tool outputs for `run` and give the stream of the rest of it."""
        if self._follow is None:
            raise APIError("this stream cannot submit tool outputs")
        stream: RunStream = self._follow(run, outputs, self._state.cancel_on_close)
        return stream

    def adopt(self, later: RunStream) -> None:
        """Take what `later` (the stream after tool outputs) saw: `final_run` and
        `final_messages` then report the run's end."""
        self._state.adopt(later._state)

    @property
    def current_run(self) -> RunObject | None:
        """The run as of the latest run event seen so far."""
        return self._state.run

    @property
    def resumes(self) -> int:
        """How many times the stream was cut and resumed where it broke off (a host that numbers
        its events, like assistants_server; see `StreamResumeError` for when it cannot be)."""
        return int(getattr(self._events, "resumes", 0))

    def final_run(self) -> RunObject:
        """The run as the stream left it (reads the rest of the stream first)."""
        self.until_done()
        return self._state.final_run()

    def final_messages(self) -> list[MessageObject]:
        """Every message the stream completed (reads the rest of the stream first)."""
        self.until_done()
        return list(self._state.messages)


AsyncOpen = Callable[[], Awaitable[tuple[AsyncIterable[StreamEvent], Callable[[], Awaitable[None]]]]]
"""Sends the request of an async stream: its events and how to close it."""


class AsyncRunStream:
    """The async twin of RunStream: `async with client.stream_run(...) as stream:`, `async for`.

    The request is sent on entering the block (or on first iteration); `await` on the stream
    sends it too and gives the stream back, so `async with await ...` also works."""

    def __init__(
        self,
        open: AsyncOpen,
        cancel: AsyncCancelRun | None = None,
        *,
        cancel_on_close: bool = False,
        follow: Follow | None = None,
    ) -> None:
        self._follow = follow
        self._open: AsyncOpen | None = open
        self._events: AsyncIterable[StreamEvent] | None = None
        self._close: Callable[[], Awaitable[None]] | None = None
        self._cancel = cancel
        self._state = _Tracker(cancel_on_close)

    async def start(self) -> AsyncRunStream:
        """Send the request (once); entering the block or iterating does it for you."""
        if self._open is not None:
            open, self._open = self._open, None
            self._events, self._close = await open()
        return self

    def __await__(self) -> Generator[Any, None, AsyncRunStream]:
        return self.start().__await__()

    async def __aenter__(self) -> AsyncRunStream:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Close the connection (and cancel the run: see RunStream.close)."""
        self._open = None
        if self._close is not None:
            await self._close()
        run = self._state.run_to_cancel()
        if run is not None and self._cancel is not None:
            self._state.run = await self._cancel(run)

    async def cancel(self) -> RunObject | None:
        """Close the stream and cancel its run, waiting until it has stopped (see RunStream.cancel)."""
        self._state.cancel_on_close = True
        await self.close()
        return self._state.run

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        await self.start()
        if self._events is None:  # closed before it was opened
            return
        see = self._state.see
        try:
            async for event in self._events:
                see(event)
                yield event
        except APIError:
            await self.close()
            raise
        await self.close()

    async def text_deltas(self) -> AsyncIterator[str]:
        """The answer's text, piece by piece as it arrives."""
        async for event in self:
            text = text_of(event)
            if text:
                yield text

    async def until_done(self, handler: AsyncAssistantEventHandler | None = None) -> AsyncRunStream:
        """Read the stream to its end, calling `handler` for every event (see RunStream.until_done)."""
        if handler is not None:
            from ._handlers import adrive

            await adrive(self, handler)
            return self
        async for _ in self:
            pass
        return self

    @property
    def can_follow(self) -> bool:
        """Whether `follow` can submit tool outputs (see RunStream.can_follow)."""
        return self._follow is not None

    def follow(self, run: RunObject, outputs: list[dict[str, Any]]) -> AsyncRunStream:
        """Submit tool outputs for `run` and give the stream of the rest of it (sent on entering it)."""
        if self._follow is None:
            raise APIError("this stream cannot submit tool outputs")
        stream: AsyncRunStream = self._follow(run, outputs, self._state.cancel_on_close)
        return stream

    def adopt(self, later: AsyncRunStream) -> None:
        """Take what `later` saw (see RunStream.adopt)."""
        self._state.adopt(later._state)

    @property
    def current_run(self) -> RunObject | None:
        """The run as of the latest run event seen so far."""
        return self._state.run

    @property
    def resumes(self) -> int:
        """How many times the stream was cut and resumed (see RunStream.resumes)."""
        return int(getattr(self._events, "resumes", 0))

    async def final_run(self) -> RunObject:
        """The run as the stream left it (reads the rest of the stream first)."""
        await self.until_done()
        return self._state.final_run()

    async def final_messages(self) -> list[MessageObject]:
        """Every message the stream completed (reads the rest of the stream first)."""
        await self.until_done()
        return list(self._state.messages)
