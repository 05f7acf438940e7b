"""The event-handler style of reading streams: EventDispatch's order and snapshots on made-up
events (no server), then AssistantEventHandler / AsyncAssistantEventHandler against the local
server, answering requires_action from the handler; enums and message text on the models."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from assistants_api.api import EVENT_CLASSES, StreamEvent
from assistants_api.models import (
    CreateMessageRequest,
    MessageDeltaObject,
    MessageObject,
    RunObject,
    RunStatus,
    RunStepDeltaObject,
    RunStepObject,
)
from assistants_client import AssistantEventHandler, AsyncAssistantEventHandler, AsyncClient, Client, function_tool
from assistants_client._dispatch import EventDispatch, merge
from assistants_server import Server

from .test_facade_faults import example

# -- made-up events ---------------------------------------------------------------------------------


def event(name: str, data: Any) -> StreamEvent:
    event_class: Any = EVENT_CLASSES[name]
    return event_class(name, data)  # type: ignore[no-any-return]


def message(status: str = "in_progress", texts: tuple[str, ...] = ()) -> MessageObject:
    data = example("MessageObject")
    data.update(
        id="msg_1", status=status, content=[{"type": "text", "text": {"value": t, "annotations": []}} for t in texts]
    )
    return MessageObject.from_dict(data)


def message_delta(*parts: tuple[int, str]) -> MessageDeltaObject:
    content = [{"index": index, "type": "text", "text": {"value": value}} for index, value in parts]
    return MessageDeltaObject.from_dict(
        {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": content}}
    )


def step(status: str, calls: list[dict[str, Any]]) -> RunStepObject:
    data = example("RunStepObject")
    data.update(id="step_1", status=status, step_details={"type": "tool_calls", "tool_calls": calls})
    return RunStepObject.from_dict(data)


def call_delta(index: int, **fields: Any) -> RunStepDeltaObject:
    tool_call = {"index": index, "type": "function", **fields}
    delta = {"step_details": {"type": "tool_calls", "tool_calls": [tool_call]}}
    return RunStepDeltaObject.from_dict({"id": "step_1", "object": "thread.run.step.delta", "delta": delta})


def run(status: str) -> RunObject:
    data = example("RunObject")
    data["status"] = status
    return RunObject.from_dict(data)


def finished(call_id: str, name: str) -> dict[str, Any]:
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": "{}", "output": "ok"}}


def names(calls: list[tuple[str, tuple[Any, ...]]]) -> list[str]:
    return [name for name, _ in calls if name != "on_event"]


def test_text_callbacks_in_order_with_growing_snapshots() -> None:
    dispatch = EventDispatch()
    heard = []
    for e in [
        event("thread.message.created", message()),
        event("thread.message.delta", message_delta((0, "Hel"))),
        event("thread.message.delta", message_delta((0, "lo"))),
        event("thread.message.delta", message_delta((1, "Second"))),
        event("thread.message.completed", message("completed", ("Hello", "Second part"))),
        event("done", "[DONE]"),
    ]:
        heard += dispatch.feed(e)
    assert names(heard) == [
        "on_message_created",
        "on_text_created",
        "on_text_delta",
        "on_message_delta",
        "on_text_delta",
        "on_message_delta",
        "on_text_done",
        "on_text_created",
        "on_text_delta",
        "on_message_delta",
        "on_text_done",
        "on_message_done",
    ]
    deltas = [args for name, args in heard if name == "on_text_delta"]
    assert [(d.value, s.value) for d, s in deltas] == [("Hel", "Hel"), ("lo", "Hello"), ("Second", "Second")]
    done = [args[0].value for name, args in heard if name == "on_text_done"]
    assert done == ["Hello", "Second part"]  # the last from the completed message itself
    snapshot = [args[1] for name, args in heard if name == "on_message_delta"][-1]
    assert snapshot.text == "Hello\nSecond"
    assert [name for name, _ in heard].count("on_event") == 5  # not for `done`


def test_an_image_part_is_done_before_the_next_part() -> None:
    dispatch = EventDispatch()
    image = {"index": 0, "type": "image_file", "image_file": {"file_id": "file-plot"}}
    with_image = MessageDeltaObject.from_dict(
        {"id": "msg_1", "object": "thread.message.delta", "delta": {"content": [image]}}
    )
    heard = dispatch.feed(event("thread.message.created", message()))
    heard += dispatch.feed(event("thread.message.delta", with_image))
    heard += dispatch.feed(event("thread.message.delta", message_delta((1, "The plot"))))
    assert names(heard) == [
        "on_message_created",
        "on_message_delta",
        "on_image_file_done",
        "on_text_created",
        "on_text_delta",
        "on_message_delta",
    ]
    assert [args[0].file_id for name, args in heard if name == "on_image_file_done"] == ["file-plot"]


def test_tool_calls_announced_and_finished_once_across_rounds() -> None:
    dispatch = EventDispatch()
    heard = []
    for e in [
        event("thread.run.step.created", step("in_progress", [])),
        event(
            "thread.run.step.delta", call_delta(0, id="call_a", function={"name": "get_weather", "arguments": '{"ci'})
        ),
        event("thread.run.step.delta", call_delta(0, function={"arguments": 'ty": "Oslo"}'})),
        event("thread.run.step.delta", call_delta(1, id="call_b", function={"name": "get_time", "arguments": "{}"})),
        event("thread.run.requires_action", run("requires_action")),
        # the next HTTP stream, after the outputs:
        event(
            "thread.run.step.completed",
            step("completed", [finished("call_a", "get_weather"), finished("call_b", "get_time")]),
        ),
        event("thread.run.completed", run("completed")),
    ]:
        heard += dispatch.feed(e)
    assert names(heard) == [
        "on_run_step_created",
        "on_tool_call_created",
        "on_tool_call_delta",
        "on_run_step_delta",
        "on_tool_call_delta",
        "on_run_step_delta",
        "on_tool_call_done",
        "on_tool_call_created",
        "on_tool_call_delta",
        "on_run_step_delta",
        "on_tool_call_done",
        "on_requires_action",
        "on_run_step_done",
    ]
    snapshots = [args[1] for name, args in heard if name == "on_tool_call_delta"]
    assert [s.function.arguments for s in snapshots] == ['{"ci', '{"city": "Oslo"}', "{}"]
    assert snapshots[1].id == "call_a" and snapshots[1].function.name == "get_weather"
    done = [args[0] for name, args in heard if name == "on_tool_call_done"]
    assert [d.id for d in done] == ["call_a", "call_b"]
    step_snapshot = [args[1] for name, args in heard if name == "on_run_step_delta"][-1]
    assert [c.id for c in step_snapshot.step_details.tool_calls] == ["call_a", "call_b"]
    assert dispatch.run.status == "completed"


def test_a_step_that_arrives_whole_still_announces_its_calls() -> None:
    dispatch = EventDispatch()
    whole = step(
        "completed", [{"id": "call_c", "type": "code_interpreter", "code_interpreter": {"input": "1+1", "outputs": []}}]
    )
    heard = dispatch.feed(event("thread.run.step.completed", whole))
    assert names(heard) == ["on_tool_call_created", "on_tool_call_done", "on_run_step_done"]


def test_merge_appends_pieces_and_merges_by_index() -> None:
    snapshot: dict[str, Any] = {"type": "function", "content": [], "n": 1}
    merge(snapshot, {"type": "function", "content": [{"index": 1, "text": {"value": "a"}}], "n": 2})
    merge(snapshot, {"content": [{"index": 1, "text": {"value": "b", "annotations": [{"index": 0, "x": 1}]}}]})
    merge(snapshot, {"tags": ["a"]})
    merge(snapshot, {"tags": ["b"]})
    assert snapshot == {
        "type": "function",  # not "functionfunction": only text, arguments, code and output are pieces
        "content": [{}, {"text": {"value": "ab", "annotations": [{"x": 1}]}}],
        "n": 2,
        "tags": ["a", "b"],
    }


def test_enums_print_as_their_values_and_messages_have_text() -> None:
    assert repr(RunStatus.COMPLETED) == "'completed'" and str(RunStatus.COMPLETED) == "completed"
    assert f"{RunStatus.REQUIRES_ACTION}" == "requires_action"
    assert "status='completed'" in repr(run("completed"))
    assert repr(RunStatus("brand_new")) == "'brand_new'"  # a status the spec does not know yet
    assert message(texts=("a", "b")).text == "a\nb"
    assert message().text == ""
    assert message_delta((0, "x"), (1, "y")).delta.text == "xy"
    parts = [{"type": "text", "text": "a"}, {"type": "image_url", "image_url": {"url": "https://x/y.png"}}]
    assert CreateMessageRequest.from_dict({"role": "user", "content": parts}).text == "a"
    assert CreateMessageRequest.from_dict({"role": "user", "content": "plain"}).text == "plain"


# -- against the server -----------------------------------------------------------------------------


def get_weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city's name.
    """
    return f"sunny in {city}"


