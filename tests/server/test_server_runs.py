"""Run lifecycle: statuses, preconditions, the scripted model's rules, polling headers."""

from __future__ import annotations

import json
import time

import httpx2
import pytest
from assistants_server import Server
from assistants_server.backends import scripted

from .conftest import weather_tool

TERMINAL = {"completed", "failed", "cancelled", "expired", "incomplete"}


def _setup(http: httpx2.Client, text: str, **asst: object) -> tuple[dict, dict]:
    a = http.post("/assistants", json={"model": "gpt-4o", **asst}).json()
    t = http.post("/threads", json={"messages": [{"role": "user", "content": text}]}).json()
    return a, t


def _wait(http: httpx2.Client, thread_id: str, run_id: str, until: set[str], timeout: float = 5) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        r = http.get(f"/threads/{thread_id}/runs/{run_id}")
        run = r.json()
        if run["status"] in until:
            return run
        assert r.headers["openai-poll-after-ms"].isdigit()
        time.sleep(0.01)
    raise AssertionError(f"run stayed {run['status']}")


def test_statuses_and_poll_header(srv: Server, http: httpx2.Client) -> None:
    srv.set_step_delay(0.05)
    a, t = _setup(http, "hi")
    created = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]})
    run = created.json()
    assert run["status"] == "queued" and run["id"].startswith("run_")
    assert run["expires_at"] > run["created_at"] and run["started_at"] is None and run["usage"] is None
    assert run["truncation_strategy"] == {"type": "auto", "last_messages": None}
    assert run["tool_choice"] == "auto" and run["parallel_tool_calls"] is True and run["response_format"] == "auto"
    seen = set()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        r = http.get(f"/threads/{t['id']}/runs/{run['id']}")
        seen.add(r.json()["status"])
        if r.json()["status"] == "completed":
            assert "openai-poll-after-ms" not in r.headers
            break
        assert r.headers["openai-poll-after-ms"] == "50"
        time.sleep(0.01)
    assert {"queued", "in_progress", "completed"} <= seen
    final = r.json()
    assert final["started_at"] is not None and final["completed_at"] is not None and final["expires_at"] is None
    assert final["usage"]["prompt_tokens"] == 1 and final["usage"]["completion_tokens"] == 3


def test_one_active_run_per_thread_and_no_messages_meanwhile(srv: Server, http: httpx2.Client) -> None:
    srv.set_step_delay(0.3)
    a, t = _setup(http, "hello")
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    second = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]})
    assert second.status_code == 400 and run["id"] in second.json()["error"]["message"]
    msg = http.post(f"/threads/{t['id']}/messages", json={"role": "user", "content": "more"})
    assert msg.status_code == 400 and "active" in msg.json()["error"]["message"]
    http.post(f"/threads/{t['id']}/runs/{run['id']}/cancel")
    _wait(http, t["id"], run["id"], TERMINAL)
    assert http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).status_code == 200


def test_cancel_preconditions(srv: Server, http: httpx2.Client) -> None:
    a, t = _setup(http, "call get_weather now", tools=[weather_tool()])
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    run = _wait(http, t["id"], run["id"], {"requires_action"})
    cancelling = http.post(f"/threads/{t['id']}/runs/{run['id']}/cancel")
    assert cancelling.status_code == 200 and cancelling.json()["status"] == "cancelling"
    again = http.post(f"/threads/{t['id']}/runs/{run['id']}/cancel")
    assert again.status_code == 400 and "cancelling" in again.json()["error"]["message"]
    final = _wait(http, t["id"], run["id"], TERMINAL)
    assert final["status"] == "cancelled" and final["required_action"] is None
    steps = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps").json()["data"]
    assert steps[0]["status"] == "cancelled" and steps[0]["cancelled_at"] is not None
    late = http.post(f"/threads/{t['id']}/runs/{run['id']}/cancel")
    assert late.status_code == 400 and late.json()["error"]["message"] == "Cannot cancel run with status 'cancelled'."


