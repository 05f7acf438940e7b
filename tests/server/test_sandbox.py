"""The sandbox's sessions as code_interpreter uses them: state kept between executions, figures
and files back, logs capped, sessions evicted and expired, and a clear error when no sandbox
can be made. The sandboxed mode needs bubblewrap (skipped without it, failed in CI)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from assistants_server.config import ServerConfig
from assistants_server.domain import sandbox_settings
from assistants_server.sandbox import InputFile, Sandboxes, SandboxSettings, SandboxUnavailable, fonts
from assistants_server.sandbox.launch import layout
from assistants_server.sandbox.types import safe_name

from tests.support.sandboxes import require_sandbox

PNG = b"\x89PNG\r\n\x1a\n"


def settings(mode: str, **fields: float) -> SandboxSettings:
    return SandboxSettings(mode=mode, **{"timeout": 20, **fields})  # type: ignore[arg-type]


@pytest.fixture(params=["bwrap", "none"])
async def boxes(request: pytest.FixtureRequest) -> AsyncIterator[Sandboxes]:
    if request.param == "bwrap":
        require_sandbox()
    made = Sandboxes(settings(request.param))
    try:
        yield made
    finally:
        await made.close()


@pytest.fixture
async def sandboxed() -> AsyncIterator[Sandboxes]:
    require_sandbox()
    made = Sandboxes(settings("bwrap"))
    try:
        yield made
    finally:
        await made.close()


async def test_state_persists_between_executions_as_in_a_notebook(boxes: Sandboxes) -> None:
    first = await boxes.execute("thread_a", "import math\ncount = 41\ncount += 1\ncount")
    assert first.logs == "42\n" and first.limit is None  # a last expression's value is shown
    second = await boxes.execute("thread_a", "print(count, math.pi > 3)\nNone")
    assert second.logs == "42 True\n"
    elsewhere = await boxes.execute("thread_b", "print('count' in globals())")
    assert elsewhere.logs == "False\n"  # another session, another state
    assert boxes.sessions() == 2


async def test_a_traceback_is_logged_and_the_session_goes_on(boxes: Sandboxes) -> None:
    await boxes.execute("t", "kept = 'yes'")
    failed = await boxes.execute("t", "def f():\n    return 1 / 0\nf()")
    assert failed.limit is None
    assert failed.logs.startswith("Traceback (most recent call last):\n")
    assert 'File "<cell 2>", line 3' in failed.logs and "return 1 / 0" in failed.logs
    assert failed.logs.rstrip().endswith("ZeroDivisionError: division by zero")
    assert "driver" not in failed.logs  # the sandbox's own frames are not shown
    assert (await boxes.execute("t", "print(kept)")).logs == "yes\n"
    syntax = await boxes.execute("t", "print(")
    assert "SyntaxError" in syntax.logs


async def test_stdout_and_stderr_and_child_processes_share_the_logs_in_order(boxes: Sandboxes) -> None:
    code = "import sys, subprocess\nprint('out')\nprint('err', file=sys.stderr)\nsubprocess.run(['echo', 'child'])"
    result = await boxes.execute("t", code)
    assert result.logs.startswith("out\nerr\nchild\n")


async def test_figures_shown_saved_and_left_open_come_back_as_png(boxes: Sandboxes) -> None:
    code = """
import matplotlib.pyplot as plt
plt.plot([1, 2, 3], [3, 1, 2])
plt.show()
fig, ax = plt.subplots()
ax.bar(["a", "b"], [1, 2])
fig.savefig("/mnt/data/bars.png" if __import__("os").path.isdir("/mnt/data") else "bars.png", dpi=50)
plt.figure()
plt.scatter([1], [1])
"""
    result = await boxes.execute("t", code)
    assert result.limit is None, result.logs
    assert len(result.images) == 3 and all(image.startswith(PNG) for image in result.images)
    assert [f.name for f in result.files] == ["bars.png"] and result.files[0].data.startswith(PNG)
    again = await boxes.execute("t", "print(len(plt.get_fignums()))")
    assert again.logs == "0\n" and again.images == ()  # each figure is given once, then closed


async def test_files_go_in_under_safe_names_and_changed_ones_come_back(boxes: Sandboxes) -> None:
    files = [InputFile("../../etc/data.csv", b"a,b\n1,2\n3,4\n"), InputFile("notes.txt", b"hello")]
    code = """
