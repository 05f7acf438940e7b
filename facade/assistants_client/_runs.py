"""Working with runs: polling to a settled state, streaming, and the tool-call loop.

These are behaviours on top of the generated operations (`create_run`, `get_run`,
`submit_tool_outputs_to_run`, ...), mixed into Client and AsyncClient.
"""

from __future__ import annotations

import inspect
import json
import logging
import time
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any

import httpx2
from assistants_api.api import (
    CREATE_RUN,
    CREATE_THREAD_AND_RUN,
    SUBMIT_TOOL_OUTPUTS_TO_RUN,
    AsyncOperations,
    Operation,
    Options,
    SyncOperations,
)
from assistants_api.types import UNSET, Unset

from ._exceptions import PollTimeoutError
from ._retry import asleep
from ._streaming import AsyncRunStream, RunStream, StreamEvent, aiter_events, iter_events

if TYPE_CHECKING:
    from assistants_api.models import RunObject

__all__ = ["AsyncRunsMixin", "SyncRunsMixin", "ToolFunctions"]

log = logging.getLogger("assistants_client")

# A run in one of these states will not change by itself: stop polling.
SETTLED = frozenset({"requires_action", "completed", "failed", "cancelled", "expired", "incomplete"})
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_POLL_TIMEOUT = 600.0

ToolFunctions = Mapping[str, Callable[..., Any]]
Body = Mapping[str, Any]


def poll_delay(headers: httpx2.Headers, interval: float | None) -> float:
    """The caller's interval, else the server's `openai-poll-after-ms`, else one second."""
    if interval is not None:
        return interval
    advised = headers.get("openai-poll-after-ms")
    if advised is not None:
        try:
            return max(0.0, float(advised) / 1000)
        except ValueError:
            pass
    return DEFAULT_POLL_INTERVAL


def _plan_tool_calls(run: Any, functions: ToolFunctions) -> list[tuple[str, Callable[..., Any] | None, Any]]:
    """(tool call id, function or None, decoded arguments or the decoding error) per call."""
    action = run.required_action
    calls = action.submit_tool_outputs.tool_calls if action is not None else []
    plan: list[tuple[str, Callable[..., Any] | None, Any]] = []
    for call in calls:
        name = call.function.name
        function = functions.get(name)
        if function is None:
            log.warning("run %s asked for a function nobody registered: %s", run.id, name)
            plan.append((call.id, None, LookupError(f"no function named {name!r} is available")))
            continue
        try:
            arguments = json.loads(call.function.arguments or "{}")
        except ValueError as exc:
            arguments = ValueError(f"the arguments are not valid JSON: {exc}")
        if not isinstance(arguments, (dict, Exception)):
            arguments = ValueError("the arguments are not a JSON object")
        plan.append((call.id, function, arguments))
    return plan


def _encode_output(call_id: str, result: Any) -> dict[str, str]:
    """A tool output: strings as they are, anything else JSON-encoded, exceptions reported."""
    if isinstance(result, BaseException):
        output = json.dumps({"error": f"{type(result).__name__}: {result}"})
    elif isinstance(result, str):
        output = result
    else:
        output = json.dumps(result, default=str)
    return {"tool_call_id": call_id, "output": output}


def tool_outputs(run: Any, functions: ToolFunctions) -> list[dict[str, str]]:
    """Call the requested functions; an exception becomes the output the model sees."""
    outputs = []
    for call_id, function, arguments in _plan_tool_calls(run, functions):
        result: Any = arguments
        if function is not None and not isinstance(arguments, Exception):
            try:
                result = function(**arguments)
            except Exception as exc:
                log.warning("tool %s raised %r; reporting it to the model", call_id, exc)
                result = exc
        outputs.append(_encode_output(call_id, result))
    return outputs


async def atool_outputs(run: Any, functions: ToolFunctions) -> list[dict[str, str]]:
    """tool_outputs for async code: coroutine functions are awaited, all calls run concurrently."""

    async def one(function: Callable[..., Any] | None, arguments: Any) -> Any:
        if function is None or isinstance(arguments, Exception):
            return arguments
        try:
            result = function(**arguments)
            return await result if inspect.isawaitable(result) else result
        except Exception as exc:
            log.warning("tool %s raised %r; reporting it to the model", function, exc)
            return exc

    plan = _plan_tool_calls(run, functions)
    import asyncio  # only async programs pay for importing it

    results = await asyncio.gather(*(one(function, arguments) for _, function, arguments in plan))
    return [_encode_output(call_id, result) for (call_id, _, _), result in zip(plan, results, strict=True)]


def _settled(run: Any) -> bool:
    return str(run.status) in SETTLED


def _too_late(run: Any, deadline: float, delay: float, timeout: float) -> PollTimeoutError | None:
    if time.monotonic() + delay <= deadline:
        return None
    return PollTimeoutError(f"run {run.id} is still {run.status} after {timeout:g}s of polling", run=run)


