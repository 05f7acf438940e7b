"""code_interpreter with the chat-completions backend: the fake upstream is offered a
``code_interpreter`` function, calls it, reads the logs the server sends back and answers; the
run never stops for the client (no requires_action), the code streams into its step as the
model writes it, and the next run replays the call."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx2
import pytest
from assistants_server import Server

from tests.support.answers import TextAnswer, ToolCallsAnswer
from tests.support.fake_upstream import FakeUpstream

from .code_support import SALES, sandbox_mode
from .conftest import BETA
from .fs_support import answer, sse, wait_run
from .upstream_support import chat_server, checked

pytestmark = pytest.mark.timeout(60)
CODE = [{"type": "code_interpreter"}]


@pytest.fixture(scope="module")
def upstream() -> Iterator[tuple[FakeUpstream, Server]]:
    with chat_server(code_sandbox=sandbox_mode()) as made:
        yield made


@pytest.fixture
def fake(upstream: tuple[FakeUpstream, Server]) -> Iterator[FakeUpstream]:
    yield from checked(upstream)


@pytest.fixture
def http(upstream: tuple[FakeUpstream, Server], fake: FakeUpstream) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=upstream[1].base_url, headers=BETA, timeout=30) as client:
        yield client


def test_the_model_runs_code_reads_its_logs_and_answers(fake: FakeUpstream, http: httpx2.Client) -> None:
    files = {"file": ("sales.csv", SALES)}
    sales = http.post("/files", data={"purpose": "assistants"}, files=files).json()
    body = {"model": "gpt-4o", "tools": CODE, "tool_resources": {"code_interpreter": {"file_ids": [sales["id"]]}}}
    assistant = http.post("/assistants", json=body).json()
    code = "import pandas as pd\nframe = pd.read_csv('/mnt/data/sales.csv')\nprint(frame['operating_profit'].sum())\n"
    fake.enqueue(
        ToolCallsAnswer([("code_interpreter", {"code": code})], pieces=6, text="Let me add it up."),
        TextAnswer("The total operating profit is 400.5."),
    )
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "Total profit?"}]}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    run = wait_run(http, thread["id"], run["id"], deadline=30)
    assert run["status"] == "completed" and run["required_action"] is None
    first, second = fake.requests
    [offered] = [tool["function"] for tool in first["tools"]]
    assert offered["name"] == "code_interpreter" and offered["parameters"]["required"] == ["code"]
    call, reply = second["messages"][-2:]
    assert call["tool_calls"][0]["function"]["name"] == "code_interpreter"
    assert json.loads(call["tool_calls"][0]["function"]["arguments"]) == {"code": code}
    assert reply == {"role": "tool", "tool_call_id": call["tool_calls"][0]["id"], "content": "400.5"}
    steps = http.get(f"/threads/{thread['id']}/runs/{run['id']}/steps", params={"order": "asc"}).json()["data"]
    kinds = [s["type"] for s in steps]
    assert kinds.count("tool_calls") == 1 and steps[kinds.index("tool_calls")]["status"] == "completed"
    [made] = steps[kinds.index("tool_calls")]["step_details"]["tool_calls"]
    assert made["code_interpreter"] == {"input": code, "outputs": [{"type": "logs", "logs": "400.5\n"}]}
    assert made["id"] == call["tool_calls"][0]["id"]
    assert "400.5" in answer(http, thread["id"])["content"][0]["text"]["value"]
    # the next run replays the call with its code and logs
    fake.enqueue(TextAnswer("Still 400.5."))
    http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "Again?"})
    again = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    assert wait_run(http, thread["id"], again["id"], deadline=30)["status"] == "completed"
    replayed = [m for m in fake.requests[2]["messages"] if m["role"] == "tool"]
    assert replayed == [{"role": "tool", "tool_call_id": made["id"], "content": "400.5"}]


def test_the_code_streams_as_the_model_writes_it(fake: FakeUpstream, http: httpx2.Client) -> None:
    code = "values = [3, 4]\nprint(sum(v * v for v in values))\n"
    fake.enqueue(ToolCallsAnswer([("code_interpreter", {"code": code})], pieces=8), TextAnswer("It is 25."))
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "3^2 + 4^2?"}]}).json()
    body = {"assistant_id": assistant["id"], "stream": True}
    with http.stream("POST", f"/threads/{thread['id']}/runs", json=body) as response:
        events = list(sse(response))
    deltas = [d["delta"]["step_details"]["tool_calls"][0] for n, d in events if n == "thread.run.step.delta"]
    inputs = [d["code_interpreter"].get("input", "") for d in deltas if "outputs" not in d["code_interpreter"]]
    assert "".join(inputs) == code and len([i for i in inputs if i]) >= 3
    assert deltas[-1]["code_interpreter"]["outputs"] == [{"index": 0, "type": "logs", "logs": "25\n"}]
    assert "thread.run.requires_action" not in [n for n, _ in events]


def test_a_traceback_goes_back_to_the_model(fake: FakeUpstream, http: httpx2.Client) -> None:
    fake.enqueue(
        ToolCallsAnswer([("code_interpreter", {"code": "print(undefined_name)"})]),
        ToolCallsAnswer([("code_interpreter", {"code": "print('fixed')"})]),
        TextAnswer("Fixed it."),
    )
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "Try."}]}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    assert wait_run(http, thread["id"], run["id"], deadline=30)["status"] == "completed"
    error = fake.requests[1]["messages"][-1]["content"]
    assert "Traceback" in error and "NameError" in error
    assert fake.requests[2]["messages"][-1]["content"] == "fixed"
