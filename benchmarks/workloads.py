"""The sequential rows: import, call overhead, response sizes, pagination, decode, streaming.

Each `bench_*` returns samples by implementation (seconds per sample), interleaved across
ours, openai and raw; the fixture they share is built once per server by `make_fixture`.
"""

from __future__ import annotations

import gc
import json
import os
import ssl
import subprocess
import sys
import sysconfig
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx2
from assistants_server.runs.lifecycle import TERMINAL

from .harness import BETA, IMPLS, ROOT, AdminClient, Rounds, interleaved, quiet_openai

Samples = dict[str, list[float]]

CALLS = 1_000
PAGINATION_ITEMS = 1_000
PAGE_SIZE = 100
STREAM_CHUNKS = 2_000
DECODES_PER_SAMPLE = 20
DECODE_WARMUP = 1.0  # seconds of decoding before the first sample
SIZES_KB = (1, 10, 100)
SIZE_CALLS = 200
ROUNDS = {"import": 15, "calls": 15, "sizes": 5, "pagination": 9, "decode": 15, "streaming": 9}

IMPORT_CODE = {
    "ours": "import assistants_client; assistants_client.Client(api_key='x')",
    "openai": "import openai; openai.OpenAI(api_key='x')",
    "raw": "import httpx2",
    # not in the table: where ours' time goes
    "ours, import only": "import assistants_client",
    "httpx2 + httpx2.Client()": "import httpx2; httpx2.Client()",
}


def import_env() -> dict[str, str]:
    """Every subprocess imports from the same path and skips `site` (no .pth processing for anyone)."""
    site_packages = sysconfig.get_paths()["purelib"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "PYTHON"))}
    env["PYTHONPATH"] = os.pathsep.join([site_packages, *(str(ROOT / d) for d in ("core", "generated", "facade"))])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def bench_import(rounds: Rounds) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """In-process import+construct CPU time, and the whole `python -S -c` wall time."""
    env = import_env()
    walls: dict[str, list[float]] = {impl: [] for impl in IMPORT_CODE}

    def one(impl: str) -> Callable[[], float]:
        # CPU time, so that other work on a shared machine does not count (the files are in the OS cache)
        code = f"import time; t = time.process_time(); {IMPORT_CODE[impl]}; print(time.process_time() - t)"

        def run() -> float:
            started = time.perf_counter()
            cmd = [sys.executable, "-S", "-c", code]
            out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=60)
            walls[impl].append(time.perf_counter() - started)
            if out.returncode:
                raise RuntimeError(f"import benchmark for {impl} failed:\n{out.stderr}")
            return float(out.stdout.strip())

        return run

    for impl in IMPORT_CODE:  # warm the OS file cache
        one(impl)()
        walls[impl].clear()
    samples = interleaved("import", rounds(ROUNDS["import"]), {impl: one(impl) for impl in IMPORT_CODE})
    return samples, walls


@dataclass
class Fixture:
    """What the network workloads share: the server, an assistant, a finished run, a long thread."""

    base_url: str
    admin: AdminClient
    assistant_id: str
    thread_id: str
    run_id: str
    list_thread_id: str


def make_fixture(base_url: str, verify: ssl.SSLContext | bool = True) -> Fixture:
    admin = AdminClient(base_url, verify)
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
    while run["status"] not in TERMINAL:
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
        # strict decoding: every required field present and of its type (pydantic validation for the SDK)
        self.ours_strict = assistants_client.Client(api_key="x", base_url=base_url, strict=True)
        self.openai_strict = openai.OpenAI(api_key="x", base_url=base_url, _strict_response_validation=True)

    def close(self) -> None:
        for client in (self.ours, self.openai, self.raw, self.ours_strict, self.openai_strict):
            client.close()


def repeated(call: Callable[[], Any], count: int) -> Callable[[], float]:
    """A sample: `count` sequential calls, timed as a whole."""

    def run() -> float:
        started = time.perf_counter()
        for _ in range(count):
            call()
        return time.perf_counter() - started

    return run


