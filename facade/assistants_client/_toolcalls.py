"""Calling the user's functions for one round of a tool loop (sync and async twins).

`ToolLoop` (in `_runcore.py`) decides what to call and with which arguments; these call it and
turn each result, or error, into a tool output. With `tool_errors="raise"` the first error
(the function's own exception, or the LookupError / ToolArgumentsError of a call that could not
be made) is raised instead of reported; the loops in `_runs.py` then cancel the run.
"""

from __future__ import annotations

import inspect
from typing import TYPE_CHECKING, Any

from ._runcore import PendingCall, ToolLoop, encode_output, failed

if TYPE_CHECKING:
    from assistants_api.models import RunObject

__all__ = ["atool_outputs", "tool_outputs"]


def _reported(loop: ToolLoop, call: PendingCall, exc: Exception) -> Exception:
    """The error as the call's output (logged when the function raised it), or raised."""
    if loop.raise_errors:
        raise exc
    return exc if exc is call.error else failed(call, exc)


def tool_outputs(loop: ToolLoop, run: RunObject) -> list[dict[str, str]]:
    """Call the requested functions; an exception becomes the output the model sees."""
    outputs = []
    for call in loop.calls(run):
        result: Any = call.error
        if call.error is not None:
            result = _reported(loop, call, call.error)
        elif call.function is not None:
            try:
                result = call.function(**call.arguments)
            except Exception as exc:
                result = _reported(loop, call, exc)
        outputs.append(encode_output(call, result))
    return outputs


async def atool_outputs(loop: ToolLoop, run: RunObject) -> list[dict[str, str]]:
    """tool_outputs for async code: coroutine functions are awaited, all calls run concurrently."""
    import asyncio  # only async programs pay for importing it

    async def one(call: PendingCall) -> Any:
        if call.error is not None:
            return _reported(loop, call, call.error)
        if call.function is None:
            return None
        try:
            result = call.function(**call.arguments)
            return await result if inspect.isawaitable(result) else result
        except Exception as exc:
            return _reported(loop, call, exc)

    calls = loop.calls(run)
    results = await asyncio.gather(*(one(call) for call in calls))
    return [encode_output(call, result) for call, result in zip(calls, results, strict=True)]