import os, pandas
frame = pandas.read_csv("data.csv")
print(sorted(os.listdir(".")), frame["b"].sum())
os.makedirs("out", exist_ok=True)
frame.describe().to_csv("out/summary.csv")
open("notes.txt", "a").write(" world");
"""
    result = await boxes.execute("t", code, files)
    assert result.logs == "['data.csv', 'notes.txt'] 6\n", result.logs
    assert sorted(f.name for f in result.files) == ["notes.txt", "out/summary.csv"]
    named = {f.name: f.data for f in result.files}
    assert named["notes.txt"] == b"hello world" and named["out/summary.csv"].startswith(b",a,b\n")
    untouched = await boxes.execute("t", "x = 1")
    assert untouched.files == ()


async def test_logs_past_the_cap_are_cut_with_a_marker() -> None:
    boxes = Sandboxes(SandboxSettings(mode="none", output_cap=1000))
    try:
        result = await boxes.execute("t", "print('x' * 100_000)\nprint('tail')")
        kept, marker = result.logs.rsplit("\n", 1)
        assert kept == "x" * 1000
        assert marker == "[output cut: 99006 more bytes were not kept; the cap is 1000 bytes]"
        small = await boxes.execute("t", "print('short')")
        assert small.logs == "short\n"
    finally:
        await boxes.close()


async def test_the_least_recently_used_idle_session_is_evicted_past_the_cap(tmp_path: Path) -> None:
    boxes = Sandboxes(SandboxSettings(mode="none", max_sessions=2))
    try:
        for key in ("a", "b"):
            await boxes.execute(key, f"name = {key!r}")
        await boxes.execute("a", "name")  # a is now the more recent
        pid_b = boxes.worker_pids()["b"]
        await boxes.execute("c", "name = 'c'")
        assert boxes.sessions() == 2 and sorted(boxes.worker_pids()) == ["a", "c"]
        assert not Path(f"/proc/{pid_b}").exists()
        assert (await boxes.execute("a", "print(name)")).logs == "a\n"
        assert (await boxes.execute("b", "print('name' in globals())")).logs == "False\n"
    finally:
        await boxes.close()


async def test_idle_sessions_expire() -> None:
    boxes = Sandboxes(SandboxSettings(mode="none", session_idle=0.2))
    try:
        await boxes.execute("t", "x = 1")
        pid = boxes.worker_pids()["t"]
        for _ in range(100):
            if boxes.sessions() == 0:
                break
            await asyncio.sleep(0.05)
        assert boxes.sessions() == 0
        assert not Path(f"/proc/{pid}").exists()
        assert (await boxes.execute("t", "print('x' in globals())")).logs == "False\n"
    finally:
        await boxes.close()


async def test_a_worker_that_exits_is_restarted_and_says_so(boxes: Sandboxes) -> None:
    await boxes.execute("t", "x = 1")
    ended = await boxes.execute("t", "print('bye', flush=True)\nimport os\nos._exit(3)")
    assert ended.limit is None
    assert ended.logs.startswith("bye\n[the session's Python process ended")
    assert "variables and imports are lost" in ended.logs
    assert (await boxes.execute("t", "print('x' in globals())")).logs == "False\n"


async def test_no_bubblewrap_means_sandbox_unavailable_naming_it() -> None:
    boxes = Sandboxes(SandboxSettings(bwrap="/nonexistent/bwrap"))
    with pytest.raises(SandboxUnavailable) as raised:
        boxes.check()
    assert raised.value.reason.startswith("bubblewrap (bwrap) is not installed")
    with pytest.raises(SandboxUnavailable):
        await boxes.execute("t", "print('never')")
    assert boxes.sessions() == 0
    Sandboxes(SandboxSettings(mode="none", bwrap="/nonexistent/bwrap")).check()  # none needs no sandbox


async def test_the_sandbox_sees_only_its_own_little_world(sandboxed: Sandboxes) -> None:
    code = """
