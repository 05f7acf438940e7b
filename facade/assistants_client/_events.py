"""Decoding the events of one HTTP stream, with no I/O: framed events in, typed events out.

`EventReader` decides everything about a stream but moving its bytes: which class and model an
event name has (`assistants_api.api.EVENT_CLASSES` / `STREAM_EVENTS`, from the spec), what a
tolerant or strict client does with data that does not decode, an `error` event, the end of the
bytes, the deadline for the first event and the size cap of each event.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

import httpx2
from assistants_api.api import (
    EVENT_CLASSES,
    STREAM_EVENTS,
    DoneEvent,
    StreamEvent,
)
from assistants_core import errors as core_errors
from assistants_core.errors import quote, redact
from assistants_core.events import BaseEvent, UnknownEvent
from assistants_core.operation import Operation, decode_model

from ._exceptions import (
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    StreamError,
    StreamInterruptedError,
)
from ._sse import SSEDecoder

if TYPE_CHECKING:
    from ._attempts import Deadline

__all__ = ["EventReader", "EventValidationError"]

log = logging.getLogger("assistants_client")


class EventValidationError(APIResponseValidationError):
    """A strict client's answer to an event whose data is not what the spec says: names the
    event (`.event`) and where in its data (`.path`, a JSON path; "" for the whole of it)."""

    def __init__(
        self, message: str, *, response: httpx2.Response, operation: str, model: str | None, event: str, path: str
    ) -> None:
        super().__init__(message, response=response, operation=operation, model=model, path=path)
        self.event = event


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

    __slots__ = ("_decoder", "_first_by", "_limit", "_op", "_pending", "_response", "_secrets", "_strict", "done")

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
        self._pending: APIError | None = None
        self.done = False

    @property
    def response(self) -> httpx2.Response:
        return self._response

    @property
    def last_id(self) -> str | None:
        """The `id:` of the latest event handed out that had one (where a resume starts)."""
        return self._decoder.last_id

    def again(self, op: Operation, response: httpx2.Response, first_event_by: Deadline | None) -> EventReader:
        """A reader of `response` (the same stream resumed by `op`) with this one's settings."""
        return EventReader(op, response, self._strict, first_event_by, self._limit, self._secrets)

    def feed(self, chunk: bytes) -> list[StreamEvent]:
        """The events `chunk` completes. An event that ends the stream with an error (an `error`
        event, one a strict client rejects, one too large) raises only once the events before it
        in the same chunk have been handed out: they are returned now, the error on the next call."""
        self._raise_pending()
        events: list[StreamEvent] = []
        limit = self._limit
        try:
            for name, data in self._decoder.feed(chunk):
                if limit is not None and len(data) > limit:
                    self._too_large()
                events.append(self.event(name, data))
                if name == "done":
                    self.done = True
                    break
        except APIError as exc:
            if not events:
                raise
            self._pending = exc
            return events
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

    def _raise_pending(self) -> None:
        error, self._pending = self._pending, None
        if error is not None:
            raise error

    def end(self) -> list[StreamEvent]:
        """The events left when the bytes have run out: a last `done` without its blank line,
        else StreamInterruptedError (before `done`, or in the middle of an event)."""
        self._raise_pending()
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
        except core_errors.ResponseDecodeError as exc:
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
