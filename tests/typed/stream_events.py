"""Checked by mypy --strict in tests/test_typing.py (not run): comparing `event.event` with an
event name narrows the event, and so `event.data`, to the spec's model."""

from __future__ import annotations

from typing import assert_type

from assistants_api.api import StreamEvent, ThreadMessageDeltaEvent, ThreadRunRequiresActionEvent
from assistants_api.models import MessageDeltaObject, MessageObject, RunObject, RunStepDeltaObject
from assistants_client import AsyncClient, AsyncRunStream, Client, RunStream, UnknownEvent


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
