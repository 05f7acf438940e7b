"""Benchmarks and the resilience soak: `make bench` (or `.venv/bin/python -m benchmarks`).

Every network workload runs three ways against the same loopback server (a subprocess, so it
does not share the GIL with the timed client):

    ours    assistants_client.Client / AsyncClient
    openai  the official SDK (`client.beta.assistants`, `client.beta.threads`)
    raw     httpx2 + json.loads, the floor

Samples are interleaved (ours, openai, raw, ours, openai, raw, ...) so drift hits all three
alike, and each figure is the median of its samples. The table goes to stdout and, with the
machine and the package versions, to BENCHMARKS.md; progress goes to stderr.

Modules, one purpose each:

    harness      the server subprocess (the one place that names the server), the admin client,
                 interleaved sampling, peak RSS, child processes
    workloads    sequential rows: import, calls, response sizes, pagination, decode, streaming
    concurrency  async rows: 500 calls over 50 connections, the 5,000-call scale rows, HTTP/2
    h2server     the local server's app under hypercorn, for the HTTP/2 probe
    sse          the SSE framing: ours against httpx2's EventSource, one 10 MB event
    memory       peak RSS while iterating 100,000 items, one subprocess per client
    chat         the Chat Completions backend: overhead per streamed token, time to first token
                 (the fake upstream it streams from is the tests', in tests/support)
    soak         mixed operations under injected faults, and the books afterwards
    results      what one run measured
    report       the tables, from the results
    document     BENCHMARKS.md: the tables, how each row is measured, what the figures say
    run          what `python -m benchmarks` does: every row, in order, then the report
"""
