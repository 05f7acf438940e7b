"""code_interpreter inside runs, through the official ``openai`` SDK and our client against the
server (scripted model): a CSV in, a chart and a summary CSV out (downloaded and checked), a
fenced block's state carried to the thread's next run, the streamed step (input pieces, then
outputs), a traceback and a limit in the logs, and a run that fails where no sandbox can be made.

The server runs code under bubblewrap where it works (else with ``--code-sandbox=none``: these
tests are about the run plumbing; ``test_the_code_ran_inside_bwrap`` is about the sandbox and
skips without it, unless ASSISTANTS_REQUIRE_SANDBOX=1).
"""

from __future__ import annotations

import io
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_api.models import MessageContentImageFile, MessageContentText
from assistants_client import Client
from assistants_server import Server

from tests.support.sandboxes import require_sandbox

from .code_support import SALES, csv_rows, png_size, sandbox_mode
from .conftest import BETA
from .fs_support import answer, sse, wait_run

pytestmark = pytest.mark.timeout(60)
CODE = [{"type": "code_interpreter"}]


@pytest.fixture(scope="module")
def code_srv() -> Iterator[Server]:
    with Server(code_sandbox=sandbox_mode(), code_timeout=30.0, validate_responses=True, step_delay=0.0) as server:
        yield server


@pytest.fixture
def http(code_srv: Server) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=code_srv.base_url, headers=BETA, timeout=30) as client:
        yield client
    assert code_srv.wait_idle(10)
    assert not code_srv.spec_violations, code_srv.spec_violations[:3]


@pytest.fixture
def sdk(code_srv: Server) -> Iterator[Any]:
    openai = pytest.importorskip("openai")
    with openai.OpenAI(base_url=code_srv.base_url, api_key="sk-test", max_retries=0, timeout=30) as client:
        yield client


def _run(http: httpx2.Client, thread_id: str, assistant_id: str) -> dict[str, Any]:
    run = http.post(f"/threads/{thread_id}/runs", json={"assistant_id": assistant_id}).json()
    return wait_run(http, thread_id, run["id"], deadline=30)


def _code_call(http: httpx2.Client, thread_id: str, run_id: str) -> dict[str, Any]:
    steps = http.get(f"/threads/{thread_id}/runs/{run_id}/steps", params={"order": "asc"}).json()["data"]
    assert [s["type"] for s in steps] == ["tool_calls", "message_creation"]
    [call] = steps[0]["step_details"]["tool_calls"]
    assert call["type"] == "code_interpreter" and call["id"].startswith("call_")
    return dict(call["code_interpreter"])


def test_sdk_a_csv_in_a_chart_and_a_summary_out(sdk: Any, code_srv: Server) -> None:
    sales = sdk.files.create(file=("sales.csv", SALES), purpose="assistants")
    assistant = sdk.beta.assistants.create(
        model="gpt-4o", tools=CODE, tool_resources={"code_interpreter": {"file_ids": [sales.id]}}
    )
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "Chart the operating profit, please."}])
    run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20)
    assert run.status == "completed", run.last_error
    assert run.usage is not None and run.usage.total_tokens > 0
    # the step: the "look at the data" program, its logs and its chart
    [tool_step, _message_step] = sdk.beta.threads.runs.steps.list(run_id=run.id, thread_id=thread.id, order="asc").data
    [call] = tool_step.step_details.tool_calls
    assert call.type == "code_interpreter" and '"sales.csv"' in call.code_interpreter.input
    logs, image = call.code_interpreter.outputs
    assert logs.type == "logs" and "sales.csv: 3 rows x 3 columns" in logs.logs
    assert "operating_profit" in logs.logs and "Acme Freight" in logs.logs
    assert image.type == "image"
    # the answer: the chart as an image_file part, the files linked with file_path annotations
    [message] = sdk.beta.threads.messages.list(thread_id=thread.id, limit=1).data
    picture, text = message.content
    assert picture.type == "image_file" and picture.image_file.file_id == image.image.file_id
    notes = {n.text: n for n in text.text.annotations}
    assert set(notes) == {"sandbox:/mnt/data/sales_chart.png", "sandbox:/mnt/data/sales_summary.csv"}
    for note in notes.values():
        assert note.type == "file_path" and text.text.value[note.start_index : note.end_index] == note.text
    # the files: a real PNG (the figure, and the same chart saved as a file), the summary's rows
    shown = sdk.files.content(image.image.file_id).read()
    width, height = png_size(shown)
    assert (width, height) == (600, 400)  # figsize (6, 4) at matplotlib's 100 dpi
    saved = sdk.files.retrieve(notes["sandbox:/mnt/data/sales_chart.png"].file_path.file_id)
    assert saved.purpose == "assistants_output" and saved.filename == "sales_chart.png"
    assert png_size(sdk.files.content(saved.id).read()) == (600, 400)
    summary_id = notes["sandbox:/mnt/data/sales_summary.csv"].file_path.file_id
    rows = csv_rows(sdk.files.content(summary_id).read())
    assert rows[0] == ["", "sector", "company", "operating_profit"]
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["count"][1:] == ["3", "3", "3.0"]
    assert float(by_name["mean"][3]) == pytest.approx((120.5 + 80 + 200) / 3)
    assert by_name["top"][1] == "TRANSPORTATION"
    outputs = {f.id for f in sdk.files.list(purpose="assistants_output")}
    assert {image.image.file_id, saved.id, summary_id} <= outputs