class Recorder(AssistantEventHandler):
    def __init__(self, answer: bool = True) -> None:
        self.heard: list[str] = []
        self.text = ""
        self.answer = answer

    def on_event(self, event: StreamEvent) -> None:
        self.heard.append(event.event)

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.text += delta.value
        assert snapshot.value == self.text

    def on_tool_call_done(self, tool_call: Any) -> None:
        self.heard.append(f"tool:{tool_call.function.name}:{json.loads(tool_call.function.arguments)['city']}")

    def on_requires_action(self, run: RunObject) -> Any:
        calls = run.required_action.submit_tool_outputs.tool_calls if run.required_action else []
        return {call.id: get_weather(**json.loads(call.function.arguments)) for call in calls} if self.answer else None

    def on_end(self) -> None:
        self.heard.append("end")


def weather_thread(client: Client, text: str) -> tuple[str, str]:
    assistant = client.create_assistant({"model": "gpt-4o", "tools": [function_tool(get_weather)]})
    thread = client.create_thread({"messages": [{"role": "user", "content": text}]})
    return assistant.id, thread.id


def test_a_handler_answers_requires_action_and_streams_on(assistants_server: Server) -> None:
    with Client(base_url=assistants_server.base_url, api_key="sk-test") as client:
        assistant_id, thread_id = weather_thread(client, "get_weather Oslo please")
        handler = Recorder()
        with client.stream_run(thread_id, {"assistant_id": assistant_id}) as stream:
            stream.until_done(handler)
        assert handler.text == "The get_weather tool returned: sunny in Oslo"
        assert "tool:get_weather:Oslo" in handler.heard
        assert handler.heard.index("thread.run.requires_action") < handler.heard.index("thread.run.completed")
        assert handler.heard[-1] == "end" and handler.heard.count("end") == 1
        assert handler.current_run is not None and handler.current_run.status == "completed"
        assert stream.final_run().status == "completed"  # the stream reports the last round's end
        assert [m.text for m in stream.final_messages()] == [handler.text]


