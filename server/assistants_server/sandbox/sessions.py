"""The sessions of one server: a worker per session key (a thread), kept between executions as a
notebook keeps its kernel, the least recently used one ended past the cap, idle ones swept."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import os
import shutil
import tempfile
import time
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from . import fonts
from .launch import FONTS_INSIDE, UID_BASE, Layout, Probe, bwrap_command, code_env, layout, python_args
from .types import DATA_DIR, Execution, InputFile, SandboxSettings
from .worker import KILL_WAIT, LOGS_GRACE, Spawn, Worker, WorkerDied

SWEEP_EVERY = 60.0  # seconds between looks for idle sessions, at most
DISK_EVERY = 0.5  # seconds between looks at the size of a live session's files
MAX_ENTRIES = 100_000  # files and directories a session may have under /mnt/data
UIDS_PER_PROCESS = 1_000_000
LOST = "the session was restarted, so its variables and imports are lost (files under /mnt/data remain)"


@dataclass
class Session:
    key: str
    directory: str
    uid: int | None
    worker: Worker | None = None
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    last_used: float = field(default_factory=time.monotonic)
    busy: int = 0
    ending: bool = False  # being ended: a new session takes its key
    files_removed: bool = False  # the disk guard emptied its directory (said by the next answer)
    guard: asyncio.Task[None] | None = None


class Sandboxes:
    """Every code session of one server (``execute`` by session key; ``close`` ends them all)."""

    def __init__(self, settings: SandboxSettings) -> None:
        self.settings = settings
        self._probe = Probe(settings)
        self._sessions: OrderedDict[str, Session] = OrderedDict()
        self._root: str | None = None
        self._layout: Layout | None = None
        self._uids = itertools.count()
        self._serial = itertools.count()
        self._sweeper: asyncio.Task[None] | None = None
        self.started = 0  # workers started, restarts included

    def check(self) -> None:
        """Raise SandboxUnavailable when code cannot run sandboxed here (tried once, then known)."""
        self._probe.check()

    def sessions(self) -> int:
        return len(self._sessions)

    async def execute(self, session_key: str, code: str, files: Sequence[InputFile] = ()) -> Execution:
        """Run `code` in the session `session_key` (made on first use), `files` put under /mnt/data first."""
        if self._probe.known:
            self._probe.check()
        else:  # the trial sandbox takes a moment, once
            await asyncio.to_thread(self._probe.check)
        session = await self._session(session_key)  # counted busy: no eviction or sweep ends it now
        try:
            async with session.lock:
                return await self._run(session, code, files)
        finally:
            session.busy -= 1
            session.last_used = time.monotonic()
            if len(self._sessions) > self.settings.max_sessions:  # sessions made while all were busy
                await self._evict(keep=None)

    async def close(self) -> None:
        """End every session: their processes are killed and their directories removed."""
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
            self._sweeper = None
        for session in list(self._sessions.values()):
            await self._end(session)
        if self._root is not None:
            shutil.rmtree(self._root, ignore_errors=True)
            self._root = None

    def worker_pids(self) -> dict[str, int]:
        """The host pid of each live session's worker (bubblewrap's, when sandboxed), by key."""
        return {k: s.worker.pid for k, s in self._sessions.items() if s.worker is not None and s.worker.alive}

    # -- sessions --------------------------------------------------------------
    async def _session(self, key: str) -> Session:
        """The live session for `key` (made if there is none), already counted busy."""
        session = self._sessions.get(key)
        if session is not None and not session.ending:
            self._sessions.move_to_end(key)
            session.busy += 1
            return session
        if self._root is None:
            self._root = tempfile.mkdtemp(prefix="assistants-sandbox-")
        # a directory of its own even when the key's last session is still being removed
        name = f"{hashlib.sha256(key.encode()).hexdigest()[:32]}-{next(self._serial)}"
        directory = os.path.join(self._root, name)
        os.makedirs(directory, mode=0o700, exist_ok=True)
        uid = None
        if self.settings.mode == "bwrap" and os.geteuid() == 0:
            uid = UID_BASE + (os.getpid() % 1000) * UIDS_PER_PROCESS + 1 + next(self._uids) % (UIDS_PER_PROCESS - 1)
            os.chown(directory, uid, uid)
        session = Session(key, directory, uid, busy=1)
        self._sessions[key] = session
        await self._evict(keep=session)
        if self._sweeper is None or self._sweeper.done():
            self._sweeper = asyncio.create_task(self._sweep())
        return session

    async def _evict(self, keep: Session | None) -> None:
        """End the least recently used idle sessions while there are more than the cap."""
        for session in list(self._sessions.values()):
            # sessions another eviction is already ending do not count: two evictions at once end one each
            if sum(not s.ending for s in self._sessions.values()) <= self.settings.max_sessions:
                return
            if session is not keep and session.busy == 0 and not session.ending:
                await self._end(session)

    async def _end(self, session: Session) -> None:
        """Kill the session's processes and remove its directory; then it is gone."""
        if session.ending:
            return
        session.ending = True
        if session.guard is not None:
            session.guard.cancel()
        if session.worker is not None:
            await session.worker.kill()
            session.worker = None
        shutil.rmtree(session.directory, ignore_errors=True)
        if self._sessions.get(session.key) is session:
            del self._sessions[session.key]

    async def _sweep(self) -> None:
        """End sessions idle longer than the setting; stops once there are none."""
        every = min(SWEEP_EVERY, max(0.05, self.settings.session_idle / 4))
        while self._sessions:
            await asyncio.sleep(every)
            now = time.monotonic()
            for session in list(self._sessions.values()):
                if session.busy == 0 and now - session.last_used > self.settings.session_idle:
                    await self._end(session)

    # -- workers ---------------------------------------------------------------
    def _spawn(self, session: Session) -> Spawn:
        if self._layout is None:
            self._layout = layout()
        where = self._layout
        sandboxed = self.settings.mode == "bwrap"
        config = {
            "data_dir": DATA_DIR if sandboxed else session.directory,
            "site_dirs": list(where.site_dirs),
            "memory_mb": self.settings.memory_mb,
            "file_size_mb": self.settings.file_size_mb,
            "processes": self.settings.processes if sandboxed else None,
            "cpu_budget": int(self.settings.timeout * 100 + 60),
            "max_file_bytes": self.settings.file_size_mb << 20,
        }
        font_list = fonts.ready(where) if sandboxed else None
        if font_list is not None:
            config["fonts"] = FONTS_INSIDE
        driver = python_args(where, json.dumps(config))
        if sandboxed:
            argv = bwrap_command(self.settings, where, session.directory, session.uid, font_list)
            return Spawn([*argv, *driver], {}, None)
        home = os.path.join(os.path.dirname(session.directory), ".home")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "LANG": "C.UTF-8", **code_env()}
        return Spawn(driver, env, session.directory)

    async def _run(self, session: Session, code: str, files: Sequence[InputFile]) -> Execution:
        notes = []
        if session.files_removed:  # the disk guard stopped the session between executions
            session.files_removed = False
            notes.append(self._limit_line("data"))
        if session.worker is None or not session.worker.alive:
            session.worker = await Worker.start(self._spawn(session), self.settings)
            self.started += 1
            session.guard = asyncio.create_task(self._guard_disk(session, session.worker))
        worker = session.worker
        try:
            execution, _ = await asyncio.wait_for(worker.run(code, files, self.settings.timeout), self.settings.timeout)
        except asyncio.CancelledError:  # the caller gave up (a cancelled run): the code must not go on
            await worker.kill()
            session.worker = None
            raise
        except TimeoutError:
            worker.sink.close()  # what the code printed before it was stopped is its logs
            logs = worker.sink.text()
            await worker.kill()
            session.worker = None
            return Execution(_with_line(logs, self._limit_line("timeout")), limit="timeout")
        except WorkerDied as died:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(worker.sink.ended.wait(), LOGS_GRACE)
            logs = worker.sink.text()
            status = worker.process.returncode
            await worker.kill()
            session.worker = None
            if session.files_removed:
                if session.guard is not None:  # it removes the files
                    await asyncio.wait([session.guard], timeout=KILL_WAIT)
                session.files_removed = False
                return Execution(_with_line(logs, self._limit_line("data")), limit="file_size")
            ended = f"[the session's Python process ended ({died}, exit status {status}); {LOST}]"
            line = self._limit_line(died.limit) if died.limit else ended
            return Execution(_with_line(logs, line), limit=died.limit)
        if execution.limit is not None:
            notes.append(self._limit_line(execution.limit))
        return replace(execution, logs=_with_line(execution.logs, "\n".join(notes))) if notes else execution

    async def _guard_disk(self, session: Session, worker: Worker) -> None:
        """While `worker` lives, stop it when the session's files pass ``data_mb`` (or MAX_ENTRIES):
        they are on the host's disk, which the file size limit alone does not bound. The files
        are removed then, or the next execution would meet the same."""
        limit = self.settings.data_mb << 20
        while worker.alive:
            await asyncio.sleep(DISK_EVERY)
            over = await asyncio.to_thread(_over, session.directory, limit)
            if over and worker.alive:
                worker.stopped_for = "file_size"
                session.files_removed = True
                await worker.kill()
                await asyncio.to_thread(_empty, session.directory)

    def _limit_line(self, limit: str) -> str:
        s = self.settings
        lines = {
            "timeout": f"the execution ran past the wall-clock limit of {s.timeout:g} s and was stopped; {LOST}",
            "cpu": f"the execution used more than its {s.timeout:g} s of CPU time and was stopped; {LOST}",
            "memory": f"the code asked for more than the {s.memory_mb} MB of memory a session may use",
            "processes": f"the code tried to run more than {s.processes} processes at once",
            "file_size": f"the code tried to write a file larger than {s.file_size_mb} MB",
            "data": f"the session's files under /mnt/data passed {s.data_mb} MB; they were removed and {LOST}",
        }
        return f"[limit: {'file_size' if limit == 'data' else limit}: {lines[limit]}]"


def _over(directory: str, limit: int) -> bool:
    """Whether the files under `directory` (links not followed) hold more than `limit` bytes or
    MAX_ENTRIES entries."""
    total, entries, stack = 0, 0, [directory]
    while stack:
        try:
            with os.scandir(stack.pop()) as found:
                for entry in found:
                    entries += 1
                    if entries > MAX_ENTRIES:
                        return True
                    if entry.is_dir(follow_symlinks=False):
                        stack.append(entry.path)
                    else:
                        total += entry.stat(follow_symlinks=False).st_blocks * 512
        except OSError:
            continue
        if total > limit:
            return True
    return False


def _empty(directory: str) -> None:
    for entry in os.scandir(directory):
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)


def _with_line(logs: str, line: str) -> str:
    return logs + ("" if not logs or logs.endswith("\n") else "\n") + line