def test_our_client_attachments_in_and_files_downloaded(code_srv: Server, tmp_path: Path) -> None:
    with Client(api_key="sk-test", base_url=code_srv.base_url, max_retries=0, timeout=30, strict=True) as client:
        sales = client.create_file(file=("q3 sales.csv", SALES), purpose="assistants")
        assistant = client.create_assistant({"model": "gpt-4o", "tools": CODE})
        thread = client.create_thread(
            {
                "messages": [
                    {
                        "role": "user",
                        "content": "What does this hold?",
                        "attachments": [{"file_id": sales.id, "tools": CODE}],
                    }
                ]
            }
        )
        run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_interval=0.02)
        assert run.status == "completed"
        [message] = client.list_messages(thread.id, limit=1, order="desc").pages().__next__().data
        image = next(p for p in message.content if isinstance(p, MessageContentImageFile))
        text = next(p for p in message.content if isinstance(p, MessageContentText)).text
        assert client.download_file_to(image.image_file.file_id, tmp_path / "chart.png") > 0
        assert png_size((tmp_path / "chart.png").read_bytes()) == (600, 400)
        [summary] = [n for n in text.annotations if n.text.endswith("_summary.csv")]
        assert summary.text == "sandbox:/mnt/data/q3 sales_summary.csv"
        assert text.value[summary.start_index : summary.end_index] == summary.text
        client.download_file_to(summary.file_path.file_id, tmp_path / "summary.csv")
        assert csv_rows((tmp_path / "summary.csv").read_bytes())[1][:2] == ["count", "3"]


def test_a_fenced_block_keeps_its_state_for_the_next_run(http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post(
        "/threads", json={"messages": [{"role": "user", "content": "```python\nanswer = 41\nprint('set')\n```"}]}
    ).json()
    assert _run(http, thread["id"], assistant["id"])["status"] == "completed"
    http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "```\nprint(answer + 1)\n```"})
    run = _run(http, thread["id"], assistant["id"])
    assert run["status"] == "completed"
    assert _code_call(http, thread["id"], run["id"])["outputs"] == [{"type": "logs", "logs": "42\n"}]
    assert "42" in answer(http, thread["id"])["content"][0]["text"]["value"]
    # another thread is another session: the name is not there
    other = http.post("/threads", json={"messages": [{"role": "user", "content": "```\nprint(answer)\n```"}]}).json()
    run = _run(http, other["id"], assistant["id"])
    assert "NameError" in _code_call(http, other["id"], run["id"])["outputs"][0]["logs"]


