"""Working with runs: polling to a settled state, streaming, and the tool-call loop.

These are behaviours on top of the generated operations (`create_run`, `get_run`,
`submit_tool_outputs_to_run`, ...), mixed into Client and AsyncClient. What to do next is
decided in `_runcore.py` (polling steps, tool calls) and `_streaming.py` (events); the twin
mixins below only send, sleep and call.

Polling takes `poll_timeout=` (seconds until PollTimeoutError) and `poll_interval=` (seconds
between polls; by default the server's `openai-poll-after-ms`) everywhere. Streams take the
per-call options of every operation (`CallOptions`: `timeout=`, `max_retries=`, ...), and
`cancel_on_close=True` to cancel the run when the stream is closed before its end.

On a stream, `deadline=` bounds the time to its first event (connecting, retries, the headers,
and any keep-alives before a real event: APITimeoutError past it), not the stream's length; as
the engine fixes a request's read timeout when it is sent, each later wait for bytes is also held
to what was left of the deadline then, so give it more than the longest pause between events.
`max_response_bytes=` caps each event (what the stream holds at once), not the stream's total.
`stream_tools` applies both to each of its rounds.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncGenerator, AsyncIterable, Generator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Unpack

from assistants_api.api import (
    CREATE_RUN,
    CREATE_THREAD_AND_RUN,
    SUBMIT_TOOL_OUTPUTS_TO_RUN,
    DoneEvent,
    StreamEvent,
)
from assistants_core.operation import Operation
from assistants_core.options import CallOptions, Options, to_options

from ._events import EventReader
from ._exceptions import BadRequestError
from ._internals import AsyncInternals, SyncInternals
from ._polling import apoll_until, poll_until
from ._resume import AsyncResumingEvents, ResumingEvents
from ._runcore import DEFAULT_POLL_TIMEOUT, Poll, ToolErrors, ToolFunctions, ToolLoop
from ._streaming import AsyncRunStream, RunStream, ToolRounds
from ._toolcalls import atool_outputs, tool_outputs

if TYPE_CHECKING:
    from assistants_api.models import RunObject


__all__ = ["AsyncRunsMixin", "SyncRunsMixin", "ToolErrors", "ToolFunctions"]

Body = Mapping[str, Any]


def event_limit(settings: Any, options: Options) -> int | None:
    """The most bytes one event of a stream may hold (a stream's `max_response_bytes`)."""
    limit = settings.max_response_bytes if options.max_response_bytes is None else options.max_response_bytes
    return limit if isinstance(limit, int) else None


def _done() -> StreamEvent:
    return DoneEvent("done", "[DONE]")


class SyncRunsMixin(SyncInternals):
    """Polling, streaming and tool loops for Client."""

    # -- polling ------------------------------------------------------------------------------

    def poll_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """Wait until the run is terminal or requires action, polling at the pace the server asks
        for (`openai-poll-after-ms`) unless `poll_interval` is given; PollTimeoutError after
        `poll_timeout` seconds."""
        poll = Poll(poll_timeout, poll_interval)
        return poll_until(
            lambda deadline: self.with_raw_response.get_run(thread_id, run_id, deadline=deadline),
            poll,
            self._settings.deadline,
        )

    def create_run_and_poll(
        self,
        thread_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """create_run, then poll_run."""
        run = self.create_run(thread_id, body)
        return self.poll_run(thread_id, run.id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    def create_thread_and_run_and_poll(
        self, body: Body, *, poll_timeout: float = DEFAULT_POLL_TIMEOUT, poll_interval: float | None = None
    ) -> RunObject:
        """create_thread_and_run, then poll_run."""
        run = self.create_thread_and_run(body)
        return self.poll_run(run.thread_id, run.id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    def submit_tool_outputs_and_poll(
        self,
        thread_id: str,
        run_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """submit_tool_outputs_to_run, then poll_run."""
        self.submit_tool_outputs_to_run(thread_id, run_id, body)
        return self.poll_run(thread_id, run_id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    def _cancel_and_wait(self, run: RunObject) -> RunObject:
        """Cancel a run (unless it has just ended by itself) and wait until it has stopped."""
        with contextlib.suppress(BadRequestError):  # "Cannot cancel run with status ...": over already
            self.cancel_run(run.thread_id, run.id)
        return self.poll_run(run.thread_id, run.id)

    # -- streaming ----------------------------------------------------------------------------

    def _stream(
        self,
        op: Operation,
        path_args: tuple[str, ...],
        body: Any,
        options: Options,
        cancel_on_close: bool = False,
        query: Mapping[str, Any] | None = None,
    ) -> RunStream:
        request = self._build(self._http, op, path_args, body, query, options, stream=True)
        settings, deadline = self._settings, self._deadline(options)
        response = self._send(request, options, stream=True, deadline=deadline)
        reader = EventReader(op, response, settings.strict, deadline, event_limit(settings, options), settings.secrets)
        events = ResumingEvents(self, op, path_args, options, reader)  # a cut stream goes on where the host allows
        return RunStream(
            events,
            events.close,
            self._cancel_and_wait,
            cancel_on_close=cancel_on_close,
            follow=self._follower(options),
        )

    def _follower(self, options: Options) -> Any:
        """How a stream's event handler submits tool outputs and goes on (RunStream.follow)."""

        def follow(run: RunObject, outputs: list[dict[str, Any]], cancel_on_close: bool) -> RunStream:
            body = {"tool_outputs": outputs}
            return self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (run.thread_id, run.id), body, options, cancel_on_close)

        return follow

    def stream_run(
        self,
        thread_id: str,
        body: Body,
        *,
        cancel_on_close: bool = False,
        include: Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> RunStream:
        """Create a run and stream its events: `with client.stream_run(...) as stream:`.

        Leaving the block early does not stop the run (the thread stays busy until it ends)
        unless `cancel_on_close=True`; `stream.cancel()` stops it explicitly. `deadline=` bounds
        the time to the first event, `max_response_bytes=` the size of each event (see the
        module docstring); the other options are those of every operation. `include` is create_run's
        `include[]` (file_search results' content in the streamed steps)."""
        query = {"include[]": list(include)} if include else None
        return self._stream(CREATE_RUN, (thread_id,), body, to_options(options), cancel_on_close, query)

    def stream_thread_and_run(
        self, body: Body, *, cancel_on_close: bool = False, **options: Unpack[CallOptions]
    ) -> RunStream:
        """Create a thread and a run on it, streaming the run's events (see stream_run)."""
        return self._stream(CREATE_THREAD_AND_RUN, (), body, to_options(options), cancel_on_close)

    def stream_tool_outputs(
        self, thread_id: str, run_id: str, body: Body, *, cancel_on_close: bool = False, **options: Unpack[CallOptions]
    ) -> RunStream:
        """Submit tool outputs and stream the rest of the run (see stream_run)."""
        return self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run_id), body, to_options(options), cancel_on_close)

    # -- the tool-call loop -------------------------------------------------------------------

    def _tools_body(self, assistant_id: str, body: Body | None, loop: ToolLoop) -> dict[str, Any]:
        """The first run's body: with the definitions of the loop's functions the tools lack."""
        first = {**(body or {}), "assistant_id": assistant_id}
        if loop.definitions:
            tools = first.get("tools")
            merged = loop.tools_for_run(self.get_assistant(assistant_id).tools if tools is None else tools)
            if merged is not None:
                first["tools"] = merged
        return first

    def _outputs_or_cancel(self, loop: ToolLoop, run: RunObject) -> list[dict[str, str]]:
        try:
            return tool_outputs(loop, run)
        except Exception:  # tool_errors="raise": the run would otherwise wait for outputs
            self._cancel_and_wait(run)
            raise

    def run_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
        tool_errors: ToolErrors = "report",
    ) -> RunObject:
        """Create a run and drive it to a terminal state, answering every `requires_action` by
        calling the functions and submitting the results (polling variant).

        `functions` maps tool names to callables, or lists the callables themselves
        (`functions=[get_weather, send_email]`): then each is named by its `__name__`, and the
        definitions (`function_tool`) of those the run's tools lack (the assistant's, or
        `body["tools"]`) are added to the run's tools, at the cost of reading the assistant
        once. Each call's JSON arguments are converted to the parameters' annotated types
        (dataclasses, TypedDicts, enums, ...); a result that is not a str is sent as JSON.
        A function that raises, or a call that cannot be made (no such function, arguments
        that do not fit), is reported to the model as `{"error": "Type: message"}` by default;
        `tool_errors="raise"` cancels the run and raises it instead."""
        loop = ToolLoop(functions, errors=tool_errors)
        first = self._tools_body(assistant_id, body, loop)
        run = self.create_run_and_poll(thread_id, first, poll_timeout=poll_timeout, poll_interval=poll_interval)
        while loop.wants_outputs(run):
            outputs = {"tool_outputs": self._outputs_or_cancel(loop, run)}
            run = self.submit_tool_outputs_and_poll(
                thread_id, run.id, outputs, poll_timeout=poll_timeout, poll_interval=poll_interval
            )
        return run

    def stream_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        cancel_on_close: bool = False,
        tool_errors: ToolErrors = "report",
        **options: Unpack[CallOptions],
    ) -> RunStream:
        """The streaming variant of run_tools: one stream of every event, across tool rounds,
        ending with one `done`.

        Breaking out of the loop leaves the run waiting (for tool outputs, or running): the
        thread then refuses new messages ("while a run is active") until the run expires. Pass
        `cancel_on_close=True`, or call `stream.cancel()`, to cancel it instead."""
        call_options = to_options(options)
        loop = ToolLoop(functions, errors=tool_errors)
        rounds = [self._stream(CREATE_RUN, (thread_id,), self._tools_body(assistant_id, body, loop), call_options)]

        def events() -> Generator[StreamEvent, None, None]:
            while True:
                with rounds[-1] as stream:
                    for event in stream:
                        if event.event != "done":
                            yield event
                run = stream.current_run
                if not loop.wants_outputs(run):
                    yield _done()
                    return
                assert run is not None
                outputs = {"tool_outputs": self._outputs_or_cancel(loop, run)}
                rounds.append(self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run.id), outputs, call_options))

        generator = events()

        def close() -> None:
            generator.close()
            rounds[-1].close()

        return RunStream(ToolRounds(generator, rounds), close, self._cancel_and_wait, cancel_on_close=cancel_on_close)


