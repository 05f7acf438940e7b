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

The decisions live in two pure pieces, `SSEDecoder` (framing) and `EventReader` (decoding, errors,
the end of a stream); the sync and async loops around them only move bytes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx2
from assistants_api import errors as generated_errors
from assistants_api.api import (
    EVENT_CLASSES,
    STREAM_EVENTS,
    BaseEvent,
    DoneEvent,
    Operation,
    StreamEvent,
    UnknownEvent,
    decode_model,
)
from assistants_api.errors import quote, redact

from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    StreamError,
    StreamInterruptedError,
)

if TYPE_CHECKING:
    from assistants_api.models import MessageObject, RunObject

    from ._attempts import Deadline

__all__ = [
    "AsyncRunStream",
    "EventReader",
    "EventValidationError",
    "RunStream",
    "SSEDecoder",
    "StreamEvent",
    "UnknownEvent",
]

log = logging.getLogger("assistants_client")

_BOM = b"\xef\xbb\xbf"
# Run states after which cancelling is pointless (the stream's run is over).
_TERMINAL = frozenset({"completed", "failed", "cancelled", "expired", "incomplete"})


class EventValidationError(APIResponseValidationError):
    """A strict client's answer to an event whose data is not what the spec says: names the
    event (`.event`) and where in its data (`.path`, a JSON path; "" for the whole of it)."""

    def __init__(
        self, message: str, *, response: httpx2.Response, operation: str, model: str | None, event: str, path: str
    ) -> None:
        super().__init__(message, response=response, operation=operation, model=model, path=path)
        self.event = event


# -- framing --------------------------------------------------------------------------------------


class SSEDecoder:
    """Incremental parser of the text/event-stream framing: feed bytes, get (event, data) pairs.

    Linear in the size of the stream whatever the chunking: bytes are appended to one buffer and
    only the new bytes are searched for the blank line that ends an event. CR, LF and CRLF line
    ends are all accepted (a CRLF split across chunks is one line end), a leading UTF-8 BOM is
    dropped, and event names lose surrounding spaces on every path. `data` is `bytes` when it is
    not valid UTF-8, for the caller to judge."""

    __slots__ = ("_bom", "_buffer", "_cr")

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._cr = False  # the last chunk ended in "\r": a "\n" starting the next is the same line end
        self._bom = True  # nothing seen yet: a BOM may still come

    @property
    def buffered(self) -> int:
        """Bytes held for the event being read."""
        return len(self._buffer)

    @property
    def pending(self) -> bool:
        """Whether part of an event has been read and not yet ended by a blank line."""
        return bool(self._buffer.strip(b"\n"))

    def feed(self, chunk: bytes) -> list[tuple[str, str | bytes]]:
        if self._cr or b"\r" in chunk:
            chunk = self._normalize(chunk)
        buffer = self._buffer
        if not buffer and not self._bom and chunk[-2:] == b"\n\n" and chunk.find(b"\n\n") == len(chunk) - 2:
            # One whole event per chunk, as servers flush them: no buffering at all.
            parsed = _parse_block(chunk[:-2])
            return [parsed] if parsed is not None else []
        if self._bom:
            head = bytes(buffer) + chunk
            if len(head) < 3 and _BOM.startswith(head):
                buffer[:] = head
                return []
            self._bom = False
            buffer.clear()
            chunk = head[3:] if head.startswith(_BOM) else head
        start = len(buffer) - 1 if buffer else 0  # a blank line may straddle the old end
        buffer += chunk
        end = buffer.find(b"\n\n", start)
        if end < 0:
            return []
        events = []
        begin = 0
        while end >= 0:
            parsed = _parse_block(buffer[begin:end])
            if parsed is not None:
                events.append(parsed)
            begin = end + 2
            end = buffer.find(b"\n\n", begin)
        del buffer[:begin]
        return events

    def _normalize(self, chunk: bytes) -> bytes:
        if self._cr:
            self._cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if chunk[-1:] == b"\r":
            self._cr = True
        return chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    def flush(self) -> list[tuple[str, str | bytes]]:
        """What is left once the stream has ended (a last event without its blank line)."""
        rest = bytes(self._buffer).strip(b"\n")
        self._buffer.clear()
        parsed = _parse_block(rest) if rest else None
        return [parsed] if parsed is not None else []