def test_the_step_streams_input_pieces_then_outputs(http: httpx2.Client) -> None:
    code = "".join(f"total_{i} = {i} * {i}  # one line of the program\n" for i in range(8)) + "print(total_7)\n"
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": f"```python\n{code}```"}]}).json()
    body = {"assistant_id": assistant["id"], "stream": True}
    with http.stream("POST", f"/threads/{thread['id']}/runs", json=body) as response:
        events = list(sse(response))
    names = [name for name, _ in events]
    deltas = [
        data["delta"]["step_details"]["tool_calls"][0] for name, data in events if name == "thread.run.step.delta"
    ]
    first, *pieces, last = deltas
    assert first["id"].startswith("call_") and first["type"] == "code_interpreter"
    assert first["code_interpreter"] == {"input": ""}
    inputs = [d["code_interpreter"]["input"] for d in pieces]
    assert len(inputs) > 1 and "".join(inputs) == code  # the code in pieces, in order
    assert all("outputs" not in d["code_interpreter"] for d in pieces)
    assert last["code_interpreter"]["outputs"] == [{"index": 0, "type": "logs", "logs": "49\n"}]
    assert names.index("thread.run.step.completed") > max(
        i for i, n in enumerate(names) if n == "thread.run.step.delta"
    )
    assert names.index("thread.run.step.completed") < names.index("thread.message.created")
    assert names[-2:] == ["thread.run.completed", "done"]


def test_a_traceback_is_logs_and_the_run_goes_on(sdk: Any) -> None:
    assistant = sdk.beta.assistants.create(model="gpt-4o", tools=CODE)
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "```python\nprint('before')\n1 / 0\n```"}])
    run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id, poll_interval_ms=20)
    assert run.status == "completed"
    step = sdk.beta.threads.runs.steps.list(run_id=run.id, thread_id=thread.id, order="asc").data[0]
    [logs] = step.step_details.tool_calls[0].code_interpreter.outputs
    assert logs.logs.startswith("before\n") and "Traceback (most recent call last)" in logs.logs
    assert logs.logs.rstrip().endswith("ZeroDivisionError: division by zero")
    [message] = sdk.beta.threads.messages.list(thread_id=thread.id, limit=1).data
    assert message.content[0].text.value == "The code raised an error: ZeroDivisionError: division by zero"


def test_a_limit_hit_is_logs_that_name_it() -> None:
    with (
        Server(code_sandbox=sandbox_mode(), code_timeout=1.0, validate_responses=True, step_delay=0.0) as server,
        httpx2.Client(base_url=server.base_url, headers=BETA, timeout=30) as http,
    ):
        assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
        looping = "```python\nwhile True:\n    pass\n```"
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": looping}]}).json()
        run = _run(http, thread["id"], assistant["id"])
        assert run["status"] == "completed"
        [logs] = _code_call(http, thread["id"], run["id"])["outputs"]
        assert "timeout" in logs["logs"].strip().splitlines()[-1]
        assert "timeout limit" in answer(http, thread["id"])["content"][0]["text"]["value"]
        assert not server.spec_violations


def test_arithmetic_runs_in_the_sandbox_and_plain_talk_does_not(http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "What is 2^10 - 24?"}]}).json()
    run = _run(http, thread["id"], assistant["id"])
    call = _code_call(http, thread["id"], run["id"])
    assert call["input"] == "print(2**10 - 24)\n" and call["outputs"][0]["logs"] == "1000\n"
    http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "thanks"})
    run = _run(http, thread["id"], assistant["id"])
    steps = http.get(f"/threads/{thread['id']}/runs/{run['id']}/steps").json()["data"]
    assert [s["type"] for s in steps] == ["message_creation"]


def test_the_code_ran_inside_bwrap(http: httpx2.Client, code_srv: Server) -> None:
    """The plumbing above ran through the real sandbox here: the code has no network (not even
    the server's own port) and cannot see the server's data directory."""
    require_sandbox()
    port = code_srv.port
    data_dir = Path(code_srv.api.domain.blobs.root)
    probe = (
        "import os, socket\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=2)\n"
        "    print('connected')\n"
        "except OSError as exc:\n"
        "    print('refused', type(exc).__name__)\n"
        f"print('data dir visible:', os.path.exists({str(data_dir)!r}))\n"
    )
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": f"```python\n{probe}```"}]}).json()
    run = _run(http, thread["id"], assistant["id"])
    logs = _code_call(http, thread["id"], run["id"])["outputs"][0]["logs"]
    assert logs.startswith("refused") and "data dir visible: False" in logs