class SyncRunsMixin(SyncOperations):
    """Polling, streaming and tool loops for Client."""

    if TYPE_CHECKING:
        from assistants_api.api import SyncRawOperations

        def _build(
            self,
            http: Any,
            op: Operation,
            path_args: tuple[str, ...],
            body: Any,
            query: Any,
            options: Options,
            *,
            stream: bool = False,
        ) -> httpx2.Request: ...
        def _send(self, request: httpx2.Request, options: Options, *, stream: bool = False) -> httpx2.Response: ...
        @property
        def with_raw_response(self) -> SyncRawOperations: ...

        @property
        def _http(self) -> httpx2.Client: ...

    # -- polling ------------------------------------------------------------------------------

    def poll_run(
        self, thread_id: str, run_id: str, *, timeout: float = DEFAULT_POLL_TIMEOUT, interval: float | None = None
    ) -> RunObject:
        """Wait until the run is terminal or requires action, at the pace the server asks for
        (`openai-poll-after-ms`) unless `interval` is given; PollTimeoutError after `timeout` s."""
        deadline = time.monotonic() + timeout
        while True:
            raw = self.with_raw_response.get_run(thread_id, run_id)
            run = raw.parse()
            if _settled(run):
                return run
            delay = poll_delay(raw.headers, interval)
            late = _too_late(run, deadline, delay, timeout)
            if late is not None:
                raise late
            time.sleep(delay)

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
        return self.poll_run(thread_id, run.id, timeout=poll_timeout, interval=poll_interval)

    def create_thread_and_run_and_poll(
        self, body: Body, *, poll_timeout: float = DEFAULT_POLL_TIMEOUT, poll_interval: float | None = None
    ) -> RunObject:
        """create_thread_and_run, then poll_run."""
        run = self.create_thread_and_run(body)
        return self.poll_run(run.thread_id, run.id, timeout=poll_timeout, interval=poll_interval)

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
        return self.poll_run(thread_id, run_id, timeout=poll_timeout, interval=poll_interval)

    # -- streaming ----------------------------------------------------------------------------

    def _stream(self, op: Operation, path_args: tuple[str, ...], body: Any, options: Options) -> RunStream:
        request = self._build(self._http, op, path_args, body, None, options, stream=True)
        response = self._send(request, options, stream=True)
        return RunStream(iter_events(op, response, response.iter_bytes()), response.close)

    def stream_run(
        self,
        thread_id: str,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RunStream:
        """Create a run and stream its events (`with client.stream_run(...) as stream:`)."""
        return self._stream(CREATE_RUN, (thread_id,), body, Options(timeout, None, extra_headers))

    def stream_thread_and_run(
        self,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RunStream:
        """Create a thread and a run on it, streaming the run's events."""
        return self._stream(CREATE_THREAD_AND_RUN, (), body, Options(timeout, None, extra_headers))

    def stream_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> RunStream:
        """Submit tool outputs and stream the rest of the run."""
        return self._stream(
            SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run_id), body, Options(timeout, None, extra_headers)
        )

    # -- the tool-call loop -------------------------------------------------------------------

    def run_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """Create a run and drive it to a terminal state, answering every `requires_action` by
        calling `functions[name](**arguments)` and submitting the results (polling variant)."""
        run = self.create_run_and_poll(
            thread_id,
            {**(body or {}), "assistant_id": assistant_id},
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        while str(run.status) == "requires_action":
            outputs = tool_outputs(run, functions)
            run = self.submit_tool_outputs_and_poll(
                thread_id, run.id, {"tool_outputs": outputs}, poll_timeout=poll_timeout, poll_interval=poll_interval
            )
        return run

    def stream_tools(
        self, thread_id: str, assistant_id: str, functions: ToolFunctions, *, body: Body | None = None
    ) -> RunStream:
        """The streaming variant of run_tools: one stream of every event, across tool rounds."""
        first = self.stream_run(thread_id, {**(body or {}), "assistant_id": assistant_id})
        current = [first]

        def events() -> Generator[StreamEvent, None, None]:
            stream = first
            while True:
                current[:] = [stream]
                with stream:
                    for event in stream:
                        if event.event != "done":
                            yield event
                run = stream.current_run
                if run is None or str(run.status) != "requires_action":
                    yield StreamEvent("done", "[DONE]")
                    return
                stream = self.stream_tool_outputs(thread_id, run.id, {"tool_outputs": tool_outputs(run, functions)})

        generator = events()

        def close() -> None:
            generator.close()
            for stream in current:
                stream.close()

        return RunStream(generator, close)


class AsyncRunsMixin(AsyncOperations):
    """The async twin of SyncRunsMixin, for AsyncClient."""

    if TYPE_CHECKING:
        from assistants_api.api import AsyncRawOperations

        def _build(
            self,
            http: Any,
            op: Operation,
            path_args: tuple[str, ...],
            body: Any,
            query: Any,
            options: Options,
            *,
            stream: bool = False,
        ) -> httpx2.Request: ...
        async def _send(
            self, request: httpx2.Request, options: Options, *, stream: bool = False
        ) -> httpx2.Response: ...
        @property
        def with_raw_response(self) -> AsyncRawOperations: ...

        @property
        def _http(self) -> httpx2.AsyncClient: ...

    async def poll_run(
        self, thread_id: str, run_id: str, *, timeout: float = DEFAULT_POLL_TIMEOUT, interval: float | None = None
    ) -> RunObject:
        """Wait until the run is terminal or requires action (see Client.poll_run)."""
        deadline = time.monotonic() + timeout
        while True:
            raw = await self.with_raw_response.get_run(thread_id, run_id)
            run = raw.parse()
            if _settled(run):
                return run
            delay = poll_delay(raw.headers, interval)
            late = _too_late(run, deadline, delay, timeout)
            if late is not None:
                raise late
            await asleep(delay)

    async def create_run_and_poll(
        self,
        thread_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        run = await self.create_run(thread_id, body)
        return await self.poll_run(thread_id, run.id, timeout=poll_timeout, interval=poll_interval)

    async def create_thread_and_run_and_poll(
        self, body: Body, *, poll_timeout: float = DEFAULT_POLL_TIMEOUT, poll_interval: float | None = None
    ) -> RunObject:
        run = await self.create_thread_and_run(body)
        return await self.poll_run(run.thread_id, run.id, timeout=poll_timeout, interval=poll_interval)

    async def submit_tool_outputs_and_poll(
        self,
        thread_id: str,
        run_id: str,
        body: Body,
        *,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        await self.submit_tool_outputs_to_run(thread_id, run_id, body)
        return await self.poll_run(thread_id, run_id, timeout=poll_timeout, interval=poll_interval)

    async def _stream(self, op: Operation, path_args: tuple[str, ...], body: Any, options: Options) -> AsyncRunStream:
        request = self._build(self._http, op, path_args, body, None, options, stream=True)
        response = await self._send(request, options, stream=True)
        return AsyncRunStream(aiter_events(op, response), response.aclose)

    async def stream_run(
        self,
        thread_id: str,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRunStream:
        """Create a run and stream its events (`async with await client.stream_run(...) as s:`)."""
        return await self._stream(CREATE_RUN, (thread_id,), body, Options(timeout, None, extra_headers))

    async def stream_thread_and_run(
        self,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRunStream:
        return await self._stream(CREATE_THREAD_AND_RUN, (), body, Options(timeout, None, extra_headers))

    async def stream_tool_outputs(
        self,
        thread_id: str,
        run_id: str,
        body: Body,
        *,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncRunStream:
        options = Options(timeout, None, extra_headers)
        return await self._stream(SUBMIT_TOOL_OUTPUTS_TO_RUN, (thread_id, run_id), body, options)

    async def run_tools(
        self,
        thread_id: str,
        assistant_id: str,
        functions: ToolFunctions,
        *,
        body: Body | None = None,
        poll_timeout: float = DEFAULT_POLL_TIMEOUT,
        poll_interval: float | None = None,
    ) -> RunObject:
        """See Client.run_tools; coroutine functions are awaited."""
        run = await self.create_run_and_poll(
            thread_id,
            {**(body or {}), "assistant_id": assistant_id},
            poll_timeout=poll_timeout,
            poll_interval=poll_interval,
        )
        while str(run.status) == "requires_action":
            outputs = await atool_outputs(run, functions)
            run = await self.submit_tool_outputs_and_poll(
                thread_id, run.id, {"tool_outputs": outputs}, poll_timeout=poll_timeout, poll_interval=poll_interval
            )
        return run

    async def stream_tools(
        self, thread_id: str, assistant_id: str, functions: ToolFunctions, *, body: Body | None = None
    ) -> AsyncRunStream:
        """See Client.stream_tools."""
        first = await self.stream_run(thread_id, {**(body or {}), "assistant_id": assistant_id})
        current = [first]

        async def events() -> Any:
            stream = first
            while True:
                current[:] = [stream]
                async with stream:
                    async for event in stream:
                        if event.event != "done":
                            yield event
                run = stream.current_run
                if run is None or str(run.status) != "requires_action":
                    yield StreamEvent("done", "[DONE]")
                    return
                outputs = await atool_outputs(run, functions)
                stream = await self.stream_tool_outputs(thread_id, run.id, {"tool_outputs": outputs})

        generator = events()

        async def close() -> None:
            await generator.aclose()
            for stream in current:
                await stream.close()

        return AsyncRunStream(generator, close)