def test_submit_tool_outputs_preconditions(http: httpx2.Client) -> None:
    tools = [
        weather_tool(),
        {
            "type": "function",
            "function": {
                "name": "get_time",
                "parameters": {"type": "object", "properties": {"zone": {"type": "string"}, "n": {"type": "integer"}}},
            },
        },
    ]
    a, t = _setup(http, "get_time UTC in 5 minutes and get_weather Rome", tools=tools)
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    early = http.post(f"/threads/{t['id']}/runs/{run['id']}/submit_tool_outputs", json={"tool_outputs": []})
    if early.status_code == 400:
        assert "do not accept tool outputs" in early.json()["error"]["message"]
    run = _wait(http, t["id"], run["id"], {"requires_action"})
    calls = run["required_action"]["submit_tool_outputs"]["tool_calls"]
    assert [c["function"]["name"] for c in calls] == ["get_weather", "get_time"]  # order of the tools
    assert json.loads(calls[1]["function"]["arguments"]) == {"zone": "UTC", "n": 5}
    url = f"/threads/{t['id']}/runs/{run['id']}/submit_tool_outputs"
    partial = http.post(url, json={"tool_outputs": [{"tool_call_id": calls[0]["id"], "output": "x"}]})
    assert partial.status_code == 400 and calls[1]["id"] in partial.json()["error"]["message"]
    wrong = http.post(url, json={"tool_outputs": [{"tool_call_id": "call_bogus", "output": "x"}]})
    assert wrong.status_code == 400 and wrong.json()["error"]["param"] == "tool_outputs[0].tool_call_id"
    ok = http.post(
        url, json={"tool_outputs": [{"tool_call_id": c["id"], "output": f"out{i}"} for i, c in enumerate(calls)]}
    )
    assert ok.status_code == 200 and ok.json()["status"] == "queued"
    final = _wait(http, t["id"], run["id"], TERMINAL)
    assert final["status"] == "completed"
    text = http.get(f"/threads/{t['id']}/messages").json()["data"][0]["content"][0]["text"]["value"]
    assert text == "The get_weather tool returned: out0\nThe get_time tool returned: out1"
    done = http.post(url, json={"tool_outputs": [{"tool_call_id": calls[0]["id"], "output": "x"}]})
    assert done.status_code == 400 and '"completed"' in done.json()["error"]["message"]


def test_run_overrides_and_tool_choice(http: httpx2.Client) -> None:
    a, t = _setup(http, "get_weather Paris", tools=[weather_tool()], instructions="Base.")
    run = http.post(
        f"/threads/{t['id']}/runs",
        json={"assistant_id": a["id"], "tool_choice": "none", "additional_instructions": "Extra.", "model": "gpt-x"},
    ).json()
    assert run["instructions"] == "Base.\n\nExtra." and run["model"] == "gpt-x"
    assert _wait(http, t["id"], run["id"], TERMINAL)["status"] == "completed"
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"], "tools": []}).json()
    assert run["tools"] == [] and _wait(http, t["id"], run["id"], TERMINAL)["status"] == "completed"
    run = http.post(
        f"/threads/{t['id']}/runs",
        json={
            "assistant_id": a["id"],
            "additional_messages": [{"role": "user", "content": "no tool words"}],
            "tool_choice": "required",
        },
    ).json()
    run = _wait(http, t["id"], run["id"], {"requires_action"})
    assert run["required_action"]["submit_tool_outputs"]["tool_calls"][0]["function"]["name"] == "get_weather"


@pytest.mark.parametrize(
    ("text", "status", "check"),
    [
        ("please [fail] now", "failed", lambda r: r["last_error"]["code"] == "server_error" and r["failed_at"]),
        ("[rate_limit]", "failed", lambda r: r["last_error"]["code"] == "rate_limit_exceeded"),
        ("[expire] me", "expired", lambda r: r["completed_at"] is None),
    ],
)
def test_scripted_triggers(http: httpx2.Client, text: str, status: str, check) -> None:
    a, t = _setup(http, text)
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    final = _wait(http, t["id"], run["id"], TERMINAL)
    assert final["status"] == status and check(final)


def test_token_limits_make_runs_incomplete(http: httpx2.Client) -> None:
    words = " ".join(f"w{i}" for i in range(300))
    a, t = _setup(http, words)
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"], "max_completion_tokens": 256}).json()
    final = _wait(http, t["id"], run["id"], TERMINAL)
    assert final["status"] == "incomplete" and final["incomplete_details"] == {"reason": "max_completion_tokens"}
    assert final["usage"]["completion_tokens"] == 256
    msg = http.get(f"/threads/{t['id']}/messages").json()["data"][0]
    assert msg["status"] == "incomplete" and msg["incomplete_details"] == {"reason": "max_tokens"}
    assert len(msg["content"][0]["text"]["value"].split()) == 256

    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"], "max_prompt_tokens": 256}).json()
    final = _wait(http, t["id"], run["id"], TERMINAL)
    assert final["status"] == "incomplete" and final["incomplete_details"] == {"reason": "max_prompt_tokens"}
    # keeping only the last message brings the prompt under the limit
    run = http.post(
        f"/threads/{t['id']}/runs",
        json={
            "assistant_id": a["id"],
            "max_prompt_tokens": 300,
            "truncation_strategy": {"type": "last_messages", "last_messages": 1},
        },
    ).json()
    assert _wait(http, t["id"], run["id"], TERMINAL)["status"] == "completed"


