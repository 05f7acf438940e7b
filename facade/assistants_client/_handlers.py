"""The event-handler style of reading a stream: subclass `AssistantEventHandler` (or
`AsyncAssistantEventHandler`), override the callbacks you need, and pass an instance to
`stream.until_done(handler)`:

    class Printer(AssistantEventHandler):
        def on_text_delta(self, delta, snapshot):
            print(delta.value, end="", flush=True)

    with client.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
        stream.until_done(Printer())

Which callbacks an event makes, and in what order, is `_dispatch.EventDispatch`'s (see there):
`on_event` for every event, then the text, message, run step and tool call callbacks with the
snapshots built from the deltas. `on_end()` follows the stream's end; an exception on the way
goes to `on_exception(exc)` and is then raised.

Tool calls: when the run stops at `requires_action`, `on_requires_action(run)` may return the
outputs (a list of `{"tool_call_id", "output"}`, or a mapping of call ids to outputs, the
non-str ones JSON-encoded); the driver submits them and goes on with the new stream, into the
same handler, until the run ends (at most 100 rounds). Returning None (the default) leaves the
run waiting. A stream from `stream_tools` answers tool calls itself, and never asks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._exceptions import APIError
from ._runcore import MAX_TOOL_ROUNDS
from ._toolargs import encode_result

if TYPE_CHECKING:
    from assistants_api.api import StreamEvent
    from assistants_api.models import (
        ImageFile,
        MessageDelta,
        MessageDeltaText,
        MessageObject,
        MessageText,
        RunObject,
        RunStepDelta,
        RunStepObject,
    )

    from ._dispatch import EventDispatch
    from ._streaming import AsyncRunStream, RunStream

__all__ = ["AssistantEventHandler", "AsyncAssistantEventHandler", "ToolOutputs", "drive", "adrive", "outputs_body"]

ToolOutputs = Sequence[Mapping[str, Any]] | Mapping[str, Any]
"""What on_requires_action may return: tool outputs as the API takes them, or by call id."""


def outputs_body(outputs: ToolOutputs) -> list[dict[str, Any]]:
    """submit_tool_outputs' `tool_outputs` from what on_requires_action returned."""
    if isinstance(outputs, Mapping):
        return [{"tool_call_id": call_id, "output": encode_result(output)} for call_id, output in outputs.items()]
    return [dict(output) for output in outputs]


class _HandlerState:
    """What every handler knows while it is driven: the run and the message as of now."""

    _dispatch: EventDispatch | None = None

    @property
    def current_run(self) -> RunObject | None:
        """The run as of the latest run event."""
        return None if self._dispatch is None else self._dispatch.run

    @property
    def current_message_snapshot(self) -> MessageObject | None:
        """The message being written (or the last one written), deltas merged."""
        return None if self._dispatch is None else self._dispatch.message_snapshot()


class AssistantEventHandler(_HandlerState):
    """The callbacks of a stream, all doing nothing: override those you need (see the module
    docstring for when each is called). Snapshots are the generated models."""

    def on_event(self, event: StreamEvent) -> None:
        """Every event, before the callbacks it makes."""

    def on_message_created(self, message: MessageObject) -> None: ...
    def on_message_delta(self, delta: MessageDelta, snapshot: MessageObject) -> None: ...
    def on_message_done(self, message: MessageObject) -> None: ...
    def on_text_created(self, text: MessageText) -> None: ...
    def on_text_delta(self, delta: MessageDeltaText, snapshot: MessageText) -> None:
        """`delta.value` is the new piece, `snapshot.value` the text so far."""

    def on_text_done(self, text: MessageText) -> None: ...
    def on_image_file_done(self, image_file: ImageFile) -> None: ...
    def on_run_step_created(self, run_step: RunStepObject) -> None: ...
    def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStepObject) -> None: ...
    def on_run_step_done(self, run_step: RunStepObject) -> None: ...
    def on_tool_call_created(self, tool_call: Any) -> None: ...
    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None: ...
    def on_tool_call_done(self, tool_call: Any) -> None: ...
    def on_requires_action(self, run: RunObject) -> ToolOutputs | None:
        """The outputs to submit for `run.required_action` (None: leave the run waiting)."""
        return None

    def on_end(self) -> None:
        """After the last event (of the last tool round)."""

    def on_exception(self, exception: Exception) -> None:
        """An exception while reading or handling the stream; it is raised after this returns."""