def _text(raw: bytes | bytearray) -> str | bytes:
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return bytes(raw)


def _name(raw: bytes | bytearray) -> str:
    return raw.strip().decode(errors="replace") or "message"


def _parse_block(block: bytes | bytearray) -> tuple[str, str | bytes] | None:
    # The shape the API always sends, "event: NAME\ndata: JSON", takes the short way.
    if block.startswith(b"event: "):
        end = block.find(b"\n")
        if end > 0 and block.startswith(b"data: ", end + 1) and block.find(b"\n", end + 1) < 0:
            try:
                data: str | bytes = block[end + 7 :].decode()
            except UnicodeDecodeError:
                data = bytes(block[end + 7 :])
            return (block[7:end].strip().decode(errors="replace") or "message"), data
    event = "message"
    lines: list[bytes | bytearray] = []
    for line in block.split(b"\n"):
        field, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            lines.append(value)
        elif field == b"event":
            event = _name(value)
        # `id:`, `retry:` and `:comment` lines carry nothing the Assistants API uses.
    if not lines:
        return None
    return event, _text(b"\n".join(lines))


# -- decoding -------------------------------------------------------------------------------------

_kinds: dict[str, tuple[type[BaseEvent], Any]] = {}
"""Event class and data model by event name, resolved from the generated tables on first sight."""


_fast: dict[str, tuple[type[BaseEvent], Any]] = {}
"""The kinds whose data is a JSON object decoded by a model (all but `done` and `error`)."""


def _kind(op: Operation, name: str) -> tuple[type[BaseEvent], Any] | None:
    kind = _kinds.get(name)
    if kind is None:
        cls = EVENT_CLASSES.get(name)
        if cls is None:
            return None
        ref = STREAM_EVENTS.get(name)
        kind = _kinds[name] = (cls, op.model(ref) if ref is not None else None)
        if kind[1] is not None and name != "error":
            _fast[name] = kind
    return kind


