"""The chat-completions backend passes a run's response_format upstream as it is (json_schema with
its name, description, schema and strict; json_object; text), through the official SDK."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from assistants_server import Server

from tests.support.fake_upstream import FakeUpstream, TextAnswer

pytestmark = pytest.mark.timeout(30)

SCHEMA = {
    "type": "object",
    "properties": {
        "title": {"type": "string"},
        "level": {"type": "string", "enum": ["easy", "hard"]},
        "steps": {"type": "array", "items": {"$ref": "#/$defs/step"}},
    },
    "$defs": {
        "step": {
            "type": "object",
            "properties": {"n": {"type": "integer"}},
            "required": ["n"],
            "additionalProperties": False,
        }
    },
    "required": ["title", "level", "steps"],
    "additionalProperties": False,
}
FORMATS: list[Any] = [
    {
        "type": "json_schema",
        "json_schema": {"name": "recipe", "description": "A recipe.", "schema": SCHEMA, "strict": True},
    },
    {"type": "json_schema", "json_schema": {"name": "loose", "schema": {"type": "object"}}},
    {"type": "json_object"},
    {"type": "text"},
]


@pytest.mark.parametrize("response_format", FORMATS, ids=["json_schema", "json_schema_loose", "json_object", "text"])
def test_response_format_arrives_upstream_unchanged(chat: Server, fake: FakeUpstream, response_format: Any) -> None:
    openai = pytest.importorskip("openai")
    sent = copy.deepcopy(response_format)
    fake.enqueue(TextAnswer('{"title": "Tea", "level": "easy", "steps": []}'))
    with openai.OpenAI(base_url=chat.base_url, api_key="sk-test", max_retries=0, timeout=10) as sdk:
        assistant = sdk.beta.assistants.create(model="m")
        thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "Tea, please"}])
        run = sdk.beta.threads.runs.create_and_poll(
            thread_id=thread.id, assistant_id=assistant.id, response_format=response_format, poll_interval_ms=20
        )
        assert run.status == "completed"
    assert fake.requests[-1]["response_format"] == sent


def test_an_assistant_s_response_format_arrives_unchanged_too(chat: Server, fake: FakeUpstream) -> None:
    openai = pytest.importorskip("openai")
    fake.enqueue(TextAnswer("{}"))
    with openai.OpenAI(base_url=chat.base_url, api_key="sk-test", max_retries=0, timeout=10) as sdk:
        assistant = sdk.beta.assistants.create(model="m", response_format=FORMATS[0])
        run = sdk.beta.threads.create_and_run_poll(
            assistant_id=assistant.id, thread={"messages": [{"role": "user", "content": "hi"}]}, poll_interval_ms=20
        )
        assert run.status == "completed"
    assert fake.requests[-1]["response_format"] == FORMATS[0]
