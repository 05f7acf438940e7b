"""Whatever bytes a host answers with, our client raises nothing but `APIError` subclasses.

The bodies here cannot come from the local server (it answers only what the spec allows), so
a mock transport plays the host. Each hostile body is tried in both decoding modes.
"""

from __future__ import annotations

import gzip
import json
import os
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .spec import spec

EXAMPLES = int(os.environ.get("DECODE_EXAMPLES", "4")) * 25
RUN = json.dumps(spec()["components"]["schemas"]["RunObject"]["examples"][0]).encode()


def client(body: bytes, strict: bool, headers: dict[str, str] | None = None) -> ac.Client:
    answer = {"content-type": "application/json", **(headers or {})}
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, content=body, headers=answer))
    http = httpx2.Client(transport=transport)
    base = "http://127.0.0.1:9/v1"
    return ac.Client(api_key="sk-test", base_url=base, http_client=http, strict=strict, max_retries=0)


def outcome(body: bytes, strict: bool, headers: dict[str, str] | None = None) -> Any:
    """The decoded run, or the APIError raised; anything else fails the test."""
    with client(body, strict, headers) as c:
        try:
            return c.get_run("thread_1", "run_1")
        except ac.APIError as error:
            assert len(str(error)) < 2_000
            return error


HOSTILE = {
    "1,000 nested arrays": b'{"id": ' + b"[" * 1_000 + b"]" * 1_000 + b"}",
    "100,000 nested objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "a 5,000-digit integer": b'{"id": "run_1", "created_at": 1' + b"0" * 5_000 + b"}",
    "10**400 as an exponent": b'{"id": "run_1", "created_at": 1e400}',
    "invalid UTF-8": b'{"id": "run_\xff\xfe"}',
    "a lone surrogate escape": b'{"id": "run_\\udcff"}',
    "truncated": RUN[: len(RUN) // 2],
    "empty": b"",
    "NUL bytes": b"\x00" * 64,
    "a JSON array": b"[1, 2, 3]",
    "a JSON string": b'"run"',
}


@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
@pytest.mark.parametrize("body", list(HOSTILE.values()), ids=list(HOSTILE))
def test_hostile_bodies_give_typed_errors(body: bytes, strict: bool) -> None:
    result = outcome(body, strict)
    if isinstance(result, ac.APIError):
        assert result.__cause__ is not None or isinstance(result, ac.APIResponseValidationError)


@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
def test_a_corrupt_gzip_body_is_a_typed_error(strict: bool) -> None:
    result = outcome(b"\x1f\x8b\x08\x00 this is not gzip", strict, {"content-encoding": "gzip"})
    assert isinstance(result, ac.APIError)
    assert result.__cause__ is not None


def test_a_gzip_body_still_decodes() -> None:
    run = outcome(gzip.compress(RUN), False, {"content-encoding": "gzip"})
    assert not isinstance(run, ac.APIError)
    assert run.to_dict() == json.loads(RUN)


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_any_damage_to_a_valid_body_gives_a_model_or_a_typed_error(data: st.DataObject) -> None:
    body = bytearray(RUN)
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        where = data.draw(st.integers(0, len(body) - 1), label="at")
        kind = data.draw(st.sampled_from(["flip", "cut", "insert"]), label="edit")
        if kind == "flip":
            body[where] = data.draw(st.integers(0, 255), label="byte")
        elif kind == "cut":
            del body[where:]
            if not body:
                break
        else:
            body[where:where] = data.draw(st.binary(min_size=1, max_size=8), label="bytes")
    for strict in (False, True):
        outcome(bytes(body), strict)
