"""Benchmarks and the resilience soak: `make bench` (or `.venv/bin/python scripts/bench.py`).

Every workload runs three ways against the same loopback server (a `python -m
assistants_client.server` subprocess, so it does not share the GIL with the timed client):

    ours    assistants_client.Client / AsyncClient
    openai  the official SDK (`client.beta.assistants`, `client.beta.threads`)
    raw     httpx + json.loads, the floor

Samples are interleaved (ours, openai, raw, ours, openai, raw, ...) so drift hits all three
alike, and each figure is the median of its samples. The table goes to stdout and, with the
machine and the package versions, to BENCHMARKS.md; progress goes to stderr.

The soak (`run_soak`) drives our Client through a seeded fault-injecting server and counts what
reached the caller. tests/test_soak.py runs a small version of the same function.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import httpx2

ROOT = Path(__file__).resolve().parent.parent
BETA = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer x"}
IMPLS = ("ours", "openai", "raw")

# Workload sizes (fixed by the issue) and repeat counts (sized for ~5 minutes on 2 cores).
CALLS = 1_000
PAGINATION_ITEMS = 1_000
PAGE_SIZE = 100
STREAM_CHUNKS = 2_000
CONCURRENT = 500
POOL = 50
MEMORY_ITEMS = 100_000
ROUNDS = {"import": 15, "calls": 9, "pagination": 9, "decode": 15, "streaming": 9, "concurrency": 7}
DECODES_PER_SAMPLE = 20
FLAT_MB = 5.0  # "flat": less than this much growth while iterating 100,000 items

SOAK_OPERATIONS = 1_000
SOAK_SEEDED = 2_000


def progress(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def quiet_openai() -> None:
    """The SDK warns on every beta.assistants / beta.threads call; the benchmark knows."""
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning, module=r"openai(\..*)?")
    warnings.filterwarnings("ignore", category=DeprecationWarning, message=".*Assistants API is deprecated.*")


# ----------------------------------------------------------------------------- the server


class ServerProcess:
    """`python -m assistants_client.server --port 0` in a subprocess; its URL is the first stdout line."""

    def __init__(self, *args: str) -> None:
        self.args = args
        self.proc: subprocess.Popen[str] | None = None
        self.base_url = ""
        self._log = tempfile.NamedTemporaryFile(prefix="bench-server-", suffix=".log", delete=False)  # noqa: SIM115

    @property
    def origin(self) -> str:
        return self.base_url.removesuffix("/v1")

    def __enter__(self) -> ServerProcess:
        cmd = [sys.executable, "-m", "assistants_client.server", "--port", "0", *self.args]
        self.proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=self._log, text=True, cwd=ROOT)
        assert self.proc.stdout is not None
        self.base_url = self.proc.stdout.readline().strip()
        if not self.base_url.startswith("http"):
            self.__exit__()
            raise RuntimeError(f"the server did not start; see {self._log.name}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()


class Admin:
    """The server's /_mock routes (never faulted) and plain setup calls without any client library."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.http = httpx2.Client(base_url=base_url, headers=BETA, timeout=120)

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

    def all_ids(self, path: str) -> list[str]:
        """Every id of a list route, oldest first."""
        ids: list[str] = []
        params: dict[str, Any] = {"limit": 100, "order": "asc"}
        while True:
            page = self.get(path, **params)
            ids.extend(item["id"] for item in page["data"])
            if not page["has_more"] or not page["data"]:
                return ids
            params["after"] = page["data"][-1]["id"]


# ----------------------------------------------------------------------------- measuring


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


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


# ----------------------------------------------------------------------------- workloads

IMPORT_CODE = {
    "ours": "import assistants_client; assistants_client.Client(api_key='x')",
    "openai": "import openai; openai.OpenAI(api_key='x')",
    "raw": "import httpx2",
    # not in the table: where ours' time goes
    "ours, import only": "import assistants_client",
    "httpx + httpx2.Client()": "import httpx; httpx2.Client()",
}