class EventReader:
    """Everything decided about one HTTP event stream, with no I/O: feed it the bytes as they
    come, get typed events back; `done` says the stream is over; `end()` judges a stream whose
    bytes ran out."""

    __slots__ = ("_decoder", "_first_by", "_limit", "_op", "_response", "_secrets", "_strict", "done")

    def __init__(
        self,
        op: Operation,
        response: httpx2.Response,
        strict: bool = False,
        first_event_by: Deadline | None = None,
        max_event_bytes: int | None = None,
        secrets: Sequence[str] = (),
    ) -> None:
        self._decoder = SSEDecoder()
        self._secrets = secrets  # what an error message must never show, whatever the server echoes
        self._op = op
        self._response = response
        self._strict = strict
        self._first_by = first_event_by
        self._limit = max_event_bytes
        self.done = False

    def feed(self, chunk: bytes) -> list[StreamEvent]:
        events = []
        limit = self._limit
        for name, data in self._decoder.feed(chunk):
            if limit is not None and len(data) > limit:
                self._too_large()
            events.append(self.event(name, data))
            if name == "done":
                self.done = True
                break
        if self._first_by is not None:
            self._wait_for_first(events)
        if limit is not None and self._decoder.buffered > limit:
            self._too_large()
        return events

    def _wait_for_first(self, events: list[StreamEvent]) -> None:
        """Until the first event the spec names (keep-alives do not count) the deadline holds."""
        deadline = self._first_by
        assert deadline is not None
        if any(event.event != "unknown" for event in events):
            self._first_by = None
        elif deadline.passed():  # the stream's loop closes the response on any APIError
            message = f"{self._op.name}: no event within the deadline of {deadline.seconds:g}s"
            raise APITimeoutError(self._response.request, message)

    def _too_large(self) -> None:
        message = (
            f"{self._op.name}: an event of the stream is larger than max_response_bytes={self._limit} "
            "(counted after decompression); reading stopped"
        )
        raise ResponseTooLargeError(message, response=self._response, operation=self._op.name, limit=self._limit or 0)

    def end(self) -> list[StreamEvent]:
        """The events left when the bytes have run out: a last `done` without its blank line,
        else StreamInterruptedError (before `done`, or in the middle of an event)."""
        op = self._op.name
        pending = self._decoder.pending
        for name, data in self._decoder.flush():
            if name == "done":
                self.done = True
                return [self.event(name, data)]
            raise self._interrupted(f"{op}: the event stream was cut in the middle of event {name!r}")
        if pending:
            raise self._interrupted(f"{op}: the event stream was cut in the middle of an event")
        raise self._interrupted(f"{op}: the event stream ended before `done`")

    def broken(self, exc: Exception) -> StreamInterruptedError:
        """The error for a connection that failed mid-stream."""
        return self._interrupted(f"{self._op.name}: the event stream broke off: {type(exc).__name__}: {exc}")

    def _interrupted(self, message: str) -> StreamInterruptedError:
        return StreamInterruptedError(message, request=self._response.request)

    def event(self, name: str, data: str | bytes) -> StreamEvent:
        """One framed event as a typed event; StreamError for an `error` event."""
        fast = _fast.get(name)
        if fast is not None and not self._strict and type(data) is str:
            # The happy path of nearly every event; anything unusual takes the careful way below.
            try:
                payload = json.loads(data)
                if type(payload) is dict:
                    return fast[0](name, fast[1].from_dict(payload))  # type: ignore[return-value]
            except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError):
                pass
        return self._event(name, data)

    def _event(self, name: str, data: str | bytes) -> StreamEvent:
        kind = _kind(self._op, name)
        if kind is None:
            return UnknownEvent(name, _loads_or_text(data), "an event the spec does not name")
        cls, model = kind
        if type(data) is bytes:
            if name == "done":
                return DoneEvent(name, data.decode(errors="replace"))
            if name == "error":
                raise self._stream_error(None, data.decode(errors="replace"))
            return self._undecodable(name, data, "its data is not valid UTF-8", "", None)
        text = cast(str, data)
        if model is None:  # `done`: its data is not JSON
            return cast(StreamEvent, cls(name, text))
        try:
            payload = json.loads(text)
        except (ValueError, RecursionError) as exc:  # not JSON, or nested past the parser's depth
            if name == "error":
                raise self._stream_error(None, text) from exc
            return self._undecodable(name, text, f"its data is not JSON ({type(exc).__name__})", "", exc)
        if name == "error":
            raise self._stream_error(payload, text)
        try:
            return cast(StreamEvent, cls(name, decode_model(model, payload, self._op.name, self._strict)))
        except generated_errors.ResponseDecodeError as exc:
            return self._undecodable(name, payload, exc.reason, exc.path, exc)

    def _stream_error(self, payload: Any, text: str) -> StreamError:
        """The server's `error` event as a StreamError, any secret it echoes redacted."""
        secrets = self._secrets
        error = payload.get("error", payload) if isinstance(payload, dict) else {}
        message = str(error.get("message") or text) if isinstance(error, dict) else text
        code = error.get("code") if isinstance(error, dict) else None
        detail = redact(quote(message), secrets)
        return StreamError(
            f"{self._op.name}: the server reported an error mid-stream: {detail}",
            code=code,
            data=_redacted(payload, secrets) if secrets else payload,
        )

    def _undecodable(self, name: str, data: Any, reason: str, path: str, cause: Exception | None) -> UnknownEvent:
        where = f" at {path}" if path else ""
        message = redact(
            quote(f"{self._op.name}: event {name!r} does not match the spec{where}: {reason}"), self._secrets
        )
        if self._strict:
            kind = _kinds.get(name)
            model = getattr(kind[1], "__name__", None) if kind else None
            raise EventValidationError(
                message, response=self._response, operation=self._op.name, model=model, event=name, path=path
            ) from cause
        log.warning("%s; passing its raw data through", message)
        return UnknownEvent(name, data, reason)


