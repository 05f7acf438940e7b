"""The scripted model for programs written for a real model: the function-matching rule
(backends/scripted_match.py, words.py) and the words it reads, unit by unit and through the
official SDK with the shapes of public programs (the cookbook's quiz, a weather function)."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx2
import pytest
from assistants_server.backends.scripted import decide
from assistants_server.backends.scripted_match import matched_call, score
from assistants_server.backends.words import phrases, stem, stems

from .conftest import weather_tool
from .fs_support import answer, wait_run

pytestmark = pytest.mark.timeout(60)

FETCH_WEATHER = {
    "type": "function",
    "function": {
        "name": "fetch_weather",
        "description": "Fetches the weather information for the specified location.",
        "parameters": {
            "type": "object",
            "properties": {"location": {"type": "string", "description": "The location to fetch weather for."}},
            "required": ["location"],
        },
    },
}
SEND_EMAIL = {
    "type": "function",
    "function": {
        "name": "send_email",
        "description": "Sends an email with the specified subject and body to the recipient.",
        "parameters": {
            "type": "object",
            "properties": {
                "recipient": {"type": "string", "format": "email"},
                "subject": {"type": "string"},
                "body": {"type": "string"},
            },
            "required": ["recipient", "subject", "body"],
        },
    },
}
# The cookbook's "Assistants API Overview" quiz function, as it is written there.
DISPLAY_QUIZ = {
    "name": "display_quiz",
    "description": "Displays a quiz to the student, and returns the student's response. A single quiz can have "
    "multiple questions.",
    "parameters": {
        "type": "object",
        "properties": {
            "title": {"type": "string"},
            "questions": {
                "type": "array",
                "description": "An array of questions, each with a title and potentially options (if multiple choice).",
                "items": {
                    "type": "object",
                    "properties": {
                        "question_text": {"type": "string"},
                        "question_type": {"type": "string", "enum": ["MULTIPLE_CHOICE", "FREE_RESPONSE"]},
                        "choices": {"type": "array", "items": {"type": "string"}},
                    },
                    "required": ["question_text"],
                },
            },
        },
        "required": ["title", "questions"],
    },
}
QUIZ_REQUEST = (
    "Make a quiz with 2 questions: One open ended, one multiple choice. Then, give me feedback for the responses."
)


def test_the_stemmer_folds_common_forms_onto_one_key() -> None:
    for forms in (
        ("weather", "Weather", "WEATHER"),
        ("city", "cities"),
        ("forecast", "forecasts", "forecasting", "forecasted"),
        ("run", "runs", "running"),
        ("email", "emails", "emailed"),
        ("match", "matches", "matched", "matching"),
        ("quiz", "quizzes"),
        ("box", "boxes"),
    ):
        assert {stem(f) for f in forms} == {stem(forms[0])}, forms
    assert stem("bring") == "bring" and stem("bus") == "bus" and stem("analysis") == "analysis"
    assert stems("What's the weather in New York?") == ["weather", "new", "york"]
    assert stems("fetch_weather getCurrentWeather") == ["weather", "current"]  # identifiers split, "get"/"fetch" stop


def test_phrases_prefer_quotes_then_names_then_content_words() -> None:
    assert phrases("Book a table at 'Chez Nous' in Paris for Ada Lovelace.") == [
        "Chez Nous",
        "Book",
        "Paris",
        "Ada Lovelace",
        "table",
    ]
    assert phrases("What's the weather in New York?") == ["New York", "weather"]
    assert phrases("") == []


def test_the_best_match_wins_and_ties_go_to_the_first_tool() -> None:
    tools = [SEND_EMAIL, FETCH_WEATHER, weather_tool()]
    name, arguments = matched_call("What's the weather in New York?", tools) or ("", "")
    assert name == "fetch_weather" and json.loads(arguments) == {"location": "New York"}
    message = set(stems("What's the weather in New York?"))
    assert score(message, FETCH_WEATHER["function"]) == score(message, weather_tool()["function"]) == 2
    assert (matched_call("What's the weather in New York?", tools[::-1]) or ("",))[0] == "get_weather"  # a tie
    # a word of the name counts twice, one of the description once
    described = {"name": "lookup", "description": "Weather and forecast for a city."}
    assert score(set(stems("weather forecast for Paris")), described) == 2
    assert (matched_call("weather forecast", [{"type": "function", "function": described}, FETCH_WEATHER]) or ("",))[
        0
    ] == "lookup"
    email = matched_call('Email "Quarterly numbers" to bob@example.com about the 3 reports', tools)
    assert email is not None and email[0] == "send_email"
    assert json.loads(email[1]) == {
        "recipient": "bob@example.com",
        "subject": "Quarterly numbers",
        "body": 'Email "Quarterly numbers" to bob@example.com about the 3 reports',
    }
    assert matched_call("Tell me a joke", tools) is None  # nothing shared: no call
    assert matched_call("the and of", tools) is None  # stop words only


def decided(text: str, tools: list[dict[str, Any]], tool_choice: Any = "auto", **more: Any) -> Any:
    return decide(
        messages=[{"role": "user", "content": [{"type": "text", "text": {"value": text, "annotations": []}}]}],
        instructions=None,
        tools=tools,
        tool_choice=tool_choice,
        max_prompt_tokens=None,
        **more,
    )


def test_the_rule_fires_only_when_no_other_rule_does() -> None:
    tools = [FETCH_WEATHER, SEND_EMAIL]
    weather = "What's the weather in New York?"
    assert decided(weather, tools).tool_calls == [("fetch_weather", '{"location":"New York"}')]
    # a function named in the message: the naming rule, and only it
    assert [n for n, _ in decided("send_email about the weather", tools).tool_calls] == ["send_email"]
    # triggers come first
    assert decided(weather + " [fail]", tools).kind == "fail"
    # tool_choice none, required, or a named function: the rules that were there
    assert decided(weather, tools, "none").kind == "text"
    assert [n for n, _ in decided("hello", tools, "required").tool_calls] == ["fetch_weather"]
    named = {"type": "function", "function": {"name": "send_email"}}
    assert [n for n, _ in decided(weather, tools, named).tool_calls] == ["send_email"]
    # a store to search (the scripted model's respond passes match=False): file_search answers instead
    assert decided(weather, tools, match=False).kind == "text"
    # after the outputs come back: no second call, an answer from them
    after = decided(weather, tools, tool_outputs=[("fetch_weather", '{"temp": "25C"}')])
    assert after.kind == "text" and after.text == 'The fetch_weather tool returned: {"temp": "25C"}'


def wait_on_run(client: Any, run: Any, thread: Any) -> Any:
    """The cookbook's polling helper (its pause shortened)."""
    deadline = time.monotonic() + 10
    while (run.status == "queued" or run.status == "in_progress") and time.monotonic() < deadline:
        run = client.beta.threads.runs.retrieve(thread_id=thread.id, run_id=run.id)
        time.sleep(0.02)
    return run


