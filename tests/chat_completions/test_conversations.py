"""Whole conversations through the server's chat-completions backend and the fake upstream.

Each scenario (plain text, one tool round, two parallel calls, a json_schema answer, a length
cut, upstream 500 and 429, cancel mid-stream) is driven twice: by the official SDK
(``runs.stream`` with an ``AssistantEventHandler``) and by our ``Client.stream_tools``. The
server checks its own answers against openapi.yaml; the fake checks every request it receives
against the Chat Completions request schema.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from assistants_client import Client

from tests.support.fake_upstream import (
    ErrorAnswer,
    FakeUpstream,
    JsonAnswer,
    TextAnswer,
    ToolCallsAnswer,
)

openai = pytest.importorskip("openai")

pytestmark = [pytest.mark.timeout(30), pytest.mark.filterwarnings("ignore::DeprecationWarning")]

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": True,
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "parameters": {"type": "object", "properties": {"zone": {"type": "string"}}, "required": ["zone"]},
    },
}
FUNCTIONS: dict[str, Callable[..., Any]] = {
    "get_weather": lambda city: {"city": city, "sky": "sunny"},
    "get_time": lambda zone: f"12:00 {zone}",
}
CITY_SCHEMA = {
    "type": "object",
    "properties": {"city": {"type": "string"}},
    "required": ["city"],
    "additionalProperties": False,
}


@dataclass
class Outcome:
    run_id: str = ""
    text_deltas: list[str] = field(default_factory=list)
    argument_deltas: list[str] = field(default_factory=list)
    tool_rounds: int = 0
    status: str = ""
    error_code: str | None = None
    incomplete_reason: str | None = None
    usage: tuple[int, int, int] | None = None

    @property
    def text(self) -> str:
        return "".join(self.text_deltas)


def encode(result: Any) -> str:
    """A tool's result as Client.run_tools sends it: strings as they are, the rest as JSON."""
    return result if isinstance(result, str) else json.dumps(result)


def _finish(outcome: Outcome, run: Any) -> Outcome:
    outcome.run_id = run.id
    outcome.status = str(getattr(run.status, "value", run.status))
    if run.last_error is not None:
        outcome.error_code = str(getattr(run.last_error.code, "value", run.last_error.code))
    if run.incomplete_details is not None:
        reason = run.incomplete_details.reason
        outcome.incomplete_reason = str(getattr(reason, "value", reason))
    if run.usage is not None:
        outcome.usage = (run.usage.prompt_tokens, run.usage.completion_tokens, run.usage.total_tokens)
    return outcome


def drive_sdk(
    base_url: str, thread_id: str, assistant_id: str, body: dict[str, Any], cancel_after: int | None
) -> Outcome:
    outcome = Outcome()
    with openai.OpenAI(base_url=base_url, api_key="sk-test", max_retries=0, timeout=10) as client:

        class Handler(openai.AssistantEventHandler):
            def on_text_delta(self, delta: Any, snapshot: Any) -> None:
                outcome.text_deltas.append(delta.value or "")
                if cancel_after is not None and len(outcome.text_deltas) == cancel_after:
                    client.beta.threads.runs.cancel(run_id=self.current_run.id, thread_id=thread_id)

            def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
                if delta.type == "function" and delta.function is not None and delta.function.arguments:
                    outcome.argument_deltas.append(delta.function.arguments)

        handler = Handler()
        with client.beta.threads.runs.stream(
            thread_id=thread_id, assistant_id=assistant_id, event_handler=handler, **body
        ) as stream:
            stream.until_done()
        run = handler.current_run
        while run is not None and run.status == "requires_action":
            outcome.tool_rounds += 1
            outputs = [
                {"tool_call_id": c.id, "output": encode(FUNCTIONS[c.function.name](**json.loads(c.function.arguments)))}
                for c in run.required_action.submit_tool_outputs.tool_calls
            ]
            handler = Handler()
            with client.beta.threads.runs.submit_tool_outputs_stream(
                thread_id=thread_id, run_id=run.id, tool_outputs=outputs, event_handler=handler
            ) as stream:
                stream.until_done()
            run = handler.current_run
        assert run is not None
        return _finish(outcome, client.beta.threads.runs.retrieve(run.id, thread_id=thread_id))