def _loads_or_text(data: str | bytes) -> Any:
    try:
        return json.loads(data)
    except (ValueError, RecursionError):
        return data


def _redacted(value: Any, secrets: Sequence[str]) -> Any:
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {redact(str(k), secrets): _redacted(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redacted(v, secrets) for v in value]
    return value


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

    def run_to_cancel(self) -> RunObject | None:
        """The run to cancel on closing: closed before `done`, with a run that is not over."""
        run = self.run
        if not self.cancel_on_close or self.done or run is None or str(run.status) in _TERMINAL:
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
    pieces = []
    for part in event.data.delta.content or ():
        value = getattr(getattr(part, "text", None), "value", None)
        if isinstance(value, str):
            pieces.append(value)
    return "".join(pieces)


CancelRun = Callable[["RunObject"], object]
"""Cancels a run and waits for it to settle (what `cancel()` and `cancel_on_close` call)."""
AsyncCancelRun = Callable[["RunObject"], Awaitable[object]]


class RunStream:
    """The events of a streamed run. Use it in a `with` block so the connection is closed.

    Leaving the block (or `break`ing out of the loop) before the stream's end closes the
    connection but does not stop the run: the server goes on with it, and the thread takes no
    new message or run until it is over. `cancel()` cancels it and waits until it has stopped;
    `cancel_on_close=True` on the method that made the stream does that on any early close."""

    def __init__(
        self,
        events: Iterator[StreamEvent],
        close: Callable[[], None],
        cancel: CancelRun | None = None,
        *,
        cancel_on_close: bool = False,
    ) -> None:
        self._events = events
        self._close = close
        self._cancel = cancel
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
            self._cancel(run)

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
        return self._state.final_run()

    def final_messages(self) -> list[MessageObject]:
        """Every message the stream completed (reads the rest of the stream first)."""
        self.until_done()
        return list(self._state.messages)


AsyncOpen = Callable[[], Awaitable[tuple[AsyncIterator[StreamEvent], Callable[[], Awaitable[None]]]]]
"""Sends the request of an async stream: its events and how to close it."""


class AsyncRunStream:
    """The async twin of RunStream: `async with client.stream_run(...) as stream:`, `async for`.

    The request is sent on entering the block (or on first iteration); `await` on the stream
    sends it too and gives the stream back, so `async with await ...` also works."""

    def __init__(self, open: AsyncOpen, cancel: AsyncCancelRun | None = None, *, cancel_on_close: bool = False) -> None:
        self._open: AsyncOpen | None = open
        self._events: AsyncIterator[StreamEvent] | None = None
        self._close: Callable[[], Awaitable[None]] | None = None
        self._cancel = cancel
        self._state = _Tracker(cancel_on_close)

    async def start(self) -> AsyncRunStream:
        """Send the request (once); entering the block or iterating does it for you."""
        if self._open is not None:
            open, self._open = self._open, None
            self._events, self._close = await open()
        return self

    def __await__(self) -> Any:
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
            await self._cancel(run)

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

    async def until_done(self) -> AsyncRunStream:
        """Read the stream to its end."""
        async for _ in self:
            pass
        return self

    @property
    def current_run(self) -> RunObject | None:
        """The run as of the latest run event seen so far."""
        return self._state.run

    async def final_run(self) -> RunObject:
        """The run as the stream left it (reads the rest of the stream first)."""
        await self.until_done()
        return self._state.final_run()

    async def final_messages(self) -> list[MessageObject]:
        """Every message the stream completed (reads the rest of the stream first)."""
        await self.until_done()
        return list(self._state.messages)
