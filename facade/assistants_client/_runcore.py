"""The decisions behind polling and the tool-call loop, with no I/O.

`Poll` judges one polling step (stop, or how long to wait, or give up); `ToolLoop` decides
whether a run wants tool outputs and what to call for them; `encode_output` turns a result into
the output the model sees. The sync and async loops in `_runs.py` only send requests, sleep and
call the user's functions around these.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

import httpx2

from ._exceptions import APIError, PollTimeoutError
from ._toolargs import ToolArgumentsError, bind, encode_result
from ._toolschema import function_tool

if TYPE_CHECKING:
    from assistants_api.models import RunObject

__all__ = [
    "ACTIVE",
    "SETTLED",
    "TERMINAL",
    "Poll",
    "PendingCall",
    "ToolErrors",
    "ToolFunctions",
    "ToolLoop",
    "encode_output",
    "poll_delay",
    "MAX_POLL_INTERVAL",
    "MIN_POLL_INTERVAL",
]

log = logging.getLogger("assistants_client")

# A run's statuses (the spec's RunStatus), written once: tests check that the two sets below
# together are exactly the spec's enum.
TERMINAL = frozenset({"completed", "failed", "cancelled", "expired", "incomplete"})
"""A run in one of these will never change again (cancelling a stream's run is pointless)."""
ACTIVE = frozenset({"queued", "in_progress", "requires_action", "cancelling"})
"""A run in one of these is not over: it holds its thread."""
SETTLED = TERMINAL | {"requires_action"}
"""A run in one of these will not change by itself: polling stops (over, or waiting for tool outputs)."""
DEFAULT_POLL_INTERVAL = 1.0
DEFAULT_POLL_TIMEOUT = 600.0
MAX_TOOL_ROUNDS = 100

ToolFunctions = Mapping[str, Callable[..., Any]] | Sequence[Callable[..., Any]]
"""The functions of a tool loop: by tool name, or the callables themselves (named by `__name__`,
their definitions from `function_tool`, added to the run when its tools lack them)."""
ToolErrors = Literal["report", "raise"]
"""What the tool loop does with a function that raises (or a call it cannot make): report the
error to the model as the call's output, or cancel the run and raise it."""


MIN_POLL_INTERVAL = 0.05
"""The shortest wait between two polls that the server's `openai-poll-after-ms` can ask for."""
MAX_POLL_INTERVAL = 10.0
"""The longest: a server asking for more is polled this often anyway."""


def poll_delay(headers: httpx2.Headers, interval: float | None) -> float:
    """The caller's interval, else the server's `openai-poll-after-ms` (within the minimum and
    maximum intervals), else one second."""
    if interval is not None:
        return interval
    advised = headers.get("openai-poll-after-ms")
    if advised is not None:
        try:
            return min(MAX_POLL_INTERVAL, max(MIN_POLL_INTERVAL, float(advised) / 1000))
        except ValueError:
            pass
    return DEFAULT_POLL_INTERVAL


class Poll:
    """One polling loop: after each read of the object, `step` says None (its status is in
    `final`: return it) or how many seconds to wait before the next, and raises PollTimeoutError
    (naming the object, its id and `operation`) when that wait would end past the deadline.

    Runs poll until SETTLED; vector stores, their files and batches until the sets in `_stores.py`."""

    __slots__ = ("deadline", "final", "interval", "operation", "timeout", "what")

    def __init__(
        self,
        timeout: float = DEFAULT_POLL_TIMEOUT,
        interval: float | None = None,
        *,
        final: frozenset[str] = SETTLED,
        what: str = "run",
        operation: str = "get_run",
    ) -> None:
        self.timeout = timeout
        self.interval = interval
        self.final = final
        self.what = what
        self.operation = operation
        self.deadline = time.monotonic() + timeout

    def step(self, polled: Any, headers: httpx2.Headers) -> float | None:
        status = str(polled.status)
        if status in self.final:
            return None
        delay = poll_delay(headers, self.interval)
        if time.monotonic() + delay > self.deadline:
            raise self.timed_out(polled)
        return delay

    def read_deadline(self, cap: float | None) -> float:
        """The deadline of the next read: the seconds left before the poll's (at most `cap`, the
        client's own deadline), so that a slow read ends the poll on time too."""
        left = max(0.0, self.deadline - time.monotonic())
        return left if cap is None else min(left, cap)

    def over(self) -> bool:
        return time.monotonic() >= self.deadline

    def timed_out(self, polled: Any) -> PollTimeoutError:
        """The PollTimeoutError naming `polled` (None: no read answered within the poll's time)."""
        what = f"{self.what} {polled.id} is still {polled.status}" if polled is not None else f"the {self.what}"
        if polled is None:
            what += " was not read in time"
        message = f"{what} after {self.timeout:g}s of polling ({self.operation})"
        return PollTimeoutError(message, run=polled, operation=self.operation)


class PendingCall:
    """One function call a run asked for: the function to call (None: nobody registered it) and
    its decoded arguments, or the error to report instead of calling it."""

    __slots__ = ("arguments", "call_id", "error", "function")

    def __init__(
        self,
        call_id: str,
        function: Callable[..., Any] | None,
        arguments: dict[str, Any],
        error: Exception | None,
    ) -> None:
        self.call_id = call_id
        self.function = function
        self.arguments = arguments
        self.error = error


class ToolLoop:
    """The tool-call loop's decisions: does this run want outputs, and which calls make them.
    Bounded: more than `max_rounds` rounds of tool calls in one run raise APIError."""

    __slots__ = ("definitions", "functions", "max_rounds", "raise_errors", "rounds")

    def __init__(
        self, functions: ToolFunctions, max_rounds: int = MAX_TOOL_ROUNDS, errors: ToolErrors = "report"
    ) -> None:
        if errors not in ("report", "raise"):
            raise ValueError(f"tool_errors is 'report' or 'raise', not {errors!r}")
        self.definitions: dict[str, dict[str, Any]] = {}
        if isinstance(functions, Mapping):
            self.functions: Mapping[str, Callable[..., Any]] = functions
        else:
            by_name: dict[str, Callable[..., Any]] = {}
            for function in functions:
                definition = function_tool(function)
                name = definition["function"]["name"]
                if name in by_name:
                    raise ValueError(f"two functions are named {name!r}; pass a mapping of names to functions")
                by_name[name], self.definitions[name] = function, definition
            self.functions = by_name
        self.max_rounds = max_rounds
        self.raise_errors = errors == "raise"
        self.rounds = 0

    def tools_for_run(self, tools: Iterable[Any]) -> list[Any] | None:
        """`tools` (the run's or its assistant's) with the definitions of the functions they lack
        added; None when none is missing (the run keeps its assistant's tools)."""
        tools = [tool.to_dict() if hasattr(tool, "to_dict") else tool for tool in tools]
        named = {(tool.get("function") or {}).get("name") for tool in tools if isinstance(tool, Mapping)}
        missing = [definition for name, definition in self.definitions.items() if name not in named]
        return [*tools, *missing] if missing else None

    def wants_outputs(self, run: RunObject | None) -> bool:
        if run is None or str(run.status) != "requires_action":
            return False
        self.rounds += 1
        if self.rounds > self.max_rounds:
            raise APIError(f"run {run.id} asked for tool outputs more than {self.max_rounds} times; giving up")
        return True

    def calls(self, run: RunObject) -> list[PendingCall]:
        action = run.required_action
        calls = action.submit_tool_outputs.tool_calls if action else []
        plan = []
        for call in calls:
            name = call.function.name
            function = self.functions.get(name)
            arguments: Any = {}
            error: Exception | None = None
            if function is None:
                log.warning("run %s asked for a function nobody registered: %s", run.id, name)
                error = LookupError(f"no function named {name!r} is available")
            else:
                try:
                    arguments = json.loads(call.function.arguments or "{}")
                except ValueError as exc:
                    error = ValueError(f"the arguments are not valid JSON: {exc}")
                if error is None and not isinstance(arguments, dict):
                    error = ValueError("the arguments are not a JSON object")
                if error is None:
                    try:
                        arguments = bind(function, arguments)
                    except ToolArgumentsError as exc:
                        error = exc
            plan.append(PendingCall(call.id, function, arguments, error))
        return plan


def encode_output(call: PendingCall, result: Any) -> dict[str, str]:
    """A tool output: strings as they are, anything else JSON-encoded (`encode_result`),
    exceptions reported as `{"error": "Type: message"}`."""
    if isinstance(result, BaseException):
        output = json.dumps({"error": f"{type(result).__name__}: {result}"})
    else:
        output = encode_result(result)
    return {"tool_call_id": call.call_id, "output": output}


def failed(call: PendingCall, exc: Exception) -> Exception:
    log.warning("tool %s raised %r; reporting it to the model", call.call_id, exc)
    return exc
