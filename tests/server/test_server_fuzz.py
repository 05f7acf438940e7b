"""Issue 26, point 4: no untyped 500. Hostile bodies and hook values from hypothesis, and
schemathesis over openapi.yaml (valid and invalid requests), against a real server on loopback;
every answer must be below 500 and every error the API's envelope.

The counts are small so that `make test` stays quick; ``FUZZ_EXAMPLES`` (hypothesis examples per
test, default 100) and ``SCHEMATHESIS_EXAMPLES`` (examples per operation and mode, default 3)
raise them: `make fuzz-server`.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_server import Server
from assistants_server.faults import MAX_DELAY, parse_fault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

KEY = "sk-fuzz"
AUTH = {"Authorization": f"Bearer {KEY}", "OpenAI-Beta": "assistants=v2"}
SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"
FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "100"))
SCHEMATHESIS_EXAMPLES = int(os.environ.get("SCHEMATHESIS_EXAMPLES", "3"))
TIME_BUDGET = float(os.environ.get("FUZZ_SECONDS", "60"))  # per test: examples stop being drawn after it
SETTINGS = settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
COUNTS: Counter[str] = Counter()


@pytest.fixture(scope="module")
def target() -> Iterator[tuple[Server, dict[str, str]]]:
    """A keyed server with the hooks on, and one object of each kind to aim at."""
    with Server(api_key=KEY, admin=True, step_delay=0.0) as srv, httpx2.Client(headers=AUTH, timeout=30) as h:
        asst = h.post(srv.base_url + "/assistants", json={"model": "gpt-4o"}).json()["id"]
        thread = h.post(srv.base_url + "/threads", json={}).json()["id"]
        message = h.post(f"{srv.base_url}/threads/{thread}/messages", json={"role": "user", "content": "hi"}).json()
        run = h.post(f"{srv.base_url}/threads/{thread}/runs", json={"assistant_id": asst}).json()["id"]
        srv.wait_idle()
        step = h.get(f"{srv.base_url}/threads/{thread}/runs/{run}/steps").json()["data"][0]["id"]
        ids = {"assistant_id": asst, "thread_id": thread, "message_id": message["id"], "run_id": run, "step_id": step}
        yield srv, ids
        print(f"\nfuzz answers by status: {dict(sorted(COUNTS.items()))}")


def check_answer(response: httpx2.Response, label: str) -> None:
    COUNTS[f"{label} {response.status_code}"] += 1
    assert response.status_code < 500, (label, response.status_code, response.text[:300])
    if response.status_code >= 400:
        assert response.headers["content-type"].startswith("application/json"), response.headers
        error = response.json()["error"]
        assert set(error) == {"message", "type", "param", "code"}, error
        assert isinstance(error["message"], str) and len(error["message"]) < 500


# -- hostile bodies ----------------------------------------------------------------------------

POSTS = [
    "/assistants",
    "/assistants/{assistant_id}",
    "/threads",
    "/threads/{thread_id}",
    "/threads/{thread_id}/messages",
    "/threads/{thread_id}/messages/{message_id}",
    "/threads/{thread_id}/runs",
    "/threads/runs",
    "/threads/{thread_id}/runs/{run_id}",
    "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
]
PREFIXES = {"v1": ("", {}), "openai": ("/openai", {"api-version": "2024-05-01-preview"}), "foundry": ("", {})}

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
json_values = st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=25)
fields = st.sampled_from(
    ["model", "name", "metadata", "tools", "content", "role", "messages", "stream", "temperature", "assistant_id"]
)


def _nested(depth: int, opener: str, closer: str, leaf: str = "1") -> bytes:
    return (opener * depth + leaf + closer * depth).encode()


hostile_bodies = st.one_of(
    # plausible bodies with random values, NUL characters included
    st.dictionaries(fields | st.text(max_size=80), json_values, max_size=6).map(lambda d: json.dumps(d).encode()),
    st.dictionaries(st.text(alphabet="\x00a\u2028\U0001f600", max_size=70), st.text(max_size=600), max_size=20).map(
        lambda d: json.dumps({"model": "gpt-4o", "metadata": d}).encode()
    ),
    # deep nesting, balanced or not
    st.integers(1, 5000).map(lambda n: _nested(n, "[", "]", "")),
    st.integers(1, 5000).map(lambda n: _nested(n, '{"a":', "}")),
    st.integers(1, 5000).map(lambda n: b"[" * n),
    # huge numbers and the constants JSON does not have
    st.integers(1, 6000).map(lambda n: b'{"model": "gpt-4o", "temperature": ' + b"9" * n + b"}"),
    st.integers(300, 100_000).map(lambda n: b'{"model": "gpt-4o", "top_p": 1e%d}' % n),
    st.sampled_from([b"NaN", b"Infinity", b"-Infinity", b"-0", b"1e-99999"]).map(
        lambda c: b'{"model": "gpt-4o", "temperature": ' + c + b"}"
    ),
    # invalid UTF-8, lone surrogates, raw bytes
    st.binary(max_size=300),
    st.binary(max_size=40).map(lambda b: b'{"model": "' + b + b'"}'),
    st.sampled_from(["\\ud800", "\\udfff", "\\ud83d", "\\u0000"]).map(
        lambda s: ('{"model": "gpt-4o", "name": "' + s + '", "' + s + '": 1}').encode()
    ),
    # duplicate keys
    st.lists(st.tuples(st.sampled_from(["model", "name", "metadata"]), json_values), min_size=2, max_size=6).map(
        lambda pairs: ("{" + ",".join(f"{json.dumps(k)}:{json.dumps(v)}" for k, v in pairs) + "}").encode()
    ),
)


def test_hostile_bodies_get_typed_answers(target: tuple[Server, dict[str, str]]) -> None:
    srv, ids = target
    stop_at = time.monotonic() + TIME_BUDGET

    @given(path=st.sampled_from(POSTS), prefix=st.sampled_from(sorted(PREFIXES)), body=hostile_bodies)
    @SETTINGS
    def send(path: str, prefix: str, body: bytes) -> None:
        if time.monotonic() > stop_at:
            return
        base = srv.foundry_endpoint("fuzz") if prefix == "foundry" else srv.origin + PREFIXES[prefix][0]
        query = {"api-version": "v1"} if prefix == "foundry" else PREFIXES[prefix][1]
        url = (base if prefix != "v1" else srv.base_url) + path.format(**ids)
        headers = {**AUTH, "Content-Type": "application/json"}
        with httpx2.stream("POST", url, params=query, content=body, headers=headers, timeout=30) as response:
            response.read()
        check_answer(response, "body")

    send()
    srv.wait_idle(10)


hook_values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["inf", "-inf", "nan", "1e308", "-1", "0", "300000000", "1e-320", " 5 ", "0x10"]),
    st.integers().map(str),
    st.floats().map(str),
)
fault_items = st.sampled_from(
    ["status", "retry_after", "latency", "drop", "cut_stream_after", "fail_after_commit", "x"]
)


def test_hostile_hook_values_get_typed_answers(target: tuple[Server, dict[str, str]]) -> None:
    srv, ids = target
    stop_at = time.monotonic() + TIME_BUDGET

    @given(
        header=st.sampled_from(["X-Mock-Stream-Chunks", "X-Mock-Step-Delay", "X-Mock-Fault"]),
        item=fault_items,
        value=hook_values,
    )
    @SETTINGS
    def send(header: str, item: str, value: str) -> None:
        if time.monotonic() > stop_at:
            return
        text = f"{item}={value}" if header == "X-Mock-Fault" else value
        try:
            text.encode("latin-1")
            fault = parse_fault(text) if header == "X-Mock-Fault" else None
        except (UnicodeEncodeError, ValueError):
            fault = None  # not sendable, or refused with a 400 (sent all the same)
        if fault is not None and (fault.latency > 0.5 or fault.drop or fault.cut_stream_after is not None):
            return  # valid faults that wait, drop or cut answer so by design
        if header == "X-Mock-Step-Delay" and 0.5 < _number(text) <= MAX_DELAY:
            return  # a valid slow pace: the run takes its time, by design
        if not text or text != text.strip() or not text.isascii() or not text.isprintable():
            return  # not a header value an HTTP client sends
        body = {"assistant_id": ids["assistant_id"], "stream": True}
        headers = {**AUTH, header: text}
        with httpx2.stream("POST", srv.base_url + "/threads/runs", json=body, headers=headers, timeout=30) as r:
            r.read()
        if r.status_code in (429, 502, 503, 504) or (r.status_code >= 500 and header == "X-Mock-Fault"):
            assert "injected" in r.text  # a fault asked for is the only 5xx
            COUNTS[f"hook {r.status_code} (injected)"] += 1
            return
        check_answer(r, "hook")

    send()
    srv.clear_faults()
    srv.wait_idle(10)


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0


settings_bodies = st.dictionaries(
    st.sampled_from(["latency", "error_rates", "retry_after", "drop_rate", "queue", "count", "seed", "x"]),
    json_values | hook_values,
    max_size=4,
)


def test_hostile_fault_settings_get_typed_answers(target: tuple[Server, dict[str, str]]) -> None:
    srv, _ = target

    @given(body=settings_bodies)
    @SETTINGS
    def send(body: dict[str, Any]) -> None:
        response = httpx2.post(srv.origin + "/_mock/faults", json=body, headers=AUTH, timeout=30)
        check_answer(response, "faults")
        srv.clear_faults()

    send()


# -- schemathesis over openapi.yaml ------------------------------------------------------------


def test_schemathesis_finds_no_5xx(target: tuple[Server, dict[str, str]]) -> None:
    schemathesis = pytest.importorskip("schemathesis")
    srv, ids = target
    schema = schemathesis.openapi.from_path(SPEC)
    # deletions last, the deepest first, so that the objects aimed at outlive the other operations
    operations = sorted(
        (result.ok() for result in schema.get_all_operations()),
        key=lambda op: (op.method == "delete", -op.path.count("/")),
    )
    stop_at = time.monotonic() + TIME_BUDGET * 2
    calls: Counter[str] = Counter()

    def explore(operation: Any, mode: Any) -> None:
        """SCHEMATHESIS_EXAMPLES requests of `operation`, valid ones or not (`mode`)."""
        beta = "assistants=v1" if operation.definition.raw.get("deprecated") else "assistants=v2"
        valid = mode is schemathesis.GenerationMode.POSITIVE

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(
            max_examples=SCHEMATHESIS_EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def call(case: Any) -> None:
            if time.monotonic() > stop_at:
                return
            for name in ("Authorization", "OpenAI-Beta"):  # the spec's security and beta header: ours
                (case.headers or {}).pop(name, None)
            if valid and case.path_parameters:
                # aim valid requests at objects that exist, so that they reach the handlers
                case.path_parameters = {k: ids.get(k, v) for k, v in case.path_parameters.items()}
            response = case.call(base_url=srv.base_url, headers={**AUTH, "OpenAI-Beta": beta}, timeout=30)
            calls[f"{mode.value} {response.status_code}"] += 1
            assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
            if response.status_code >= 400:
                assert set(response.json()["error"]) == {"message", "type", "param", "code"}

        call()
        srv.wait_idle(10)

    for operation in operations:
        for mode in (schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE):
            explore(operation, mode)
    print(f"\nschemathesis: {len(operations)} operations, answers by mode and status: {dict(sorted(calls.items()))}")
    assert sum(calls.values()) >= len(operations)  # every operation was called at least once
