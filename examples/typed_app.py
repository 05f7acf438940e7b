"""A small typed app, written as a user of the package would write one, and checked by
`mypy --strict` in `make test`: every `assert_type` below is a claim about what a type checker
sees, and the asserts are claims about what the server answered.

It gives an assistant two function tools, answers their calls from a streaming tool loop, reads
the thread's messages page by page in both directions, does one turn with AsyncClient, and
meets the typed errors.

    python examples/typed_app.py                       # starts the local server on a free port
    python examples/typed_app.py http://127.0.0.1:8000/v1

With no base URL (argument or OPENAI_BASE_URL) it starts `assistants_server.Server()`.
"""

from __future__ import annotations

import asyncio
import os
import sys
from contextlib import ExitStack
from typing import Literal, assert_type

from assistants_api.api import AsyncPaginator, Paginator, StreamEvent, ThreadMessageDeltaEvent
from assistants_api.models import (
    AssistantObject,
    FunctionTool,
    ListMessagesResponse,
    MessageContentText,
    MessageDeltaContentText,
    MessageDeltaObject,
    MessageObject,
    RunObject,
    RunStatus,
    ThreadObject,
)
from assistants_client import (
    APIStatusError,
    AsyncClient,
    AsyncRunStream,
    Client,
    NotFoundError,
    RunStream,
    UnknownEvent,
)


def get_weather(city: str) -> dict[str, object]:
    """One tool: the weather in a city (made up, but deterministic)."""
    sky, celsius = {"paris": ("light rain", 14), "tokyo": ("clear", 21)}.get(city.lower(), ("sunny", 25))
    return {"city": city, "sky": sky, "celsius": celsius}


def get_time(zone: str) -> str:
    """The other tool: the time in a time zone (a fixed clock, so the answer is stable)."""
    return f"12:00 in {zone}"


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    },
    {
        "type": "function",
        "function": {
            "name": "get_time",
            "description": "Current time in an IANA time zone.",
            "parameters": {"type": "object", "properties": {"zone": {"type": "string"}}, "required": ["zone"]},
        },
    },
]


def text_of(message: MessageObject) -> str:
    """The text parts of a message, joined."""
    return " ".join(part.text.value for part in message.content if isinstance(part, MessageContentText))


def delta_text(delta: MessageDeltaObject) -> str:
    """The text a message delta adds."""
    parts = delta.delta.content or []
    return "".join(part.text.value or "" for part in parts if isinstance(part, MessageDeltaContentText) and part.text)


def make_assistant(client: Client) -> AssistantObject:
    assistant = client.create_assistant({"model": "gpt-4o-mini", "name": "Typed helper", "tools": TOOLS})
    assert_type(assistant, AssistantObject)
    assert_type(assistant.object, Literal["assistant"])  # wire names: `object`, not `object_`
    names = []
    for tool in assistant.tools:
        if isinstance(tool, FunctionTool):
            assert_type(tool.type, Literal["function"])  # and `type`, not `type_`
            names.append(tool.function.name)
    assert names == ["get_weather", "get_time"], names
    return assistant


def tool_round(client: Client, thread: ThreadObject, assistant: AssistantObject) -> RunObject:
    """One user turn answered through the streaming tool loop: both tools are called."""
    client.create_message(thread.id, {"role": "user", "content": "Call get_weather Paris and get_time Europe/Berlin"})
    functions = {"get_weather": get_weather, "get_time": get_time}
    pieces: list[str] = []
    calls: list[str] = []
    with client.stream_tools(thread.id, assistant.id, functions) as stream:
        assert_type(stream, RunStream)
        for event in stream:
            assert_type(event, StreamEvent)
            # Comparing the event's name with a literal narrows the event, and so its data.
            if event.event == "thread.run.requires_action":
                assert_type(event.data, RunObject)
                action = event.data.required_action
                if action is not None:  # the spec allows null here: the type checker insists
                    calls += [call.function.name for call in action.submit_tool_outputs.tool_calls]
            elif event.event == "thread.message.delta":
                assert_type(event, ThreadMessageDeltaEvent)
                assert_type(event.data, MessageDeltaObject)
                pieces.append(delta_text(event.data))
        run = stream.final_run()
    assert_type(run, RunObject)
    assert_type(run.object, Literal["thread.run"])
    assert calls == ["get_weather", "get_time"], calls
    answer = "".join(pieces)
    assert "The get_weather tool returned:" in answer and "12:00 in Europe/Berlin" in answer, answer
    print(f"tools: {', '.join(calls)} -> {answer.splitlines()[0]} ...")
    return run


def plain_round(client: Client, thread: ThreadObject, assistant: AssistantObject, text: str) -> RunObject:
    """One user turn without tools, polled to its end."""
    client.create_message(thread.id, {"role": "user", "content": text})
    run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id})
    assert_type(run, RunObject)
    status: RunStatus = run.status
    assert status == RunStatus.COMPLETED, status
    newest = next(iter(client.list_messages(thread.id, limit=1)))  # the default order is newest first
    assert text_of(newest) == f"You said: {text}", text_of(newest)
    return run