def test_without_a_sandbox_a_run_that_would_run_code_fails_naming_what_is_missing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A machine without bwrap (PATH holds none here): code never runs unsandboxed; the run fails
    with last_error naming what is missing, and a run that writes no code is not affected."""
    monkeypatch.setenv("PATH", str(tmp_path))
    with (
        Server(code_sandbox="bwrap", validate_responses=True, step_delay=0.0) as server,
        httpx2.Client(base_url=server.base_url, headers=BETA, timeout=30) as http,
    ):
        assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
        marker = tmp_path / "ran"
        code = f"```python\nopen({str(marker)!r}, 'w').write('unsandboxed')\n```"
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": code}]}).json()
        run = _run(http, thread["id"], assistant["id"])
        assert run["status"] == "failed" and not marker.exists()
        error = run["last_error"]
        assert error["code"] == "server_error"
        assert error["message"].startswith("The code_interpreter tool cannot run code on this server: bubblewrap")
        assert "apt-get install bubblewrap" in error["message"]
        steps = http.get(f"/threads/{thread['id']}/runs/{run['id']}/steps").json()["data"]
        assert [(s["type"], s["status"]) for s in steps] == [("tool_calls", "failed")]
        http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "hello"})
        assert _run(http, thread["id"], assistant["id"])["status"] == "completed"
        assert not server.spec_violations


def test_streamed_through_the_sdk_and_our_client(sdk: Any, code_srv: Server) -> None:
    """The step deltas decode in both clients: the input in pieces, then the logs."""
    code = "".join(f"square_{i} = {i} ** 2  # a line of the program\n" for i in range(6)) + "print(square_5)\n"
    assistant = sdk.beta.assistants.create(model="gpt-4o", tools=CODE)
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": f"```python\n{code}```"}])
    pieces: list[str] = []
    logs: list[str] = []
    with sdk.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        for event in stream:
            if event.event == "thread.run.step.delta":
                [change] = event.data.delta.step_details.tool_calls
                pieces.append(change.code_interpreter.input or "")
                logs.extend(o.logs for o in change.code_interpreter.outputs or () if o.type == "logs")
        final = stream.get_final_run()
    assert final.status == "completed"
    assert "".join(pieces) == code and len([p for p in pieces if p]) > 1 and logs == ["25\n"]
    sdk.beta.threads.messages.create(thread_id=thread.id, role="user", content="```python\nprint(square_4)\n```")
    with Client(api_key="sk-test", base_url=code_srv.base_url, max_retries=0, timeout=30, strict=True) as client:
        seen: list[tuple[str, str]] = []
        with client.stream_run(thread.id, {"assistant_id": assistant.id}) as ours:
            for event in ours:
                if event.event == "thread.run.step.delta":
                    [change] = event.data.delta.step_details.tool_calls
                    body = change.code_interpreter
                    if isinstance(body.input, str) and body.input:
                        seen.append(("input", body.input))
                    for output in body.outputs if isinstance(body.outputs, list) else ():
                        seen.append(("logs", output.logs))
            assert ours.final_run().status == "completed"
    assert seen == [("input", "print(square_4)\n"), ("logs", "16\n")]


def test_cancelling_a_run_stops_its_code(http: httpx2.Client) -> None:
    """A run cancelled while its code runs ends at once, its step cancelled; the code does not go
    on holding the session: the thread's next run runs promptly, its logs its own."""
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    sleeping = "```python\nimport time\nprint('napping', flush=True)\ntime.sleep(30)\nprint('woke')\n```"
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": sleeping}]}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    steps_url = f"/threads/{thread['id']}/runs/{run['id']}/steps"
    deadline = time.monotonic() + 20
    while not http.get(steps_url).json()["data"]:  # the code's step opens before it runs
        assert time.monotonic() < deadline
        time.sleep(0.02)
    time.sleep(0.5)
    http.post(f"/threads/{thread['id']}/runs/{run['id']}/cancel")
    started = time.monotonic()
    assert wait_run(http, thread["id"], run["id"])["status"] == "cancelled"
    assert time.monotonic() - started < 5
    assert [s["status"] for s in http.get(steps_url).json()["data"]] == ["cancelled"]
    http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "```python\nprint('next')\n```"})
    started = time.monotonic()
    again = _run(http, thread["id"], assistant["id"])
    assert again["status"] == "completed" and time.monotonic() - started < 15
    assert _code_call(http, thread["id"], again["id"])["outputs"] == [{"type": "logs", "logs": "next\n"}]


