"""Checked by mypy --strict in tests/test_typing.py (not run): comparing `event.event` with an
event name narrows the event, and so `event.data`, to the spec's model."""

from __future__ import annotations

from typing import Any, assert_type

from assistants_api.api import StreamEvent, ThreadMessageDeltaEvent, ThreadRunRequiresActionEvent
from assistants_api.models import (
    MessageDeltaObject,
    MessageDeltaText,
    MessageObject,
    MessageText,
    RunObject,
    RunStatus,
    RunStepDeltaObject,
)
from assistants_client import (
    AssistantEventHandler,
    AsyncAssistantEventHandler,
    AsyncClient,
    AsyncRunStream,
    Client,
    RunStream,
    UnknownEvent,
    function_tool,
)


def with_if(stream: RunStream) -> None:
    for event in stream:
        assert_type(event, StreamEvent)
        if event.event == "thread.message.delta":
            assert_type(event, ThreadMessageDeltaEvent)
            assert_type(event.data, MessageDeltaObject)
        elif event.event == "thread.run.requires_action":
            assert_type(event, ThreadRunRequiresActionEvent)
            assert_type(event.data, RunObject)
        elif event.event == "unknown":
            assert_type(event, UnknownEvent)
            assert_type(event.name, str)


def with_match(stream: RunStream) -> None:
    for event in stream:
        match event.event:
            case "thread.message.completed" | "thread.message.incomplete":
                assert_type(event.data, MessageObject)
            case "thread.run.step.delta":
                assert_type(event.data, RunStepDeltaObject)
            case "done":
                assert_type(event.data, str)
            case _:
                pass


async def in_async_code(client: AsyncClient) -> None:
    async with client.stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        assert_type(stream, AsyncRunStream)
        async for event in stream:
            if event.event == "thread.run.completed":
                assert_type(event.data, RunObject)
        assert_type(await stream.final_run(), RunObject)


def helpers(client: Client) -> None:
    with client.stream_tools("thread_1", "asst_1", {}, cancel_on_close=True) as stream:
        assert_type(stream.final_messages(), list[MessageObject])
        assert_type(stream.current_run, RunObject | None)


# -- the SDK's habits: an event handler, function_tool, run_tools with callables, message.text ------


class Printer(AssistantEventHandler):
    def on_text_delta(self, delta: MessageDeltaText, snapshot: MessageText) -> None:
        print(delta.value, snapshot.value)

    def on_requires_action(self, run: RunObject) -> list[dict[str, str]]:
        return []


class AsyncPrinter(AsyncAssistantEventHandler):
    async def on_text_done(self, text: MessageText) -> None:
        print(text.value)


def get_weather(city: str) -> str:
    return city


def with_handlers(client: Client, stream: RunStream, message: MessageObject) -> None:
    assert_type(stream.until_done(Printer()), RunStream)
    assert_type(function_tool(get_weather), dict[str, Any])
    run = client.run_tools("thread_1", "asst_1", [get_weather], tool_errors="raise")
    assert_type(run.status, RunStatus)
    assert_type(message.text, str)


async def with_async_handlers(stream: AsyncRunStream) -> None:
    assert_type(await stream.until_done(AsyncPrinter()), AsyncRunStream)