def drive_ours(
    base_url: str, thread_id: str, assistant_id: str, body: dict[str, Any], cancel_after: int | None
) -> Outcome:
    outcome = Outcome()
    run_id = ""
    with Client(api_key="sk-test", base_url=base_url, max_retries=0, timeout=10, strict=True) as client:
        with client.stream_tools(thread_id, assistant_id, FUNCTIONS, body=body) as stream:
            for event in stream:
                if event.event == "thread.run.created":
                    run_id = event.data.id
                elif event.event == "thread.run.requires_action":
                    outcome.tool_rounds += 1
                elif event.event == "thread.message.delta":
                    for part in event.data.delta.content or ():
                        outcome.text_deltas.append(part.text.value)
                    if cancel_after is not None and len(outcome.text_deltas) == cancel_after:
                        client.cancel_run(thread_id, run_id)
                elif event.event == "thread.run.step.delta":
                    for call in getattr(event.data.delta.step_details, "tool_calls", None) or ():
                        arguments = getattr(getattr(call, "function", None), "arguments", None)
                        if isinstance(arguments, str) and arguments:
                            outcome.argument_deltas.append(arguments)
        return _finish(outcome, client.get_run(thread_id, run_id))


DRIVERS = {"sdk": drive_sdk, "ours": drive_ours}


@pytest.fixture(params=sorted(DRIVERS))
def drive(request: pytest.FixtureRequest) -> Callable[..., Outcome]:
    return DRIVERS[request.param]


def conversation(chat: Any, drive: Callable[..., Outcome], body: dict[str, Any] | None = None, **kw: Any) -> Outcome:
    assistant = chat.state.create_assistant(model="test-model", instructions="You are terse.", tools=[WEATHER, TIME])
    thread = chat.state.create_thread()
    chat.state.add_message(thread["id"], "What is the weather in Paris?")
    return drive(chat.base_url, thread["id"], assistant["id"], body or {}, kw.get("cancel_after"))


def test_plain_text_streams_every_upstream_delta(chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]) -> None:
    fake.enqueue(TextAnswer("It is sunny in Paris today.", chunks=9))
    outcome = conversation(chat, drive)
    assert outcome.status == "completed"
    assert len(outcome.text_deltas) == 9 and outcome.text == "It is sunny in Paris today."
    usage = fake.usages[0]
    assert outcome.usage == (usage["prompt_tokens"], 9, usage["prompt_tokens"] + 9)
    request = fake.requests[0]
    assert request["model"] == "test-model"
    assert request["messages"] == [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "What is the weather in Paris?"},
    ]
    assert request["tools"] == [WEATHER, TIME]
    assert request["stream"] is True and request["stream_options"] == {"include_usage": True}
    steps = chat.state.list("step", outcome.run_id)
    assert [s["type"] for s in steps] == ["message_creation"]
    assert steps[0]["usage"] == {
        "prompt_tokens": usage["prompt_tokens"],
        "completion_tokens": 9,
        "total_tokens": usage["prompt_tokens"] + 9,
    }


def test_one_tool_round(chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]) -> None:
    fake.enqueue(
        ToolCallsAnswer([("get_weather", {"city": "Paris"})], pieces=5),
        TextAnswer("Sunny in Paris.", chunks=5),
    )
    outcome = conversation(chat, drive)
    assert outcome.status == "completed" and outcome.tool_rounds == 1
    assert len(outcome.argument_deltas) == 5
    assert json.loads("".join(outcome.argument_deltas)) == {"city": "Paris"}
    assert outcome.text == "Sunny in Paris."
    follow_up = fake.requests[1]["messages"]
    call = follow_up[-2]["tool_calls"][0]
    assert follow_up[-2]["role"] == "assistant" and call["function"] == {
        "name": "get_weather",
        "arguments": '{"city": "Paris"}',
    }
    assert follow_up[-1] == {"role": "tool", "tool_call_id": call["id"], "content": '{"city": "Paris", "sky": "sunny"}'}
    first, second = fake.usages
    total_prompt = first["prompt_tokens"] + second["prompt_tokens"]
    total_completion = first["completion_tokens"] + second["completion_tokens"]
    assert outcome.usage == (total_prompt, total_completion, total_prompt + total_completion)
    steps = chat.state.list("step", outcome.run_id)
    assert [s["type"] for s in steps] == ["tool_calls", "message_creation"]
    assert steps[0]["step_details"]["tool_calls"][0]["function"]["output"] == '{"city": "Paris", "sky": "sunny"}'
    assert all(s["status"] == "completed" and s["usage"] for s in steps)


