"""An Assistants run as a Chat Completions request: every field, only when set, never a null.

Every body built here is also checked against the Chat Completions request schema.
"""

from __future__ import annotations

from typing import Any

import pytest
from assistants_server.backends.chat_completions.translate import (
    RunIncomplete,
    RunSettings,
    build_request,
    conversation,
    tool_round,
    unsupported_tool,
)

from tests.support.request_schema import request_problems

WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city.",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        "strict": True,
    },
}


def message(mid: str, role: str, text: str, run_id: str | None = None, **extra: Any) -> dict[str, Any]:
    return {
        "id": mid,
        "object": "thread.message",
        "role": role,
        "run_id": run_id,
        "content": [{"type": "text", "text": {"value": text, "annotations": []}}],
        **extra,
    }


def tool_step(run_id: str, calls: list[tuple[str, str, str, str | None]]) -> dict[str, Any]:
    return {
        "id": f"step_{run_id}_{calls[0][0]}",
        "run_id": run_id,
        "type": "tool_calls",
        "status": "completed",
        "step_details": {
            "type": "tool_calls",
            "tool_calls": [
                {"id": cid, "type": "function", "function": {"name": name, "arguments": args, "output": output}}
                for cid, name, args, output in calls
            ],
        },
    }


def message_step(run_id: str, message_id: str) -> dict[str, Any]:
    return {
        "id": f"step_{message_id}",
        "run_id": run_id,
        "type": "message_creation",
        "step_details": {"type": "message_creation", "message_creation": {"message_id": message_id}},
    }


def run_object(**fields: Any) -> dict[str, Any]:
    run = {
        "id": "run_1",
        "model": "gpt-4o",
        "instructions": "",
        "tools": [],
        "temperature": 1.0,
        "top_p": 1.0,
        "tool_choice": "auto",
        "parallel_tool_calls": True,
        "response_format": "auto",
        "max_completion_tokens": None,
        "max_prompt_tokens": None,
        "truncation_strategy": {"type": "auto", "last_messages": None},
    }
    run.update(fields)
    return run


def checked(body: dict[str, Any]) -> dict[str, Any]:
    assert request_problems(body) == []
    return body


def test_a_plain_run_sends_only_model_messages_and_streaming() -> None:
    turns = conversation([message("m1", "user", "Hello")], {}, "run_1")
    body = checked(build_request(RunSettings.from_run(run_object()), turns))
    assert body == {
        "model": "gpt-4o",
        "messages": [{"role": "user", "content": "Hello"}],
        "stream": True,
        "stream_options": {"include_usage": True},
    }


def test_every_set_option_carries_over() -> None:
    schema = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    run = run_object(
        instructions="Be brief.\n\nAnswer in French.",
        tools=[WEATHER, {"type": "function", "function": {"name": "noop", "description": None}}],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
        parallel_tool_calls=False,
        temperature=0.2,
        top_p=0.5,
        response_format={"type": "json_schema", "json_schema": {"name": "city", "schema": schema, "strict": True}},
        max_completion_tokens=300,
    )
    body = checked(build_request(RunSettings.from_run(run), conversation([message("m1", "user", "Hi")], {})))
    assert body["messages"][0] == {"role": "system", "content": "Be brief.\n\nAnswer in French."}
    assert body["tools"] == [WEATHER, {"type": "function", "function": {"name": "noop"}}]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}
    assert body["parallel_tool_calls"] is False
    assert (body["temperature"], body["top_p"], body["max_completion_tokens"]) == (0.2, 0.5, 300)
    assert body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "city", "schema": schema, "strict": True},
    }


@pytest.mark.parametrize("fmt", [{"type": "text"}, {"type": "json_object"}])
def test_text_and_json_object_formats(fmt: dict[str, str]) -> None:
    body = build_request(RunSettings.from_run(run_object(response_format=fmt)), conversation([], {}))
    assert checked(body)["response_format"] == fmt


def test_tool_options_without_tools_are_left_out() -> None:
    run = run_object(tool_choice="required", parallel_tool_calls=False)
    body = checked(build_request(RunSettings.from_run(run), conversation([message("m", "user", "x")], {})))
    assert "tool_choice" not in body and "parallel_tool_calls" not in body and "tools" not in body


def test_additional_instructions_join_the_system_message() -> None:
    settings = RunSettings(model="m", instructions="Base.", additional_instructions="Extra.")
    body = build_request(settings, conversation([message("m", "user", "x")], {}))
    assert body["messages"][0] == {"role": "system", "content": "Base.\n\nExtra."}


