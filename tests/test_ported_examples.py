"""Programs written for the openai SDK, ported to our client as the README's "Coming from the
openai SDK" shows, run against the local server with the scripted model: the shapes of the SDK's
examples/assistant.py and examples/assistant_stream_helpers.py, and the Assistants function
calling quickstart (weather: get_current_temperature and get_rain_probability for a city, by
polling, with run_tools and callables, and streaming with an event handler). Each takes its tool
path: the tools are called and their answers reach the final message.

The messages are those a program written for a real model sends ("What's the weather in San
Francisco today and the likelihood it'll rain?"): the scripted model calls the function whose
name or description shares the most words with the message, once per turn (see the server
README's rules), so a second question asks for the other function."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any, Literal

import pytest
from assistants_client import (
    AssistantEventHandler,
    AsyncClient,
    Client,
    function_tool,
)
from assistants_server import Server


@pytest.fixture
def client(assistants_server: Server, monkeypatch: pytest.MonkeyPatch) -> Iterator[Client]:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-ported")
    monkeypatch.setenv("OPENAI_BASE_URL", assistants_server.base_url)
    with Client() as client:  # configured by the environment only, as the SDK's programs are
        yield client


# -- examples/assistant.py ---------------------------------------------------------------------------


def test_assistant_py(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    assistant = client.create_assistant(
        {
            "name": "Math Tutor",
            "instructions": "You are a personal math tutor. Write and run code to answer math questions.",
            "tools": [{"type": "code_interpreter"}],
            "model": "gpt-4-1106-preview",
        }
    )
    thread = client.create_thread({})
    client.create_message(
        thread.id, {"role": "user", "content": "I need to solve the equation `3x + 11 = 14`. Can you help me?"}
    )
    run = client.create_run_and_poll(
        thread.id,
        {
            "assistant_id": assistant.id,
            "instructions": "Please address the user as Jane Doe. The user has a premium account.",
        },
    )
    print("Run completed with status: " + str(run.status))
    if run.status == "completed":
        for message in client.list_messages(thread.id):
            print(f"{message.role}: {message.text}")

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "Run completed with status: completed"
    assert printed[1] == "assistant: You said: I need to solve the equation `3x + 11 = 14`. Can you help me?"
    assert printed[2] == "user: I need to solve the equation `3x + 11 = 14`. Can you help me?"


# -- examples/assistant_stream_helpers.py ------------------------------------------------------------


class EventHandler(AssistantEventHandler):
    def on_text_created(self, text: Any) -> None:
        print("\nassistant > ", end="", flush=True)

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        print(delta.value, end="", flush=True)

    def on_tool_call_created(self, tool_call: Any) -> None:
        print(f"\nassistant > {tool_call.type}\n", flush=True)

    def on_tool_call_delta(self, delta: Any, snapshot: Any) -> None:
        if delta.type == "function" and delta.function and delta.function.arguments:
            print(delta.function.arguments, end="", flush=True)


def test_assistant_stream_helpers_py(client: Client, capsys: pytest.CaptureFixture[str]) -> None:
    assistant = client.create_assistant(
        {"name": "Math Tutor", "instructions": "You are a personal math tutor.", "model": "gpt-4o"}
    )
    thread = client.create_thread({})
    question = "I need to solve the equation `3x + 11 = 14`. Can you help me?"
    client.create_message(thread.id, {"role": "user", "content": question})
    with client.stream_run(
        thread.id,
        {"assistant_id": assistant.id, "instructions": "Please address the user as Jane Doe."},
    ) as stream:
        stream.until_done(EventHandler())

    assert capsys.readouterr().out == f"\nassistant > You said: {question}"


# -- the function calling quickstart -----------------------------------------------------------------

CALLED: list[tuple[str, str]] = []


def get_current_temperature(location: str, unit: Literal["Celsius", "Fahrenheit"] = "Fahrenheit") -> str:
    """Get the current temperature for a specific location.

    Args:
        location: The city and state, e.g., San Francisco, CA
        unit: The temperature unit to use. Infer this from the user's location.
    """
    CALLED.append(("get_current_temperature", location))
    return "57" if unit == "Fahrenheit" else "14"


def get_rain_probability(location: str) -> dict[str, Any]:
    """Get the probability of rain for a specific location.

    Args:
        location: The city and state, e.g., San Francisco, CA
    """
    CALLED.append(("get_rain_probability", location))
    return {"location": location, "probability": 0.06}


WEATHER_TOOLS = [function_tool(get_current_temperature), function_tool(get_rain_probability)]
QUESTIONS = [
    "What's the weather in San Francisco today and the likelihood it'll rain?",  # the quickstart's own
    "And the current temperature in San Francisco?",
]
EXPECTED_CALLS = [("get_rain_probability", "San Francisco"), ("get_current_temperature", "San Francisco")]
EXPECTED_ANSWERS = [
    'The get_rain_probability tool returned: {"location": "San Francisco", "probability": 0.06}',
    "The get_current_temperature tool returned: 14",
]


def weather_assistant(client: Client, tools: list[Any] | None = None) -> tuple[str, str]:
    CALLED.clear()
    assistant = client.create_assistant(
        {
            "instructions": "You are a weather bot. Use the provided functions to answer questions.",
            "model": "gpt-4o",
            "tools": WEATHER_TOOLS if tools is None else tools,
        }
    )
    return assistant.id, client.create_thread({}).id


def ask(client: Client, thread_id: str, question: str) -> None:
    client.create_message(thread_id, {"role": "user", "content": question})


def answers(client: Client, thread_id: str) -> list[str]:
    return [m.text for m in client.list_messages(thread_id, order="asc") if m.role == "assistant"]


def quickstart_outputs(run: Any) -> list[dict[str, str]]:
    """The quickstart's own loop over the tool calls a run asks for."""
    tool_outputs = []
    for tool in run.required_action.submit_tool_outputs.tool_calls:
        arguments = json.loads(tool.function.arguments)
        if tool.function.name == "get_current_temperature":
            tool_outputs.append({"tool_call_id": tool.id, "output": get_current_temperature(**arguments)})
        elif tool.function.name == "get_rain_probability":
            tool_outputs.append({"tool_call_id": tool.id, "output": json.dumps(get_rain_probability(**arguments))})
    return tool_outputs


