"""BENCHMARKS.md: the tables of one run, how each row is measured, and what the figures say."""

from __future__ import annotations

import math
import statistics

from . import chat, concurrency, files, memory, migrate, replicas, report, retrieval, sandbox, soak, sse, workloads
from .harness import IMPLS, SERVER_ARGS, SERVER_MODULE, median_ms
from .results import Results


def measured(r: Results) -> list[str]:
    lines = ["## How each row is measured", ""]
    if r.imports and r.import_walls:
        walls = {impl: median_ms(r.import_walls[impl]) for impl in IMPLS}
        only = {k: median_ms(r.imports[k]) for k in ("ours, import only", "httpx2 + httpx2.Client()")}
        lines.append(
            f"- **import + client**: a fresh `python -S -c` per sample ({len(r.imports['ours'])} each) timing, inside "
            "the process and in CPU time (`time.process_time`, so other work on the machine does not count), "
            "`import assistants_client; assistants_client.Client(api_key='x')` vs `import openai; "
            "openai.OpenAI(api_key='x')` vs `import httpx2` (the engine's own import). All run the same way: `-S` "
            "with `PYTHONPATH=<site-packages>:core:generated:facade`, so no `.pth` file is processed for anyone, and "
            "`generated/` and `facade/` are byte-compiled first (pip compiled openai's). Whole-process wall time, "
            "interpreter start included: " + ", ".join(f"{impl} {walls[impl]:.0f} ms" for impl in IMPLS) + ". "
            f"Where ours goes: `import assistants_client` alone {only['ours, import only']:.0f} ms; "
            f"`import httpx2; httpx2.Client()` {only['httpx2 + httpx2.Client()']:.0f} ms. `Client()` builds its "
            "`httpx2.Client` (and its SSL context) on the first request, not in `__init__`."
        )
    if r.calls:
        lines.append(
            f"- **call overhead**: {workloads.CALLS:,} sequential `get_run` calls of a completed run with three "
            "tools, usage and a truncation strategy, fully decoded (ours: `client.get_run`; openai: "
            "`beta.threads.runs.retrieve`; raw: `httpx2.Client.get` + `json.loads`); "
            f"{len(r.calls['ours'])} samples each."
            + (
                " The strict row is the same calls through `Client(strict=True)` and "
                "`OpenAI(_strict_response_validation=True)`, interleaved with the others (raw is the same samples)."
                if r.calls_strict
                else ""
            )
        )
    if r.pagination:
        lines.append(
            f"- **pagination**: every item of a {workloads.PAGINATION_ITEMS:,}-message thread through the auto-paging "
            "iterator with `limit=100` (ours: `client.list_messages(tid, limit=100)`; openai: "
            "`client.beta.threads.messages.list(tid, limit=100)`; raw: a loop on `after=last_id`); "
            f"{len(r.pagination['ours'])} samples each."
        )
    if r.decode and r.decode_strict:
        tolerant, strict = statistics.median(r.decode["ours"]), statistics.median(r.decode_strict["ours"])
        sdk = statistics.median(r.decode_strict["openai"]) / statistics.median(r.decode["openai"])
        lines.append(
            f"- **decode**: no network; the same bytes of one page of {workloads.PAGE_SIZE} messages, each with text "
            "carrying a `file_citation` and a `file_path` annotation and an attachment, turned into typed objects. "
            "Ours: `LIST_MESSAGES.decode(json.loads(body))` (what the client does: the generated "
            "`ListMessagesResponse.from_dict`, tolerant by default); openai: `openai._models.construct_type("
            "type_=SyncCursorPage[Message], value=json.loads(body))` (what a default, non-strict client does); raw: "
            "`json.loads(body)`. CPU time (`time.process_time`) per decode, averaged over "
            f"{workloads.DECODES_PER_SAMPLE} decodes per sample with the garbage collector off (as `timeit` does), "
            f"{len(r.decode['ours'])} samples each, after {workloads.DECODE_WARMUP:g} s of warm-up, interleaved with "
            "the strict row's."
        )
        lines.append(
            "- **decode, strict**: the same page with `LIST_MESSAGES.decode(data, strict=True)` (what "
            "`Client(strict=True)` does: every required field present and of its type, or "
            "`ResponseDecodeError` with a JSON path) against openai's `validate_type(...)` (pydantic validation, "
            "what `OpenAI(_strict_response_validation=True)` does). Strict costs ours "
            f"{strict / tolerant:.2f}x its tolerant decode ({strict * 1000:.2f} ms against {tolerant * 1000:.2f} "
            f"ms); openai's strict mode costs it {sdk:.2f}x its default."
        )
    if r.streaming:
        events = ", ".join(f"{k} {v}" for k, v in r.stream_events.items())
        lines.append(
            f"- **streaming**: a run on a fresh thread whose answer is {workloads.STREAM_CHUNKS:,} message deltas "
            f"(`X-Mock-Stream-Chunks: {workloads.STREAM_CHUNKS}`), timed from the response headers to the `done` "
            "event, every event decoded (ours: `client.stream_run(...)`; openai: `beta.threads.runs.create(..., "
            "stream=True)`, iterating typed events, without the `runs.stream` helper's snapshot accumulation; raw: "
            f"httpx2 stream, split on blank lines, `json.loads` of each data line). Events seen: {events} (openai "
            f"stops before yielding `done`). {len(r.streaming['ours'])} samples each."
        )
    if r.concurrency:
        lines.append(
            f"- **concurrency**: {concurrency.CONCURRENT} concurrent `get_run` calls with `asyncio.gather` through "
            "AsyncClient / AsyncOpenAI / httpx2.AsyncClient, each given a pool of "
            f"{concurrency.POOL} connections (max_connections = max_keepalive_connections = {concurrency.POOL}) "
            f"opened by a warm-up before timing; {len(r.concurrency['ours'])} samples each, in this process."
        )
    if r.memory:
        lines.append(
            f"- **memory**: one subprocess per client iterates all {memory.MEMORY_ITEMS:,} messages of a seeded "
            "thread (pages of 100); growth is peak RSS (`VmHWM`) after iterating minus peak RSS after setup (client "
            "built, one page fetched). Iteration time: "
            + ", ".join(f"{impl} {r.memory[impl]['seconds']:.1f} s" for impl in IMPLS)
            + "; peak RSS after: "
            + ", ".join(f"{impl} {r.memory[impl]['peak_mb']:.0f} MB" for impl in IMPLS)
            + "."
        )
    lines += [
        *report.floor_notes(report.target_rows(r)),
        f"- The server is one `python -m {SERVER_MODULE} {' '.join(SERVER_ARGS)}` subprocess on 127.0.0.1, "
        "shared by all three "
        "clients, so its time is in every network row alike; the raw column shows what is left to the server and "
        "the transport.",
        "",
    ]
    return lines