def test_upstream_model_overrides_the_run_model() -> None:
    assert RunSettings.from_run(run_object(model="gpt-4o"), model="llama3.2").model == "llama3.2"


def test_images_carry_over_and_file_images_are_left_out() -> None:
    user = {
        "id": "m1",
        "role": "user",
        "run_id": None,
        "content": [
            {"type": "text", "text": {"value": "What is this?", "annotations": []}},
            {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
            {"type": "image_file", "image_file": {"file_id": "file-1", "detail": "auto"}},
        ],
    }
    body = checked(build_request(RunSettings(model="m"), conversation([user], {})))
    assert body["messages"] == [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": "What is this?"},
                {"type": "image_url", "image_url": {"url": "https://example.com/a.png", "detail": "low"}},
            ],
        }
    ]


def test_tool_rounds_are_replayed_where_they_happened() -> None:
    messages = [
        message("m1", "user", "Weather in Paris?"),
        message("m2", "assistant", "It is sunny.", run_id="run_0"),
        message("m3", "user", "And Rome and Oslo?"),
        message("m4", "assistant", "Let me check both.", run_id="run_1"),
    ]
    steps = {
        "run_0": [
            tool_step("run_0", [("c0", "get_weather", '{"city":"Paris"}', "sunny")]),
            message_step("run_0", "m2"),
        ],
        "run_1": [
            message_step("run_1", "m4"),
            tool_step(
                "run_1",
                [("c1", "get_weather", '{"city":"Rome"}', "warm"), ("c2", "get_weather", '{"city":"Oslo"}', "cold")],
            ),
        ],
    }
    body = checked(build_request(RunSettings(model="m", tools=(WEATHER,)), conversation(messages, steps, "run_1")))
    assert body["messages"] == [
        {"role": "user", "content": "Weather in Paris?"},
        {
            "role": "assistant",
            "tool_calls": [
                {"id": "c0", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Paris"}'}}
            ],
        },
        {"role": "tool", "tool_call_id": "c0", "content": "sunny"},
        {"role": "assistant", "content": "It is sunny."},
        {"role": "user", "content": "And Rome and Oslo?"},
        {
            "role": "assistant",
            "content": "Let me check both.",
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Rome"}'}},
                {"id": "c2", "type": "function", "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'}},
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "warm"},
        {"role": "tool", "tool_call_id": "c2", "content": "cold"},
    ]


def test_unanswered_tool_rounds_and_empty_assistant_messages_are_left_out() -> None:
    messages = [message("m1", "user", "Hi"), message("m2", "assistant", "", run_id="run_0")]
    steps = {"run_0": [tool_step("run_0", [("c0", "get_weather", "{}", None)]), message_step("run_0", "m2")]}
    body = checked(build_request(RunSettings(model="m"), conversation(messages, steps)))
    assert body["messages"] == [{"role": "user", "content": "Hi"}]


def test_last_messages_keeps_the_newest_and_the_current_runs_rounds() -> None:
    messages = [message(f"m{i}", "user", f"message {i}") for i in range(5)]
    steps = {"run_1": [tool_step("run_1", [("c1", "get_weather", "{}", "ok")])]}
    settings = RunSettings.from_run(run_object(truncation_strategy={"type": "last_messages", "last_messages": 2}))
    body = checked(build_request(settings, conversation(messages, steps, "run_1")))
    assert [m.get("content") for m in body["messages"]] == ["message 3", "message 4", None, "ok"]


def test_last_messages_drops_a_past_round_with_its_message() -> None:
    messages = [
        message("m1", "user", "old question"),
        message("m2", "assistant", "old answer", run_id="run_0"),
        message("m3", "user", "new question"),
    ]
    steps = {"run_0": [tool_step("run_0", [("c0", "f", "{}", "out")]), message_step("run_0", "m2")]}
    kept = build_request(RunSettings(model="m", last_messages=2), conversation(messages, steps))
    assert [m["role"] for m in checked(kept)["messages"]] == ["assistant", "tool", "assistant", "user"]
    one = build_request(RunSettings(model="m", last_messages=1), conversation(messages, steps))
    assert checked(one)["messages"] == [{"role": "user", "content": "new question"}]


def test_max_prompt_tokens_drops_the_oldest_messages() -> None:
    messages = [message(f"m{i}", "user", "word " * 100) for i in range(10)]  # ~140 estimated tokens each
    body = checked(build_request(RunSettings(model="m", max_prompt_tokens=300), conversation(messages, {})))
    assert len(body["messages"]) == 2


def test_a_prompt_that_cannot_fit_ends_the_run_incomplete() -> None:
    with pytest.raises(RunIncomplete) as info:
        build_request(
            RunSettings(model="m", max_prompt_tokens=10), conversation([message("m", "user", "x " * 200)], {})
        )
    assert info.value.reason == "max_prompt_tokens"


def test_completion_budget_counts_over_the_run() -> None:
    settings = RunSettings(model="m", max_completion_tokens=300)
    turns = conversation([message("m", "user", "x")], {})
    assert build_request(settings, turns, completion_tokens_used=120)["max_completion_tokens"] == 180
    with pytest.raises(RunIncomplete) as info:
        build_request(settings, turns, completion_tokens_used=300)
    assert info.value.reason == "max_completion_tokens"


def test_code_interpreter_and_file_search_are_offered_as_functions() -> None:
    assert unsupported_tool([WEATHER], "auto") is None
    assert unsupported_tool([WEATHER, {"type": "file_search"}], {"type": "file_search"}) is None
    assert unsupported_tool([WEATHER, {"type": "code_interpreter"}], {"type": "code_interpreter"}) is None
    message_text, param = unsupported_tool([WEATHER, {"type": "bing_grounding"}], "auto") or ("", "")
    assert param == "tools[1].type" and "bing_grounding" in message_text
    settings = RunSettings(model="m", tools=({"type": "file_search"},), tool_choice={"type": "file_search"})
    body = build_request(settings, [], file_search=True)
    assert [t["function"]["name"] for t in body["tools"]] == ["file_search"]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "file_search"}}
    assert "tools" not in build_request(settings, [], file_search=False)  # no store: nothing offered
    code = RunSettings(model="m", tools=({"type": "code_interpreter"},), tool_choice={"type": "code_interpreter"})
    body = build_request(code, [], code_interpreter=True)
    [offered] = body["tools"]
    assert offered["function"]["name"] == "code_interpreter"
    assert offered["function"]["parameters"]["required"] == ["code"]
    assert body["tool_choice"] == {"type": "function", "function": {"name": "code_interpreter"}}
    assert unsupported_tool([WEATHER], {"type": "bing_grounding"}) is not None
    assert unsupported_tool([{"type": "bing_grounding"}], "auto") is not None
    assert unsupported_tool([WEATHER], {"type": "function", "function": {"name": "get_weather"}}) is None