def test_the_quickstarts_definitions() -> None:
    temperature = WEATHER_TOOLS[0]["function"]
    assert temperature["description"] == "Get the current temperature for a specific location."
    assert temperature["parameters"] == {
        "type": "object",
        "properties": {
            "location": {"type": "string", "description": "The city and state, e.g., San Francisco, CA"},
            "unit": {
                "type": "string",
                "enum": ["Celsius", "Fahrenheit"],
                "description": "The temperature unit to use. Infer this from the user's location.",
            },
        },
        "required": ["location"],
    }


def test_function_calling_by_polling(client: Client) -> None:
    """The quickstart's own loop over required_action, with create_and_poll and submit_and_poll."""
    assistant_id, thread_id = weather_assistant(client)
    for question in QUESTIONS:
        ask(client, thread_id, question)
        run = client.create_run_and_poll(thread_id, {"assistant_id": assistant_id})
        assert run.status == "requires_action"
        run = client.submit_tool_outputs_and_poll(thread_id, run.id, {"tool_outputs": quickstart_outputs(run)})
        assert run.status == "completed"
    assert CALLED == EXPECTED_CALLS
    assert answers(client, thread_id) == EXPECTED_ANSWERS


def test_function_calling_with_run_tools(client: Client) -> None:
    assistant_id, thread_id = weather_assistant(client)
    for question in QUESTIONS:
        ask(client, thread_id, question)
        run = client.run_tools(thread_id, assistant_id, functions=[get_current_temperature, get_rain_probability])
        assert run.status == "completed"
    assert CALLED == EXPECTED_CALLS
    assert answers(client, thread_id) == EXPECTED_ANSWERS


def test_two_calls_in_one_round(client: Client) -> None:
    """A message naming both functions: the scripted model asks for both at once."""
    assistant_id, thread_id = weather_assistant(client)
    ask(client, thread_id, "What is get_current_temperature Paris and get_rain_probability Paris today?")
    run = client.run_tools(thread_id, assistant_id, functions=[get_current_temperature, get_rain_probability])
    assert run.status == "completed"
    assert CALLED == [("get_current_temperature", "Paris"), ("get_rain_probability", "Paris")]
    assert answers(client, thread_id) == [
        "The get_current_temperature tool returned: 14\n"
        'The get_rain_probability tool returned: {"location": "Paris", "probability": 0.06}'
    ]