def growth(r: Results) -> list[str]:
    rows = report.scale_rows(r)
    if not rows:
        return []
    lines = [
        "## How costs grow",
        "",
        "The scale rows, so the curve is on record and not one point (no targets; ratios as above).",
        "",
        *report.table(rows),
        "",
    ]
    if r.sizes:
        lines.append(
            f"- **answer size**: an assistant per size, created through the API with `instructions` long enough that "
            f"its `GET /assistants/{{id}}` answer is 1, 10 or 100 KB; {workloads.SIZE_CALLS} sequential "
            "`get_assistant` calls per sample (ours: `client.get_assistant`; openai: `beta.assistants.retrieve`; "
            f"raw: `httpx2.Client.get` + `json.loads`), {len(next(iter(r.sizes.values()))[1]['ours'])} samples each; "
            "the row gives the time of one call."
        )
        per = {kb: statistics.median(data["ours"]) / workloads.SIZE_CALLS for kb, (_, data) in r.sizes.items()}
        if 1 in per and 100 in per:
            lines.append(
                f"  From 1 to 100 KB ours goes from {per[1] * 1e6:.0f} to {per[100] * 1e6:.0f} µs per call: "
                f"{(per[100] - per[1]) * 1e6 / 99:.1f} µs per extra KB (a long string is one field to decode, so "
                "the extra is transport and `json.loads`)."
            )
    if r.scale:
        first = concurrency.SCALE_POOLS[0]
        lines.append(
            f"- **{concurrency.SCALE_CALLS:,} concurrent calls**: the concurrency row's `get_run` through the same "
            f"three clients with pools of {' and '.join(map(str, concurrency.SCALE_POOLS))} connections, all calls "
            "started at once with `asyncio.gather`; each sample is a fresh process (`python -m "
            "benchmarks.concurrency`) that builds the client, opens the pool with a warm-up, then times the calls, so "
            "its peak RSS (`VmHWM`, imports included) is that client's alone. The growth row is peak RSS after the "
            f"calls minus peak RSS after the warm-up. The `in flight ≤ {first}` rows run ours and raw again with an "
            f"`asyncio.Semaphore({first})` around each call, so the engine's pool never queues more than it has "
            f"connections. Medians of {concurrency_samples(r)} "
            "samples each (with two, their mean)."
        )
        lines += scale_verdict(r)
    return [*lines, ""]