def bench_calls(fx: Fixture, c: SyncClients, rounds: Rounds) -> tuple[Samples, Samples]:
    """Sequential get_run calls: (default clients, strict clients); raw's samples serve both."""
    tid, rid = fx.thread_id, fx.run_id
    path = f"/threads/{tid}/runs/{rid}"

    def ours() -> Any:
        return c.ours.get_run(tid, rid)

    def oai() -> Any:
        return c.openai.beta.threads.runs.retrieve(rid, thread_id=tid)

    def raw() -> Any:
        return json.loads(c.raw.get(path).content)

    def ours_strict() -> Any:
        return c.ours_strict.get_run(tid, rid)

    def oai_strict() -> Any:
        return c.openai_strict.beta.threads.runs.retrieve(rid, thread_id=tid)

    # sanity: every side decodes the same run, tools and usage included
    assert ours().usage.total_tokens == oai().usage.total_tokens == raw()["usage"]["total_tokens"]
    assert ours_strict().usage.total_tokens == oai_strict().usage.total_tokens
    assert len(ours().tools) == len(oai().tools) == 3
    calls = {"ours": ours, "openai": oai, "raw": raw, "ours strict": ours_strict, "openai strict": oai_strict}
    runs = {name: repeated(call, CALLS) for name, call in calls.items()}
    samples = interleaved("call overhead", rounds(ROUNDS["calls"]), runs)
    strict = {"ours": samples.pop("ours strict"), "openai": samples.pop("openai strict"), "raw": samples["raw"]}
    return samples, strict


def sized_assistant(admin: AdminClient, size: int) -> str:
    """An assistant whose GET answer is `size` bytes long, made large by its instructions."""
    first = admin.post("/assistants", {"model": "gpt-4o", "name": f"size-{size}", "instructions": ""})
    base = len(admin.http.get(f"/assistants/{first['id']}").content)
    body = {"instructions": "x" * max(0, size - base)}
    admin.post(f"/assistants/{first['id']}", body)
    return str(first["id"])


def bench_sizes(fx: Fixture, c: SyncClients, rounds: Rounds) -> dict[int, tuple[int, dict[str, list[float]]]]:
    """Sequential get_assistant calls whose answers are 1, 10 and 100 KB: (bytes, samples) by KB."""
    results: dict[int, tuple[int, dict[str, list[float]]]] = {}
    for kb in SIZES_KB:
        aid = sized_assistant(fx.admin, kb * 1024)
        size = len(c.raw.get(f"/assistants/{aid}").content)

        def ours(aid: str = aid) -> Any:
            return c.ours.get_assistant(aid)

        def oai(aid: str = aid) -> Any:
            return c.openai.beta.assistants.retrieve(aid)

        def raw(aid: str = aid) -> Any:
            return json.loads(c.raw.get(f"/assistants/{aid}").content)

        assert len(ours().instructions) == len(oai().instructions) == len(raw()["instructions"])
        runs = {
            "ours": repeated(ours, SIZE_CALLS),
            "openai": repeated(oai, SIZE_CALLS),
            "raw": repeated(raw, SIZE_CALLS),
        }
        results[kb] = size, interleaved(f"{kb} KB answers", rounds(ROUNDS["sizes"]), runs)
    return results


