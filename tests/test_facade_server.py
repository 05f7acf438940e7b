"""The facade against the real local server over loopback HTTP: the whole surface a user
touches, sync and async, against both flavors the server speaks (OpenAI's /v1 and an Azure AI
Foundry project). Every response the server sends here is checked against openapi.yaml
by the `assistants_server` fixture."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any, TypeVar

import assistants_client as ac
import openai
import pytest
from assistants_client import AsyncClient, Client
from assistants_server import Server

WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Weather for a city",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}
V1 = {"OpenAI-Beta": "assistants=v1"}


C = TypeVar("C", Client, AsyncClient)


def for_flavor(cls: type[C], server: Server, flavor: str) -> C:
    """Ours, strict, for one flavor of the local server: the OpenAI API under /v1, or an Azure AI
    Foundry project through `Client.foundry` (api-version in the query, a bearer token, no
    OpenAI-Beta)."""
    if flavor == "foundry":
        endpoint = server.foundry_endpoint("test-project")
        return cls.foundry(endpoint=endpoint, token_provider=lambda: "entra-token", strict=True)
    return cls(api_key="sk-test", base_url=server.base_url, strict=True)


@pytest.fixture(params=["openai", "foundry"])
def flavor(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def client(assistants_server: Server, flavor: str) -> Iterator[Client]:
    with for_flavor(Client, assistants_server, flavor) as client:
        yield client


@pytest.fixture
async def aclient(assistants_server: Server, flavor: str) -> AsyncIterator[AsyncClient]:
    async with for_flavor(AsyncClient, assistants_server, flavor) as client:
        yield client


def seeded_thread(client: Client, count: int) -> tuple[str, list[str]]:
    thread = client.create_thread({})
    ids = [client.create_message(thread.id, {"role": "user", "content": f"message {i}"}).id for i in range(count)]
    return thread.id, ids


# -- operations ---------------------------------------------------------------------------------


def test_every_resource_through_the_facade(client: Client) -> None:
    assistant = client.create_assistant({"model": "gpt-4o", "name": "A", "tools": [WEATHER_TOOL]})
    assert client.get_assistant(assistant.id).name == "A"
    assert client.modify_assistant(assistant.id, {"name": "B"}).name == "B"
    assert assistant.id in [a.id for a in client.list_assistants()]

    thread = client.create_thread({"metadata": {"k": "v"}})
    assert client.get_thread(thread.id).metadata is not None
    client.modify_thread(thread.id, {"metadata": {"k": "w"}})
    message = client.create_message(thread.id, {"role": "user", "content": "hi"})
    assert client.get_message(thread.id, message.id).content[0].text.value == "hi"
    client.modify_message(thread.id, message.id, {"metadata": {"seen": "yes"}})

    run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_interval=0.01)
    assert run.status == "completed" and run.usage is not None
    assert client.get_run(thread.id, run.id).id == run.id
    client.modify_run(thread.id, run.id, {"metadata": {"tag": "x"}})
    assert [r.id for r in client.list_runs(thread.id)] == [run.id]
    steps = list(client.list_run_steps(thread.id, run.id))
    assert steps and client.get_run_step(thread.id, run.id, steps[0].id).id == steps[0].id
    assert [m.role for m in client.list_messages(thread.id, order="asc", run_id=run.id)] == ["assistant"]

    assert client.delete_message(thread.id, message.id).deleted
    assert client.delete_thread(thread.id).deleted
    assert client.delete_assistant(assistant.id).deleted
    with pytest.raises(ac.NotFoundError, match=assistant.id):
        client.get_assistant(assistant.id)


def test_deprecated_file_operations_with_the_v1_header(client: Client) -> None:
    assistant = client.create_assistant({"model": "gpt-4o"})
    created = client.create_assistant_file(assistant.id, {"file_id": "file-abc123"}, extra_headers=V1)
    assert created.id == "file-abc123"
    assert client.get_assistant_file(assistant.id, "file-abc123", extra_headers=V1).assistant_id == assistant.id
    assert [f.id for f in client.list_assistant_files(assistant.id, extra_headers=V1)] == ["file-abc123"]
    assert client.delete_assistant_file(assistant.id, "file-abc123", extra_headers=V1).deleted
    thread = client.create_thread({})
    message = client.create_message(thread.id, {"role": "user", "content": "x"})
    assert list(client.list_message_files(thread.id, message.id, extra_headers=V1)) == []
    with pytest.raises(ac.NotFoundError):
        client.get_message_file(thread.id, message.id, "file-nope", extra_headers=V1)


def test_bad_body_is_a_bad_request_naming_the_field(client: Client) -> None:
    thread = client.create_thread({})
    with pytest.raises(ac.BadRequestError) as caught:
        client.create_message(thread.id, {"role": "robot", "content": "x"})
    assert "role" in str(caught.value)
    assert caught.value.request_id


def test_raw_response(client: Client) -> None:
    thread = client.create_thread({})
    raw = client.with_raw_response.get_thread(thread.id)
    assert raw.status_code == 200 and raw.request_id and raw.request_id.startswith("req_")
    assert raw.parse().id == thread.id and raw.parse() is raw.parse()


def test_ids_are_url_encoded(client: Client) -> None:
    with pytest.raises(ac.NotFoundError, match=re.escape("thread_x/../y")):
        client.get_thread("thread_x/../y")


# -- pagination ---------------------------------------------------------------------------------


def test_pagination_forwards_over_many_pages(client: Client, assistants_server: Server) -> None:
    thread_id, ids = seeded_thread(client, 23)
    assert [m.id for m in client.list_messages(thread_id, order="asc", limit=5)] == ids
    assert [m.id for m in client.list_messages(thread_id, limit=4)] == ids[::-1]
    pages = list(client.list_messages(thread_id, order="asc", limit=5).pages())
    assert [len(p.data) for p in pages] == [5, 5, 5, 5, 3]
    assert [p.has_more for p in pages] == [True] * 4 + [False]
    assert pages[1].first_id == ids[5] and pages[1].last_id == ids[9]


def test_pagination_resumes_from_a_checkpoint(client: Client) -> None:
    thread_id, ids = seeded_thread(client, 12)
    first = next(iter(client.list_messages(thread_id, order="asc", limit=5).pages()))
    checkpoint = first.last_id
    assert checkpoint is not None
    rest = [m.id for m in client.list_messages(thread_id, order="asc", limit=5, after=checkpoint)]
    assert [m.id for m in first.data] + rest == ids


def test_pagination_backwards_from_a_cursor(client: Client) -> None:
    thread_id, ids = seeded_thread(client, 21)
    walked = [m.id for m in client.list_messages(thread_id, order="asc", limit=4, before=ids[18])]
    # Nearest the cursor first, every earlier item exactly once.
    assert walked == ids[:18][::-1]
    pages = list(client.list_messages(thread_id, order="asc", limit=4, before=ids[18]).pages())
    assert len(pages) == 5
    assert [m.id for m in pages[0].data] == ids[14:18]


# -- polling, streams, tools --------------------------------------------------------------------


def test_polling_honours_the_servers_pace(client: Client, assistants_server: Server) -> None:
    assistants_server.set_step_delay(0.05)
    assistant = client.create_assistant({"model": "gpt-4o"})
    thread = client.create_thread({})
    client.create_message(thread.id, {"role": "user", "content": "hello there"})
    run = client.create_run(thread.id, {"assistant_id": assistant.id})
    raw = client.with_raw_response.get_run(thread.id, run.id)
    if raw.parse().status not in ("completed", "failed"):
        assert "openai-poll-after-ms" in raw.headers
    done = client.poll_run(thread.id, run.id, poll_timeout=10)
    assert done.status == "completed"


def test_poll_timeout(client: Client, assistants_server: Server) -> None:
    assistants_server.set_step_delay(1.0)
    assistant = client.create_assistant({"model": "gpt-4o"})
    thread = client.create_thread({})
    run = client.create_run(thread.id, {"assistant_id": assistant.id})
    with pytest.raises(ac.PollTimeoutError) as caught:
        client.poll_run(thread.id, run.id, poll_timeout=0.2, poll_interval=0.05)
    assert caught.value.run.id == run.id
    client.cancel_run(thread.id, run.id)


def tool_thread(client: Client, text: str) -> tuple[str, str]:
    assistant = client.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})
    thread = client.create_thread({})
    client.create_message(thread.id, {"role": "user", "content": text})
    return thread.id, assistant.id


def last_answer(client: Client, thread_id: str) -> str:
    newest = next(iter(client.list_messages(thread_id, limit=1)))
    return "".join(part.text.value for part in newest.content)


def test_tool_loop_by_polling(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client, "Weather in Paris? use get_weather")
    calls: list[dict[str, Any]] = []

    def get_weather(city: str) -> dict[str, Any]:
        calls.append({"city": city})
        return {"sky": "rain", "celsius": 14}

    run = client.run_tools(thread_id, assistant_id, {"get_weather": get_weather}, poll_interval=0.01)
    assert run.status == "completed" and len(calls) == 1
    assert '"celsius": 14' in last_answer(client, thread_id)


def test_a_failing_tool_is_reported_to_the_model(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client, "please call get_weather")

    def get_weather(city: str) -> str:
        raise RuntimeError("weather service down")

    run = client.run_tools(thread_id, assistant_id, {"get_weather": get_weather}, poll_interval=0.01)
    assert run.status == "completed"
    assert "RuntimeError: weather service down" in last_answer(client, thread_id)


def test_stream_run(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client, "tell me a story")
    with client.stream_run(thread_id, {"assistant_id": assistant_id}) as stream:
        text = "".join(stream.text_deltas())
        run = stream.final_run()
        messages = stream.final_messages()
    assert run.status == "completed"
    assert "tell me a story" in text
    assert messages[0].content[0].text.value == text


def test_stream_tools_answers_tool_calls_mid_stream(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client, "use get_weather for Oslo")
    with client.stream_tools(thread_id, assistant_id, {"get_weather": lambda city: "cold"}) as stream:
        names = [event.event for event in stream]
    assert "thread.run.requires_action" in names
    assert names.count("done") == 1 and names[-1] == "done"
    assert stream.final_run().status == "completed"
    assert "cold" in last_answer(client, thread_id)


def test_stream_tools_counts_the_resumes_of_every_round(client: Client, assistants_server: Server) -> None:
    thread_id, assistant_id = tool_thread(client, "use get_weather for Oslo")
    cut = {"X-Mock-Fault": "cut_stream_after=3"}  # each round's stream, and each resumed one
    cuts = assistants_server.stats()["cut_streams"]
    tools = {"get_weather": lambda city: "cold"}
    with client.stream_tools(thread_id, assistant_id, tools, extra_headers=cut) as stream:
        names = [event.event for event in stream]
    assert names.count("thread.run.requires_action") == 1 and names.count("thread.run.completed") == 1
    # a cut that falls after a round's last event needs no resume
    assert assistants_server.stats()["cut_streams"] - cuts >= stream.resumes >= 4  # in both rounds
    assert stream.final_run().status == "completed" and "cold" in last_answer(client, thread_id)


def test_stream_thread_and_run_then_tool_outputs(client: Client) -> None:
    assistant = client.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})
    body = {"assistant_id": assistant.id, "thread": {"messages": [{"role": "user", "content": "get_weather now"}]}}
    with client.stream_thread_and_run(body) as stream:
        names = [event.event for event in stream]
        run = stream.final_run()
    assert names[0] == "thread.created" and run.status == "requires_action"
    assert run.required_action is not None
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert json.loads(call.function.arguments)
    outputs = {"tool_outputs": [{"tool_call_id": call.id, "output": "sunny"}]}
    with client.stream_tool_outputs(run.thread_id, run.id, outputs) as stream:
        assert stream.final_run().status == "completed"


def test_a_stream_cut_mid_way_is_resumed_without_a_gap_or_a_repeat(client: Client, assistants_server: Server) -> None:
    thread_id, assistant_id = tool_thread(client, "hello")
    with client.stream_run(thread_id, {"assistant_id": assistant_id}) as whole:
        expected = [(e.event, _identity(e)) for e in whole]
    client.create_message(thread_id, {"role": "user", "content": "hello"})
    cuts = assistants_server.stats()["cut_streams"]
    cut = {"X-Mock-Fault": "cut_stream_after=4"}  # the first stream and every resumed one
    with client.stream_run(thread_id, {"assistant_id": assistant_id}, extra_headers=cut) as stream:
        events = list(stream)
        run = stream.final_run()
    assert assistants_server.stats()["cut_streams"] - cuts >= (len(events) - 1) // 4 >= 2  # resumed each time
    assert [(e.event, _identity(e)) for e in events] == expected  # every event once, in order
    assert events[-1].event == "done" and run.status == "completed"
    assert any(name == "thread.message.delta" for name, _ in expected)


def _identity(event: Any) -> Any:
    """What an event says apart from ids and times: a delta's text."""
    if event.event == "thread.message.delta":
        return event.data.delta.content[0].text.value
    return None


