"""Server replicas for the tests, the chaos run and the benchmarks: ``python -m assistants_server``
processes on free loopback ports, all on one database (a PostgreSQL URL, or a SQLite path for
the single-process comparison), each started, SIGKILLed, SIGTERMed and started again at will.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import subprocess
import sys
import tempfile
from pathlib import Path

import assistants_server as server_pkg

START_TIMEOUT = 30.0  # seconds a replica may take to print its URL


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Replica:
    """One server process on `db`, on a port of its own that stays the same across restarts."""

    def __init__(self, db: str, log_dir: Path, name: str, *flags: str) -> None:
        self.db = db
        self.name = name
        self.flags = flags
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.log = log_dir / f"{name}.log"
        self.proc: subprocess.Popen[str] | None = None
        self.starts = 0

    def __repr__(self) -> str:
        return f"Replica({self.name}, port={self.port})"

    def start(self) -> None:
        env = dict(os.environ)
        package_root = str(Path(server_pkg.__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
        command = [sys.executable, "-m", "assistants_server", "--host", "127.0.0.1", "--port", str(self.port)]
        command += ["--admin", "--db", self.db, *self.flags]
        with self.log.open("a") as log:
            self.proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True, env=env)
        assert self.proc.stdout is not None
        ready, _, _ = select.select([self.proc.stdout], [], [], START_TIMEOUT)
        line = self.proc.stdout.readline().strip() if ready else ""
        if line != self.url:
            self.kill()
            raise RuntimeError(f"replica {self.name} did not start: {line!r}\n{self.log.read_text()[-3000:]}")
        self.starts += 1

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: nothing is handed back, the leases run out."""
        if self.alive:
            assert self.proc is not None
            self.proc.kill()
            self.proc.wait(10)

    def terminate(self, timeout: float = 30.0) -> int:
        """SIGTERM and wait for the exit; the exit status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        return self.proc.wait(timeout)

    def stop(self) -> None:
        self.kill()


class Fleet:
    """`count` replicas on one database, each with `flags`; stops them all on exit."""

    def __init__(self, db: str, count: int, *flags: str, log_dir: Path | None = None) -> None:
        self._tmp = None if log_dir is not None else tempfile.TemporaryDirectory(prefix="replicas-")
        self.log_dir = log_dir or Path(self._tmp.name if self._tmp else ".")
        self.replicas = [Replica(db, self.log_dir, f"r{i}", *flags) for i in range(count)]

    def __enter__(self) -> Fleet:
        try:
            for replica in self.replicas:
                replica.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __getitem__(self, index: int) -> Replica:
        return self.replicas[index]

    @property
    def urls(self) -> list[str]:
        return [r.url for r in self.replicas]

    def logs(self) -> str:
        return "\n".join(f"--- {r.name}\n{r.log.read_text()[-2000:]}" for r in self.replicas if r.log.exists())

    def stop(self) -> None:
        for replica in self.replicas:
            replica.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
