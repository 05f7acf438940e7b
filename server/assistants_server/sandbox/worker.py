"""One worker: the Python process of one session (sandboxed or not), its pipes and its limits.

The worker's stdin carries requests, its stdout answers (frames: an 8-byte length, then the
bytes) and its stderr everything the code prints. Nothing the worker sends is trusted: frames
are bounded, answers checked, and every wait has a deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import secrets
import signal
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .output import OutputSink
from .types import LIMITS, Execution, InputFile, OutputFile, SandboxSettings, SandboxUnavailable, safe_name

HEADER = 8
MAX_ANSWER_HEADER = 1 << 20  # an answer's JSON part
START_TIMEOUT = 30.0  # seconds a new worker may take to say it is ready
LOGS_GRACE = 2.0  # seconds the logs may trail an answer
KILL_WAIT = 5.0  # seconds a killed worker may take to be reaped


class WorkerDied(Exception):
    """The worker ended or broke the protocol; ``limit`` is what its end shows, if anything."""

    def __init__(self, message: str, limit: str | None = None) -> None:
        super().__init__(message)
        self.limit = limit


@dataclass(frozen=True)
class Spawn:
    """How to start a worker: its command line and environment (None: an empty one)."""

    argv: list[str]
    env: dict[str, str] | None
    cwd: str | None


def _signal_of(returncode: int | None) -> int | None:
    """The signal that ended a process: negative codes from Python, 128+N from bubblewrap."""
    if returncode is None:
        return None
    if returncode < 0:
        return -returncode
    return returncode - 128 if 128 < returncode < 160 else None


class Worker:
    """A running worker process. ``run`` is called by one task at a time (the session's lock)."""

    def __init__(self, process: asyncio.subprocess.Process, settings: SandboxSettings) -> None:
        self.process = process
        self.settings = settings
        self.sink = OutputSink(settings.output_cap)
        self._reader = asyncio.create_task(self._read_logs())
        self.killed = False
        self.stopped_for: str | None = None  # a limit the host stopped the worker for (its files' size)

    @classmethod
    async def start(cls, spawn: Spawn, settings: SandboxSettings) -> Worker:
        try:
            process = await asyncio.create_subprocess_exec(
                *spawn.argv,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=spawn.env if spawn.env is not None else {},
                cwd=spawn.cwd,
                start_new_session=True,
                limit=1 << 20,
            )
        except OSError as error:
            raise SandboxUnavailable(f"the sandbox could not be started: {error}") from None
        worker = cls(process, settings)
        try:
            ready = await asyncio.wait_for(worker._read_frame(MAX_ANSWER_HEADER), START_TIMEOUT)
            if json.loads(ready).get("ready") is not True:
                raise WorkerDied("the worker did not say it was ready")
        except (WorkerDied, TimeoutError, ValueError, AttributeError):
            said = worker.sink.startup_text()
            await worker.kill()
            raise SandboxUnavailable(f"the sandbox did not start: {said or 'no message'}") from None
        return worker

    @property
    def pid(self) -> int:
        return self.process.pid

    @property
    def alive(self) -> bool:
        return self.process.returncode is None and not self.killed

    async def _read_logs(self) -> None:
        stream = self.process.stderr
        assert stream is not None
        while chunk := await stream.read(1 << 16):
            self.sink.feed(chunk)
        self.sink.close()

    async def _read_frame(self, largest: int) -> bytes:
        stream = self.process.stdout
        assert stream is not None
        try:
            size = int.from_bytes(await stream.readexactly(HEADER), "big")
            if size > largest:
                raise WorkerDied(f"the worker sent a frame of {size} bytes, more than {largest}")
            return await stream.readexactly(size)
        except (asyncio.IncompleteReadError, ConnectionError):
            await self._reap()
            raise WorkerDied("the worker ended", self._limit_of_end()) from None

    def _limit_of_end(self) -> str | None:
        if self.stopped_for is not None:
            return self.stopped_for
        number = _signal_of(self.process.returncode)
        if number == signal.SIGXCPU:
            return "cpu"
        if number == signal.SIGXFSZ:
            return "file_size"
        return None

    async def _reap(self) -> None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.process.wait(), KILL_WAIT)

    async def _send(self, data: bytes) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        try:
            stdin.write(len(data).to_bytes(HEADER, "big") + data)
            await stdin.drain()
        except (ConnectionError, RuntimeError):
            await self._reap()
            raise WorkerDied("the worker stopped reading", self._limit_of_end()) from None

    async def run(self, code: str, files: Sequence[InputFile], cpu_seconds: float) -> tuple[Execution, bool]:
        """Run `code`; the execution and whether the worker is still usable."""
        token = "\x00\x1f" + secrets.token_hex(16) + "\x1f\x00"
        self.sink.begin(token.encode())
        names = [safe_name(f.name) for f in files]
        request = {"code": code, "files": names, "cpu": cpu_seconds, "token": token}
        await self._send(json.dumps(request).encode())
        for item in files:
            await self._send(item.data)
        answer = _checked(json.loads(await self._read_frame(MAX_ANSWER_HEADER)))
        largest = self.settings.file_size_mb << 20
        images = tuple([await self._read_frame(largest) for _ in range(answer["images"])])
        datas = [await self._read_frame(largest) for _ in answer["files"]]
        outputs = tuple(OutputFile(name, data) for name, data in zip(answer["files"], datas, strict=True))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.sink.ended.wait(), LOGS_GRACE)
        notes = []
        if answer["left_out"]:
            notes.append(
                f"[{answer['left_out']} more changed files under /mnt/data were not returned: too many or too large]"
            )
        return Execution(self.sink.text(notes), images, outputs, answer["limit"]), True

    async def kill(self) -> None:
        """End the worker and everything it started (the whole sandbox goes with bubblewrap)."""
        self.killed = True
        if self.process.returncode is None:
            # the worker leads its own process group (not Popen.kill: its poll would reap the
            # process before asyncio's watcher, which then reports a made-up exit status)
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(self.process.pid, signal.SIGKILL)
        await self._reap()
        self._reader.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await self._reader
        # the pipes close with the transport even when a process the code left (none mode) holds them
        transport = getattr(self.process, "_transport", None)
        if transport is not None:
            transport.close()


def _checked(answer: Any) -> dict[str, Any]:
    """An answer from the worker, or WorkerDied when it is not one."""
    ok = (
        isinstance(answer, dict)
        and answer.get("limit") in (None, *LIMITS)
        and isinstance(answer.get("images"), int)
        and 0 <= answer["images"] <= 1000
        and isinstance(answer.get("files"), list)
        and len(answer["files"]) <= 1000
        and all(
            isinstance(n, str) and n and not n.startswith("/") and ".." not in n.split("/") for n in answer["files"]
        )
        and isinstance(answer.get("left_out"), int)
    )
    if not ok:
        raise WorkerDied("the worker sent an answer that is not one")
    return dict(answer)


def _relative(name: str) -> bool:
    """A path inside the data directory, as the worker names a file it returns."""
    return bool(name) and not name.startswith("/") and ".." not in name.split("/") and "\x00" not in name
