"""The example apps run as a user would run them, against the local server."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from assistants_server import Server

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("OPENAI_")}
    command = [sys.executable, str(EXAMPLES / name), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)


def test_typed_app_against_the_local_server(assistants_server: Server) -> None:
    # The fixture's server checks every answer against openapi.yaml (the test fails if one breaks it).
    result = run_example("typed_app.py", assistants_server.base_url)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("tools: get_weather, get_time -> The get_weather tool returned: "), lines
    assert lines[1].startswith("pages: 3 forward, 2 back from the checkpoint msg_"), lines
    assert lines[2] == "errors: get_thread -> NotFoundError 404 (invalid_request_error)", lines
    assert lines[-1] == "typed app: done", lines
    # It cleans up after itself: the assistant and the thread (with its messages) are gone.
    assert assistants_server.state.count("assistant") == 0
    assert assistants_server.state.count("thread") == 0


def test_typed_app_starts_its_own_server_without_a_base_url() -> None:
    result = run_example("typed_app.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "typed app: done"