def import_env() -> dict[str, str]:
    """Every subprocess imports from the same path and skips `site` (no .pth processing for anyone)."""
    site_packages = sysconfig.get_paths()["purelib"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    env["PYTHONPATH"] = os.pathsep.join([site_packages, str(ROOT / "generated"), str(ROOT / "facade")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def bench_import() -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """In-process import+construct time, and the whole `python -S -c` wall time."""
    env = import_env()
    walls: dict[str, list[float]] = {impl: [] for impl in IMPORT_CODE}

    def one(impl: str) -> Callable[[], float]:
        code = f"import time; t = time.perf_counter(); {IMPORT_CODE[impl]}; print(time.perf_counter() - t)"

        def run() -> float:
            started = time.perf_counter()
            out = subprocess.run([sys.executable, "-S", "-c", code], env=env, capture_output=True, text=True)
            walls[impl].append(time.perf_counter() - started)
            if out.returncode:
                raise RuntimeError(f"import benchmark for {impl} failed:\n{out.stderr}")
            return float(out.stdout.strip())

        return run

    for impl in IMPORT_CODE:  # warm the OS file cache
        one(impl)()
        walls[impl].clear()
    samples = interleaved("import", ROUNDS["import"], {impl: one(impl) for impl in IMPORT_CODE})
    return samples, walls


@dataclass
class Fixture:
    """What the network workloads share: the server, an assistant, a finished run, a long thread."""

    base_url: str
    admin: Admin
    assistant_id: str
    thread_id: str
    run_id: str
    list_thread_id: str


def make_fixture(base_url: str) -> Fixture:
    admin = Admin(base_url)
    tools = [
        {
            "type": "function",
            "function": {
                "name": "get_weather",
                "description": "Current weather for a city.",
                "parameters": {
                    "type": "object",
                    "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
                    "required": ["city"],
                },
            },
        },
        {"type": "code_interpreter"},
        {"type": "file_search"},
    ]
    assistant = admin.post("/assistants", {"model": "gpt-4o", "name": "bench", "tools": tools})
    thread = admin.post("/threads", {"messages": [{"role": "user", "content": "Hello, how are you today?"}]})
    run = admin.post(
        f"/threads/{thread['id']}/runs",
        {
            "assistant_id": assistant["id"],
            "truncation_strategy": {"type": "last_messages", "last_messages": 10},
            "max_prompt_tokens": 5000,
            "max_completion_tokens": 5000,
            "metadata": {"purpose": "bench"},
        },
    )
    deadline = time.monotonic() + 30
    while run["status"] not in ("completed", "failed", "incomplete", "expired", "cancelled"):
        if time.monotonic() > deadline:
            raise RuntimeError(f"the setup run did not finish: {run['status']}")
        time.sleep(0.02)
        run = admin.get(f"/threads/{thread['id']}/runs/{run['id']}")
    if run["status"] != "completed" or not run.get("usage") or not run.get("tools"):
        raise RuntimeError(f"the setup run is not a full decode case: {run}")
    listed = admin.post("/threads", {})
    admin.seed_messages(listed["id"], PAGINATION_ITEMS)
    return Fixture(base_url, admin, assistant["id"], thread["id"], run["id"], listed["id"])


class SyncClients:
    def __init__(self, base_url: str) -> None:
        import assistants_client
        import openai

        quiet_openai()
        self.ours = assistants_client.Client(api_key="x", base_url=base_url)
        self.openai = openai.OpenAI(api_key="x", base_url=base_url)
        self.raw = httpx2.Client(base_url=base_url, headers=BETA)

    def close(self) -> None:
        self.ours.close()
        self.openai.close()
        self.raw.close()


def bench_calls(fx: Fixture, c: SyncClients) -> dict[str, list[float]]:
    tid, rid = fx.thread_id, fx.run_id
    path = f"/threads/{tid}/runs/{rid}"

    def ours() -> Any:
        return c.ours.get_run(tid, rid)

    def oai() -> Any:
        return c.openai.beta.threads.runs.retrieve(rid, thread_id=tid)

    def raw() -> Any:
        return json.loads(c.raw.get(path).content)

    # sanity: every side decodes the same run, tools and usage included
    assert ours().usage.total_tokens == oai().usage.total_tokens == raw()["usage"]["total_tokens"]
    assert len(ours().tools) == len(oai().tools) == 3

    def timed(call: Callable[[], Any]) -> Callable[[], float]:
        def run() -> float:
            started = time.perf_counter()
            for _ in range(CALLS):
                call()
            return time.perf_counter() - started

        return run

    return interleaved("call overhead", ROUNDS["calls"], {"ours": timed(ours), "openai": timed(oai), "raw": timed(raw)})


def bench_pagination(fx: Fixture, c: SyncClients) -> dict[str, list[float]]:
    tid = fx.list_thread_id

    def ours() -> int:
        return sum(1 for _ in c.ours.list_messages(tid, limit=PAGE_SIZE))

    def oai() -> int:
        return sum(1 for _ in c.openai.beta.threads.messages.list(tid, limit=PAGE_SIZE))

    def raw() -> int:
        count, params = 0, {"limit": PAGE_SIZE}
        while True:
            page = json.loads(c.raw.get(f"/threads/{tid}/messages", params=params).content)
            count += len(page["data"])
            if not page["has_more"]:
                return count
            params["after"] = page["last_id"]

    def timed(iterate: Callable[[], int]) -> Callable[[], float]:
        def run() -> float:
            started = time.perf_counter()
            count = iterate()
            elapsed = time.perf_counter() - started
            if count != PAGINATION_ITEMS:
                raise AssertionError(f"pagination saw {count} items, not {PAGINATION_ITEMS}")
            return elapsed

        return run

    runs = {"ours": timed(ours), "openai": timed(oai), "raw": timed(raw)}
    for run in runs.values():
        run()
    return interleaved("pagination", ROUNDS["pagination"], runs)


def annotated_page(count: int = PAGE_SIZE) -> bytes:
    """One list_messages page whose messages carry text with file_citation and file_path annotations."""
    messages = []
    for i in range(count):
        text = (
            f"Message {i}: the quarterly report【4:0†source】 shows revenue up 12%, "
            f"and the chart is at sandbox:/mnt/data/chart_{i}.png for download."
        )
        cite, path = "【4:0†source】", f"sandbox:/mnt/data/chart_{i}.png"
        messages.append(
            {
                "id": f"msg_{i:024d}",
                "object": "thread.message",
                "created_at": 1_700_000_000 + i,
                "assistant_id": "asst_bench",
                "thread_id": "thread_bench",
                "run_id": "run_bench",
                "role": "assistant",
                "content": [
                    {
                        "type": "text",
                        "text": {
                            "value": text,
                            "annotations": [
                                {
                                    "type": "file_citation",
                                    "text": cite,
                                    "file_citation": {"file_id": f"file-cite{i}"},
                                    "start_index": text.index(cite),
                                    "end_index": text.index(cite) + len(cite),
                                },
                                {
                                    "type": "file_path",
                                    "text": path,
                                    "file_path": {"file_id": f"file-path{i}"},
                                    "start_index": text.index(path),
                                    "end_index": text.index(path) + len(path),
                                },
                            ],
                        },
                    }
                ],
                "attachments": [{"file_id": f"file-att{i}", "tools": [{"type": "file_search"}]}],
                "metadata": {"n": str(i)},
                "status": "completed",
                "incomplete_details": None,
                "completed_at": 1_700_000_000 + i,
                "incomplete_at": None,
            }
        )
    page = {
        "object": "list",
        "data": messages,
        "first_id": messages[0]["id"],
        "last_id": messages[-1]["id"],
        "has_more": True,
    }
    return json.dumps(page, separators=(",", ":")).encode()


def decoders() -> dict[str, Callable[[bytes], Any]]:
    """bytes -> typed page, as each library does it for a list_messages response."""
    from assistants_api.api import LIST_MESSAGES
    from openai._models import construct_type
    from openai.pagination import SyncCursorPage
    from openai.types.beta.threads import Message

    page_type = SyncCursorPage[Message]

    def ours(body: bytes) -> Any:
        # what Client._decode does: json.loads, then the operation's generated from_dict
        return LIST_MESSAGES.decode(json.loads(body))

    def oai(body: bytes) -> Any:
        # what OpenAI._process_response_data does for a non-strict client (the default)
        return construct_type(type_=page_type, value=json.loads(body))

    return {"ours": ours, "openai": oai, "raw": json.loads}


def bench_decode() -> dict[str, list[float]]:
    body = annotated_page()
    funcs = decoders()
    ours, oai = funcs["ours"](body), funcs["openai"](body)
    a, b = ours.data[7].content[0].text.annotations, oai.data[7].content[0].text.annotations
    assert [type(x).__name__ for x in a] == ["FileCitationAnnotation", "FilePathAnnotation"], a
    assert [type(x).__name__ for x in b] == ["FileCitationAnnotation", "FilePathAnnotation"], b
    assert a[0].file_citation.file_id == b[0].file_citation.file_id == "file-cite7"

    def timed(decode: Callable[[bytes], Any]) -> Callable[[], float]:
        def run() -> float:
            started = time.perf_counter()
            for _ in range(DECODES_PER_SAMPLE):
                decode(body)
            return (time.perf_counter() - started) / DECODES_PER_SAMPLE

        return run

    return interleaved("decode", ROUNDS["decode"], {impl: timed(funcs[impl]) for impl in IMPLS})


def bench_streaming(fx: Fixture, c: SyncClients) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Time from the response headers (first byte) to `done`, every event decoded."""
    headers = {"X-Mock-Stream-Chunks": str(STREAM_CHUNKS)}
    aid = fx.assistant_id
    events: dict[str, int] = {}

    def new_thread() -> str:
        return fx.admin.post("/threads", {})["id"]  # not timed

    def ours() -> float:
        tid = new_thread()
        with c.ours.stream_run(tid, {"assistant_id": aid}, extra_headers=headers) as stream:
            started, n = time.perf_counter(), 0
            for event in stream:
                n += 1
                last = event.event
            elapsed = time.perf_counter() - started
        assert last == "done"
        events["ours"] = n
        return elapsed

    def oai() -> float:
        tid = new_thread()
        with c.openai.beta.threads.runs.create(
            thread_id=tid, assistant_id=aid, stream=True, extra_headers=headers
        ) as stream:
            started, n = time.perf_counter(), 0
            for _ in stream:
                n += 1
            elapsed = time.perf_counter() - started
        events["openai"] = n
        return elapsed

    def raw() -> float:
        tid = new_thread()
        body = {"assistant_id": aid, "stream": True}
        with c.raw.stream("POST", f"/threads/{tid}/runs", json=body, headers=headers) as response:
            started, n, buffer, done = time.perf_counter(), 0, b"", False
            for chunk in response.iter_bytes():
                blocks = (buffer + chunk).split(b"\n\n")
                buffer = blocks.pop()
                for block in blocks:
                    name, data = b"", b""
                    for line in block.split(b"\n"):
                        if line.startswith(b"event:"):
                            name = line[6:].strip()
                        elif line.startswith(b"data:"):
                            data = line[5:].strip()
                    n += 1
                    if name == b"done":
                        done = True
                        break
                    json.loads(data)
                if done:
                    break
            elapsed = time.perf_counter() - started
        assert done
        events["raw"] = n
        return elapsed

    runs = {"ours": ours, "openai": oai, "raw": raw}
    for run in runs.values():
        run()
    return interleaved("streaming", ROUNDS["streaming"], runs), events


def bench_concurrency(fx: Fixture) -> dict[str, list[float]]:
    import assistants_client
    import httpx2
    import openai

    quiet_openai()
    tid, rid, url = fx.thread_id, fx.run_id, fx.base_url

    async def measure(impl: str) -> float:
        limits = dict(max_connections=POOL, max_keepalive_connections=POOL)
        if impl == "ours":
            http = httpx2.AsyncClient(limits=httpx2.Limits(**limits))
            ours = assistants_client.AsyncClient(api_key="x", base_url=url, http_client=http)
            call: Callable[[], Any] = lambda: ours.get_run(tid, rid)  # noqa: E731
            close: Callable[[], Any] = http.aclose
        elif impl == "openai":
            oai = openai.AsyncOpenAI(
                api_key="x", base_url=url, http_client=openai.DefaultAsyncHttpxClient(limits=httpx2.Limits(**limits))
            )
            call = lambda: oai.beta.threads.runs.retrieve(rid, thread_id=tid)  # noqa: E731
            close = oai.close
        else:
            raw = httpx2.AsyncClient(base_url=url, headers=BETA, limits=httpx2.Limits(**limits), timeout=600)

            async def get() -> Any:
                return json.loads((await raw.get(f"/threads/{tid}/runs/{rid}")).content)

            call, close = get, raw.aclose
        try:
            await asyncio.gather(*(call() for _ in range(POOL)))  # open the pool
            started = time.perf_counter()
            results = await asyncio.gather(*(call() for _ in range(CONCURRENT)))
            elapsed = time.perf_counter() - started
            assert len(results) == CONCURRENT
            return elapsed
        finally:
            await close()

    runs = {impl: (lambda impl=impl: asyncio.run(measure(impl))) for impl in IMPLS}
    return interleaved("concurrency", ROUNDS["concurrency"], runs)


def memory_child(impl: str, base_url: str, thread_id: str) -> None:
    """Run in a fresh process: peak RSS before and after iterating every message of the thread."""
    if impl == "ours":
        import assistants_client

        ours = assistants_client.Client(api_key="x", base_url=base_url)

        def iterate() -> Iterator[Any]:
            return iter(ours.list_messages(thread_id, limit=PAGE_SIZE))
    elif impl == "openai":
        import openai

        quiet_openai()
        oai = openai.OpenAI(api_key="x", base_url=base_url)

        def iterate() -> Iterator[Any]:
            return iter(oai.beta.threads.messages.list(thread_id, limit=PAGE_SIZE))
    else:
        raw = httpx2.Client(base_url=base_url, headers=BETA)

        def iterate() -> Iterator[Any]:
            params = {"limit": PAGE_SIZE}
            while True:
                page = json.loads(raw.get(f"/threads/{thread_id}/messages", params=params).content)
                yield from page["data"]
                if not page["has_more"]:
                    return
                params["after"] = page["last_id"]

    warm = iterate()  # setup: one page fetched and decoded, so lazy imports are done
    for _ in range(PAGE_SIZE + 1):
        next(warm)
    del warm
    baseline = vm_hwm_mb()
    started = time.perf_counter()
    count = sum(1 for _ in iterate())
    elapsed = time.perf_counter() - started
    print(json.dumps({"items": count, "baseline_mb": baseline, "peak_mb": vm_hwm_mb(), "seconds": elapsed}))


def bench_memory(fx: Fixture) -> dict[str, dict[str, float]]:
    thread = fx.admin.post("/threads", {})
    progress(f"memory: seeding {MEMORY_ITEMS:,} messages")
    fx.admin.seed_messages(thread["id"], MEMORY_ITEMS)
    results: dict[str, dict[str, float]] = {}
    for impl in IMPLS:
        progress(f"memory: iterating {MEMORY_ITEMS:,} items with {impl}")
        cmd = [sys.executable, __file__, "--memory-child", impl, fx.base_url, thread["id"]]
        out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        if out.returncode:
            raise RuntimeError(f"memory child {impl} failed:\n{out.stderr}")
        result = json.loads(out.stdout.strip().splitlines()[-1])
        if result["items"] != MEMORY_ITEMS:
            raise AssertionError(f"{impl} iterated {result['items']} items, not {MEMORY_ITEMS}")
        results[impl] = result
    return results


# ----------------------------------------------------------------------------- the soak


def soak_faults(seed: int, retry_after: float = 0.05) -> dict[str, Any]:
    """Per first attempt: 30 % 5xx (25 % before acting, 5 % after acting), 5 % 429, 5 % dropped
    connections, 10 % of streams cut. The injector draws drop, then status, then after-commit, so
    the later rates are scaled up to land on those marginals. Every injected error carries
    Retry-After: `retry_after`."""
    drop = 0.05
    status_scale = 1 / (1 - drop)
    before = {500: 0.15, 502: 0.05, 503: 0.05, 429: 0.05}
    untouched = (1 - drop) * (1 - sum(before.values()) * status_scale)
    return {
        "error_rates": {str(k): v * status_scale for k, v in before.items()},
        "retry_after": retry_after,
        "drop_rate": drop,
        "fail_after_commit_rate": 0.05 / untouched,
        "cut_stream_rate": 0.10 / untouched,  # a stream's first attempt is cut only if nothing else hit it
        "cut_stream_after": 3,
        "seed": seed,
    }


@dataclass
class SoakResult:
    operations: int
    completed: int = 0
    by_operation: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)  # surfaced past the retry budget, by class
    non_api_errors: list[str] = field(default_factory=list)  # must stay empty
    streams: int = 0
    streams_interrupted: int = 0  # StreamInterruptedError: cut mid-way, not retried
    duplicates: dict[str, int] = field(default_factory=dict)
    missing: dict[str, int] = field(default_factory=dict)
    seeded: int = 0
    paged: int = 0
    lost: int = 0
    repeated: int = 0
    out_of_order: bool = False
    pagination_resumes: int = 0
    requests: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    idempotent_replays: int = 0
    seconds: float = 0.0

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())

    @property
    def total_duplicates(self) -> int:
        return sum(self.duplicates.values())


def run_soak(
    base_url: str,
    *,
    operations: int = SOAK_OPERATIONS,
    seed: int = 20240601,
    seeded: int = SOAK_SEEDED,
    page_size: int = 50,
    max_retries: int = 6,
    retry_after: float = 0.05,
    report: Callable[[str], None] | None = None,
) -> SoakResult:
    """Mixed operations through our Client against a server injecting faults, then the books.

    The server must be fresh (no objects) and reachable at `base_url`; only its /_mock routes and
    the API itself are used, so it may be a subprocess or an in-process `Server`.
    """
    import assistants_client as ac

    admin = Admin(base_url)
    rng = random.Random(seed)
    result = SoakResult(operations=operations)
    client = ac.Client(
        api_key="soak",
        base_url=base_url,
        max_retries=max_retries,
        retry=ac.RetryPolicy(initial_delay=0.01, max_delay=0.2),
        timeout=httpx2.Timeout(30.0, connect=5.0),
    )
    started = time.perf_counter()
    try:
        admin.clear_faults()
        # setup, faults off: what the operations work on
        assistant = client.create_assistant({"model": "gpt-4o", "name": "soak"})
        message_threads = [client.create_thread({}).id for _ in range(3)]
        page_thread = client.create_thread({}).id
        admin.seed_messages(page_thread, seeded)
        result.seeded = seeded
        assistants, threads = [assistant.id], [*message_threads, page_thread]
        messages: dict[str, list[str]] = {tid: [] for tid in message_threads}
        runs: list[tuple[str, str]] = []
        uncertain: Counter[str] = Counter()

        def create_assistant(i: int) -> None:
            try:
                assistants.append(client.create_assistant({"model": "gpt-4o", "name": f"soak-{i}"}).id)
            except ac.APIError:
                uncertain["assistant"] += 1
                raise

        def create_thread(i: int) -> None:
            try:
                threads.append(client.create_thread({"metadata": {"op": str(i)}}).id)
            except ac.APIError:
                uncertain["thread"] += 1
                raise

        def create_message(i: int) -> None:
            tid = rng.choice(message_threads)
            try:
                messages[tid].append(client.create_message(tid, {"role": "user", "content": f"soak {i}"}).id)
            except ac.APIError:
                uncertain[tid] += 1
                raise

        def modify_thread(i: int) -> None:
            client.modify_thread(rng.choice(threads), {"metadata": {"touched": str(i)}})

        def get_assistant(i: int) -> None:
            client.get_assistant(rng.choice(assistants))

        def get_thread(i: int) -> None:
            client.get_thread(rng.choice(threads))

        def get_message(i: int) -> None:
            tid = rng.choice(message_threads)
            if messages[tid]:
                client.get_message(tid, rng.choice(messages[tid]))
            else:
                client.get_thread(tid)

        def get_run(i: int) -> None:
            if runs:
                client.get_run(*rng.choice(runs))
            else:
                client.get_assistant(assistant.id)

        def list_messages(i: int) -> None:
            tid = rng.choice(message_threads)
            listed = [m.id for m in client.list_messages(tid, limit=20, order="asc")]
            if len(set(listed)) != len(listed):
                raise AssertionError(f"list_messages repeated items on {tid}")

        def list_assistants(i: int) -> None:
            for _ in client.list_assistants(limit=50):
                pass

        def stream(i: int) -> None:
            result.streams += 1
            seen_any = False
            body = {"assistant_id": assistant.id, "thread": {"messages": [{"role": "user", "content": f"hi {i}"}]}}
            try:
                with client.stream_thread_and_run(body, extra_headers={"X-Mock-Stream-Chunks": "8"}) as events:
                    for event in events:
                        seen_any = True
                        if event.event == "thread.created":
                            threads.append(event.data.id)
                        elif event.event == "thread.run.created":
                            runs.append((event.data.thread_id, event.data.id))
            except ac.StreamInterruptedError:
                if not seen_any:
                    uncertain["thread"] += 1
                    uncertain["run"] += 1
                raise
            except ac.APIError:
                if not seen_any:
                    uncertain["thread"] += 1
                    uncertain["run"] += 1
                raise

        mix: list[tuple[Callable[[int], None], int]] = [
            (create_assistant, 8),
            (create_thread, 8),
            (create_message, 18),
            (modify_thread, 4),
            (get_assistant, 8),
            (get_thread, 8),
            (get_message, 8),
            (get_run, 6),
            (list_messages, 10),
            (list_assistants, 4),
            (stream, 10),
        ]
        ops, weights = zip(*mix, strict=True)

        admin.set_faults(**soak_faults(seed, retry_after))
        for i in range(operations):
            op = rng.choices(ops, weights)[0]
            result.by_operation[op.__name__] += 1
            try:
                op(i)
            except ac.StreamInterruptedError:
                result.streams_interrupted += 1
            except ac.APIError as exc:
                result.errors[type(exc).__name__] += 1
            except Exception as exc:
                result.non_api_errors.append(f"{op.__name__}: {exc!r}")
            else:
                result.completed += 1
            if report is not None and (i + 1) % 100 == 0:
                report(f"soak: {i + 1}/{operations} operations")

        # pagination with faults still on: resume after the last item seen whenever an error surfaces
        paged: list[str] = []
        while True:
            after = paged[-1] if paged else None
            try:
                for message in client.list_messages(page_thread, limit=page_size, order="asc", after=after):
                    paged.append(message.id)
                break
            except ac.APIError as exc:
                result.errors[type(exc).__name__] += 1
                result.pagination_resumes += 1
                if result.pagination_resumes > 1000:
                    raise
        stats = admin.stats()
        result.requests = stats["requests"]
        result.faults = {
            "dropped_connections": stats["dropped_connections"],
            "cut_streams": stats["cut_streams"],
            **{k: v for k, v in stats["faults_injected"].items() if k.startswith("status_")},
            "fail_after_commit": stats["faults_injected"].get("fail_after_commit", 0),
        }
        result.idempotent_replays = stats["idempotent_replays"]

        # the books, faults off
        admin.clear_faults()
        admin.wait_idle()
        truth = admin.all_ids(f"/threads/{page_thread}/messages")
        result.paged = len(paged)
        result.lost = len(set(truth) - set(paged))
        result.repeated = len(paged) - len(set(paged))
        result.out_of_order = [m for m in paged if m in set(truth)] != [m for m in truth if m in set(paged)]

        objects = admin.stats()["objects"]
        held = {"assistant": objects.get("assistant", 0), "thread": objects.get("thread", 0)}
        held["run"] = objects.get("run", 0)
        known = {"assistant": len(set(assistants)), "thread": len(set(threads)), "run": len(set(runs))}
        for tid in message_threads:
            on_server = set(admin.all_ids(f"/threads/{tid}/messages"))
            extra = len(on_server - set(messages[tid]))
            result.duplicates["message"] = result.duplicates.get("message", 0) + max(0, extra - uncertain[tid])
            result.missing["message"] = result.missing.get("message", 0) + len(set(messages[tid]) - on_server)
        for kind in ("assistant", "thread", "run"):
            result.duplicates[kind] = max(0, held[kind] - known[kind] - uncertain[kind])
            result.missing[kind] = max(0, known[kind] - held[kind])
    finally:
        client.close()
        admin.close()
    result.seconds = time.perf_counter() - started
    return result


def soak_lines(r: SoakResult) -> list[str]:
    errors = ", ".join(f"{name} {n}" for name, n in sorted(r.errors.items())) or "none"
    faults = ", ".join(f"{k} {v}" for k, v in r.faults.items())
    dupes = ", ".join(f"{k} {v}" for k, v in r.duplicates.items())
    return [
        f"| operations | {r.operations:,} ({', '.join(f'{k} {v}' for k, v in sorted(r.by_operation.items()))}) |",
        f"| HTTP requests the server saw | {r.requests:,} in {r.seconds:.1f} s |",
        f"| faults injected | {faults} |",
        f"| calls completed | {r.completed:,} of {r.operations:,} ({100 * r.completed / r.operations:.1f} %) |",
        f"| errors surfaced past the retry budget | {r.error_count} ({errors}) |",
        f"| streams cut mid-way (StreamInterruptedError) | {r.streams_interrupted} of {r.streams} streams |",
        f"| errors that are not APIError subclasses | {len(r.non_api_errors)} |",
        f"| duplicates created | {r.total_duplicates} ({dupes}); idempotent replays served: {r.idempotent_replays} |",
        f"| objects missing | {sum(r.missing.values())} |",
        f"| pagination ({r.seeded:,} seeded, faults on) | {r.paged:,} seen, {r.lost} lost, {r.repeated} repeated, "
        f"order {'broken' if r.out_of_order else 'kept'}, {r.pagination_resumes} resumes |",
    ]


# ----------------------------------------------------------------------------- report


@dataclass
class Row:
    workload: str
    unit: str
    ours: float
    openai: float
    raw: float
    target: str
    met: bool
    ratios: bool = True

    def cells(self) -> list[str]:
        def fmt(x: float) -> str:
            return f"{x:,.1f}" if x >= 10 else f"{x:.2f}" if x >= 1 else f"{x:.3f}"

        ratio_o = self.ours / self.openai if self.openai else float("nan")
        ratio_r = self.ours / self.raw if self.raw else float("nan")
        return [
            self.workload,
            f"{fmt(self.ours)} {self.unit}",
            f"{fmt(self.openai)} {self.unit}",
            f"{fmt(self.raw)} {self.unit}",
            f"{ratio_o:.2f}" if self.ratios else "—",
            f"{ratio_r:.2f}" if self.ratios else "—",
            self.target,
            "met" if self.met else "**missed**",
        ]


def table(rows: list[Row]) -> list[str]:
    head = ["workload", "ours", "openai", "raw httpx", "ours/openai", "ours/raw", "target", ""]
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(row.cells()) + " |" for row in rows]
    return lines


def floor_notes(rows: list[Row]) -> list[str]:
    """For each ours/openai target: is it reachable at all, given what raw httpx itself takes?"""
    notes = []
    for row in rows:
        if not row.target.startswith("ours/openai ≤"):
            continue
        limit = float(row.target.split("≤")[1].split(",")[0])
        floor = row.raw / row.openai
        if floor > limit:
            notes.append(
                f"- {row.workload}: raw httpx alone is {floor:.2f} of openai, above the {limit:g} target, so no "
                "client built on httpx against this server can meet it here."
            )
    return notes


def machine() -> list[str]:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    versions = ", ".join(
        f"{name} {metadata.version(dist)}"
        for name, dist in [
            ("assistants-client", "assistants-client"),
            ("openai", "openai"),
            ("httpx", "httpx"),
            ("httpx2 (openai's transport)", "httpx2"),
            ("pydantic", "pydantic"),
            ("attrs", "attrs"),
            ("uvicorn (server)", "uvicorn"),
        ]
    )
    return [
        f"- Machine: {cpu}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        f"- Packages: {versions}",
        f"- Run: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", default=str(ROOT / "BENCHMARKS.md"))
    parser.add_argument("--memory-child", nargs=3, metavar=("IMPL", "BASE_URL", "THREAD_ID"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return 0

    begun = time.perf_counter()
    progress("compiling generated/ and facade/ to bytecode (openai's files were compiled by pip)")
    subprocess.run([sys.executable, "-m", "compileall", "-q", "generated", "facade"], cwd=ROOT, check=True)

    progress("import")
    imports, walls = bench_import()
    import_ms = {impl: median_ms(imports[impl]) for impl in IMPORT_CODE}
    wall_ms = {impl: median_ms(walls[impl]) for impl in IMPORT_CODE}

    with ServerProcess() as server:
        progress(f"server at {server.base_url}; setting up")
        fx = make_fixture(server.base_url)
        clients = SyncClients(server.base_url)
        try:
            calls = bench_calls(fx, clients)
            pages = bench_pagination(fx, clients)
            decode = bench_decode()
            streams, stream_events = bench_streaming(fx, clients)
        finally:
            clients.close()
        concurrency = bench_concurrency(fx)
        memory = bench_memory(fx)
        fx.admin.close()

    with ServerProcess() as server:
        progress(f"soak: {SOAK_OPERATIONS:,} operations against {server.base_url} with faults on")
        soak = run_soak(server.base_url, report=progress)

    def row(name: str, unit: str, data: dict[str, list[float]], scale: float, target: str, ok: Callable) -> Row:
        m = {impl: statistics.median(data[impl]) * scale for impl in IMPLS}
        return Row(name, unit, m["ours"], m["openai"], m["raw"], target, ok(m))

    rows = [
        Row(
            "import + client",
            "ms",
            import_ms["ours"],
            import_ms["openai"],
            import_ms["raw"],
            "ours/openai ≤ 0.25, ours - httpx ≤ 60 ms",
            import_ms["ours"] <= 0.25 * import_ms["openai"] and import_ms["ours"] - import_ms["raw"] <= 60,
        ),
        row(
            f"call overhead ({CALLS:,} get_run)",
            "ms",
            calls,
            1000,
            "ours/raw ≤ 1.10",
            lambda m: m["ours"] <= 1.10 * m["raw"],
        ),
        row(
            f"pagination ({PAGINATION_ITEMS:,} items, pages of {PAGE_SIZE})",
            "ms",
            pages,
            1000,
            "ours/openai ≤ 0.4",
            lambda m: m["ours"] <= 0.4 * m["openai"],
        ),
        row(
            f"decode (page of {PAGE_SIZE} annotated messages)",
            "ms",
            decode,
            1000,
            "ours/openai ≤ 0.5",
            lambda m: m["ours"] <= 0.5 * m["openai"],
        ),
        row(
            f"streaming ({STREAM_CHUNKS:,} deltas, first byte → done)",
            "ms",
            streams,
            1000,
            "ours/openai ≤ 0.25",
            lambda m: m["ours"] <= 0.25 * m["openai"],
        ),
        row(
            f"concurrency ({CONCURRENT} async get_run, pool {POOL})",
            "ms",
            concurrency,
            1000,
            "ours/raw ≤ 1.10",
            lambda m: m["ours"] <= 1.10 * m["raw"],
        ),
    ]
    growth = {impl: memory[impl]["peak_mb"] - memory[impl]["baseline_mb"] for impl in IMPLS}
    rows.append(
        Row(
            f"memory (peak RSS growth, {MEMORY_ITEMS:,} items)",
            "MB",
            growth["ours"],
            growth["openai"],
            growth["raw"],
            f"flat: ours < {FLAT_MB:g} MB",
            growth["ours"] < FLAT_MB,
            ratios=False,
        )
    )

    report = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`scripts/bench.py`); rerun it to refresh this file. Figures are medians of "
        "interleaved samples (ours, openai, raw, ours, openai, raw, ...); lower is better.",
        "",
        *machine(),
        "",
        *table(rows),
        "",
        "## How each row is measured",
        "",
        f"- **import + client**: a fresh `python -S -c` per sample ({ROUNDS['import']} each) timing, inside the "
        "process, `import assistants_client; assistants_client.Client(api_key='x')` vs `import openai; "
        "openai.OpenAI(api_key='x')` vs `import httpx`. All three run the same way: `-S` with "
        "`PYTHONPATH=<site-packages>:generated:facade`, so no `.pth` file (the editable install's finder "
        "included) is processed for anyone, and `generated/` and `facade/` are byte-compiled first (pip compiled "
        "openai's). Whole-process wall time, interpreter start included: "
        + ", ".join(f"{impl} {wall_ms[impl]:.0f} ms" for impl in IMPLS)
        + ".",
        f"- **call overhead**: {CALLS:,} sequential `get_run` calls of a completed run with three tools, usage and "
        "a truncation strategy, fully decoded (ours: `client.get_run`; openai: `beta.threads.runs.retrieve`; raw: "
        f"`httpx2.Client.get` + `json.loads`); {ROUNDS['calls']} samples each.",
        f"- **pagination**: every item of a {PAGINATION_ITEMS:,}-message thread through the auto-paging iterator "
        "with `limit=100` (ours: `for m in client.list_messages(tid, limit=100)`; openai: `for m in "
        "client.beta.threads.messages.list(tid, limit=100)`; raw: a loop on `after=last_id`); "
        f"{ROUNDS['pagination']} samples each.",
        f"- **decode**: no network; the same bytes of one page of {PAGE_SIZE} messages, each with text carrying a "
        "`file_citation` and a `file_path` annotation and an attachment, turned into typed objects. Ours: "
        "`LIST_MESSAGES.decode(json.loads(body))` (what `Client._decode` does: the generated "
        "`ListMessagesResponse.from_dict`); openai: `openai._models.construct_type(type_=SyncCursorPage[Message], "
        "value=json.loads(body))` (what `_process_response_data` does for a default, non-strict client); raw: "
        f"`json.loads(body)`. Per decode, averaged over {DECODES_PER_SAMPLE} decodes per sample, "
        f"{ROUNDS['decode']} samples each.",
        f"- **streaming**: a run on a fresh thread whose answer is {STREAM_CHUNKS:,} message deltas "
        f"(`X-Mock-Stream-Chunks: {STREAM_CHUNKS}`), timed from the response headers to the `done` event, every "
        "event decoded (ours: `client.stream_run(...)`, iterating `StreamEvent`s; openai: "
        "`beta.threads.runs.create(..., stream=True)`, iterating typed events, without the `runs.stream` helper's "
        "snapshot accumulation; raw: `httpx` stream, split on blank lines, `json.loads` of each data line). "
        f"Events seen: {', '.join(f'{k} {v}' for k, v in stream_events.items())} (openai stops before yielding "
        f"`done`). {ROUNDS['streaming']} samples each.",
        f"- **concurrency**: {CONCURRENT} concurrent `get_run` calls with `asyncio.gather` through AsyncClient / "
        f"AsyncOpenAI / httpx2.AsyncClient, each given a pool of {POOL} connections (max_connections = "
        f"max_keepalive_connections = {POOL}) opened by a warm-up before timing; {ROUNDS['concurrency']} samples.",
        f"- **memory**: one subprocess per client iterates all {MEMORY_ITEMS:,} messages of a seeded thread "
        "(pages of 100); growth is peak RSS (`VmHWM`) after iterating minus peak RSS after setup (client built, "
        "one page fetched). Iteration time: "
        + ", ".join(f"{impl} {memory[impl]['seconds']:.1f} s" for impl in IMPLS)
        + "; peak RSS after: "
        + ", ".join(f"{impl} {memory[impl]['peak_mb']:.0f} MB" for impl in IMPLS)
        + ".",
        "- Where the import time goes (medians, same method): "
        + ", ".join(
            f"`{IMPORT_CODE[k]}` {import_ms[k]:.0f} ms" for k in ("ours, import only", "httpx + httpx2.Client()")
        )
        + ". `Client()` builds its `httpx2.Client` (and its SSL context) on the first request, not in "
        "`__init__`, so the row's ours is the package import plus settings; the floor is httpx's own import.",
        *floor_notes(rows),
        "- The server is one `python -m assistants_client.server --port 0` subprocess on loopback, shared by all "
        "three clients, so its time is in every network row alike; the raw column shows what is left to the "
        "server and the transport.",
        "",
        "## Resilience soak",
        "",
        f"`run_soak` in `scripts/bench.py` (a 120-operation version runs in `tests/test_soak.py`): "
        f"{SOAK_OPERATIONS:,} seeded, mixed operations through `assistants_client.Client(max_retries=6, "
        "retry=RetryPolicy(initial_delay=0.01, max_delay=0.2))` against a fresh server subprocess injecting, per "
        "first attempt, 30 % 5xx (25 % before acting, 5 % after acting), 5 % 429, 5 % dropped connections and "
        "10 % cut streams, all errors with `Retry-After: 0.05`. A POST's retry reuses its Idempotency-Key, and "
        "the server injects at most one fault per key. Then a "
        f"{SOAK_SEEDED:,}-message thread is paged through (pages of 50) with faults still on, resuming after the "
        "last item seen if an error surfaces; the books are checked with faults off.",
        "",
        "| | |",
        "|---|---|",
        *soak_lines(soak),
        "",
        f"Total `make bench` time: {time.perf_counter() - begun:.0f} s.",
        "",
    ]
    if soak.non_api_errors:
        report[-1:-1] = ["Errors that escaped the APIError tree:", "", *[f"- {e}" for e in soak.non_api_errors], ""]
    text = "\n".join(report)
    Path(args.output).write_text(text)
    print("\n".join(table(rows)))
    print()
    print("\n".join(soak_lines(soak)))
    progress(f"wrote {args.output} in {time.perf_counter() - begun:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