def concurrency_samples(r: Results) -> int:
    return max(1, round(concurrency.ROUNDS["scale"] * r.rounds))


def scale_verdict(r: Results) -> list[str]:
    """What the curve says, from this run's figures."""
    if not r.scale:
        return []
    n, first = concurrency.SCALE_CALLS, concurrency.SCALE_POOLS[0]
    per = {case: {impl: v["seconds"] / n * 1e6 for impl, v in by.items()} for case, by in r.scale.items()}
    lines = []
    if r.concurrency:
        small = statistics.median(r.concurrency["ours"]) / concurrency.CONCURRENT * 1e6
        lines.append(
            f"  Ours costs {small:.0f} µs per call at {concurrency.CONCURRENT} calls over {concurrency.POOL} "
            "connections, and "
            + ", ".join(f"{v['ours']:.0f} µs at {n:,} calls, {case}" for case, v in per.items())
            + "."
        )
    bounded = next((case for case in per if "in flight" in case), None)
    if bounded and f"pool {first}" in per:
        gain = {impl: per[bounded][impl] / per[f"pool {first}"][impl] for impl in per[bounded]}
        lines.append(
            "  Gating the calls to the pool size changes the time per call by a factor of "
            + ", ".join(f"{g:.2f} for {impl}" for impl, g in gain.items())
            + (
                ". So a long queue inside the engine costs: httpcore2's pool re-derives the set of reserved "
                "connections from every queued request, and walks every connection, each time a request is added "
                "or finishes (`AsyncConnectionPool._assign_requests_to_connections`), which is quadratic in the "
                "queue's length; the cost is the engine's, the same for ours, the SDK and raw httpx2."
                if max(gain.values()) < 0.9
                else ". No clear gain, so at this size the time is the server's (one process on the same two "
                "cores), not the engine's queue."
            )
        )
    return lines


def sse_section(r: Results) -> list[str]:
    rows = report.sse_rows(r)
    if not rows or not r.framing:
        return []
    ours, builtin = statistics.median(r.framing["ours"]), statistics.median(r.framing["httpx2"])
    verdict = (
        f"ours frames the real stream {builtin / ours:.1f}x as fast as httpx2's, so the client keeps its own "
        "parser: it splits bytes on blank lines and decodes each event once, with a fast path for the "
        "`event: NAME` / `data: JSON` shape the API sends, where `EventSource` decodes the whole stream to text, "
        "splits it into lines and builds a frozen dataclass per event."
        if ours < builtin
        else f"httpx2's parser frames the real stream {ours / builtin:.1f}x as fast as ours: the client should "
        "switch to `httpx2.EventSource`."
    )
    lines = ["## SSE: our parser against httpx2's built-in one", "", *report.grid(report.SSE_HEAD, rows), ""]
    lines.append(
        "Both parsers get the same list of byte chunks in memory, no network: the bytes of one "
        f"{workloads.STREAM_CHUNKS:,}-delta run stream as the socket delivered them, and one 10 MB event cut into "
        "1 KiB chunks. Ours is `assistants_client._sse.SSEDecoder` (`feed` per chunk, then `flush`); httpx2's "
        "is `httpx2.EventSource` over an `httpx2.Response` streaming those chunks, with `max_event_size=None` (its "
        "default refuses events over 1 MiB with `SSEError`). Both must find the same events. Framing only: the "
        "JSON decoding after it is the same either way. CPU time (`time.process_time`); a parse that passes "
        f"{sse.DEADLINE:g} s of wall time is stopped and shown as over. Verdict from this run: {verdict}"
    )
    if r.big_event:
        big_ours, big_builtin = statistics.median(r.big_event[1]["ours"]), statistics.median(r.big_event[1]["httpx2"])
        if math.isinf(big_ours) or big_ours > 10 * big_builtin:
            lines.append(
                "On the 10 MB event ours is far slower than httpx2's: it re-joins its buffer and scans it again on "
                "every chunk, which is quadratic in the event's size; a linear buffer fixes that without giving up "
                "the fast path."
            )
        else:
            lines.append(
                f"On the 10 MB event ours takes {big_ours * 1000:.0f} ms against {big_builtin * 1000:.0f} ms: it "
                "appends each chunk to one buffer and searches only the new bytes for the blank line, so a large "
                "event costs in proportion to its size."
            )
    return [*lines, ""]