def test_the_runs_files_come_from_all_three_places_under_safe_names(http: httpx2.Client) -> None:
    def upload(name: str, data: bytes) -> str:
        return str(http.post("/files", data={"purpose": "assistants"}, files={"file": (name, data)}).json()["id"])

    mine, ours, attached = upload("a.csv", b"x\n1\n"), upload("b.txt", b"bee"), upload("../../etc/evil.txt", b"e")
    body = {"model": "gpt-4o", "tools": CODE, "tool_resources": {"code_interpreter": {"file_ids": [mine]}}}
    assistant = http.post("/assistants", json=body).json()
    listing = "```python\nimport os\nprint(sorted(os.listdir('.')), open('evil.txt').read(), os.getcwd())\n```"
    message = {"role": "user", "content": listing, "attachments": [{"file_id": attached, "tools": CODE}]}
    thread_body = {"messages": [message], "tool_resources": {"code_interpreter": {"file_ids": [ours]}}}
    thread = http.post("/threads", json=thread_body).json()
    run = _run(http, thread["id"], assistant["id"])
    [logs] = _code_call(http, thread["id"], run["id"])["outputs"]
    assert logs["logs"].startswith("['a.csv', 'b.txt', 'evil.txt'] e ")


def test_a_link_to_a_written_file_is_annotated_in_the_streamed_text(http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE}).json()
    writing = "```python\nwith open('report.txt', 'w') as out:\n    out.write('all good')\n```"
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": writing}]}).json()
    body = {"assistant_id": assistant["id"], "stream": True}
    with http.stream("POST", f"/threads/{thread['id']}/runs", json=body) as response:
        events = list(sse(response))
    parts = [p for n, d in events if n == "thread.message.delta" for p in d["delta"]["content"]]
    text = "".join(p["text"]["value"] for p in parts)
    [note] = [a for p in parts for a in p["text"]["annotations"]]
    assert note["index"] == 0 and note["type"] == "file_path" and note["text"] == "sandbox:/mnt/data/report.txt"
    assert text[note["start_index"] : note["end_index"]] == note["text"]
    [completed] = [d for n, d in events if n == "thread.message.completed"]
    [final] = completed["content"][0]["text"]["annotations"]
    assert final["file_path"] == note["file_path"]
    assert http.get(f"/files/{note['file_path']['file_id']}/content").content == b"all good"


def test_an_excel_file_is_looked_at_too(http: httpx2.Client, tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pandas.read_csv(io.BytesIO(SALES)).to_excel(tmp_path / "sales.xlsx", index=False)
    notes = http.post("/files", data={"purpose": "assistants"}, files={"file": ("notes.txt", b"hello")}).json()
    files = {"file": ("sales.xlsx", (tmp_path / "sales.xlsx").read_bytes())}
    book = http.post("/files", data={"purpose": "assistants"}, files=files).json()
    resources = {"code_interpreter": {"file_ids": [notes["id"], book["id"]]}}
    assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": CODE, "tool_resources": resources}).json()
    thread = http.post("/threads", json={"messages": [{"role": "user", "content": "What is in there?"}]}).json()
    run = _run(http, thread["id"], assistant["id"])
    logs, image = _code_call(http, thread["id"], run["id"])["outputs"]
    assert logs["logs"].startswith("notes.txt: 5 bytes\nsales.xlsx: ")
    assert "== sales.xlsx: 3 rows x 3 columns" in logs["logs"] and "Blue Rail" in logs["logs"]
    assert png_size(http.get(f"/files/{image['image']['file_id']}/content").content) == (600, 400)
