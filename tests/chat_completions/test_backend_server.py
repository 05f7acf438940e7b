"""The chat-completions backend inside the server: refusals, history, limits, failures, restarts, the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import assistants_server as server_pkg
import httpx2
import pytest
from assistants_client import BadRequestError, Client
from assistants_server import Server

from tests.support.fake_upstream import FakeUpstream, TextAnswer, ToolCallsAnswer

pytestmark = pytest.mark.timeout(30)

WEATHER = {
    "type": "function",
    "function": {"name": "get_weather", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}},
}
BETA = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer sk-test"}


def client_for(server: Server) -> Client:
    return Client(api_key="sk-test", base_url=server.base_url, max_retries=0, timeout=10, strict=True)


def finished(client: Client, thread_id: str, run_id: str) -> Any:
    return client.poll_run(thread_id, run_id, poll_interval=0.01, poll_timeout=10)


BING = {"type": "bing_grounding", "bing_grounding": {"search_configurations": [{"connection_id": "conn-bing"}]}}


def test_a_foundry_tool_is_refused_at_run_creation(chat: Server) -> None:
    """file_search and code_interpreter run here (tests/server/test_server_file_search_upstream.py,
    test_server_code_upstream.py); Foundry's hosted tools do not."""
    with client_for(chat) as client:
        searching = client.create_assistant({"model": "m", "tools": [WEATHER, BING]})
        thread = client.create_thread({})
        with pytest.raises(BadRequestError) as info:
            client.create_run(thread.id, {"assistant_id": searching.id})
        assert info.value.param == "assistant_id" and "bing_grounding" in str(info.value)
        plain = client.create_assistant({"model": "m", "tools": [WEATHER]})
        with pytest.raises(BadRequestError) as info:
            client.create_run(thread.id, {"assistant_id": plain.id, "tools": [BING]})
        assert info.value.param == "tools[0].type" and "bing_grounding" in str(info.value)
        with pytest.raises(BadRequestError):
            client.create_thread_and_run({"assistant_id": searching.id})
        assert chat.state.count("thread") == 1 and chat.state.count("run") == 0  # nothing was made
        # the run's own tools replace the assistant's: functions only is fine
        run = client.create_run(thread.id, {"assistant_id": searching.id, "tools": [WEATHER]})
        assert finished(client, thread.id, run.id).status == "completed"


def test_earlier_tool_rounds_and_runs_are_replayed(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(
        ToolCallsAnswer([("get_weather", {"city": "Oslo"})], text="Let me check."),
        ToolCallsAnswer([("get_weather", {"city": "Bergen"})]),
        TextAnswer("Cold in both."),
        TextAnswer("You asked about Oslo and Bergen."),
    )
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m", "tools": [WEATHER]})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Oslo and Bergen?"}]})
        final = client.run_tools(thread.id, assistant.id, {"get_weather": lambda city: f"{city}: cold"})
        assert final.status == "completed"
        client.create_message(thread.id, {"role": "user", "content": "What did I ask?"})
        again = client.create_run(thread.id, {"assistant_id": assistant.id})
        assert finished(client, thread.id, again.id).status == "completed"
    third, fourth = fake.requests[2]["messages"], fake.requests[3]["messages"]
    first_call, second_call = third[1]["tool_calls"][0], third[3]["tool_calls"][0]
    assert third == [
        {"role": "user", "content": "Oslo and Bergen?"},
        {"role": "assistant", "content": "Let me check.", "tool_calls": [first_call]},
        {"role": "tool", "tool_call_id": first_call["id"], "content": "Oslo: cold"},
        {"role": "assistant", "tool_calls": [second_call]},
        {"role": "tool", "tool_call_id": second_call["id"], "content": "Bergen: cold"},
    ]
    assert fourth == [
        *third,
        {"role": "assistant", "content": "Cold in both."},
        {"role": "user", "content": "What did I ask?"},
    ]
    steps = chat.state.list("step", final.id)
    assert [(s["type"], s["status"]) for s in steps] == [
        ("message_creation", "completed"),
        ("tool_calls", "completed"),
        ("tool_calls", "completed"),
        ("message_creation", "completed"),
    ]
    used = [fake.usages[i] for i in range(3)]
    assert final.usage is not None and final.usage.prompt_tokens == sum(u["prompt_tokens"] for u in used)
    assert final.usage.completion_tokens == sum(u["completion_tokens"] for u in used)