def test_two_parallel_tool_calls(chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]) -> None:
    fake.enqueue(
        ToolCallsAnswer([("get_weather", {"city": "Rome"}), ("get_time", {"zone": "CET"})], pieces=3),
        TextAnswer("Sunny in Rome at noon.", chunks=4),
    )
    outcome = conversation(chat, drive, {"parallel_tool_calls": True})
    assert outcome.status == "completed" and outcome.tool_rounds == 1 and len(outcome.argument_deltas) == 6
    assert fake.requests[0]["parallel_tool_calls"] is True
    messages = fake.requests[1]["messages"]
    calls = messages[-3]["tool_calls"]
    assert [c["function"]["name"] for c in calls] == ["get_weather", "get_time"]
    assert [m["role"] for m in messages[-2:]] == ["tool", "tool"]
    assert [m["tool_call_id"] for m in messages[-2:]] == [c["id"] for c in calls]
    assert messages[-1]["content"] == "12:00 CET"


def test_a_json_schema_answer(chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]) -> None:
    fake.enqueue(JsonAnswer({"city": "Paris"}, chunks=6))
    fmt = {"type": "json_schema", "json_schema": {"name": "place", "schema": CITY_SCHEMA, "strict": True}}
    outcome = conversation(chat, drive, {"response_format": fmt, "temperature": 0.1})
    assert outcome.status == "completed" and json.loads(outcome.text) == {"city": "Paris"}
    assert fake.requests[0]["response_format"] == fmt and fake.requests[0]["temperature"] == 0.1


def test_a_length_cut_ends_the_run_incomplete(chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]) -> None:
    fake.enqueue(TextAnswer("This answer runs out of tokens", finish_reason="length"))
    outcome = conversation(chat, drive, {"max_completion_tokens": 256})
    assert outcome.status == "incomplete" and outcome.incomplete_reason == "max_completion_tokens"
    assert fake.requests[0]["max_completion_tokens"] == 256
    message = chat.state.list("message", chat.state.get(outcome.run_id)["thread_id"])[-1]
    assert message["status"] == "incomplete" and message["incomplete_details"] == {"reason": "max_tokens"}
    assert message["content"][0]["text"]["value"] == "This answer runs out of tokens"


@pytest.mark.parametrize(("status", "code"), [(500, "server_error"), (429, "rate_limit_exceeded")])
def test_upstream_errors_fail_the_run(
    chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome], status: int, code: str
) -> None:
    fake.enqueue(ErrorAnswer(status, "the upstream said no"))
    outcome = conversation(chat, drive)
    assert outcome.status == "failed" and outcome.error_code == code
    run = chat.state.get(outcome.run_id)
    assert "the upstream said no" in run["last_error"]["message"] and run["failed_at"] is not None


def test_cancel_mid_stream_closes_the_upstream_request(
    chat: Any, fake: FakeUpstream, drive: Callable[..., Outcome]
) -> None:
    fake.enqueue(TextAnswer("a long and slow answer " * 4, chunks=40, delay=0.05))
    outcome = conversation(chat, drive, cancel_after=3)
    assert outcome.status == "cancelled"
    assert 3 <= len(outcome.text_deltas) < 40
    assert fake.wait_for(lambda: fake.disconnects == 1, 3) and fake.finished == 0
    message = chat.state.list("message", chat.state.get(outcome.run_id)["thread_id"])[-1]
    assert message["status"] == "incomplete" and message["incomplete_details"] == {"reason": "run_cancelled"}