# -- reliability against the server ---------------------------------------------------------------


def test_retried_create_after_commit_creates_once(client: Client, assistants_server: Server) -> None:
    before = assistants_server.state.count("assistant")
    assistant = client.create_assistant({"model": "gpt-4o"}, extra_headers={"X-Mock-Fault": "fail_after_commit"})
    assert assistants_server.state.count("assistant") == before + 1
    assert client.get_assistant(assistant.id).id == assistant.id


def test_a_streamed_create_retried_after_its_run_was_made_streams_that_run(client: Client) -> None:
    thread_id, assistant_id = tool_thread(client, "hello")
    lost = {"X-Mock-Fault": "fail_after_commit=503"}  # the run is made, the stream's answer lost
    with client.stream_run(thread_id, {"assistant_id": assistant_id}, extra_headers=lost) as stream:
        names = [event.event for event in stream]
        run = stream.final_run()
    assert names[0] == "thread.run.created" and names[-2:] == ["thread.run.completed", "done"]
    assert [r.id for r in client.list_runs(thread_id)] == [run.id] and run.status == "completed"


def test_rate_limit_is_waited_out(client: Client) -> None:
    thread = client.create_thread({}, extra_headers={"X-Mock-Fault": "status=429;retry_after=0.05"})
    assert thread.id.startswith("thread_")