def http2_section(r: Results) -> list[str]:
    rows = report.http2_rows(r)
    if not rows or not r.http2:
        return []
    ratios = [statistics.median(d["ours HTTP/2"]) / statistics.median(d["ours HTTP/1.1"]) for d in r.http2.values()]
    verdict = (
        "HTTP/2 is faster here: offer `http2=True` on the client."
        if max(ratios) < 1
        else "HTTP/2 is slower than HTTP/1.1 here, so the client does not turn it on; a user who wants it passes "
        "`http_client=httpx2.AsyncClient(http2=True)` (with `h2` installed)."
        if min(ratios) > 1
        else "HTTP/2 is faster over one transport and slower over the other: no default change."
    )
    return [
        "## HTTP/2",
        "",
        *report.grid(report.HTTP2_HEAD, rows),
        "",
        "uvicorn, the local server's engine, speaks HTTP/1.1 only (no h2c), so the probe serves the same app "
        "under hypercorn (`python -m benchmarks.h2server`), once on plain TCP (HTTP/2 with prior knowledge: "
        "`httpx2.AsyncClient(http1=False, http2=True)`) and once over TLS with a certificate made at run time by "
        "`trustme` (h2 by ALPN). The concurrency row's workload, "
        f"{concurrency.CONCURRENT} `get_run` calls over a pool of {concurrency.POOL}, runs through our AsyncClient "
        "(`http_client=` an httpx2 client built with `http2=`) and through raw httpx2, over HTTP/1.1 and HTTP/2 "
        "to the same server; each sample checks the version the connection spoke. Verdict from this run: " + verdict,
        "",
    ]


def files_section(r: Results) -> list[str]:
    if not (r.files or r.file_batch):
        return []
    return [
        "## Files",
        "",
        *report.grid(files.HEAD, files.rows({**(r.files or {}), **(r.file_batch or {})})),
        "",
        "Each figure is one operation in a fresh process against the same local server (median of the samples; RSS "
        "growth is the largest rise of VmHWM over the operation, after a warm-up with a small file; the server's is "
        "the largest rise of the server process's peak RSS over the child's whole run, its VmHWM reset to its RSS "
        "before by /proc/PID/clear_refs, else its VmRSS sampled every 5 ms). Uploads are "
        "`create_file(file=path)` and the SDK's `files.create(file=Path(...))`; downloads go to disk "
        "(`download_file_to`, and the SDK's `with_streaming_response.content(...).stream_to_file`). The batch row is "
        f"`upload_files_and_poll` and the SDK's `vector_stores.file_batches.upload_and_poll` for {files.BATCH_FILES} "
        "small text files, 5 at once, polling at the server's pace, until the batch is completed.",
        "",
    ]


def retrieval_section(r: Results) -> list[str]:
    if not r.retrieval:
        return []
    return [
        "## Retrieval (file_search)",
        "",
        *retrieval.lines(r.retrieval),
        "",
        f"Recall: a corpus built in code ({retrieval.ENTITIES} made-up organisations, one chunk per fact, every "
        "chunk of an organisation sharing its name and a filler sentence), two questions per fact of every fifth "
        "organisation, one in the fact's words and one paraphrased with a synonym only the fake embeddings upstream "
        "(tests/support/fake_embeddings.py, a hashed bag of words with synonym folding) knows. BM25 is ranker "
        "`none`; hybrid is the default ranking with the fake upstream: it shows the fusion at work, not the quality "
        "of a real embedding model. Latency: searchVectorStore over HTTP (the query embedded by the fake upstream on "
        "loopback for hybrid), chunks written straight into the storage layer; a store's vectors are stacked "
        "on its first hybrid search and kept while its chunks do not change (the p99 includes that first load). "
        "Ingestion: benchmarks/vector_store_ingest.py, createVectorStoreFile until `completed`, BM25 only. "
        "Stores: SQLite is FTS5's bm25(); PostgreSQL is the same server with its chunks in PgChunkTable on a "
        "PostgreSQL 15 the bench starts for itself (loopback, fsync off), which scores BM25 as FTS5 does from "
        "FTS5's own tokens (the same rankings, the same values), so its recall columns match SQLite's.",
        "",
    ]