def test_tool_call_expires_when_outputs_never_come(assistants_server_factory) -> None:
    srv = assistants_server_factory(run_expiry=0.2)
    with httpx2.Client(base_url=srv.base_url, headers={"OpenAI-Beta": "assistants=v2"}) as http:
        a, t = _setup(http, "get_weather Lima", tools=[weather_tool()])
        run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
        final = _wait(http, t["id"], run["id"], TERMINAL)
        assert final["status"] == "expired"
        step = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps").json()["data"][0]
        assert step["status"] == "expired" and step["expired_at"] is not None


def test_stream_chunks_header_and_raw_sse_framing(srv: Server, http: httpx2.Client) -> None:
    srv.set_step_delay(1.0)  # the chunk knob makes the stream immediate regardless
    a, t = _setup(http, "bench")
    started = time.monotonic()
    frames = []
    with http.stream(
        "POST",
        f"/threads/{t['id']}/runs",
        json={"assistant_id": a["id"], "stream": True},
        headers={"X-Mock-Stream-Chunks": "200"},
    ) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        body = r.read().decode()
    assert time.monotonic() - started < 0.9
    ids = []
    for raw in body.split("\n\n"):
        if raw:
            event_line, data_line, *id_line = raw.split("\n")
            assert event_line.startswith("event: ") and data_line.startswith("data: ")
            frames.append((event_line[7:], data_line[6:]))
            if event_line != "event: done":  # every event of the run has its position, `done` none
                assert len(id_line) == 1 and id_line[0].startswith("id: "), raw
                ids.append(int(id_line[0][4:]))
    assert frames[-1] == ("done", "[DONE]")
    assert ids == sorted(set(ids)), "positions rise, none twice"
    deltas = [json.loads(d) for e, d in frames if e == "thread.message.delta"]
    assert len(deltas) == 200
    assert deltas[0]["object"] == "thread.message.delta" and deltas[0]["delta"]["content"][0]["index"] == 0
    text = "".join(d["delta"]["content"][0]["text"]["value"] for d in deltas)
    assert text.startswith("You said: bench")
    completed = next(json.loads(d) for e, d in frames if e == "thread.message.completed")
    assert completed["content"][0]["text"]["value"] == text


def test_argument_builder_rules() -> None:
    params = {
        "type": "object",
        "properties": {
            "city": {"type": "string"},
            "unit": {"type": "string", "enum": ["c", "f"]},
            "days": {"type": "integer"},
            "ratio": {"type": "number"},
            "exact": {"type": "boolean"},
            "tags": {"type": "array", "items": {"type": "string"}},
            "where": {"type": "object", "properties": {"country": {"type": "string"}}},
            "nick": {"type": "string"},
        },
    }
    args = scripted.build_arguments(params, "please forecast Paris for 3 days at 0.5 France", "forecast")
    assert args == {
        "city": "Paris",
        "unit": "c",
        "days": 3,
        "ratio": 0.5,
        "exact": True,
        "tags": [],
        "where": {"country": "for"},
        "nick": "3",
    }
    assert scripted.build_arguments(
        {"type": "object", "properties": {"a": {"type": "string"}}}, "forecast", "forecast"
    ) == {"a": "a"}


def test_cancel_while_streaming_ends_the_stream(srv: Server, http: httpx2.Client) -> None:
    srv.set_step_delay(0.2)
    a, t = _setup(http, "long answer please")
    events: list[str] = []
    with http.stream("POST", f"/threads/{t['id']}/runs", json={"assistant_id": a["id"], "stream": True}) as r:
        lines = r.iter_lines()
        for line in lines:
            if line.startswith("data: ") and events[-1] == "thread.run.created":
                run_id = json.loads(line[6:])["id"]
                with httpx2.Client(base_url=srv.base_url, headers=http.headers) as other:
                    assert other.post(f"/threads/{t['id']}/runs/{run_id}/cancel").json()["status"] == "cancelling"
            if line.startswith("event: "):
                events.append(line[7:])
    assert events[-3:] == ["thread.run.cancelling", "thread.run.cancelled", "done"]
    assert "thread.run.completed" not in events


def test_thread_and_run_takes_tool_resources_for_the_thread(http: httpx2.Client) -> None:
    a = http.post("/assistants", json={"model": "gpt-4o"}).json()
    run = http.post(
        "/threads/runs",
        json={
            "assistant_id": a["id"],
            "thread": {"messages": [{"role": "user", "content": "hi"}], "metadata": {"m": "1"}},
            "tool_resources": {"code_interpreter": {"file_ids": ["file-1"]}},
        },
    ).json()
    thread = http.get(f"/threads/{run['thread_id']}").json()
    assert thread["tool_resources"] == {"code_interpreter": {"file_ids": ["file-1"]}}
    assert thread["metadata"] == {"m": "1"}
    assert _wait(http, thread["id"], run["id"], TERMINAL)["status"] == "completed"
