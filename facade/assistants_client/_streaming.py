"""Server-sent events of a run, decoded with the generated models as they arrive.

`RunStream` (and `AsyncRunStream`) wrap one or more HTTP event streams. Iterate for
`StreamEvent(event, data)` pairs: `data` is the model the spec names for that event
(`assistants_api.api.STREAM_EVENTS`), or the parsed JSON for an event the spec does not know,
which is passed through rather than dropped. An `error` event raises `StreamError`; a stream
that ends before `done` raises `StreamInterruptedError`.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any

import httpx2
from assistants_api import errors as generated_errors
from assistants_api.api import STREAM_EVENTS, Operation, decode_model

from ._exceptions import APIConnectionError, APIResponseValidationError, StreamError, StreamInterruptedError

if TYPE_CHECKING:
    from assistants_api.models import MessageObject, RunObject

__all__ = ["AsyncRunStream", "RunStream", "SSEDecoder", "StreamEvent"]


class StreamEvent:
    """One event: its name (`thread.message.delta`, ...) and its decoded `data`."""

    __slots__ = ("data", "event")

    def __init__(self, event: str, data: Any) -> None:
        self.event = event
        self.data = data

    def __iter__(self) -> Iterator[Any]:
        return iter((self.event, self.data))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StreamEvent) and (self.event, self.data) == (other.event, other.data)

    def __hash__(self) -> int:
        return hash(self.event)

    def __repr__(self) -> str:
        return f"StreamEvent({self.event!r}, {type(self.data).__name__})"


class SSEDecoder:
    """Incremental parser of the text/event-stream framing: feed bytes, get (event, data) pairs."""

    __slots__ = ("_buffer",)

    def __init__(self) -> None:
        self._buffer = b""

    def feed(self, chunk: bytes) -> list[tuple[str, str]]:
        data = self._buffer + chunk
        if b"\r" in data:
            # A "\r\n" split across chunks must not turn into two line ends.
            keep = data.endswith(b"\r")
            data = (data[:-1] if keep else data).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            if keep:
                data += b"\r"
        blocks = data.split(b"\n\n")
        self._buffer = blocks.pop()
        events = []
        for block in blocks:
            parsed = _parse_block(block)
            if parsed is not None:
                events.append(parsed)
        return events

    def flush(self) -> list[tuple[str, str]]:
        """What is left once the stream has ended (a last event without its blank line)."""
        rest, self._buffer = self._buffer.rstrip(b"\r\n"), b""
        parsed = _parse_block(rest) if rest else None
        return [parsed] if parsed is not None else []


def _parse_block(block: bytes) -> tuple[str, str] | None:
    # The shape the API always sends, "event: NAME\ndata: JSON", takes the short way.
    if block.startswith(b"event: "):
        end = block.find(b"\n")
        if end > 0 and block.startswith(b"data: ", end + 1) and block.find(b"\n", end + 1) < 0:
            return block[7:end].decode(), block[end + 7 :].decode()
    event = "message"
    lines: list[bytes] = []
    for line in block.split(b"\n"):
        if line.startswith(b"data:"):
            value = line[5:]
            lines.append(value[1:] if value[:1] == b" " else value)
        elif line.startswith(b"event:"):
            event = line[6:].strip().decode()
        # `id:`, `retry:` and `:comment` lines carry nothing the Assistants API uses.
    if not lines:
        return None
    return event, b"\n".join(lines).decode()


def decode_event(op: Operation, response: httpx2.Response, name: str, data: str) -> StreamEvent:
    """Turn one framed event into a StreamEvent, or raise for `error` and malformed data."""
    if name == "done":
        return StreamEvent(name, data)
    try:
        payload = json.loads(data)
    except ValueError as exc:
        raise APIResponseValidationError(
            f"{op.name}: event {name!r} carries data that is not JSON: {data[:200]!r}",
            response=response,
            operation=op.name,
            model=None,
        ) from exc
    if name == "error":
        error = payload.get("error", payload) if isinstance(payload, dict) else {}
        message = str(error.get("message") or data) if isinstance(error, dict) else data
        code = error.get("code") if isinstance(error, dict) else None
        raise StreamError(f"{op.name}: the server reported an error mid-stream: {message}", code=code, data=payload)
    cls = _event_models.get(name)
    if cls is None:
        ref = STREAM_EVENTS.get(name)
        if ref is None:
            return StreamEvent(name, payload)
        cls = _event_models[name] = op.model(ref)
    if type(payload) is dict:
        try:
            return StreamEvent(name, cls.from_dict(payload))
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # decode_model below names what is wrong
    try:
        return StreamEvent(name, decode_model(cls, payload, op.name))
    except generated_errors.ResponseDecodeError as exc:
        raise APIResponseValidationError(str(exc), response=response, operation=op.name, model=exc.model) from exc


_event_models: dict[str, Any] = {}
"""Model classes by event name, resolved from STREAM_EVENTS on first sight."""


def iter_events(op: Operation, response: httpx2.Response, chunks: Iterable[bytes]) -> Iterator[StreamEvent]:
    """Every event of one HTTP stream, up to and including `done`."""
    decoder = SSEDecoder()
    try:
        for chunk in chunks:
            for name, data in decoder.feed(chunk):
                event = decode_event(op, response, name, data)
                yield event
                if name == "done":
                    return
    except httpx2.TransportError as exc:
        raise StreamInterruptedError(f"{op.name}: the event stream broke off: {exc}", request=response.request) from exc
    for name, data in decoder.flush():
        event = decode_event(op, response, name, data)
        yield event
        if name == "done":
            return
    raise StreamInterruptedError(f"{op.name}: the event stream ended before `done`", request=response.request)


async def aiter_events(op: Operation, response: httpx2.Response) -> AsyncIterator[StreamEvent]:
    """The async twin of iter_events."""
    decoder = SSEDecoder()
    try:
        async for chunk in response.aiter_bytes():
            for name, data in decoder.feed(chunk):
                yield decode_event(op, response, name, data)
                if name == "done":
                    return
    except httpx2.TransportError as exc:
        raise StreamInterruptedError(f"{op.name}: the event stream broke off: {exc}", request=response.request) from exc
    for name, data in decoder.flush():
        yield decode_event(op, response, name, data)
        if name == "done":
            return
    raise StreamInterruptedError(f"{op.name}: the event stream ended before `done`", request=response.request)


class _Tracker:
    """What the helpers report at the end: the latest run, the completed messages, the text."""

    __slots__ = ("done", "messages", "run")

    def __init__(self) -> None:
        self.run: RunObject | None = None
        self.messages: list[MessageObject] = []
        self.done = False

    def see(self, event: StreamEvent) -> None:
        name = event.event
        if name == "thread.message.delta":  # by far the most frequent: nothing to record
            return
        if name.startswith("thread.run.") and not name.startswith("thread.run.step."):
            self.run = event.data
        elif name == "thread.message.completed" or name == "thread.message.incomplete":
            self.messages.append(event.data)
        elif name == "done":
            self.done = True


def text_of(event: StreamEvent) -> str:
    """The text a `thread.message.delta` event adds ("" for any other event)."""
    if event.event != "thread.message.delta":
        return ""
    pieces = []
    for part in getattr(event.data.delta, "content", None) or ():
        text = getattr(part, "text", None)
        value = getattr(text, "value", None)
        if isinstance(value, str):
            pieces.append(value)
    return "".join(pieces)


class RunStream:
    """The events of a streamed run. Use it in a `with` block so the connection is closed."""

    def __init__(self, events: Iterator[StreamEvent], close: Callable[[], None]) -> None:
        self._events = events
        self._close = close
        self._state = _Tracker()

    def __enter__(self) -> RunStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._close()

    def __iter__(self) -> Iterator[StreamEvent]:
        try:
            for event in self._events:
                self._state.see(event)
                yield event
        except (APIConnectionError, StreamError, APIResponseValidationError):
            self.close()
            raise
        self.close()

    def text_deltas(self) -> Iterator[str]:
        """The answer's text, piece by piece as it arrives."""
        for event in self:
            text = text_of(event)
            if text:
                yield text

    def until_done(self) -> RunStream:
        """Read the stream to its end."""
        for _ in self:
            pass
        return self

    @property
    def current_run(self) -> RunObject | None:
        """The run as of the latest run event seen so far."""
        return self._state.run

    def final_run(self) -> RunObject:
        """The run as the stream left it (reads the rest of the stream first)."""
        self.until_done()
        if self._state.run is None:
            raise StreamInterruptedError("the stream ended without any run event")
        return self._state.run

    def final_messages(self) -> list[MessageObject]:
        """Every message the stream completed (reads the rest of the stream first)."""
        self.until_done()
        return list(self._state.messages)


class AsyncRunStream:
    """The async twin of RunStream: `async with`, `async for`."""

    def __init__(self, events: AsyncIterator[StreamEvent], close: Callable[[], Any]) -> None:
        self._events = events
        self._close = close
        self._state = _Tracker()

    async def __aenter__(self) -> AsyncRunStream:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def close(self) -> None:
        result = self._close()
        if hasattr(result, "__await__"):
            await result

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        try:
            async for event in self._events:
                self._state.see(event)
                yield event
        except (APIConnectionError, StreamError, APIResponseValidationError):
            await self.close()
            raise
        await self.close()

    async def text_deltas(self) -> AsyncIterator[str]:
        """The answer's text, piece by piece as it arrives."""
        async for event in self:
            text = text_of(event)
            if text:
                yield text

    async def until_done(self) -> AsyncRunStream:
        async for _ in self:
            pass
        return self

    @property
    def current_run(self) -> RunObject | None:
        return self._state.run

    async def final_run(self) -> RunObject:
        await self.until_done()
        if self._state.run is None:
            raise StreamInterruptedError("the stream ended without any run event")
        return self._state.run

    async def final_messages(self) -> list[MessageObject]:
        await self.until_done()
        return list(self._state.messages)