def test_run_tools_adds_the_definitions_an_assistant_lacks(client: Client) -> None:
    assistant_id, thread_id = weather_assistant(client, tools=[{"type": "code_interpreter"}])
    ask(client, thread_id, QUESTIONS[0])
    run = client.run_tools(thread_id, assistant_id, functions=[get_current_temperature, get_rain_probability])
    assert run.status == "completed"
    assert [tool.type for tool in run.tools] == ["code_interpreter", "function", "function"]
    assert EXPECTED_CALLS[:1] == CALLED
    tools = client.get_assistant(assistant_id).tools
    assert [tool.type for tool in tools] == ["code_interpreter"]  # the assistant is left alone


def test_tool_errors_raise_cancels_the_run(client: Client) -> None:
    def get_rain_probability(location: str) -> float:
        raise ConnectionError("the weather service is down")

    assistant_id, thread_id = weather_assistant(client)
    ask(client, thread_id, QUESTIONS[0])
    with pytest.raises(ConnectionError, match="down"):
        client.run_tools(thread_id, assistant_id, [get_current_temperature, get_rain_probability], tool_errors="raise")
    assert next(iter(client.list_runs(thread_id))).status == "cancelled"
    # reported (the default): the model sees the error text and the run completes
    ask(client, thread_id, QUESTIONS[0])
    run = client.run_tools(thread_id, assistant_id, [get_current_temperature, get_rain_probability])
    assert run.status == "completed"
    assert answers(client, thread_id) == [
        'The get_rain_probability tool returned: {"error": "ConnectionError: the weather service is down"}'
    ]


class WeatherHandler(AssistantEventHandler):
    """The quickstart's streaming handler: answers requires_action, prints the answer."""

    def __init__(self) -> None:
        super().__init__()
        self.printed = ""

    def on_requires_action(self, run: Any) -> Any:
        return quickstart_outputs(run)

    def on_text_delta(self, delta: Any, snapshot: Any) -> None:
        self.printed += delta.value


def test_function_calling_streaming_with_a_handler(client: Client) -> None:
    assistant_id, thread_id = weather_assistant(client)
    printed = []
    for question in QUESTIONS:
        ask(client, thread_id, question)
        handler = WeatherHandler()
        with client.stream_run(thread_id, {"assistant_id": assistant_id}) as stream:
            stream.until_done(handler)
        printed.append(handler.printed)
        assert stream.final_run().status == "completed"
    assert printed == EXPECTED_ANSWERS
    assert CALLED == EXPECTED_CALLS


def test_function_calling_streaming_with_stream_tools(client: Client) -> None:
    assistant_id, thread_id = weather_assistant(client)
    texts = []
    for question in QUESTIONS:
        ask(client, thread_id, question)
        with client.stream_tools(thread_id, assistant_id, [get_current_temperature, get_rain_probability]) as stream:
            texts.append("".join(stream.text_deltas()))
    assert texts == EXPECTED_ANSWERS


def test_function_calling_async(client: Client) -> None:
    async def get_rain_probability(location: str) -> float:  # coroutine functions are awaited
        await asyncio.sleep(0)
        CALLED.append(("get_rain_probability", location))
        return 0.06

    assistant_id, thread_id = weather_assistant(client, tools=[])

    async def main() -> None:
        async with AsyncClient() as aclient:
            for question in QUESTIONS:
                await aclient.create_message(thread_id, {"role": "user", "content": question})
                run = await aclient.run_tools(thread_id, assistant_id, [get_current_temperature, get_rain_probability])
                assert run.status == "completed"

    asyncio.run(main())
    assert CALLED == EXPECTED_CALLS
    assert answers(client, thread_id) == [
        "The get_rain_probability tool returned: 0.06",
        "The get_current_temperature tool returned: 14",
    ]


def test_strict_definitions_through_the_server(client: Client) -> None:
    """A strict-mode definition is one the server takes; every property comes in the arguments
    (a left-out one would be null, which the loop turns into the default)."""
    assistant_id, thread_id = weather_assistant(client, tools=[function_tool(get_current_temperature, strict=True)])
    ask(client, thread_id, QUESTIONS[1])
    run = client.create_run_and_poll(thread_id, {"assistant_id": assistant_id})
    assert run.required_action is not None
    (call,) = run.required_action.submit_tool_outputs.tool_calls
    assert set(json.loads(call.function.arguments)) == {"location", "unit"}
    client.cancel_run(thread_id, run.id)
    client.poll_run(thread_id, run.id)
    ask(client, thread_id, QUESTIONS[1])
    assert client.run_tools(thread_id, assistant_id, [get_current_temperature]).status == "completed"
    assert CALLED == [("get_current_temperature", "San Francisco")]