import os, socket
print(os.getcwd(), os.getpid() < 10, socket.gethostname())
print(sorted(os.listdir("/")))
print(os.environ.get("HOME"), "OPENAI_API_KEY" in os.environ)
"""
    result = await sandboxed.execute("t", code)
    lines = result.logs.splitlines()
    assert lines[0] == "/mnt/data True sandbox"
    bound = {Path(p).parts[1] for p in layout().read_only}  # the tops of the Python's own directories
    system = {"bin", "sbin", "lib", "lib32", "lib64", "libx32", "usr", "etc", "dev", "proc", "tmp", "mnt", "opt"}
    assert set(eval(lines[1])) <= system | bound
    assert lines[2] == "/tmp False"


def test_the_servers_settings_make_the_sandboxes() -> None:
    config = ServerConfig(code_sandbox="none", code_timeout=7, code_memory_mb=256, code_output_cap=10)
    made = sandbox_settings(config)
    assert (made.mode, made.timeout, made.memory_mb, made.output_cap) == ("none", 7, 256, 10)
    assert (made.max_sessions, made.session_idle) == (8, 3600)
    with pytest.raises(ValueError, match="code_timeout"):
        ServerConfig(code_timeout=0)
    with pytest.raises(ValueError):
        SandboxSettings(mode="docker")


def test_names_are_made_safe() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\me\\data.csv") == "data.csv"
    assert safe_name("..") == "file" and safe_name("") == "file" and safe_name("a\x00b\n.txt") == "ab.txt"
    long = safe_name("é" * 300 + ".csv")
    assert long.endswith(".csv") and len(long.encode()) <= 255


async def test_the_cpu_limit_ends_the_execution_and_restarts_the_session(boxes: Sandboxes) -> None:
    await boxes.execute("t", "x = 1")
    code = """
import resource
used = resource.getrusage(resource.RUSAGE_SELF)
soon = int(used.ru_utime + used.ru_stime) + 1
resource.setrlimit(resource.RLIMIT_CPU, (soon, resource.getrlimit(resource.RLIMIT_CPU)[1]))
print("burning", flush=True)
while True:
    pass
"""
    result = await boxes.execute("t", code)  # SIGXCPU within 2 s of CPU time, well before the wall clock
    assert result.limit == "cpu", result.logs
    assert result.logs.startswith("burning\n[limit: cpu: ") and "variables and imports are lost" in result.logs
    assert (await boxes.execute("t", "print('x' in globals())")).logs == "False\n"


async def test_an_input_file_past_the_file_size_limit_is_named_in_the_logs() -> None:
    boxes = Sandboxes(SandboxSettings(mode="none", file_size_mb=1))
    try:
        files = [InputFile("big.bin", b"x" * (2 << 20)), InputFile("small.txt", b"ok")]
        result = await boxes.execute("t", "print(open('small.txt').read())", files)
        assert result.logs == "[big.bin could not be put under /mnt/data: File too large]\nok\n"
        assert result.limit is None
    finally:
        await boxes.close()


async def test_sessions_get_matplotlibs_font_list_built_once(sandboxed: Sandboxes) -> None:
    await sandboxed.execute("first", "x = 1")  # the first session starts the one build, in the background
    for _ in range(600):
        if fonts.ready(layout()) is not None:
            break
        await asyncio.sleep(0.1)
    result = await sandboxed.execute("second", "import os\nprint(os.listdir('/tmp/.matplotlib'))")
    assert result.logs.startswith("['fontlist-v") and result.logs.endswith(".json']\n"), result.logs


async def test_sessions_made_at_once_past_the_cap_all_run() -> None:
    boxes = Sandboxes(SandboxSettings(mode="none", max_sessions=1))
    try:
        results = await asyncio.gather(*(boxes.execute(f"k{n}", f"print({n})") for n in range(4)))
        assert [r.logs for r in results] == [f"{n}\n" for n in range(4)]
        assert boxes.sessions() == 1  # the cap holds once they are idle again
    finally:
        await boxes.close()


async def test_a_cancelled_execution_stops_the_code_and_the_session_goes_on(boxes: Sandboxes) -> None:
    await boxes.execute("t", "x = 1")
    task = asyncio.create_task(boxes.execute("t", "import time\nwhile True:\n    time.sleep(0.01)"))
    await asyncio.sleep(0.5)
    pid = boxes.worker_pids()["t"]
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert not Path(f"/proc/{pid}").exists()
    after = await boxes.execute("t", "print('x' in globals())")
    assert after.logs == "False\n"  # a fresh session, not the old answer
