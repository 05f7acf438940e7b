"""What every workload shares: the server subprocess, the admin client, sampling and peak RSS."""

from __future__ import annotations

import contextlib
import ssl
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parent.parent
BETA = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer x"}
IMPLS = ("ours", "openai", "raw")

SERVER_MODULE = "assistants_server"
"""The one place that names the local server: `python -m SERVER_MODULE --port 0` prints its URL."""
SERVER_ARGS = ("--port", "0", "--keep-alive", "120", "--admin")
"""Idle connections stay open for 2 minutes: with the default 5 s, a connection of the 5,000-call
rows that waits that long is closed as the client reuses it, and raw httpx2 does not retry.
`--admin` serves the /_mock routes and X-Mock-* headers the rows seed and stream with."""


SERVER_PIDS: dict[str, int] = {}
"""The process id of each running ServerProcess, by its base URL (for rows that measure the server)."""


def server_command(*args: str) -> list[str]:
    return [sys.executable, "-m", SERVER_MODULE, *SERVER_ARGS, *args]


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def quiet_openai() -> None:
    """The SDK warns on every beta.assistants / beta.threads call; the benchmark knows."""
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"openai(\..*)?")
    warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*Assistants API is deprecated.*")


class ServerProcess:
    """A server in a subprocess whose first stdout line is its base URL (the local server by default)."""

    def __init__(self, *args: str, command: list[str] | None = None, startup: float = 60.0) -> None:
        self.command = command if command is not None else server_command(*args)
        self.startup = startup
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def origin(self) -> str:
        return self.base_url.removesuffix("/v1")

    def __enter__(self) -> ServerProcess:
        self.proc = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=self._log, text=True, cwd=ROOT)
        assert self.proc.stdout is not None
        # readline has no timeout: a watchdog ends a server that hangs before printing its URL
        watchdog = threading.Timer(self.startup, self._kill)
        watchdog.start()
        try:
            self.base_url = self.proc.stdout.readline().strip()
        finally:
            watchdog.cancel()
        if not self.base_url.startswith("http"):
            self.__exit__()
            raise RuntimeError(f"{' '.join(self.command[1:4])} did not start; see {self._log.name}")
        SERVER_PIDS[self.base_url] = self.proc.pid
        return self

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()

    def __exit__(self, *exc: object) -> None:
        SERVER_PIDS.pop(self.base_url, None)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class AdminClient:
    """The server's /_mock routes (never faulted) and plain setup calls without any client library."""

    def __init__(self, base_url: str, verify: ssl.SSLContext | bool = True) -> None:
        self.base_url = base_url
        self.http = httpx2.Client(base_url=base_url, headers=BETA, timeout=120, verify=verify)

    def close(self) -> None:
        self.http.close()

    def _mock(self, method: str, path: str, body: Any = None) -> Any:
        url = self.base_url.removesuffix("/v1") + "/_mock" + path
        response = self.http.request(method, url, json=body)
        response.raise_for_status()
        return response.json()

    def stats(self) -> dict[str, Any]:
        return self._mock("GET", "/stats")  # type: ignore[no-any-return]

    def set_faults(self, **config: Any) -> None:
        self._mock("POST", "/faults", config)

    def clear_faults(self) -> None:
        self._mock("DELETE", "/faults")

    def seed_messages(self, thread_id: str, count: int) -> None:
        self._mock("POST", f"/threads/{thread_id}/seed_messages", {"count": count})

    def wait_idle(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while self.stats()["active_runs"] and time.monotonic() < deadline:
            time.sleep(0.05)

    def post(self, path: str, body: dict[str, Any]) -> dict[str, Any]:
        response = self.http.post(path, json=body)
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    def get(self, path: str, **params: Any) -> dict[str, Any]:
        response = self.http.get(path, params=params)
        response.raise_for_status()
        return response.json()  # type: ignore[no-any-return]

    def all_ids(self, path: str, limit: int = 100_000) -> list[str]:
        """Every id of a list route, oldest first (at most `limit`)."""
        ids: list[str] = []
        params: dict[str, Any] = {"limit": 100, "order": "asc"}
        while len(ids) < limit:
            page = self.get(path, **params)
            ids.extend(item["id"] for item in page["data"])
            if not page["has_more"] or not page["data"]:
                break
            params["after"] = page["data"][-1]["id"]
        return ids


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


class Rounds:
    """How many samples each row takes; `scale` < 1 for a quick look during development."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale

    def __call__(self, full: int) -> int:
        return max(1, round(full * self.scale))


def interleaved(name: str, rounds: int, runs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    """Each run returns the seconds it measured itself; rounds go A, B, C, A, B, C, ..."""
    samples: dict[str, list[float]] = {impl: [] for impl in runs}
    for round_no in range(rounds):
        for impl, run in runs.items():
            samples[impl].append(run())
        progress(f"{name}: round {round_no + 1}/{rounds}")
    return samples


def vm_hwm_mb() -> float:
    """Peak resident set size of this process so far, in MB (VmHWM, else ru_maxrss)."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _status_kb(pid: int, field: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise OSError(f"no {field} in /proc/{pid}/status")


class PeakRss:
    """How much another process's resident set grew at its peak over the `with` block, in MB
    (`growth_mb`; None where /proc is not there).

    VmHWM cannot be read per stretch of time, only since the process began, so the peak is reset
    to the current RSS on entry by writing 5 to /proc/PID/clear_refs (Linux 4.0 on; our own
    processes only) and read back as VmHWM on exit: exact, whatever the peak's length. Where that
    write is refused (`sample=True` forces this), a thread samples VmRSS every 5 ms instead, and a
    peak shorter than that may be missed. Either way the growth is from the RSS on entry."""

    INTERVAL = 0.005

    def __init__(self, pid: int | None, *, sample: bool = False) -> None:
        self.pid = pid
        self.sample = sample
        self.method = "none"
        self.growth_mb: float | None = None
        self._baseline = self._peak = 0
        self._stop = threading.Event()
        self._sampler: threading.Thread | None = None

    def __enter__(self) -> PeakRss:
        if self.pid is None or not Path(f"/proc/{self.pid}/status").exists():
            return self
        self._baseline = self._peak = _status_kb(self.pid, "VmRSS")
        if not self.sample:
            try:
                Path(f"/proc/{self.pid}/clear_refs").write_text("5")
                self.method = "VmHWM reset"
                return self
            except OSError:
                pass
        self.method = "VmRSS sampled"
        self._sampler = threading.Thread(target=self._watch, daemon=True)
        self._sampler.start()
        return self

    def _watch(self) -> None:
        assert self.pid is not None
        while not self._stop.wait(self.INTERVAL):  # ends when the block does
            try:
                self._peak = max(self._peak, _status_kb(self.pid, "VmRSS"))
            except OSError:
                return  # the process ended

    def __exit__(self, *exc: object) -> None:
        if self.method == "none":
            return
        assert self.pid is not None
        if self._sampler is not None:
            self._stop.set()
            self._sampler.join(5)
            peak = self._peak
        else:
            peak = _status_kb(self.pid, "VmHWM")
        self.growth_mb = max(0, peak - self._baseline) / 1024


def run_child(module: str, *args: str, timeout: float = 300.0) -> str:
    """`python -m benchmarks.MODULE ARGS` in a fresh process; its last stdout line (JSON, by convention)."""
    cmd = [sys.executable, "-m", f"benchmarks.{module}", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    if out.returncode:
        raise RuntimeError(f"{' '.join(cmd[2:])} failed:\n{out.stderr[-4000:]}")
    return out.stdout.strip().splitlines()[-1]