def test_a_handler_that_does_not_answer_leaves_the_run_waiting(assistants_server: Server) -> None:
    with Client(base_url=assistants_server.base_url, api_key="sk-test") as client:
        assistant_id, thread_id = weather_thread(client, "get_weather Oslo")
        with client.stream_run(thread_id, {"assistant_id": assistant_id}) as stream:
            stream.until_done(Recorder(answer=False))
        assert stream.final_run().status == "requires_action"
        client.cancel_run(thread_id, stream.final_run().id)


def test_stream_tools_with_a_handler(assistants_server: Server) -> None:
    with Client(base_url=assistants_server.base_url, api_key="sk-test") as client:
        assistant_id, thread_id = weather_thread(client, "get_weather Lima")
        handler = Recorder(answer=False)  # stream_tools answers; the handler is never asked
        client.stream_tools(thread_id, assistant_id, [get_weather]).until_done(handler)
        assert handler.text == "The get_weather tool returned: sunny in Lima"
        assert handler.heard.count("end") == 1


def test_on_exception_then_raise(assistants_server: Server) -> None:
    class Broken(AssistantEventHandler):
        seen: Exception | None = None

        def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            raise RuntimeError("handler bug")

        def on_exception(self, exception: Exception) -> None:
            self.seen = exception

    with Client(base_url=assistants_server.base_url, api_key="sk-test") as client:
        assistant = client.create_assistant({"model": "gpt-4o"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "hello"}]})
        handler = Broken()
        with (
            pytest.raises(RuntimeError, match="handler bug"),
            client.stream_run(thread.id, {"assistant_id": assistant.id}, cancel_on_close=True) as stream,
        ):
            stream.until_done(handler)
        assert isinstance(handler.seen, RuntimeError)


def test_async_handler_answers_requires_action(assistants_server: Server) -> None:
    class AsyncRecorder(AsyncAssistantEventHandler):
        def __init__(self) -> None:
            self.text = ""
            self.calls: list[str] = []
            self.ended = False

        async def on_text_delta(self, delta: Any, snapshot: Any) -> None:
            self.text += delta.value

        async def on_tool_call_created(self, tool_call: Any) -> None:
            self.calls.append(tool_call.function.name)

        async def on_requires_action(self, run: RunObject) -> Any:
            await asyncio.sleep(0)
            calls = run.required_action.submit_tool_outputs.tool_calls if run.required_action else []
            return [{"tool_call_id": call.id, "output": "rainy"} for call in calls]

        async def on_end(self) -> None:
            self.ended = True

    async def main() -> None:
        with Client(base_url=assistants_server.base_url, api_key="sk-test") as sync_client:
            assistant_id, thread_id = weather_thread(sync_client, "get_weather Bergen")
        async with AsyncClient(base_url=assistants_server.base_url, api_key="sk-test") as client:
            handler = AsyncRecorder()
            async with client.stream_run(thread_id, {"assistant_id": assistant_id}) as stream:
                await stream.until_done(handler)
            assert handler.text == "The get_weather tool returned: rainy"
            assert handler.calls == ["get_weather"] and handler.ended
            assert (await stream.final_run()).status == "completed"

    asyncio.run(main())