class AsyncAssistantEventHandler(_HandlerState):
    """AssistantEventHandler for AsyncRunStream: the same callbacks, as coroutines."""

    async def on_event(self, event: StreamEvent) -> None: ...
    async def on_message_created(self, message: MessageObject) -> None: ...
    async def on_message_delta(self, delta: MessageDelta, snapshot: MessageObject) -> None: ...
    async def on_message_done(self, message: MessageObject) -> None: ...
    async def on_text_created(self, text: MessageText) -> None: ...
    async def on_text_delta(self, delta: MessageDeltaText, snapshot: MessageText) -> None: ...
    async def on_text_done(self, text: MessageText) -> None: ...
    async def on_image_file_done(self, image_file: ImageFile) -> None: ...
    async def on_run_step_created(self, run_step: RunStepObject) -> None: ...
    async def on_run_step_delta(self, delta: RunStepDelta, snapshot: RunStepObject) -> None: ...
    async def on_run_step_done(self, run_step: RunStepObject) -> None: ...
    async def on_tool_call_created(self, tool_call: Any) -> None: ...
    async def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None: ...
    async def on_tool_call_done(self, tool_call: Any) -> None: ...
    async def on_requires_action(self, run: RunObject) -> ToolOutputs | None:
        return None

    async def on_end(self) -> None: ...
    async def on_exception(self, exception: Exception) -> None: ...


def _too_many(run: Any) -> APIError:
    return APIError(f"run {getattr(run, 'id', '?')} asked for tool outputs more than {MAX_TOOL_ROUNDS} times")


def _round_over(stream: Any, current: Any, dispatch: EventDispatch, outputs: ToolOutputs | None) -> Any:
    """After one HTTP stream: what it saw goes to the first stream; the outputs to submit for
    the next round, or None when the run is over (or left waiting)."""
    if current is not stream:
        stream.adopt(current)
    if outputs is None or dispatch.run is None:
        return None
    return outputs_body(outputs)


def drive(stream: RunStream, handler: AssistantEventHandler) -> None:
    """Read `stream` (and the streams of its tool rounds) to the end into `handler`."""
    from ._dispatch import EventDispatch  # loads the models: only programs with handlers pay for it

    dispatch = handler._dispatch = EventDispatch()
    current = stream
    try:
        for _ in range(MAX_TOOL_ROUNDS + 1):
            outputs: ToolOutputs | None = None
            with current:
                for event in current:
                    for name, args in dispatch.feed(event):
                        if name != "on_requires_action":
                            getattr(handler, name)(*args)
                        elif stream.can_follow:
                            outputs = handler.on_requires_action(*args)
            body = _round_over(stream, current, dispatch, outputs)
            if body is None:
                break
            current = stream.follow(dispatch.run, body)
        else:
            raise _too_many(dispatch.run)
    except Exception as exc:
        handler.on_exception(exc)
        raise
    handler.on_end()


async def adrive(stream: AsyncRunStream, handler: AsyncAssistantEventHandler) -> None:
    """The async twin of drive."""
    from ._dispatch import EventDispatch  # loads the models: only programs with handlers pay for it

    dispatch = handler._dispatch = EventDispatch()
    current = stream
    try:
        for _ in range(MAX_TOOL_ROUNDS + 1):
            outputs: ToolOutputs | None = None
            async with current:
                async for event in current:
                    for name, args in dispatch.feed(event):
                        if name != "on_requires_action":
                            await getattr(handler, name)(*args)
                        elif stream.can_follow:
                            outputs = await handler.on_requires_action(*args)
            body = _round_over(stream, current, dispatch, outputs)
            if body is None:
                break
            current = stream.follow(dispatch.run, body)
        else:
            raise _too_many(dispatch.run)
    except Exception as exc:
        await handler.on_exception(exc)
        raise
    await handler.on_end()