class AsyncRunsMixin(AsyncInternals):
    """The async twin of SyncRunsMixin, for AsyncClient. The stream methods are plain calls
    that return an AsyncRunStream: `async with client.stream_run(...) as stream:`."""

    # -- polling ------------------------------------------------------------------------------

    async def poll_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """Wait until the run is terminal or requires action (see Client.poll_run)."""
        poll = Poll(poll_timeout, poll_interval)
        return await apoll_until(
            lambda deadline: self.with_raw_response.get_run(thread_id, run_id, deadline=deadline),
            poll,
            self._settings.deadline,
        )

    async def create_run_and_poll(
        self,
        thread_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """create_run, then poll_run."""
        run = await self.create_run(thread_id, body)
        return await self.poll_run(thread_id, run.id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    async def create_thread_and_run_and_poll(
        self, body: Body, *, poll_timeout: float = DEFAULT_POLL_TIMEOUT, poll_interval: float | None = None
    ) -> RunObject:
        """create_thread_and_run, then poll_run."""
        run = await self.create_thread_and_run(body)
        return await self.poll_run(run.thread_id, run.id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    async def submit_tool_outputs_and_poll(
        self,
        thread_id: str,
        run_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """submit_tool_outputs_to_run, then poll_run."""
        await self.submit_tool_outputs_to_run(thread_id, run_id, body)
        return await self.poll_run(thread_id, run_id, poll_timeout=poll_timeout, poll_interval=poll_interval)

    async def _cancel_and_wait(self, run: RunObject) -> RunObject:
        """Cancel a run (unless it has just ended by itself) and wait until it has stopped."""
        with contextlib.suppress(BadRequestError):  # "Cannot cancel run with status ...": over already
            await self.cancel_run(run.thread_id, run.id)
        return await self.poll_run(run.thread_id, run.id)

    # -- streaming ----------------------------------------------------------------------------

    def _stream(
        self,
        op: Operation,
        path_args: tuple[str, ...],
        body: Any,
        options: Options,
        cancel_on_close: bool = False,
        query: Mapping[str, Any] | None = None,
    ) -> AsyncRunStream:
        async def open() -> tuple[AsyncIterable[StreamEvent], Any]:
            request = self._build(self._http, op, path_args, body, query, options, stream=True)
            settings, deadline = self._settings, self._deadline(options)
            response = await self._send(request, options, stream=True, deadline=deadline)
            reader = EventReader(
                op, response, settings.strict, deadline, event_limit(settings, options), settings.secrets
            )
            events = AsyncResumingEvents(self, op, path_args, options, reader)
            return events, events.close

        return AsyncRunStream(
            open, self._cancel_and_wait, cancel_on_close=cancel_on_close, follow=self._follower(options)
        )

    def _follower(self, options: Options) -> Any:
        """How a stream's event handler submits tool outputs and goes on (AsyncRunStream.follow)."""

        def follow(run: RunObject, outputs: list[dict[str, Any]], cancel_on_close: bool) -> AsyncRunStream:
            body = {"tool_outputs": outputs}
            return self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (run.thread_id, run.id), body, options, cancel_on_close)

        return follow

    def stream_run(
        self,
        thread_id: str,
        body: Body,
        *,
        cancel_on_close: bool = False,
        include: Sequence[str] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncRunStream:
        """Create a run and stream its events: `async with client.stream_run(...) as stream:`
        (see Client.stream_run)."""
        query = {"include[]": list(include)} if include else None
        return self._stream(CREATE_RUN, (thread_id,), body, to_options(options), cancel_on_close, query)

    def stream_thread_and_run(
        self, body: Body, *, cancel_on_close: bool = False, **options: Unpack[CallOptions]
    ) -> AsyncRunStream:
        """Create a thread and a run on it, streaming the run's events (see Client.stream_run)."""
        return self._stream(CREATE_THREAD_AND_RUN, (), body, to_options(options), cancel_on_close)

    def stream_tool_outputs(
        self, thread_id: str, run_id: str, body: Body, *, cancel_on_close: bool = False, **options: Unpack[CallOptions]
    ) -> AsyncRunStream:
        """Submit tool outputs and stream the rest of the run (see Client.stream_run)."""
        return self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run_id), body, to_options(options), cancel_on_close)

    # -- the tool-call loop -------------------------------------------------------------------

    async def _tools_body(self, assistant_id: str, body: Body | None, loop: ToolLoop) -> dict[str, Any]:
        """The first run's body (see Client._tools_body)."""
        first = {**(body or {}), "assistant_id": assistant_id}
        if loop.definitions:
            tools = first.get("tools")
            merged = loop.tools_for_run((await self.get_assistant(assistant_id)).tools if tools is None else tools)
            if merged is not None:
                first["tools"] = merged
        return first

    async def _outputs_or_cancel(self, loop: ToolLoop, run: RunObject) -> list[dict[str, str]]:
        try:
            return await atool_outputs(loop, run)
        except Exception:  # tool_errors="raise": the run would otherwise wait for outputs
            await self._cancel_and_wait(run)
            raise

    async def run_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
        tool_errors: ToolErrors = "report",
    ) -> RunObject:
        """See Client.run_tools; coroutine functions are awaited, the calls of a round run concurrently."""
        loop = ToolLoop(functions, errors=tool_errors)
        first = await self._tools_body(assistant_id, body, loop)
        run = await self.create_run_and_poll(thread_id, first, poll_timeout=poll_timeout, poll_interval=poll_interval)
        while loop.wants_outputs(run):
            outputs = {"tool_outputs": await self._outputs_or_cancel(loop, run)}
            run = await self.submit_tool_outputs_and_poll(
                thread_id, run.id, outputs, poll_timeout=poll_timeout, poll_interval=poll_interval
            )
        return run

    def stream_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        cancel_on_close: bool = False,
        tool_errors: ToolErrors = "report",
        **options: Unpack[CallOptions],
    ) -> AsyncRunStream:
        """See Client.stream_tools (breaking out early, `cancel_on_close`); coroutine functions
        are awaited. `async with client.stream_tools(...) as stream:`."""
        call_options = to_options(options)
        loop = ToolLoop(functions, errors=tool_errors)
        rounds: list[AsyncRunStream] = []

        async def events() -> AsyncGenerator[StreamEvent, None]:
            while True:
                async with rounds[-1] as stream:
                    async for event in stream:
                        if event.event != "done":
                            yield event
                run = stream.current_run
                if not loop.wants_outputs(run):
                    yield _done()
                    return
                assert run is not None
                outputs = {"tool_outputs": await self._outputs_or_cancel(loop, run)}
                rounds.append(self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run.id), outputs, call_options))

        async def open() -> tuple[AsyncIterable[StreamEvent], Any]:
            first = await self._tools_body(assistant_id, body, loop)
            rounds.append(self._stream(CREATE_RUN, (thread_id,), first, call_options))
            await rounds[0].start()  # the first request's errors surface on entering the block
            generator = events()

            async def close() -> None:
                await generator.aclose()
                await rounds[-1].close()

            return ToolRounds(generator, rounds), close

        return AsyncRunStream(open, self._cancel_and_wait, cancel_on_close=cancel_on_close)