def test_text_reaches_the_client_while_the_upstream_still_streams(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("warm-up"), TextAnswer("word " * 20, chunks=20, delay=0.03))
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m"})
        for _ in range(2):  # the first run also pays for first connections
            thread = client.create_thread({"messages": [{"role": "user", "content": "Talk."}]})
            arrivals: list[float] = []
            started = time.monotonic()
            with client.stream_run(thread.id, {"assistant_id": assistant.id}) as stream:
                for event in stream:
                    if event.event == "thread.message.delta":
                        arrivals.append(time.monotonic() - started)
    assert len(arrivals) == 20
    # the upstream takes >= 0.6 s; the first piece is passed on after ~one upstream chunk, not at the end
    assert arrivals[0] < arrivals[-1] / 3


def test_a_prompt_over_max_prompt_tokens_ends_incomplete_without_a_call(chat: Server, fake: FakeUpstream) -> None:
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "word " * 2000}]})
        run = client.create_run(thread.id, {"assistant_id": assistant.id, "max_prompt_tokens": 256})
        run = finished(client, thread.id, run.id)
    assert run.status == "incomplete" and str(run.incomplete_details.reason) == "max_prompt_tokens"
    assert fake.requests == []


def test_a_cut_upstream_stream_fails_the_run(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("this is cut short", chunks=8, cut_after=3))
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Hi"}]})
        run = finished(client, thread.id, client.create_run(thread.id, {"assistant_id": assistant.id}).id)
        assert run.status == "failed" and str(run.last_error.code) == "server_error"
        message = client.list_messages(thread.id, order="desc", limit=1).pages().__next__().data[0]
    assert str(message.status) == "incomplete" and "this is cut short".startswith(message.content[0].text.value)
    assert message.content[0].text.value
    step = chat.state.list("step", run.id)[0]
    assert step["status"] == "failed" and step["last_error"]["code"] == "server_error"


def test_calls_ended_with_stop_still_wait_for_outputs(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(ToolCallsAnswer([("get_weather", {"city": "Quito"})], finish_reason="stop"), TextAnswer("Mild."))
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m", "tools": [WEATHER]})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Quito?"}]})
        run = finished(client, thread.id, client.create_run(thread.id, {"assistant_id": assistant.id}).id)
        assert run.status == "requires_action"
        call = run.required_action.submit_tool_outputs.tool_calls[0]
        outputs = {"tool_outputs": [{"tool_call_id": call.id, "output": "mild"}]}
        client.submit_tool_outputs_to_run(thread.id, run.id, outputs)
        assert finished(client, thread.id, run.id).status == "completed"


def test_calls_cut_by_the_length_limit_end_the_run_incomplete(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(ToolCallsAnswer([("get_weather", '{"city": "Qu')], finish_reason="length"))
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m", "tools": [WEATHER]})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Quito?"}]})
        run = client.create_run(thread.id, {"assistant_id": assistant.id, "max_completion_tokens": 256})
        run = finished(client, thread.id, run.id)
    assert run.status == "incomplete" and str(run.incomplete_details.reason) == "max_completion_tokens"
    tool_step = chat.state.list("step", run.id)[0]
    assert tool_step["type"] == "tool_calls" and tool_step["status"] == "failed"


