"""file_search through our client against the local server (scripted model): a store made and
polled, an assistant that searches it, the answer's citation resolved by ``client.citations`` to
the file's name and the quoted chunk (sync and async), include[] on create_run, and streaming."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from assistants_client import AsyncClient, Citation, Client, resolve_citations
from assistants_server import Server

from .test_facade_server import for_flavor

HANDBOOK = b"Refunds. Customers may return any product within 30 days of delivery for a full refund.\n"
INCLUDE = "step_details.tool_calls[*].file_search.results[*].content"


@pytest.fixture
def client(assistants_server: Server) -> Iterator[Client]:
    with for_flavor(Client, assistants_server, "openai") as client:
        yield client


@pytest.fixture
async def aclient(assistants_server: Server) -> AsyncIterator[AsyncClient]:
    async with for_flavor(AsyncClient, assistants_server, "openai") as client:
        yield client


def _searching_assistant(client: Client) -> str:
    file = client.create_file(file=("handbook.txt", HANDBOOK), purpose="assistants")
    store = client.create_vector_store_and_poll({"name": "handbook", "file_ids": [file.id]}, poll_timeout=10)
    assert store.file_counts.completed == 1
    assistant = client.create_assistant(
        {
            "model": "gpt-4o",
            "tools": [{"type": "file_search"}],
            "tool_resources": {"file_search": {"vector_store_ids": [store.id]}},
        }
    )
    return assistant.id


def test_citations_resolve_to_file_name_and_quote(client: Client) -> None:
    assistant_id = _searching_assistant(client)
    thread = client.create_thread({"messages": [{"role": "user", "content": "How many days for a refund?"}]})
    run = client.create_run_and_poll(thread.id, {"assistant_id": assistant_id}, poll_timeout=10)
    assert str(run.status) == "completed"
    message = next(iter(client.list_messages(thread.id, limit=1)))  # the newest
    [citation] = client.citations(message)
    assert isinstance(citation, Citation)
    assert citation.file_name == "handbook.txt" and citation.text == "【0:0†handbook.txt】"
    assert citation.quote is not None and "30 days" in citation.quote
    value = message.content[0].text.value
    assert value[citation.start_index : citation.end_index] == citation.text
    # without the steps (no network): the file name is unknown until looked up
    [bare] = resolve_citations(message, [])
    assert bare.file_name is None and bare.quote is None and bare.file_id == citation.file_id
    # a message without citations has none
    question = next(iter(client.list_messages(thread.id, order="asc", limit=1)))
    assert client.citations(question) == []


def test_create_run_with_include_streams_the_results_content(client: Client) -> None:
    assistant_id = _searching_assistant(client)
    thread = client.create_thread({"messages": [{"role": "user", "content": "refund days"}]})
    seen = []
    with client.stream_run(thread.id, {"assistant_id": assistant_id, "stream": True}, include=[INCLUDE]) as stream:
        for event in stream:
            if event.event == "thread.run.step.completed" and str(event.data.type) == "tool_calls":
                seen.append(event.data.to_dict()["step_details"]["tool_calls"][0]["file_search"]["results"][0])
    assert "30 days" in seen[0]["content"][0]["text"]


async def test_async_citations(aclient: AsyncClient, client: Client) -> None:
    assistant_id = _searching_assistant(client)
    thread = await aclient.create_thread({"messages": [{"role": "user", "content": "refund within days"}]})
    await aclient.create_run_and_poll(thread.id, {"assistant_id": assistant_id}, poll_timeout=10)
    messages = [m async for m in aclient.list_messages(thread.id)]  # newest first
    [citation] = await aclient.citations(messages[0])
    assert citation.file_name == "handbook.txt" and citation.quote and "30 days" in citation.quote
