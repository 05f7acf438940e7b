"""The README's examples run as written (against the local server instead of the real API)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from assistants_server import Server

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)


def block_containing(text: str) -> str:
    return next(block for block in BLOCKS if text in block)


def test_client_example(
    assistants_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
    monkeypatch.setenv("OPENAI_BASE_URL", assistants_server.base_url)
    exec(compile(block_containing("with Client() as client:"), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "user" in printed and "assistant" in printed


def test_server_example() -> None:
    namespace: dict[str, object] = {}
    exec(compile(block_containing("with Server() as server:"), "README.md", "exec"), namespace)
    client = namespace["client"]
    assert client.base_url.startswith("http://127.0.0.1:")  # type: ignore[attr-defined]


def test_decoding_example() -> None:
    # Its own asserts check what it shows: the tolerant page keeps what came in, strict names the path.
    exec(compile(block_containing("strict=True) as client:"), "README.md", "exec"), {})


def test_foundry_example(assistants_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOUNDRY_PROJECT_ENDPOINT", assistants_server.foundry_endpoint("readme"))
    monkeypatch.setenv("FOUNDRY_TOKEN", "entra-token-for-the-readme")
    namespace: dict[str, object] = {}
    exec(compile(block_containing("Client.foundry("), "README.md", "exec"), namespace)
    assert str(namespace["thread"].id).startswith("thread")  # type: ignore[attr-defined]


def test_compatible_server_example(assistants_server: Server) -> None:
    block = block_containing('base_url="http://localhost:8080/v1"')
    block = block.replace("http://localhost:8080/v1", assistants_server.base_url)
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert namespace["client"].create_thread({}).id  # type: ignore[attr-defined]


def test_flat_functions_example(assistants_server: Server) -> None:
    block = block_containing("from assistants_api.api import create_assistant")
    block = block.replace("http://127.0.0.1:8000/v1", assistants_server.base_url)
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    assert getattr(namespace["run"], "status", None) is not None


def test_coming_from_the_openai_sdk(
    assistants_server: Server, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-readme")
    monkeypatch.setenv("OPENAI_BASE_URL", assistants_server.base_url)
    namespace: dict[str, object] = {}
    exec(compile(block_containing("class EventHandler(AssistantEventHandler):"), "README.md", "exec"), namespace)
    # the scripted model calls the function whose name or description shares most words with the message
    assert capsys.readouterr().out.splitlines() == [
        "",
        "assistant > function: get_current_temperature",
        "The get_current_temperature tool returned: 14",
        "run completed",
        "user: What's the temperature in Paris now?",
        "assistant: The get_current_temperature tool returned: 14",
        "user: Will it rain in Paris today?",
        'assistant: The get_rain_probability tool returned: {"probability": 0.06}',
    ]