def chat_section(r: Results) -> list[str]:
    if r.chat is None:
        return []
    lines = ["## The Chat Completions backend", ""]
    if isinstance(r.chat, str):
        return [*lines, f"Not measured: {r.chat}.", ""]
    c = r.chat
    paced = chat.PACES_US[0]
    ok_tokens, ok_first = c.overhead(paced) < 0.05, c.added_first_token(paced) < 0.005
    lines += [
        *report.grid(chat.HEAD, chat.rows(c)),
        "",
        f"A fake upstream on 127.0.0.1 (`python -m {chat.UPSTREAM_MODULE}`, in a process of its own) streams a "
        f"{chat.TOKENS:,}-token answer, one "
        "token per chunk, its frames built before the first byte. **direct**: httpx2 posts to its "
        "`/chat/completions` and reads each chunk (our `SSEDecoder`, then `json.loads`), as an OpenAI-compatible "
        f"client does. **server**: `python -m {SERVER_MODULE} --model-backend chat-completions "
        "--upstream-base-url ... --step-delay 0` runs an assistant on that upstream, and its run stream "
        "(`stream: true`) is read the same way, `json.loads` of each `thread.message.delta`. First token: from "
        "sending the request to the first content delta / first `thread.message.delta`; "
        "the answer: to `[DONE]` / `done`. The overhead per token is (server - direct) / direct over the whole "
        "answer, and the per-token column the same difference divided by the tokens; the added time to first token "
        f"is the difference of the first-token times. Medians of {c.samples} samples each, at two upstream "
        "paces: 1 ms between tokens (faster than hosted models stream) for the targets, and no gap at all, which "
        "leaves only the CPU cost per token, on record.",
        f"Targets, on the {paced / 1000:g} ms pace: overhead per token under 5 % "
        f"({'met' if ok_tokens else '**missed**'}: {c.overhead(paced) * 100:+.1f} %), added time to first "
        f"token under 5 ms ({'met' if ok_first else '**missed**'}: {c.added_first_token(paced) * 1000:+.1f} ms). "
        f"The server's stream carried {c.events:,} `thread.message.delta` events for {chat.TOKENS:,} upstream tokens.",
    ]
    if c.default_delay_first_token:
        d = c.default_delay_first_token
        lines.append(
            "With the server's default `--step-delay` (for this backend 0: the scripted model's pauses between run "
            f"states are not added to a real model's runs) the first token of a {chat.SHORT}-token answer comes "
            f"{d['server'] * 1000:.1f} ms after the request, against {d['direct'] * 1000:.1f} ms directly."
        )
    lines.append("")
    return lines
    return lines


def soak_section(r: Results) -> list[str]:
    if r.soak is None:
        return []
    return [
        "## Resilience soak",
        "",
        f"`run_soak` in `benchmarks/soak.py` (a 120-operation version runs in `tests/test_soak.py`): "
        f"{soak.SOAK_OPERATIONS:,} seeded, mixed operations through `assistants_client.Client(max_retries=6, "
        "retry=RetryPolicy(initial_delay=0.01, max_delay=0.2))` against a fresh server subprocess injecting, per "
        "first attempt, 30 % 5xx (25 % before acting, 5 % after acting), 5 % 429, 5 % dropped connections and "
        "10 % cut streams, all errors with `Retry-After: 0.05`. A POST's retry reuses its Idempotency-Key, and "
        f"the server injects at most one fault per key. Then a {soak.SOAK_SEEDED:,}-message thread is paged through "
        "(pages of 50) with faults still on, resuming after the last item seen if an error surfaces; the books are "
        "checked with faults off.",
        "",
        *report.soak_lines(r.soak),
        "",
        *(
            ["Errors that escaped the APIError tree:", "", *[f"- {e}" for e in r.soak.non_api_errors], ""]
            if r.soak.non_api_errors
            else []
        ),
    ]


def markdown(r: Results) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make bench` (`python -m benchmarks`); rerun it to refresh this file. Figures are medians of "
        "interleaved samples (ours, openai, raw, ours, openai, raw, ...); lower is better. The targets are checked "
        "by this run only: `make test` never fails on a speed figure.",
        "",
        *report.machine(),
        "",
        *report.table(report.target_rows(r)),
        "",
        *measured(r),
        *growth(r),
        *sse_section(r),
        *http2_section(r),
        *chat_section(r),
        *files_section(r),
        *retrieval_section(r),
        *migrate.section(r.migrate),
        *replicas.section(r.replicas),
        *sandbox.section(r.sandbox),
        *soak_section(r),
        f"Total `make bench` time: {r.seconds:.0f} s.",
        "",
    ]
    return "\n".join(lines)