def test_cancel_before_the_first_token_closes_the_upstream_request(chat: Server, fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("never seen", delay=2.0))
    with client_for(chat) as client:
        assistant = client.create_assistant({"model": "m"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Hi"}]})
        run = client.create_run(thread.id, {"assistant_id": assistant.id})
        assert fake.wait_for(lambda: len(fake.requests) == 1, 5)
        client.cancel_run(thread.id, run.id)
        assert finished(client, thread.id, run.id).status == "cancelled"
    assert fake.wait_for(lambda: fake.disconnects == 1, 3)
    assert chat.state.list("step", run.id) == [] and len(chat.state.list("message", thread.id)) == 1


def test_a_silent_upstream_times_out_and_fails_the_run(fake: FakeUpstream) -> None:
    fake.enqueue(TextAnswer("late", delay=3.0))
    settings = {"model_backend": "chat-completions", "upstream_base_url": fake.base_url, "upstream_timeout": 0.3}
    with Server(validate_responses=True, step_delay=0.0, **settings) as server, client_for(server) as client:
        assistant = client.create_assistant({"model": "m"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Hi"}]})
        run = finished(client, thread.id, client.create_run(thread.id, {"assistant_id": assistant.id}).id)
        assert run.status == "failed" and "sent nothing for 0.3 s" in run.last_error.message
        assert server.spec_violations == []


def test_a_run_interrupted_by_a_restart_is_asked_again(tmp_path: Path, fake: FakeUpstream) -> None:
    db = str(tmp_path / "state.sqlite3")
    settings = {"model_backend": "chat-completions", "upstream_base_url": fake.base_url, "db": db}
    fake.enqueue(TextAnswer("a long answer that the restart interrupts", chunks=40, delay=0.05))
    first = Server(validate_responses=True, step_delay=0.0, **settings).start()
    with client_for(first) as client:
        assistant = client.create_assistant({"model": "m"})
        thread = client.create_thread({"messages": [{"role": "user", "content": "Hi"}]})
        run = client.create_run(thread.id, {"assistant_id": assistant.id})
        assert fake.wait_for(lambda: len(fake.requests) == 1, 5)
        time.sleep(0.2)  # a few chunks in
    first.close()
    assert fake.wait_for(lambda: fake.disconnects == 1, 5)  # stopping closed the upstream request
    fake.enqueue(TextAnswer("Hello again."))
    with Server(validate_responses=True, step_delay=0.0, **settings) as second, client_for(second) as client:
        after = finished(client, thread.id, run.id)
        assert after.status == "completed" and after.last_error is None
        assert len(fake.requests) == 2 and fake.requests[1]["messages"] == fake.requests[0]["messages"]
        # the cut answer was replaced, not doubled: one message, one step
        [step] = second.state.list("step", run.id)
        assert step["status"] == "completed"
        [_user, answer] = second.state.list("message", thread.id)
        assert answer["status"] == "completed" and answer["content"][0]["text"]["value"] == "Hello again."
        assert step["step_details"]["message_creation"]["message_id"] == answer["id"]
        assert second.spec_violations == []


def test_the_upstream_key_stays_out_of_reprs_logs_and_errors(
    fake: FakeUpstream, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("UPSTREAM_API_KEY", "sk-from-the-environment")
    fake.api_key = "sk-from-the-environment"
    fake.enqueue(TextAnswer("ok"))
    with Server(model_backend="chat-completions", upstream_base_url=fake.base_url, step_delay=0.0) as server:
        assert "sk-from" not in repr(server.config) and "sk-from" not in repr(server.api.domain.engine.backend)
        with client_for(server) as client:
            assistant = client.create_assistant({"model": "m"})
            thread = client.create_thread({"messages": [{"role": "user", "content": "Hi"}]})
            run = finished(client, thread.id, client.create_run(thread.id, {"assistant_id": assistant.id}).id)
            assert run.status == "completed"
            fake.api_key = "sk-another-key"  # the upstream now refuses, quoting the key it got
            with caplog.at_level("WARNING", logger="assistants_server"):
                client.create_message(thread.id, {"role": "user", "content": "Again"})
                run = finished(client, thread.id, client.create_run(thread.id, {"assistant_id": assistant.id}).id)
    assert fake.headers[0]["authorization"] == "Bearer sk-from-the-environment"
    assert run.status == "failed" and "answered 401" in run.last_error.message
    assert "sk-from" not in run.last_error.message and "***" in run.last_error.message
    assert "answered 401" in caplog.text and "sk-from" not in caplog.text


def test_a_chat_completions_server_needs_an_upstream() -> None:
    with pytest.raises(ValueError, match="upstream-base-url"):
        Server(model_backend="chat-completions")
    with pytest.raises(ValueError, match="unknown model backend"):
        Server(model_backend="oracle")


def _cli(*args: str) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if k != "UPSTREAM_API_KEY"}
    package_root = str(Path(server_pkg.__file__).resolve().parents[1])
    environment["PYTHONPATH"] = os.pathsep.join([package_root, environment.get("PYTHONPATH", "")])
    return subprocess.Popen(
        [sys.executable, "-m", "assistants_server", "--port", "0", "--step-delay", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment,
    )


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def test_the_command_line_runs_a_conversation_on_the_upstream(fake: FakeUpstream) -> None:
    fake.api_key = "sk-cli-key"
    fake.enqueue(ToolCallsAnswer([("get_weather", {"city": "Lima"})]), TextAnswer("Warm in Lima."))
    proc = _cli(
        "--model-backend",
        "chat-completions",
        "--upstream-base-url",
        fake.base_url,
        "--upstream-api-key",
        "sk-cli-key",
        "--upstream-model",
        "llama3",
    )
    try:
        base_url = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert base_url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        with Client(api_key="sk-test", base_url=base_url, max_retries=0, timeout=10, strict=True) as client:
            assistant = client.create_assistant({"model": "gpt-4o", "tools": [WEATHER]})
            thread = client.create_thread({"messages": [{"role": "user", "content": "Lima?"}]})
            run = client.run_tools(thread.id, assistant.id, {"get_weather": lambda city: "warm"})
            assert run.status == "completed"
            reply = client.list_messages(thread.id, order="desc", limit=1).pages().__next__().data[0]
            assert reply.content[0].text.value == "Warm in Lima."
    finally:
        _stop(proc)
    assert [r["model"] for r in fake.requests] == ["llama3", "llama3"]
    assert {h["authorization"] for h in fake.headers} == {"Bearer sk-cli-key"}


def test_the_command_line_flags_and_the_environment_key(monkeypatch: pytest.MonkeyPatch) -> None:
    from assistants_server.__main__ import build_parser, config_from_args, main

    flags = ["--model-backend", "chat-completions", "--upstream-base-url", "http://127.0.0.1:9/v1"]
    config = config_from_args(build_parser().parse_args([*flags, "--upstream-model", "qwen2.5"]))
    assert (config.model_backend, config.upstream_model, config.upstream_api_key) == (
        "chat-completions",
        "qwen2.5",
        None,
    )
    assert config_from_args(build_parser().parse_args([])).model_backend == "scripted"
    monkeypatch.setenv("UPSTREAM_API_KEY", "sk-env")
    with Server(config=config) as server:
        backend = server.api.domain.engine.backend
        assert backend.settings.api_key == "sk-env" and backend.settings.url == "http://127.0.0.1:9/v1/chat/completions"
        assert backend.settings.model == "qwen2.5"
    with pytest.raises(SystemExit) as info:
        main(["--model-backend", "chat-completions"])
    assert info.value.code == 2


def test_the_scripted_model_stays_the_default(fake: FakeUpstream) -> None:
    with httpx2.Client(timeout=10) as http, Server(step_delay=0.0) as server:
        asst = http.post(f"{server.base_url}/assistants", json={"model": "m"}, headers=BETA).json()
        made = http.post(
            f"{server.base_url}/threads/runs",
            json={"assistant_id": asst["id"], "thread": {"messages": [{"role": "user", "content": "Hi"}]}},
            headers=BETA,
        ).json()
        assert server.wait_idle(5)
        messages = http.get(f"{server.base_url}/threads/{made['thread_id']}/messages", headers=BETA).json()
    assert messages["data"][0]["content"][0]["text"]["value"] == "You said: Hi"
    assert fake.requests == []
