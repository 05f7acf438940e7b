"""Resuming a run stream whose connection was cut, on a host that numbers its events.

Our server sends each event of a run stream with an `id:` (its position in the run's event log)
and answers `getRunEvents` (`GET /threads/{thread_id}/runs/{run_id}/events?last_event_id=...`, a
host extension) with the events after that position, on any of its replicas. When a stream is
cut (the connection broke, the server closed it before `done`, or it said it is shutting down),
the client asks for the rest with the last id it got and goes on yielding events: none is lost or
repeated. A host that sends no ids (the hosted APIs), a stream cut before it named its run, or
tries that all fail end in `StreamResumeError`, which names the operation, the thread and run
and the last event id.

`Resumption` decides everything, with no I/O: which run the stream is of, whether a cut can be
resumed, how long to wait before each try and when to give up (`RESUME_TRIES` tries with backoff
per cut, within `RESUME_SECONDS`; at most `MAX_RESUMES` resumes in a stream). `ResumingEvents`
and `AsyncResumingEvents` only open the streams and move the events.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING

from assistants_api.api import GET_RUN_EVENTS, StreamEvent
from assistants_core.operation import Operation
from assistants_core.options import Options

from ._events import EventReader
from ._exceptions import APIConnectionError, APIError, StreamError, StreamInterruptedError, StreamResumeError
from ._streaming import aiter_events, iter_events

if TYPE_CHECKING:
    import httpx2

    from ._attempts import Deadline
    from ._internals import AsyncInternals, SyncInternals

__all__ = ["AsyncResumingEvents", "Resumption", "ResumingEvents"]

RESUME_TRIES = 5  # tries to resume after one cut
RESUME_BACKOFF = (0.2, 0.5, 1.0, 2.0, 4.0)  # seconds before each try
RESUME_SECONDS = 30.0  # no try starts this long after the cut
MAX_RESUMES = 50  # resumes in one stream
RESUMABLE_CODES = ("server_shutting_down",)  # `error` events that end only this replica's stream


class Resumption:
    """What is decided about resuming one stream (no I/O). `cut` judges a cut, `next_wait` paces
    the tries; each gives the StreamResumeError to raise instead, when there is no going on."""

    __slots__ = ("_clock", "_since", "_tries", "last_id", "operation", "resumes", "run_id", "thread_id")

    def __init__(self, operation: str, path_args: tuple[str, ...], clock: Callable[[], float] = time.monotonic) -> None:
        self.operation = operation
        self.thread_id = path_args[0] if path_args else None  # createRun, submitToolOutputsToRun
        self.run_id = path_args[1] if len(path_args) > 1 else None  # submitToolOutputsToRun
        self.last_id: str | None = None
        self.resumes = 0
        self._tries = 0
        self._since = 0.0
        self._clock = clock

    def see(self, event: StreamEvent) -> None:
        """Learn the thread and the run from the events that name them."""
        if self.run_id is None and event.event == "thread.run.created":
            self.thread_id, self.run_id = event.data.thread_id, event.data.id
        elif self.thread_id is None and event.event == "thread.created":
            self.thread_id = event.data.id

    def cut(self, error: APIError, last_id: str | None) -> APIError | None:
        """The stream broke with `error` after the event `last_id` (None: no id since the last
        resume): None to resume, else the error to raise (`error` itself when it is not a cut)."""
        if isinstance(error, StreamError) and error.code not in RESUMABLE_CODES:
            return error
        self.last_id = last_id or self.last_id
        self._tries, self._since = 0, self._clock()
        if self.last_id is None:
            return self.error("the host sent no event ids, so the stream cannot be resumed", error)
        if self.thread_id is None or self.run_id is None:
            return self.error("it was cut before it named its run", error)
        if self.resumes >= MAX_RESUMES:
            return self.error(f"it was resumed {self.resumes} times already", error)
        return None

    def next_wait(self, last_failure: APIError | None) -> float | StreamResumeError:
        """Seconds to wait before the next try, or the error once the tries or the time are spent."""
        if self._tries >= RESUME_TRIES or self._clock() - self._since > RESUME_SECONDS:
            return self.error(f"{self._tries} tries to resume it failed", last_failure)
        wait = RESUME_BACKOFF[min(self._tries, len(RESUME_BACKOFF) - 1)]
        self._tries += 1
        return wait

    def resumed(self) -> None:
        self.resumes += 1

    def error(self, why: str, cause: APIError | None) -> StreamResumeError:
        detail = f": {cause}" if cause is not None else ""
        return StreamResumeError(
            f"{self.operation}: the event stream of run {self.run_id or '(not named yet)'} (thread"
            f" {self.thread_id or '(not named yet)'}) was cut after event {self.last_id or '(none)'}, and"
            f" {why}{detail}",
            operation=self.operation,
            thread_id=self.thread_id,
            run_id=self.run_id,
            last_event_id=self.last_id,
            tries=self._tries,
        )


def _once(options: Options) -> Options:
    """The options of a try: one attempt (the tries are paced here), the call's own headers."""
    return Options(
        timeout=options.timeout,
        max_retries=0,
        extra_headers=options.extra_headers,
        deadline=options.deadline,
        max_response_bytes=options.max_response_bytes,
    )