def streamed_round(client: Client, thread: ThreadObject, assistant: AssistantObject, text: str) -> str:
    """One user turn streamed with stream_run; the answer's text as it arrived."""
    client.create_message(thread.id, {"role": "user", "content": text})
    pieces: list[str] = []
    completed: list[MessageObject] = []
    with client.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
        assert_type(stream, RunStream)
        for event in stream:
            match event.event:  # the same narrowing with match/case
                case "thread.message.delta":
                    assert_type(event.data, MessageDeltaObject)
                    pieces.append(delta_text(event.data))
                case "thread.message.completed":
                    assert_type(event.data, MessageObject)
                    completed.append(event.data)
                case "thread.run.completed" | "thread.run.failed":
                    assert_type(event.data, RunObject)
                case "unknown":  # an event the spec does not name (or, tolerant, whose data did not decode)
                    assert_type(event, UnknownEvent)
                    print(f"  (unknown event {event.name}: {event.reason})")
                case _:
                    pass
        assert_type(stream.final_messages(), list[MessageObject])
    answer = "".join(pieces)
    assert [text_of(message) for message in completed] == [answer], (completed, answer)
    return answer


def paginate(client: Client, thread: ThreadObject) -> None:
    """Every message oldest first, two a page, with a checkpoint; then backwards from it."""
    messages = client.list_messages(thread.id, order="asc", limit=2)
    assert_type(messages, Paginator[MessageObject, ListMessagesResponse])
    everything = [message.id for message in messages]
    pages: list[list[str]] = []
    checkpoint = ""
    for page in messages.pages():
        assert_type(page, ListMessagesResponse)
        pages.append([message.id for message in page.data])
        if page.last_id is not None and len(pages) == 2:
            checkpoint = page.last_id  # where a crashed reader would start again (after=)
    assert [i for page in pages for i in page] == everything and len(pages) >= 3, pages
    after = [message.id for message in client.list_messages(thread.id, order="asc", after=checkpoint, limit=2)]
    assert after == everything[4:], after

    # Backwards from the checkpoint: items nearest the cursor first (newest first, for "asc"),
    # while each page of .pages() keeps the API's own order (oldest first within the page).
    before = client.list_messages(thread.id, order="asc", before=checkpoint, limit=2)
    assert [message.id for message in before] == everything[:3][::-1]
    back_pages = [[message.id for message in page.data] for page in before.pages()]
    assert back_pages == [everything[1:3], everything[0:1]], back_pages
    print(f"pages: {len(pages)} forward, {len(back_pages)} back from the checkpoint {checkpoint}")


def errors(client: Client) -> None:
    """The typed errors: a missing thread is a NotFoundError with the API's error envelope."""
    try:
        client.get_thread("thread_does_not_exist")
    except NotFoundError as error:
        assert_type(error.status_code, int)
        assert error.status_code == 404 and error.type is not None, (error.status_code, error.type)
        print(f"errors: get_thread -> NotFoundError {error.status_code} ({error.type})")
    else:
        raise AssertionError("a thread that does not exist was found")
    try:
        client.create_message("thread_does_not_exist", {"role": "user", "content": "hello"}, max_retries=0)
    except APIStatusError as error:  # the base of every status error
        assert isinstance(error, NotFoundError), error


async def async_round(base_url: str, api_key: str, thread: ThreadObject, assistant: AssistantObject) -> None:
    """The same client, async: `async with` a stream (no `await` first), `async for` the items."""
    async with AsyncClient(api_key=api_key, base_url=base_url) as client:
        await client.create_message(thread.id, {"role": "user", "content": "And asynchronously"})
        async with client.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
            assert_type(stream, AsyncRunStream)
            answer = "".join([piece async for piece in stream.text_deltas()])
            assert_type(await stream.final_run(), RunObject)
        assert answer == "You said: And asynchronously", answer
        messages = client.list_messages(thread.id, order="desc", limit=3)
        assert_type(messages, AsyncPaginator[MessageObject, ListMessagesResponse])
        first_page = await messages  # awaiting the paginator gives its first page
        assert_type(first_page, ListMessagesResponse)
        newest = [message.id async for message in messages]
        assert newest[:3] == [message.id for message in first_page.data], newest
        print(f"async: streamed {answer!r}; {len(newest)} messages newest first")


def main(base_url: str | None = None) -> None:
    base_url = base_url or os.environ.get("OPENAI_BASE_URL")
    with ExitStack() as stack:
        if base_url is None:
            from assistants_server import Server

            base_url = stack.enter_context(Server()).base_url
        api_key = os.environ.get("OPENAI_API_KEY", "local")
        client = stack.enter_context(Client(api_key=api_key, base_url=base_url))
        assistant = make_assistant(client)
        thread = client.create_thread({})
        assert_type(thread, ThreadObject)
        try:
            tool_round(client, thread, assistant)
            plain_round(client, thread, assistant, "Hello there")
            answer = streamed_round(client, thread, assistant, "Streamed, please")
            assert answer == "You said: Streamed, please", answer
            paginate(client, thread)
            asyncio.run(async_round(base_url, api_key, thread, assistant))
            errors(client)
        finally:
            client.delete_thread(thread.id)
            client.delete_assistant(assistant.id)
    print("typed app: done")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else None)