def test_dropped_connection_is_retried(client: Client) -> None:
    assert client.create_thread({}, extra_headers={"X-Mock-Fault": "drop"}).id.startswith("thread_")


def test_dropped_connection_past_the_budget(client: Client) -> None:
    with pytest.raises(ac.APIConnectionError):
        client.get_thread("thread_x", max_retries=0, extra_headers={"X-Mock-Fault": "drop"})


def test_timeout_per_call(client: Client) -> None:
    with pytest.raises(ac.APITimeoutError):
        client.get_thread("thread_x", timeout=0.05, max_retries=0, extra_headers={"X-Mock-Fault": "latency=0.5"})


def test_wrong_key_is_an_authentication_error(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(api_key="sk-right")
    with Client(api_key="sk-wrong", base_url=srv.base_url) as client, pytest.raises(ac.AuthenticationError) as caught:
        client.list_assistants().pages().__next__()
    assert "sk-wrong" not in str(caught.value) and "sk-right" not in str(caught.value)


# -- Azure ----------------------------------------------------------------------------------------


def test_azure_with_an_api_key(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(azure_api_key="azure-key")
    with Client.azure(endpoint=srv.azure_endpoint, api_version="2024-05-01-preview", api_key="azure-key") as client:
        assistant = client.create_assistant({"model": "gpt-4o"})
        assert client.get_assistant(assistant.id).id == assistant.id
    with Client.azure(endpoint=srv.azure_endpoint, api_version="2024-05-01-preview", api_key="nope") as client:
        with pytest.raises(ac.AuthenticationError):
            client.create_assistant({"model": "gpt-4o"})


def test_azure_token_is_refreshed_when_it_expires(assistants_server: Server) -> None:
    tokens = ["token-1"]
    assistants_server.set_azure_token("token-1")
    client = Client.azure(
        endpoint=assistants_server.azure_endpoint, api_version="2024-05-01-preview", token_provider=lambda: tokens[-1]
    )
    with client:
        client.create_thread({})
        assistants_server.set_azure_token("token-2")  # the old token expires on the server
        tokens.append("token-2")  # ...and the provider now hands out the new one
        assert client.create_thread({}).id.startswith("thread_")


# -- the official SDK reads what we wrote ---------------------------------------------------------


def test_official_sdk_reads_what_the_facade_created(client: Client, assistants_server: Server) -> None:
    assistant = client.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL], "metadata": {"k": "v"}})
    sdk = openai.OpenAI(api_key="sk-test", base_url=assistants_server.base_url)
    seen = sdk.beta.assistants.retrieve(assistant.id)
    assert seen.model_dump(mode="json", exclude_unset=True) == assistant.to_dict()


