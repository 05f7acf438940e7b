"""The model behind a run is a pluggable backend: the engine turns its stream of text deltas,
tool calls, usage and finish into the protocol's steps, messages and events, and cancels it."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx2
import pytest
from assistants_server import Finish, ModelRequest, Server, TextDelta, ToolCall, Usage
from assistants_server.backends.base import ModelEvent

from .conftest import BETA, weather_tool

TERMINAL = ("completed", "failed", "cancelled", "expired", "incomplete")


class ProgrammedModel:
    """A backend whose answer per segment is a function of the request."""

    def __init__(self, answer: Callable[[ModelRequest], list[ModelEvent]]) -> None:
        self.answer = answer
        self.requests: list[ModelRequest] = []

    async def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        self.requests.append(request)
        for event in self.answer(request):
            yield event


class SlowModel:
    """Says one word, then waits far longer than any test; records that it was cleaned up."""

    def __init__(self) -> None:
        self.closed = threading.Event()

    async def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        try:
            yield TextDelta("thinking")
            await asyncio.sleep(60)
            yield Finish("stop")
        finally:
            self.closed.set()


class BrokenModel:
    async def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        yield TextDelta("half")
        raise RuntimeError("the model's connection broke")


@contextlib.contextmanager
def _serve(backend: Any) -> Iterator[httpx2.Client]:
    with (
        Server(backend=backend, step_delay=0.0, validate_responses=True) as srv,
        httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as http,
    ):
        yield http
        assert srv.spec_violations == []


def _start(http: httpx2.Client, text: str = "hi", **run: Any) -> tuple[str, dict[str, Any]]:
    asst = http.post("/assistants", json={"model": "m", "instructions": "Be brief."}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": text}]}).json()
    made = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"], **run}).json()
    return thread["id"], made


def _wait(http: httpx2.Client, thread_id: str, run_id: str, states: tuple[str, ...] = TERMINAL) -> dict[str, Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        run: dict[str, Any] = http.get(f"/threads/{thread_id}/runs/{run_id}").json()
        if run["status"] in states:
            return run
        time.sleep(0.01)
    raise AssertionError(f"run {run_id} did not reach {states}")


def test_text_deltas_become_one_message_with_usage() -> None:
    model = ProgrammedModel(lambda r: [TextDelta("Hel"), TextDelta("lo"), Usage(7, 2), Finish("stop")])
    with _serve(model) as http:
        thread_id, run = _start(http, truncation_strategy={"type": "last_messages", "last_messages": 1})
        done = _wait(http, thread_id, run["id"])
        assert done["status"] == "completed"
        assert done["usage"] == {"prompt_tokens": 7, "completion_tokens": 2, "total_tokens": 9}
        message = http.get(f"/threads/{thread_id}/messages").json()["data"][0]
        assert message["content"][0]["text"]["value"] == "Hello" and message["run_id"] == run["id"]
        steps = http.get(f"/threads/{thread_id}/runs/{run['id']}/steps").json()["data"]
        assert [s["type"] for s in steps] == ["message_creation"]
    request = model.requests[0]
    assert request.instructions == "Be brief." and request.model == "m"
    assert [m["role"] for m in request.messages] == ["user"] and request.tool_results is None


def test_tool_calls_wait_for_outputs_and_come_back_as_results() -> None:
    def answer(request: ModelRequest) -> list[ModelEvent]:
        if request.tool_results is None:
            return [ToolCall("get_weather", '{"city":"Oslo"}', call_id="call_fixed"), Finish("tool_calls")]
        (result,) = request.tool_results
        return [TextDelta(f"{result.name}({result.arguments}) said {result.output}"), Finish("stop")]

    with _serve(ProgrammedModel(answer)) as http:
        thread_id, run = _start(http, tools=[weather_tool()])
        waiting = _wait(http, thread_id, run["id"], ("requires_action",))
        (call,) = waiting["required_action"]["submit_tool_outputs"]["tool_calls"]
        assert call["id"] == "call_fixed" and call["function"]["name"] == "get_weather"
        http.post(
            f"/threads/{thread_id}/runs/{run['id']}/submit_tool_outputs",
            json={"tool_outputs": [{"tool_call_id": "call_fixed", "output": "rain"}]},
        )
        assert _wait(http, thread_id, run["id"])["status"] == "completed"
        text = http.get(f"/threads/{thread_id}/messages").json()["data"][0]["content"][0]["text"]["value"]
        assert text == 'get_weather({"city":"Oslo"}) said rain'


@pytest.mark.parametrize(
    ("finish", "status", "detail"),
    [
        (Finish("failed", "rate_limit_exceeded", "slow down"), "failed", {"code": "rate_limit_exceeded"}),
        (Finish("max_completion_tokens"), "incomplete", {"reason": "max_completion_tokens"}),
        (Finish("max_prompt_tokens"), "incomplete", {"reason": "max_prompt_tokens"}),
        (Finish("expired"), "expired", None),
    ],
)
def test_each_finish_reason_ends_the_run_as_the_protocol_says(
    finish: Finish, status: str, detail: dict[str, str] | None
) -> None:
    events: list[ModelEvent] = [] if finish.reason in ("max_prompt_tokens", "expired") else [TextDelta("partial")]
    with _serve(ProgrammedModel(lambda r: [*events, finish])) as http:
        thread_id, run = _start(http)
        done = _wait(http, thread_id, run["id"])
        assert done["status"] == status
        if status == "failed":
            assert done["last_error"]["code"] == "rate_limit_exceeded" and done["last_error"]["message"] == "slow down"
        elif detail is not None:
            assert done["incomplete_details"] == detail


def test_a_backend_that_raises_fails_the_run() -> None:
    with _serve(BrokenModel()) as http:
        thread_id, run = _start(http)
        done = _wait(http, thread_id, run["id"])
        assert done["status"] == "failed" and done["last_error"]["code"] == "server_error"
        # the exception is logged; the client learns only that the server failed, and which run
        assert "connection broke" not in done["last_error"]["message"] and run["id"] in done["last_error"]["message"]


def test_cancelling_a_run_cancels_the_backend() -> None:
    model = SlowModel()
    with _serve(model) as http:
        thread_id, run = _start(http)
        deadline = time.monotonic() + 5
        while http.get(f"/threads/{thread_id}/messages").json()["data"][0]["role"] != "assistant":
            assert time.monotonic() < deadline
            time.sleep(0.01)
        started = time.monotonic()
        assert http.post(f"/threads/{thread_id}/runs/{run['id']}/cancel").json()["status"] == "cancelling"
        assert _wait(http, thread_id, run["id"])["status"] == "cancelled"
        assert time.monotonic() - started < 5
        assert model.closed.wait(5)
        message = http.get(f"/threads/{thread_id}/messages").json()["data"][0]
        assert message["status"] == "incomplete" and message["incomplete_details"] == {"reason": "run_cancelled"}
