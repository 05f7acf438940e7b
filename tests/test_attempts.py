"""The send loop's decisions, driven without any I/O: `Attempts` is given outcomes (answers or
engine errors) and says what to do next, as the sync and async loops ask it."""

from __future__ import annotations

from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_api.api import Options
from assistants_client._attempts import Attempts, Deadline
from assistants_client._settings import Settings


def settings(**changes: Any) -> Settings:
    values: dict[str, Any] = {
        "api_key": "sk-core",
        "base_url": "https://api.example.com/v1",
        "organization": None,
        "project": None,
        "beta": None,
        "timeout": 5.0,
        "max_retries": 2,
        "default_headers": None,
        "default_query": None,
        "retry": ac.RetryPolicy(random=lambda: 0.0),
        "token_provider": None,
        "api_key_header": "Authorization",
        "deadline": None,
        "max_response_bytes": 1000,
        "strict": False,
    }
    values.update(changes)
    return Settings(**values)


def attempts_for(options: Options | None = None, **changes: Any) -> Attempts:
    request = httpx2.Request("GET", "https://api.example.com/v1/threads/t", extensions={"timeout": {"read": 5.0}})
    return Attempts(settings(**changes), request, options or Options(), None)


def answer(status: int, request: httpx2.Request, **headers: str) -> httpx2.Response:
    return httpx2.Response(status, headers=headers, json={"error": {"message": "m"}}, request=request)


def test_retries_then_success_and_the_credential_is_masked_at_the_end() -> None:
    attempts = attempts_for()
    request = attempts.request
    decisions = []
    for status in (503, 500, 200):
        attempts.prepare()
        assert request.headers["authorization"] == "Bearer sk-core"
        decisions.append(attempts.answered(answer(status, request)))
    assert decisions == [0.5, 1.0, None]
    assert request.headers["authorization"] == "[redacted]"


def test_the_retry_budget_then_the_typed_error() -> None:
    attempts = attempts_for(Options(max_retries=1))
    attempts.prepare()
    assert attempts.answered(answer(429, attempts.request, **{"retry-after-ms": "20"})) == 0.02
    attempts.prepare()
    with pytest.raises(ac.RateLimitError):
        attempts.answered(answer(429, attempts.request))


def test_one_fresh_token_after_a_401_outside_the_budget() -> None:
    issued = iter(["old", "new", "newer"])
    attempts = attempts_for(Options(max_retries=0), token_provider=lambda: next(issued))
    attempts.prepare()
    assert attempts.answered(answer(401, attempts.request)) == 0.0
    attempts.prepare()
    assert attempts.request.headers["authorization"] == "Bearer new"
    with pytest.raises(ac.AuthenticationError):
        attempts.answered(answer(401, attempts.request))


def test_engine_errors() -> None:
    attempts = attempts_for(Options(max_retries=1))
    attempts.prepare()
    request = attempts.request
    assert attempts.failed(httpx2.ConnectError("refused", request=request), None) == 0.5
    attempts.prepare()
    with pytest.raises(ac.APITimeoutError):
        attempts.failed(httpx2.ReadTimeout("slow", request=request), None)
    with pytest.raises(ac.APIResponseValidationError):
        attempts_for().failed(httpx2.DecodingError("bad gzip"), answer(200, request))


def test_a_deadline_lowers_the_timeouts_and_refuses_a_long_wait() -> None:
    attempts = attempts_for(Options(deadline=1.0))
    attempts.prepare()
    timeouts = attempts.request.extensions["timeout"]
    assert 0.9 < timeouts["read"] <= 1.0 and 0.9 < timeouts["connect"] <= 1.0
    with pytest.raises(ac.APITimeoutError) as caught:
        attempts.answered(answer(503, attempts.request, **{"retry-after": "5"}))
    assert isinstance(caught.value.__cause__, ac.InternalServerError)


def test_a_passed_deadline_ends_the_call_before_another_attempt() -> None:
    request = httpx2.Request("GET", "https://api.example.com/v1/x")
    attempts = Attempts(settings(), request, Options(), Deadline(0.0))
    with pytest.raises(ac.APITimeoutError, match="deadline"):
        attempts.prepare()


def test_the_size_cap_counts_every_chunk() -> None:
    attempts = attempts_for()
    attempts.prepare()
    response = answer(200, attempts.request)
    attempts.received(600, response)
    attempts.received(400, response)  # exactly the cap: accepted
    with pytest.raises(ac.ResponseTooLargeError) as caught:
        attempts.received(1, response)
    assert caught.value.limit == 1000
    attempts.prepare()  # a new attempt counts from zero
    attempts.received(1000, response)