# -- async twins ----------------------------------------------------------------------------------


async def test_async_pagination_polling_and_streams(aclient: AsyncClient) -> None:
    thread = await aclient.create_thread({})
    ids = [(await aclient.create_message(thread.id, {"role": "user", "content": f"m{i}"})).id for i in range(13)]
    assert [m.id async for m in aclient.list_messages(thread.id, order="asc", limit=4)] == ids
    first = await aclient.list_messages(thread.id, order="asc", limit=4)
    assert [m.id for m in first.data] == ids[:4] and first.has_more
    assert len([p async for p in aclient.list_messages(thread.id, order="asc", limit=4).pages()]) == 4
    backwards = [m.id async for m in aclient.list_messages(thread.id, order="asc", limit=3, before=ids[10])]
    assert backwards == ids[:10][::-1]

    assistant = await aclient.create_assistant({"model": "gpt-4o"})
    run = await aclient.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_interval=0.01)
    assert run.status == "completed"
    async with aclient.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
        text = "".join([piece async for piece in stream.text_deltas()])
        assert (await stream.final_run()).status == "completed"
    assert text
    raw = await aclient.with_raw_response.get_thread(thread.id)
    assert raw.parse().id == thread.id


async def test_async_tool_loops(aclient: AsyncClient) -> None:
    assistant = await aclient.create_assistant({"model": "gpt-4o", "tools": [WEATHER_TOOL]})

    async def get_weather(city: str) -> dict[str, str]:
        return {"sky": "fog"}

    for streaming in (False, True):
        thread = await aclient.create_thread({})
        await aclient.create_message(thread.id, {"role": "user", "content": "get_weather please"})
        if streaming:  # its streams cut every 3 events, and resumed
            cut = {"X-Mock-Fault": "cut_stream_after=3"}
            async with aclient.stream_tools(
                thread.id, assistant.id, {"get_weather": get_weather}, extra_headers=cut
            ) as stream:
                run = await stream.final_run()
            assert stream.resumes >= 4
        else:
            run = await aclient.run_tools(thread.id, assistant.id, {"get_weather": get_weather}, poll_interval=0.01)
        assert run.status == "completed"
        newest = await aclient.list_messages(thread.id, limit=1)
        assert "fog" in newest.data[0].content[0].text.value


async def test_async_errors_and_cut_streams(aclient: AsyncClient) -> None:
    with pytest.raises(ac.NotFoundError):
        await aclient.get_thread("thread_missing")
    thread = await aclient.create_thread({}, extra_headers={"X-Mock-Fault": "status=503"})
    assistant = await aclient.create_assistant({"model": "gpt-4o"})
    await aclient.create_message(thread.id, {"role": "user", "content": "hi"})
    cut = {"X-Mock-Fault": "cut_stream_after=3"}
    async with aclient.stream_run(thread.id, {"assistant_id": assistant.id}, extra_headers=cut) as stream:
        names = [event.event async for event in stream]  # cut every 3 events, resumed each time
    assert names[-2:] == ["thread.run.completed", "done"] and len(names) == len(set(names)) + names.count(
        "thread.message.delta"
    ) - (1 if "thread.message.delta" in names else 0)
    assert (await stream.final_run()).status == "completed"
