"""file_search with the chat-completions backend: the fake upstream is offered a ``file_search``
function, calls it, reads the results the server sends back and answers with a citation; the
run never stops for the client (no requires_action)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest
from assistants_server import Server

from tests.support.answers import TextAnswer, ToolCallsAnswer
from tests.support.fake_upstream import FakeUpstream

from .conftest import BETA, weather_tool
from .fs_support import HANDBOOK, INCLUDE, PETS, answer, searching_assistant, sse, store_with, wait_run
from .upstream_support import chat_server, checked

FILE_SEARCH = {"type": "file_search", "file_search": {"max_num_results": 2}}


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[FakeUpstream, Server]]:
    with chat_server() as made:
        yield made


@pytest.fixture
def fake(upstream: tuple[FakeUpstream, Server]) -> Iterator[FakeUpstream]:
    yield from checked(upstream)


@pytest.fixture
def http(upstream: tuple[FakeUpstream, Server], fake: FakeUpstream) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=upstream[1].base_url, headers=BETA, timeout=10) as client:
        yield client


def _assistant(http: httpx2.Client, vs_id: str, tools: list | None = None) -> dict:
    return searching_assistant(http, vs_id, tools or [FILE_SEARCH])


def test_upstream_searches_reads_results_and_cites(upstream, fake: FakeUpstream, http: httpx2.Client) -> None:
    vs_id, ids = store_with(http, upstream[1], {"handbook.txt": HANDBOOK, "pets.txt": PETS})
    a = _assistant(http, vs_id)
    t = http.post(
        "/threads", json={"messages": [{"role": "user", "content": "How long is the refund window in days?"}]}
    ).json()
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    run = wait_run(http, t["id"], run["id"])
    assert run["status"] == "completed", run
    # what the upstream saw: the function offered, then its results with markers
    first, second = fake.requests
    [offered] = [tool["function"] for tool in first["tools"]]
    assert offered["name"] == "file_search" and offered["parameters"]["properties"]["queries"]["type"] == "array"
    call, reply = second["messages"][-2:]
    assert call["tool_calls"][0]["function"]["name"] == "file_search"
    assert reply["role"] == "tool" and reply["tool_call_id"] == call["tool_calls"][0]["id"]
    assert reply["content"].startswith("【0:0†handbook.txt】") and "30 days" in reply["content"]
    # the answer carries the citation
    text = answer(http, t["id"])["content"][0]["text"]
    assert "30 days" in text["value"]
    [note] = text["annotations"]
    assert note["file_citation"]["file_id"] == ids["handbook.txt"] and note["text"] == "【0:0†handbook.txt】"
    assert text["value"][note["start_index"] : note["end_index"]] == note["text"]
    # the step: a file_search call with at most max_num_results results; content with include[]
    steps = http.get(
        f"/threads/{t['id']}/runs/{run['id']}/steps", params={"order": "asc", "include[]": INCLUDE}
    ).json()["data"]
    assert [s["type"] for s in steps] == ["tool_calls", "message_creation"]
    search = steps[0]["step_details"]["tool_calls"][0]
    assert search["type"] == "file_search" and search["id"] == call["tool_calls"][0]["id"]
    assert 1 <= len(search["file_search"]["results"]) <= 2
    assert "30 days" in search["file_search"]["results"][0]["content"][0]["text"]
    # usage: both upstream calls count, each step holds its own
    assert run["usage"]["prompt_tokens"] == sum(s["usage"]["prompt_tokens"] for s in steps)
    assert run["usage"]["completion_tokens"] == sum(s["usage"]["completion_tokens"] for s in steps)
    assert (
        steps[0]["usage"]["prompt_tokens"] > 0
        and steps[1]["usage"]["prompt_tokens"] > steps[0]["usage"]["prompt_tokens"]
    )


def test_streamed_with_thread_and_assistant_stores(upstream, fake: FakeUpstream, http: httpx2.Client) -> None:
    srv = upstream[1]
    vs_id, _ = store_with(http, srv, {"handbook.txt": HANDBOOK})
    pets = store_with(http, srv, {"pets.txt": PETS})
    a = _assistant(http, vs_id)
    t = http.post(
        "/threads",
        json={
            "messages": [{"role": "user", "content": "Are dogs welcome in the office on Fridays?"}],
            "tool_resources": {"file_search": {"vector_store_ids": [pets[0]]}},
        },
    ).json()
    with http.stream("POST", f"/threads/{t['id']}/runs", json={"assistant_id": a["id"], "stream": True}) as r:
        events = list(sse(r))
    names = [e for e, _ in events]
    assert "thread.run.requires_action" not in names and names[-2:] == ["thread.run.completed", "done"]
    completed = [d for e, d in events if e == "thread.run.step.completed" and d["type"] == "tool_calls"]
    assert completed[0]["step_details"]["tool_calls"][0]["file_search"]["results"][0]["file_id"] == pets[1]["pets.txt"]
    assert "content" not in completed[0]["step_details"]["tool_calls"][0]["file_search"]["results"][0]
    notes = [
        n for e, d in events if e == "thread.message.delta" for n in d["delta"]["content"][0]["text"]["annotations"]
    ]
    assert [n["file_citation"]["file_id"] for n in notes] == [pets[1]["pets.txt"]]


def test_functions_and_file_search_together(upstream, fake: FakeUpstream, http: httpx2.Client) -> None:
    vs_id, _ = store_with(http, upstream[1], {"handbook.txt": HANDBOOK})
    a = _assistant(http, vs_id, [FILE_SEARCH, weather_tool()])
    fake.enqueue(ToolCallsAnswer([("get_weather", {"city": "Lisbon"})]), TextAnswer("Sunny in Lisbon."))
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "weather?"}]}).json()
    run = wait_run(http, t["id"], http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()["id"])
    assert run["status"] == "requires_action"
    names = sorted(tool["function"]["name"] for tool in fake.requests[0]["tools"])
    assert names == ["file_search", "get_weather"]
    [call] = run["required_action"]["submit_tool_outputs"]["tool_calls"]
    http.post(
        f"/threads/{t['id']}/runs/{run['id']}/submit_tool_outputs",
        json={"tool_outputs": [{"tool_call_id": call["id"], "output": "sunny"}]},
    )
    assert wait_run(http, t["id"], run["id"])["status"] == "completed"


def _round(messages: list[dict]) -> tuple[dict, dict[str, dict]]:
    """The last assistant message with tool calls, and the tool messages answering it by call id."""
    at = max(i for i, m in enumerate(messages) if m.get("tool_calls"))
    replies = {m["tool_call_id"]: m for m in messages[at + 1 :] if m["role"] == "tool"}
    return messages[at], replies


def test_functions_and_searches_of_one_turn_are_replayed_together(
    upstream, fake: FakeUpstream, http: httpx2.Client
) -> None:
    vs_id, _ = store_with(http, upstream[1], {"handbook.txt": HANDBOOK})
    a = _assistant(http, vs_id, [FILE_SEARCH, weather_tool()])
    both = ToolCallsAnswer([("get_weather", {"city": "Lisbon"}), ("file_search", {"queries": ["refund window"]})])
    fake.enqueue(both, TextAnswer("Sunny, and refunds take 30 days. 【0:0†handbook.txt】"))
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "weather and refunds?"}]}).json()
    run = wait_run(http, t["id"], http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()["id"])
    assert run["status"] == "requires_action", run
    [call] = run["required_action"]["submit_tool_outputs"]["tool_calls"]
    http.post(
        f"/threads/{t['id']}/runs/{run['id']}/submit_tool_outputs",
        json={"tool_outputs": [{"tool_call_id": call["id"], "output": "sunny"}]},
    )
    assert wait_run(http, t["id"], run["id"])["status"] == "completed"
    # the request after the outputs: one assistant message with both calls, each answered
    assistant, replies = _round(fake.requests[1]["messages"])
    names = sorted(c["function"]["name"] for c in assistant["tool_calls"])
    assert names == ["file_search", "get_weather"]
    assert set(replies) == {c["id"] for c in assistant["tool_calls"]}
    [search] = [c for c in assistant["tool_calls"] if c["function"]["name"] == "file_search"]
    assert replies[call["id"]]["content"] == "sunny"
    assert replies[search["id"]]["content"].startswith("【0:0†handbook.txt】")
    assert "30 days" in replies[search["id"]]["content"]
    text = answer(http, t["id"])["content"][0]["text"]
    assert [n["text"] for n in text["annotations"]] == ["【0:0†handbook.txt】"]


def test_an_earlier_runs_searches_are_in_the_next_runs_context(
    upstream, fake: FakeUpstream, http: httpx2.Client
) -> None:
    vs_id, _ = store_with(http, upstream[1], {"handbook.txt": HANDBOOK})
    a = _assistant(http, vs_id)
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "How long is the refund window?"}]}).json()
    first = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    assert wait_run(http, t["id"], first["id"])["status"] == "completed"
    seen = fake.requests[1]["messages"]  # what the model read in the first run: its search's results
    http.post(f"/threads/{t['id']}/messages", json={"role": "user", "content": "And for pets?"})
    second = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    assert wait_run(http, t["id"], second["id"])["status"] == "completed"
    messages = fake.requests[2]["messages"]
    roles = [m["role"] for m in messages]
    assert roles == ["user", "assistant", "tool", "assistant", "user"], roles
    assert messages[1]["tool_calls"][0]["function"]["name"] == "file_search"
    assert messages[2] == seen[-1]  # the same results text, marker included
    assert messages[3]["content"].startswith("According to the files")


def test_search_rounds_are_bounded(upstream, fake: FakeUpstream, http: httpx2.Client) -> None:
    vs_id, _ = store_with(http, upstream[1], {"handbook.txt": HANDBOOK})
    a = _assistant(http, vs_id)
    again = ToolCallsAnswer([("file_search", {"queries": ["refund"]})])
    fake.enqueue(again, again, again, TextAnswer("Done searching."))
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "refund?"}]}).json()
    run = wait_run(http, t["id"], http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()["id"])
    assert run["status"] == "completed"
    assert len(fake.requests) == 4 and "tools" not in fake.requests[3]
    steps = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps", params={"order": "asc"}).json()["data"]
    assert [s["type"] for s in steps] == ["tool_calls"] * 3 + ["message_creation"]


def test_the_openai_sdk_runs_file_search_against_the_upstream(upstream, fake: FakeUpstream) -> None:
    """The official SDK end to end with the chat-completions backend: upload, store, assistant
    with file_search, thread, run with poll, the citation and the step's result contents."""
    openai = pytest.importorskip("openai")
    server = upstream[1]
    with openai.OpenAI(base_url=server.base_url, api_key="sk-test", max_retries=0, timeout=10) as sdk:
        handbook = sdk.files.create(file=("handbook.txt", HANDBOOK), purpose="assistants")
        store = sdk.vector_stores.create(file_ids=[handbook.id])
        sdk.vector_stores.files.poll(handbook.id, vector_store_id=store.id, poll_interval_ms=20)
        assert sdk.vector_stores.retrieve(store.id).file_counts.completed == 1
        assistant = sdk.beta.assistants.create(
            model="gpt-4o",
            tools=[{"type": "file_search", "file_search": {"max_num_results": 2}}],
            tool_resources={"file_search": {"vector_store_ids": [store.id]}},
        )
        thread = sdk.beta.threads.create(
            messages=[{"role": "user", "content": "How long is the refund window in days?"}]
        )
        run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20)
        assert run.status == "completed", run.last_error
        # the upstream was offered file_search, called it and was sent the results
        assert len(fake.requests) == 2
        assert fake.requests[1]["messages"][-1]["role"] == "tool"
        message = sdk.beta.threads.messages.list(thread_id=thread.id, limit=1).data[0]
        assert message.role == "assistant"
        text = message.content[0].text
        assert "30 days" in text.value
        [note] = text.annotations
        assert note.type == "file_citation" and note.file_citation.file_id == handbook.id
        assert text.value[note.start_index : note.end_index] == note.text == "【0:0†handbook.txt】"
        steps = sdk.beta.threads.runs.steps.list(run_id=run.id, thread_id=thread.id, order="asc", include=[INCLUDE])
        [searched] = [s for s in steps.data if s.type == "tool_calls"]
        [call] = searched.step_details.tool_calls
        assert call.type == "file_search"
        first = call.file_search.results[0]
        assert first.file_id == handbook.id and first.file_name == "handbook.txt" and first.score > 0
        assert "30 days" in first.content[0].text and first.content[0].type == "text"
        full = sdk.beta.threads.runs.steps.retrieve(
            step_id=searched.id, run_id=run.id, thread_id=thread.id, include=[INCLUDE]
        )
        assert full.step_details.tool_calls[0].file_search.results[0].content[0].text == first.content[0].text
        bare = sdk.beta.threads.runs.steps.retrieve(step_id=searched.id, run_id=run.id, thread_id=thread.id)
        assert bare.step_details.tool_calls[0].file_search.results[0].content is None