def bench_pagination(fx: Fixture, c: SyncClients, rounds: Rounds) -> dict[str, list[float]]:
    tid = fx.list_thread_id

    def ours() -> int:
        return sum(1 for _ in c.ours.list_messages(tid, limit=PAGE_SIZE))

    def oai() -> int:
        return sum(1 for _ in c.openai.beta.threads.messages.list(tid, limit=PAGE_SIZE))

    def raw() -> int:
        count, params = 0, {"limit": PAGE_SIZE}
        for _ in range(PAGINATION_ITEMS // PAGE_SIZE + 1):
            page = json.loads(c.raw.get(f"/threads/{tid}/messages", params=params).content)
            count += len(page["data"])
            if not page["has_more"]:
                break
            params["after"] = page["last_id"]
        return count

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
    return interleaved("pagination", rounds(ROUNDS["pagination"]), runs)


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


def decoders(strict: bool) -> dict[str, Callable[[bytes], Any]]:
    """bytes -> typed page, as each library does it for a list_messages response."""
    from assistants_api.api import LIST_MESSAGES
    from openai._models import construct_type, validate_type
    from openai.pagination import SyncCursorPage
    from openai.types.beta.threads import Message

    page_type = SyncCursorPage[Message]

    def ours(body: bytes) -> Any:
        # what Client._decode does: json.loads, then the operation's generated from_dict
        return LIST_MESSAGES.decode(json.loads(body), strict=strict)

    def oai(body: bytes) -> Any:
        # what OpenAI._process_response_data does: construct_type for a default client,
        # validate_type (pydantic validation) for OpenAI(_strict_response_validation=True)
        if strict:
            return validate_type(type_=page_type, value=json.loads(body))
        return construct_type(type_=page_type, value=json.loads(body))

    return {"ours": ours, "openai": oai, "raw": json.loads}


def cpu_sample(work: Callable[[], Any], repeat: int) -> Callable[[], float]:
    """A sample: CPU seconds per call of `work` over `repeat` calls, with the garbage collector
    off (as `timeit` does) and a collection before, so one sample does not pay for another's."""

    def run() -> float:
        gc.collect()
        gc.disable()
        try:
            started = time.process_time()  # CPU time: no I/O here, and other processes do not count
            for _ in range(repeat):
                work()
            return (time.process_time() - started) / repeat
        finally:
            gc.enable()

    return run


def bench_decode(rounds: Rounds) -> tuple[Samples, Samples]:
    """(default decoding, strict decoding) samples, all interleaved in one sequence after a warm-up;
    raw's samples serve both."""
    body = annotated_page()
    modes = {False: decoders(False), True: decoders(True)}
    for funcs in modes.values():
        ours, oai = funcs["ours"](body), funcs["openai"](body)
        a, b = ours.data[7].content[0].text.annotations, oai.data[7].content[0].text.annotations
        assert [type(x).__name__ for x in a] == ["FileCitationAnnotation", "FilePathAnnotation"], a
        assert [type(x).__name__ for x in b] == ["FileCitationAnnotation", "FilePathAnnotation"], b
        assert a[0].file_citation.file_id == b[0].file_citation.file_id == "file-cite7"

    def decode(f: Callable[[bytes], Any]) -> Callable[[], Any]:
        return lambda: f(body)

    runs = {
        f"{impl}{' strict' if strict else ''}": cpu_sample(decode(funcs[impl]), DECODES_PER_SAMPLE)
        for strict, funcs in modes.items()
        for impl in IMPLS
        if not (strict and impl == "raw")
    }
    deadline = time.perf_counter() + DECODE_WARMUP
    while time.perf_counter() < deadline:  # warm: the interpreter's specialization, caches, the CPU's clock
        for run in runs.values():
            run()
    samples = interleaved("decode", rounds(ROUNDS["decode"]), runs)
    strict = {"ours": samples.pop("ours strict"), "openai": samples.pop("openai strict"), "raw": samples["raw"]}
    return samples, strict


def bench_streaming(fx: Fixture, c: SyncClients, rounds: Rounds) -> tuple[dict[str, list[float]], dict[str, int]]:
    """Time from the response headers (first byte) to `done`, every event decoded."""
    headers = {"X-Mock-Stream-Chunks": str(STREAM_CHUNKS)}
    aid = fx.assistant_id
    events: dict[str, int] = {}

    def new_thread() -> str:
        return str(fx.admin.post("/threads", {})["id"])  # not timed

    def ours() -> float:
        tid = new_thread()
        with c.ours.stream_run(tid, {"assistant_id": aid}, extra_headers=headers) as stream:
            started, n, last = time.perf_counter(), 0, ""
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
    return interleaved("streaming", rounds(ROUNDS["streaming"]), runs), events
