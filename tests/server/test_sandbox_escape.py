"""Code that tries to get out of the sandbox, or to take the machine down, and fails: each attempt
ends in an execution whose logs (and ``limit``) say what stopped it, while the same Sandboxes
object and another session go on working. They run wherever bubblewrap works, skip elsewhere
saying what is missing, and fail instead with ASSISTANTS_REQUIRE_SANDBOX=1 (as CI runs them)."""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from assistants_server.sandbox import Sandboxes, SandboxSettings

from tests.support.sandboxes import host_processes, require_sandbox

SETTINGS = SandboxSettings(timeout=5, memory_mb=512, max_sessions=4, file_size_mb=8, processes=32)


@pytest.fixture
async def sandboxes() -> AsyncIterator[Sandboxes]:
    require_sandbox(SETTINGS)
    boxes = Sandboxes(SETTINGS)
    try:
        yield boxes
    finally:
        await boxes.close()


async def still_working(boxes: Sandboxes, key: str = "bystander") -> None:
    """Another session, and then the attacking one again, still run code."""
    other = await boxes.execute(key, "print(sum(range(10)))")
    assert other.logs == "45\n" and other.limit is None


async def test_the_servers_database_and_data_directory_cannot_be_read(sandboxes: Sandboxes, tmp_path: Path) -> None:
    database = tmp_path / "server.db"
    with sqlite3.connect(database) as db:
        db.execute("create table secrets (value text)")
        db.execute("insert into secrets values ('the-database-secret')")
    data_dir = tmp_path / "server.files"
    data_dir.mkdir()
    (data_dir / "file-abc").write_text("the-uploaded-secret")
    assert os.access(database, os.R_OK)  # the host itself can read them
    code = f"""
import os
for path in [{str(database)!r}, {str(data_dir / "file-abc")!r}, {str(tmp_path)!r}, "/work", "/root", "/etc/passwd"]:
    try:
        if os.path.isdir(path):
            print(path, "LISTED", os.listdir(path))
        else:
            print(path, "READ", open(path, "rb").read()[:100])
    except OSError as error:
        print(path, "refused", type(error).__name__)
print(sorted(os.listdir("/")))
"""
    result = await sandboxes.execute("attacker", code)
    assert result.limit is None, result.logs
    assert "secret" not in result.logs and "READ" not in result.logs, result.logs
    for path in (database, data_dir / "file-abc", tmp_path, "/etc/passwd"):
        assert f"{path} refused FileNotFoundError" in result.logs, result.logs
    await still_working(sandboxes)


async def test_another_sessions_files_are_not_visible(sandboxes: Sandboxes) -> None:
    secret = await sandboxes.execute("victim", "open('/mnt/data/secret.txt', 'w').write('the-victim-secret')")
    assert [f.name for f in secret.files] == ["secret.txt"]
    victim_dir = sandboxes._sessions["victim"].directory
    code = f"""
import os
found = []
for root in ["/mnt", "/mnt/data", "/tmp", {victim_dir!r}, {os.path.dirname(victim_dir)!r}]:
    for path, dirs, files in os.walk(root):
        found += [os.path.join(path, f) for f in files if "secret" in f]
print("FOUND", found)
try:
    print(open({victim_dir + "/secret.txt"!r}).read())
except OSError as error:
    print("refused", type(error).__name__)
"""
    result = await sandboxes.execute("attacker", code)
    assert "the-victim-secret" not in result.logs and "secret.txt" not in result.logs, result.logs
    assert "refused FileNotFoundError" in result.logs
    again = await sandboxes.execute("victim", "print(open('/mnt/data/secret.txt').read())")
    assert again.logs == "the-victim-secret\n"


async def test_the_servers_loopback_port_is_unreachable(sandboxes: Sandboxes) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    port = listener.getsockname()[1]
    try:
        code = f"""
import socket
for host in ["127.0.0.1", "localhost", "10.0.2.2", "8.8.8.8"]:
    try:
        socket.create_connection((host, {port}), timeout=1).close()
        print(host, "CONNECTED")
    except OSError as error:
        print(host, "refused", type(error).__name__)
"""
        result = await sandboxes.execute("attacker", code)
        # the host can: the listener is really there
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    finally:
        listener.close()
    assert "CONNECTED" not in result.logs, result.logs
    assert "127.0.0.1 refused ConnectionRefusedError" in result.logs
    await still_working(sandboxes)