def test_a_code_round_is_replayed_with_its_code_and_logs() -> None:
    call = {
        "id": "call_c",
        "type": "code_interpreter",
        "code_interpreter": {
            "input": "print(6 * 7)",
            "outputs": [{"type": "logs", "logs": "42\n"}, {"type": "image", "image": {"file_id": "file-img"}}],
        },
    }
    step = {"type": "tool_calls", "status": "completed", "step_details": {"type": "tool_calls", "tool_calls": [call]}}
    assistant, reply = tool_round([step]) or ()
    function = assistant["tool_calls"][0]["function"]
    assert function == {"name": "code_interpreter", "arguments": '{"code": "print(6 * 7)"}'}
    assert reply["tool_call_id"] == "call_c" and reply["content"].startswith("42\n[image 1")
    assert "file-img" in reply["content"]


def test_the_schema_refuses_nulls_unknown_keys_and_unanswered_calls() -> None:
    good = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    assert request_problems(good) == []
    assert any("null" in p for p in request_problems({**good, "temperature": None}))
    assert request_problems({**good, "n": 2})
    assert request_problems({**good, "tool_choice": "auto"})  # tool_choice needs tools
    call = {"id": "c", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    unanswered = {
        "model": "m",
        "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "tool_calls": [call]}],
    }
    assert request_problems(unanswered)
    stray = {"model": "m", "messages": [{"role": "tool", "tool_call_id": "c", "content": "x"}]}
    assert request_problems(stray)


def test_defaults_are_sent_only_when_the_run_asked_for_them() -> None:
    run = run_object(tools=[WEATHER], temperature=1.0, parallel_tool_calls=True, top_p=0.9)
    turns = conversation([message("m", "user", "x")], {})
    unasked = checked(build_request(RunSettings.from_run(run), turns))
    assert "temperature" not in unasked and "parallel_tool_calls" not in unasked
    assert unasked["top_p"] == 0.9  # not a default: the assistant or the run set it
    asked = checked(build_request(RunSettings.from_run(run, asked={"temperature", "parallel_tool_calls"}), turns))
    assert asked["temperature"] == 1.0 and asked["parallel_tool_calls"] is True