def _try(
    client: SyncInternals | AsyncInternals, resumption: Resumption, options: Options
) -> tuple[httpx2.Request, Options, Deadline | None]:
    """The request of one try, its options and its deadline."""
    once = _once(options)
    query = {"last_event_id": resumption.last_id}
    args = (resumption.thread_id or "", resumption.run_id or "")
    request = client._build(client._http, GET_RUN_EVENTS, args, None, query, once, stream=True)
    return request, once, client._deadline(once)


class _Resuming:
    """What the sync and async twins share: the current response and reader, and the judging."""

    def __init__(self, op: Operation, path_args: tuple[str, ...], options: Options, reader: EventReader) -> None:
        self._options = options
        self._reader = reader
        self._response = reader.response
        self._resumption = Resumption(op.name, path_args)

    @property
    def resumes(self) -> int:
        return self._resumption.resumes

    def _judge(self, exc: APIError) -> None:
        """After a cut: return to resume, else raise (the cut's own error when it is not one)."""
        refusal = self._resumption.cut(exc, self._reader.last_id)
        if refusal is exc:
            raise exc
        if refusal is not None:  # chained to what broke the stream, as the cut itself is
            raise refusal from exc.__cause__ or exc

    def _pace(self, failure: APIError) -> float:
        """Seconds before the next try, or StreamResumeError once they are spent."""
        wait = self._resumption.next_wait(failure)
        if isinstance(wait, StreamResumeError):
            raise wait from failure
        return wait

    def _failed(self, exc: APIError) -> APIError:
        """A try failed: an answer (a 410, a 404) ends the tries, no answer is worth another."""
        if not isinstance(exc, APIConnectionError):
            raise self._resumption.error("the host refused to resume it", exc) from exc
        return exc

    def _adopt(self, response: httpx2.Response, deadline: Deadline | None) -> EventReader:
        self._response = response
        self._reader = self._reader.again(GET_RUN_EVENTS, response, deadline)
        self._resumption.resumed()
        return self._reader


class ResumingEvents(_Resuming):
    """The events of a run stream, resumed after each cut (see the module)."""

    def __init__(
        self, client: SyncInternals, op: Operation, path_args: tuple[str, ...], options: Options, reader: EventReader
    ) -> None:
        super().__init__(op, path_args, options, reader)
        self._client = client
        self._events = iter_events(reader, self._response.iter_bytes())

    def close(self) -> None:
        self._response.close()

    def __iter__(self) -> Iterator[StreamEvent]:
        while True:
            try:
                for event in self._events:
                    self._resumption.see(event)
                    yield event
                return
            except (StreamInterruptedError, StreamError) as exc:
                self._judge(exc)
                self._reopen(exc)

    def _reopen(self, failure: APIError) -> None:
        while True:  # bounded by _pace
            time.sleep(self._pace(failure))
            self.close()
            try:
                request, options, deadline = _try(self._client, self._resumption, self._options)
                response = self._client._send(request, options, stream=True, deadline=deadline)
            except APIError as exc:
                failure = self._failed(exc)
                continue
            self._events = iter_events(self._adopt(response, deadline), response.iter_bytes())
            return


class AsyncResumingEvents(_Resuming):
    """The async twin of ResumingEvents."""

    def __init__(
        self, client: AsyncInternals, op: Operation, path_args: tuple[str, ...], options: Options, reader: EventReader
    ) -> None:
        super().__init__(op, path_args, options, reader)
        self._client = client
        self._events = aiter_events(reader, self._response.aiter_bytes())

    async def close(self) -> None:
        await self._response.aclose()

    async def __aiter__(self) -> AsyncIterator[StreamEvent]:
        while True:
            try:
                async for event in self._events:
                    self._resumption.see(event)
                    yield event
                return
            except (StreamInterruptedError, StreamError) as exc:
                self._judge(exc)
                await self._reopen(exc)

    async def _reopen(self, failure: APIError) -> None:
        while True:  # bounded by _pace
            await asyncio.sleep(self._pace(failure))
            await self.close()
            try:
                request, options, deadline = _try(self._client, self._resumption, self._options)
                response = await self._client._send(request, options, stream=True, deadline=deadline)
            except APIError as exc:
                failure = self._failed(exc)
                continue
            self._events = aiter_events(self._adopt(response, deadline), response.aiter_bytes())
            return
