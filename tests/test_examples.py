"""The example apps run as a user would run them, against the local server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
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
    assert lines[2] == "async: streamed 'You said: And asynchronously'; 8 messages newest first", lines
    assert lines[3] == "errors: get_thread -> NotFoundError 404 (invalid_request_error)", lines
    assert lines[-1] == "typed app: done", lines
    # It cleans up after itself: the assistant and the thread (with its messages) are gone.
    assert assistants_server.state.count("assistant") == 0
    assert assistants_server.state.count("thread") == 0


def test_typed_app_starts_its_own_server_without_a_base_url() -> None:
    result = run_example("typed_app.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines()[-1] == "typed app: done"


# Each pin of the typed app, made wrong: mypy must reject every one at its line, which shows that
# the pins are checked at all (the file is in mypy's reach, its imports resolve to real types).
WRONG_PINS = [
    ('assert_type(assistant.object, Literal["assistant"])', 'assert_type(assistant.object, Literal["thread"])'),
    ('assert_type(tool.type, Literal["function"])', 'assert_type(tool.type, Literal["code_interpreter"])'),
    ('assert_type(run.object, Literal["thread.run"])', 'assert_type(run.object, Literal["thread.runs"])'),
    (
        "assert_type(messages, Paginator[MessageObject, ListMessagesResponse])",
        "assert_type(messages, Paginator[RunObject, ListMessagesResponse])",
    ),
    (
        "assert_type(messages, AsyncPaginator[MessageObject, ListMessagesResponse])",
        "assert_type(messages, AsyncPaginator[RunObject, ListMessagesResponse])",
    ),
    ("assert_type(page, ListMessagesResponse)", "assert_type(page, MessageObject)"),
    ("assert_type(first_page, ListMessagesResponse)", "assert_type(first_page, MessageObject)"),
    ("assert_type(stream, RunStream)", "assert_type(stream, RunStream | None)"),
    ("assert_type(stream, AsyncRunStream)", "assert_type(stream, AsyncRunStream | None)"),
    ("assert_type(await stream.final_run(), RunObject)", "assert_type(await stream.final_run(), MessageObject)"),
    ("assert_type(event, StreamEvent)", "assert_type(event, StreamEvent | None)"),
    ("assert_type(event, ThreadMessageDeltaEvent)", "assert_type(event, ThreadMessageDeltaEvent | None)"),
    ("assert_type(event, UnknownEvent)", "assert_type(event, UnknownEvent | None)"),
    ("assert_type(event.data, MessageDeltaObject)", "assert_type(event.data, MessageDeltaObject | None)"),
    ("assert_type(event.data, MessageObject)", "assert_type(event.data, MessageObject | None)"),
    ("assert_type(event.data, RunObject)", "assert_type(event.data, RunObject | None)"),
    ("assert_type(error.status_code, int)", "assert_type(error.status_code, str)"),
]


@pytest.mark.timeout(300)
def test_every_type_pin_of_the_typed_app_is_checked(tmp_path: Path) -> None:
    source = (EXAMPLES / "typed_app.py").read_text()
    for right, wrong in WRONG_PINS:
        assert right in source, right
        source = source.replace(right, wrong)
    app = tmp_path / "wrong_app.py"
    app.write_text(source)
    # From the project root, with its mypy settings and cache (warm after `make typecheck`).
    command = [sys.executable, "-m", "mypy", "--strict", str(app)]
    result = subprocess.run(command, cwd=EXAMPLES.parent, capture_output=True, text=True, timeout=240)
    wrong_lines = {
        number for number, line in enumerate(source.splitlines(), 1) if any(w in line for _, w in WRONG_PINS)
    }
    found = {int(number) for number in re.findall(r"wrong_app\.py:(\d+): error: .*\[assert-type\]", result.stdout)}
    assert found == wrong_lines, result.stdout
    assert len(found) >= len(WRONG_PINS)