async def test_a_fork_bomb_hits_the_process_limit(sandboxes: Sandboxes) -> None:
    result = await sandboxes.execute("attacker", "import os\nwhile True:\n    os.fork()")
    assert result.limit == "processes", result.logs
    assert "BlockingIOError" in result.logs
    assert result.logs.endswith("[limit: processes: the code tried to run more than 32 processes at once]")
    await still_working(sandboxes)
    after = await sandboxes.execute("attacker", "print('alive')")
    assert after.logs == "alive\n"


async def test_allocating_past_the_memory_limit(sandboxes: Sandboxes) -> None:
    await sandboxes.execute("attacker", "kept = 'state'")
    result = await sandboxes.execute("attacker", "block = bytearray(1024 * 1024 * 1024)")
    assert result.limit == "memory", result.logs
    assert "MemoryError" in result.logs and "512 MB" in result.logs
    numpy = await sandboxes.execute("attacker", "import numpy as np\nnp.ones((1024, 1024, 128))")
    assert numpy.limit == "memory", numpy.logs
    state = await sandboxes.execute("attacker", "print(kept)")  # a MemoryError leaves the session as it was
    assert state.logs == "state\n"
    await still_working(sandboxes)


async def test_an_infinite_loop_is_stopped_by_the_wall_clock() -> None:
    require_sandbox(SETTINGS)
    sandboxes = Sandboxes(SandboxSettings(timeout=2))
    try:
        await sandboxes.execute("attacker", "kept = 1")
        started = asyncio.get_running_loop().time()
        result = await sandboxes.execute("attacker", "print('looping', flush=True)\nwhile True:\n    pass")
        took = asyncio.get_running_loop().time() - started
        assert result.limit == "timeout"
        assert result.logs.startswith("looping\n")
        assert "wall-clock limit of 2 s" in result.logs and "variables and imports are lost" in result.logs
        assert took < 2 + 3
        lost = await sandboxes.execute("attacker", "print('kept' in globals())")
        assert lost.logs == "False\n"
        await still_working(sandboxes)
    finally:
        await sandboxes.close()


async def test_writing_ten_gigabytes_stops_at_the_file_size_limit(sandboxes: Sandboxes) -> None:
    code = """
chunk = b"x" * (1 << 20)
with open("/mnt/data/huge.bin", "wb") as out:
    for _ in range(10 * 1024):
        out.write(chunk)
"""
    result = await sandboxes.execute("attacker", code)
    assert result.limit == "file_size", result.logs
    assert "File too large" in result.logs
    written = Path(sandboxes._sessions["attacker"].directory) / "huge.bin"
    assert written.stat().st_size <= SETTINGS.file_size_mb << 20
    scratch = await sandboxes.execute("attacker", code.replace("/mnt/data", "/tmp"))
    assert scratch.limit == "file_size", scratch.logs  # the scratch /tmp holds the same limit
    await still_working(sandboxes)


async def test_no_process_is_left_behind_after_the_session_ends(sandboxes: Sandboxes) -> None:
    code = """
import os, subprocess
subprocess.Popen(["sleep", "987651"], start_new_session=True)
if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv("/usr/bin/sleep", ["sleep", "987652"])
    os._exit(0)
print("started")
"""
    result = await sandboxes.execute("attacker", code)
    assert result.logs == "started\n", result.logs
    for _ in range(50):
        if len(host_processes("98765")) == 2:
            break
        await asyncio.sleep(0.05)
    assert len(host_processes("98765")) == 2  # they run, on the host's process table
    worker = sandboxes.worker_pids()["attacker"]
    await still_working(sandboxes)
    await sandboxes.close()
    assert host_processes("98765") == []
    assert not Path(f"/proc/{worker}").exists()
    assert sandboxes.sessions() == 0


async def test_filling_the_disk_under_mnt_data_is_stopped() -> None:
    require_sandbox(SETTINGS)
    boxes = Sandboxes(SandboxSettings(timeout=15, file_size_mb=8, data_mb=16))
    code = """
import time
for n in range(5):
    with open(f"/mnt/data/part-{n}", "wb") as out:
        out.write(b"x" * (6 << 20))
time.sleep(10)  # the guard looks twice a second: it stops this well before the wall clock
"""
    try:
        await boxes.execute("attacker", "kept = 1")
        result = await boxes.execute("attacker", code)
        assert result.limit == "file_size", result.logs
        assert "files under /mnt/data passed 16 MB; they were removed" in result.logs
        directory = Path(boxes._sessions["attacker"].directory)
        assert list(directory.iterdir()) == []
        assert (await boxes.execute("attacker", "print('kept' in globals())")).logs == "False\n"
        await still_working(boxes)
    finally:
        await boxes.close()