def test_the_cookbook_quiz_takes_its_tool_path(sdk: Any) -> None:
    """The cookbook's quiz program, unchanged but for its polling pause: the run asks for
    display_quiz, the program reads the questions and submits the student's answers."""
    assistant = sdk.beta.assistants.create(
        name="Math Tutor",
        instructions="You are a personal math tutor. Answer questions briefly, in a sentence or less.",
        model="gpt-4-1106-preview",
        tools=[{"type": "code_interpreter"}, {"type": "file_search"}, {"type": "function", "function": DISPLAY_QUIZ}],
    )
    thread = sdk.beta.threads.create()
    sdk.beta.threads.messages.create(thread_id=thread.id, role="user", content=QUIZ_REQUEST)
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id=assistant.id)
    run = wait_on_run(sdk, run, thread)
    assert run.status == "requires_action"
    tool_call = run.required_action.submit_tool_outputs.tool_calls[0]
    name = tool_call.function.name
    arguments = json.loads(tool_call.function.arguments)
    assert name == "display_quiz"

    def display_quiz(title: str, questions: list[dict[str, Any]]) -> list[str]:
        responses = []
        for q in questions:
            assert isinstance(q["question_text"], str) and q["question_text"]
            if q["question_type"] == "MULTIPLE_CHOICE":
                responses.append(str(q["choices"][0]))
            elif q["question_type"] == "FREE_RESPONSE":
                responses.append("I don't know.")
        return responses

    responses = display_quiz(arguments["title"], arguments["questions"])
    assert responses and isinstance(arguments["title"], str)
    run = sdk.beta.threads.runs.submit_tool_outputs(
        thread_id=thread.id,
        run_id=run.id,
        tool_outputs=[{"tool_call_id": tool_call.id, "output": json.dumps(responses)}],
    )
    run = wait_on_run(sdk, run, thread)
    assert run.status == "completed"
    answer = sdk.beta.threads.messages.list(thread_id=thread.id, order="desc").data[0]
    assert answer.role == "assistant" and json.dumps(responses) in answer.content[0].text.value


def test_the_weather_program_takes_its_tool_path(sdk: Any) -> None:
    """A function-calling quickstart's shape: create_and_poll, a loop over the required calls,
    submit_tool_outputs_and_poll, then the answer."""

    def fetch_weather(location: str) -> str:
        return json.dumps({"location": location, "forecast": "Sunny, 25C"})

    assistant = sdk.beta.assistants.create(
        model="gpt-4o", instructions="You are a weather bot.", tools=[FETCH_WEATHER, SEND_EMAIL]
    )
    thread = sdk.beta.threads.create()
    sdk.beta.threads.messages.create(thread_id=thread.id, role="user", content="What's the weather in New York?")
    run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20)
    assert run.status == "requires_action"
    tool_outputs = []
    for tool in run.required_action.submit_tool_outputs.tool_calls:
        if tool.function.name == "fetch_weather":
            tool_outputs.append(
                {"tool_call_id": tool.id, "output": fetch_weather(**json.loads(tool.function.arguments))}
            )
    assert len(tool_outputs) == 1
    run = sdk.beta.threads.runs.submit_tool_outputs_and_poll(
        thread_id=thread.id, run_id=run.id, tool_outputs=tool_outputs, poll_interval_ms=20
    )
    assert run.status == "completed"
    text = sdk.beta.threads.messages.list(thread_id=thread.id).data[0].content[0].text.value
    assert text == 'The fetch_weather tool returned: {"location": "New York", "forecast": "Sunny, 25C"}'


def test_a_message_sharing_no_word_still_gets_prose(http: httpx2.Client) -> None:
    """The rule leaves the other runs alone: nothing shared, no call."""
    a = http.post("/assistants", json={"model": "gpt-4o", "tools": [FETCH_WEATHER]}).json()
    run = http.post(
        "/threads/runs",
        json={"assistant_id": a["id"], "thread": {"messages": [{"role": "user", "content": "Tell me a joke"}]}},
    ).json()
    assert wait_run(http, run["thread_id"], run["id"])["status"] == "completed"
    assert answer(http, run["thread_id"])["content"][0]["text"]["value"] == "You said: Tell me a joke"
