"""Faults a real server cannot be made to produce on demand, through httpx2.MockTransport:
exact statuses and headers, malformed bodies, broken streams. Behaviour against the real local
server is in test_facade_server.py."""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_client import Client

from .spec import spec

BASE = "http://api.test/v1"
KEY = "sk-test-SECRET-1234"


def example(name: str) -> dict[str, Any]:
    return copy.deepcopy(spec()["components"]["schemas"][name]["examples"][0])


def client_for(handler: Callable[[httpx2.Request], httpx2.Response], **kwargs: Any) -> Client:
    return Client(
        api_key=KEY, base_url=BASE, http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), **kwargs
    )


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    recorded: list[float] = []
    monkeypatch.setattr("assistants_client._client.time.sleep", recorded.append)
    return recorded


def envelope(message: str, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": "invalid_request_error", "param": "thread_id", "code": code}}


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, ac.BadRequestError),
        (401, ac.AuthenticationError),
        (403, ac.PermissionDeniedError),
        (404, ac.NotFoundError),
        (409, ac.ConflictError),
        (422, ac.UnprocessableEntityError),
        (429, ac.RateLimitError),
        (500, ac.InternalServerError),
        (503, ac.InternalServerError),
    ],
)
def test_each_status_has_its_error(status: int, error: type[ac.APIStatusError], sleeps: list[float]) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, json=envelope("it went wrong", "some_code"), headers={"x-request-id": "req_9"})

    with pytest.raises(error) as caught:
        client_for(handler, max_retries=0).get_thread("thread_1")
    exc = caught.value
    assert isinstance(exc, ac.APIStatusError) and isinstance(exc, ac.APIError)
    assert (exc.status_code, exc.type, exc.param, exc.code, exc.request_id) == (
        status,
        "invalid_request_error",
        "thread_id",
        "some_code",
        "req_9",
    )
    assert "it went wrong" in str(exc) and "req_9" in str(exc)
    assert exc.response.status_code == status
    assert KEY not in str(exc) and KEY not in repr(exc)


def test_error_body_that_is_not_json() -> None:
    client = client_for(lambda r: httpx2.Response(502, text="<html>Bad gateway</html>"), max_retries=0)
    with pytest.raises(ac.InternalServerError, match="Bad gateway") as caught:
        client.get_thread("thread_1")
    assert caught.value.type is None


def test_retries_reuse_one_idempotency_key(sleeps: list[float]) -> None:
    seen: list[httpx2.Request] = []
    answers = [httpx2.Response(503), httpx2.Response(500), httpx2.Response(200, json=example("ThreadObject"))]

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return answers[len(seen) - 1]

    client = client_for(handler)
    thread = client.create_thread({})
    assert thread.id == example("ThreadObject")["id"]
    keys = {request.headers["idempotency-key"] for request in seen}
    assert len(seen) == 3 and len(keys) == 1
    assert len(sleeps) == 2 and 0 < sleeps[0] < sleeps[1]
    seen.clear()
    answers[:] = [httpx2.Response(200, json=example("ThreadObject"))]
    client.create_thread({})
    assert seen[0].headers["idempotency-key"] not in keys


def test_get_requests_carry_no_idempotency_key() -> None:
    seen: list[httpx2.Request] = []
    client = client_for(lambda r: seen.append(r) or httpx2.Response(200, json=example("ThreadObject")))
    client.get_thread("thread_1")
    assert "idempotency-key" not in seen[0].headers


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "2"}, 2.0),
        ({"retry-after-ms": "150"}, 0.15),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
    ],
)
def test_retry_after_is_honoured(headers: dict[str, str], expected: float, sleeps: list[float]) -> None:
    answers = iter([httpx2.Response(429, headers=headers), httpx2.Response(200, json=example("ThreadObject"))])
    client_for(lambda r: next(answers)).get_thread("thread_1")
    assert sleeps == [pytest.approx(expected)]


def test_retry_after_as_http_date(sleeps: list[float]) -> None:
    from datetime import UTC, datetime, timedelta
    from email.utils import format_datetime

    when = format_datetime(datetime.now(UTC) + timedelta(seconds=3), usegmt=True)
    answers = iter(
        [httpx2.Response(429, headers={"retry-after": when}), httpx2.Response(200, json=example("ThreadObject"))]
    )
    client_for(lambda r: next(answers)).get_thread("thread_1")
    assert 1.5 < sleeps[0] <= 3.0


def test_retry_budget_per_client_and_per_call(sleeps: list[float]) -> None:
    calls: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        calls.append(1)
        return httpx2.Response(500, json=envelope("down"))

    client = client_for(handler, max_retries=3)
    with pytest.raises(ac.InternalServerError):
        client.get_thread("thread_1")
    assert len(calls) == 4
    calls.clear()
    with pytest.raises(ac.InternalServerError):
        client.get_thread("thread_1", max_retries=0)
    assert len(calls) == 1


def test_client_errors_are_not_retried(sleeps: list[float]) -> None:
    calls: list[int] = []
    client = client_for(lambda r: calls.append(1) or httpx2.Response(400, json=envelope("bad")))
    with pytest.raises(ac.BadRequestError):
        client.get_thread("thread_1")
    assert calls == [1] and sleeps == []


def test_server_can_forbid_a_retry(sleeps: list[float]) -> None:
    calls: list[int] = []
    client = client_for(lambda r: calls.append(1) or httpx2.Response(503, headers={"x-should-retry": "false"}))
    with pytest.raises(ac.InternalServerError):
        client.get_thread("thread_1")
    assert calls == [1]


def test_connection_errors_and_timeouts(sleeps: list[float]) -> None:
    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ConnectError("connection refused", request=request)

    with pytest.raises(ac.APIConnectionError) as caught:
        client_for(refuse).get_thread("thread_1")
    assert not isinstance(caught.value, ac.APITimeoutError)
    assert len(sleeps) == 2

    def slow(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("timed out", request=request)

    with pytest.raises(ac.APITimeoutError):
        client_for(slow, max_retries=0).get_thread("thread_1")


@pytest.mark.parametrize(
    ("body", "content_type", "fragment"),
    [
        (b"<html>maintenance</html>", "text/html", "not JSON (text/html)"),
        (b"null", "application/json", "expected a JSON object, got NoneType"),
        (b'"just a string"', "application/json", "expected a JSON object"),
    ],
)
def test_malformed_success_body(body: bytes, content_type: str, fragment: str) -> None:
    client = client_for(lambda r: httpx2.Response(200, content=body, headers={"content-type": content_type}))
    with pytest.raises(ac.APIResponseValidationError) as caught:
        client.get_thread("thread_1")
    assert fragment in str(caught.value)
    assert caught.value.operation == "get_thread"


def test_key_is_never_logged_or_shown(caplog: pytest.LogCaptureFixture, sleeps: list[float]) -> None:
    answers = iter([httpx2.Response(500), httpx2.Response(200, json=example("ThreadObject"))])
    client = client_for(lambda r: next(answers))
    with caplog.at_level(logging.DEBUG, logger="assistants_client"):
        client.get_thread("thread_1")
    assert "retrying" in caplog.text and "thread_1" in caplog.text
    assert KEY not in caplog.text
    assert KEY not in repr(client)


def test_headers_sent_with_every_call() -> None:
    seen: list[tuple[httpx2.Headers, httpx2.URL]] = []  # as sent: afterwards the credential is masked
    client = client_for(
        lambda r: seen.append((httpx2.Headers(r.headers), r.url)) or httpx2.Response(200, json=example("ThreadObject")),
        organization="org_1",
        project="proj_1",
        default_headers={"X-Team": "blue"},
    )
    client.get_thread("thread_1", extra_headers={"X-Trace": "t1"}, extra_query={"debug": "1"})
    headers, url = seen[0]
    assert headers["authorization"] == f"Bearer {KEY}"
    assert headers["openai-beta"] == "assistants=v2"
    assert (headers["openai-organization"], headers["openai-project"]) == ("org_1", "proj_1")
    assert (headers["x-team"], headers["x-trace"]) == ("blue", "t1")
    assert url.params["debug"] == "1"


def test_the_pool_made_here_and_one_passed_in_send_the_same_headers() -> None:
    """What goes on the wire from a pool the client makes and from one passed in: the same
    fixed headers, per-call headers over them, and a passed-in pool's own headers, cookies and
    query parameters, as they are at each call."""
    from .adversarial import Hostile, reply_json

    thread = example("ThreadObject")
    with Hostile(lambda seen, sock: reply_json(sock, 200, thread)) as server:
        settings: dict[str, Any] = {
            "api_key": KEY,
            "base_url": server.url + "/v1",
            "organization": "org_1",
            "default_headers": {"X-Team": "blue", "Accept": "application/json; q=1"},
        }
        with httpx2.Client() as plain, httpx2.Client(headers={"X-Pool": "p1"}, params={"pool": "1"}) as own:
            own.cookies.set("session", "s1", domain="127.0.0.1")
            for client in (Client(**settings), Client(**settings, http_client=plain)):
                client.get_thread("thread_1")
                client.get_thread("thread_1", extra_headers={"OpenAI-Beta": "assistants=v1", "X-Team": "red"})
                client.close()
            pooled = Client(**settings, http_client=own)
            pooled.get_thread("thread_1")
            own.headers["X-Pool"] = "p2"  # a pool's headers may change between calls
            pooled.get_thread("thread_1")
        made, made_extra, passed, passed_extra, pool_1, pool_2 = server.seen
    for seen in (made, passed, pool_1):
        assert seen.headers["user-agent"].startswith("assistants-client/")
        assert seen.headers["accept"] == "application/json; q=1"
        assert seen.headers["authorization"] == f"Bearer {KEY}"
        assert (seen.headers["openai-beta"], seen.headers["x-team"]) == ("assistants=v2", "blue")
        assert seen.headers["openai-organization"] == "org_1"
    for seen in (made_extra, passed_extra):
        assert (seen.headers["openai-beta"], seen.headers["x-team"]) == ("assistants=v1", "red")
    assert made.headers == passed.headers
    assert made_extra.headers == passed_extra.headers
    assert (pool_1.headers["x-pool"], pool_2.headers["x-pool"]) == ("p1", "p2")
    assert pool_1.headers["cookie"] == "session=s1"
    assert pool_1.path == "/v1/threads/thread_1?pool=1"


def test_a_pool_that_builds_requests_its_own_way_still_does() -> None:
    """A relative base_url is joined to the pool's own base_url, and a pool class with its own
    build_request has it called, as when every request went through build_request."""
    from .adversarial import Hostile, reply_json

    class Signing(httpx2.Client):
        def build_request(self, *args: Any, **kwargs: Any) -> httpx2.Request:
            request = super().build_request(*args, **kwargs)
            request.headers["X-Signed"] = "yes"
            return request

    thread = example("ThreadObject")
    with Hostile(lambda seen, sock: reply_json(sock, 200, thread)) as server:
        with httpx2.Client(base_url=server.url + "/openai") as based, Signing() as signing:
            Client(api_key=KEY, base_url="/v1", http_client=based).get_thread("thread_1")
            Client(api_key=KEY, base_url=server.url + "/v1", http_client=signing).get_thread("thread_1")
        joined, signed = server.seen
    assert joined.path == "/openai/v1/threads/thread_1"
    assert joined.headers["authorization"] == f"Bearer {KEY}"
    assert joined.headers["user-agent"].startswith("assistants-client/")
    assert signed.headers["x-signed"] == "yes"
    assert signed.headers["openai-beta"] == "assistants=v2"


def test_token_provider_is_asked_again_after_a_401(sleeps: list[float]) -> None:
    tokens = iter(["expired-token", "fresh-token"])
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.headers["authorization"])
        if request.headers["authorization"] != "Bearer fresh-token":
            return httpx2.Response(401, json=envelope("token expired"))
        return httpx2.Response(200, json=example("ThreadObject"))

    client = Client.azure(
        endpoint="https://res.example.com",
        api_version="2024-05-01-preview",
        token_provider=lambda: next(tokens),
        http_client=httpx2.Client(transport=httpx2.MockTransport(handler)),
    )
    client.get_thread("thread_1")
    assert seen == ["Bearer expired-token", "Bearer fresh-token"]
    assert sleeps == [0.0]


def test_a_user_supplied_http_client_is_left_open() -> None:
    http = httpx2.Client(transport=httpx2.MockTransport(lambda r: httpx2.Response(200, json=example("ThreadObject"))))
    with Client(api_key=KEY, base_url=BASE, http_client=http) as client:
        client.get_thread("thread_1")
    assert not http.is_closed
    with Client(api_key=KEY, base_url=BASE) as owned:
        inner = owned._http
    assert inner.is_closed


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    with pytest.raises(ac.APIError, match="OPENAI_API_KEY"):
        Client(base_url=BASE)


def test_plain_http_to_a_remote_host_warns(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="assistants_client"):
        Client(api_key=KEY, base_url="http://10.1.2.3/v1").close()
        Client(api_key=KEY, base_url="http://127.0.0.1:9/v1").close()
    assert caplog.text.count("plain http") == 1
    assert KEY not in caplog.text


# -- streams ------------------------------------------------------------------------------------


def sse(*events: tuple[str, Any]) -> bytes:
    frames = []
    for name, data in events:
        payload = data if isinstance(data, str) else json.dumps(data)
        frames.append(f"event: {name}\ndata: {payload}\n\n")
    return "".join(frames).encode()


def stream_client(body: bytes) -> Client:
    return client_for(lambda r: httpx2.Response(200, content=body, headers={"content-type": "text/event-stream"}))


def delta(text: str) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "object": "thread.message.delta",
        "delta": {"content": [{"index": 0, "type": "text", "text": {"value": text}}]},
    }


def test_stream_decodes_events_and_passes_unknown_ones_through() -> None:
    run = example("RunObject")
    body = sse(
        ("thread.run.created", run),
        ("thread.message.delta", delta("Hel")),
        ("thread.brand_new_event", {"x": 1}),
        ("thread.message.delta", delta("lo")),
        ("thread.run.completed", run),
        ("done", "[DONE]"),
    )
    with stream_client(body).stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        events = list(stream)
    names = [event.event for event in events]
    unknown = events[2]
    assert isinstance(unknown, ac.UnknownEvent) and unknown.name == "thread.brand_new_event"
    assert unknown.event == "unknown" and unknown.data == {"x": 1}
    assert type(events[0].data).__name__ == "RunObject"
    assert type(events[1].data).__name__ == "MessageDeltaObject"
    assert names[-1] == "done"
    assert stream.current_run is not None and stream.current_run.id == run["id"]


def test_stream_text_deltas_and_crlf_framing() -> None:
    body = sse(("thread.message.delta", delta("a")), ("thread.message.delta", delta("b")), ("done", "[DONE]"))
    body = body.replace(b"\n", b"\r\n")
    with stream_client(body).stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        assert "".join(stream.text_deltas()) == "ab"


def test_stream_cut_before_done_raises() -> None:
    body = sse(("thread.message.delta", delta("partial")))
    with stream_client(body).stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        with pytest.raises(ac.StreamInterruptedError, match="before `done`"):
            list(stream)


def test_stream_error_event_raises() -> None:
    body = sse(("error", {"message": "The server had an error", "type": "server_error", "code": "server_error"}))
    with stream_client(body).stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        with pytest.raises(ac.StreamError, match="The server had an error") as caught:
            list(stream)
    assert caught.value.code == "server_error"


def test_stream_with_malformed_event_data() -> None:
    body = sse(("thread.run.created", "{not json"), ("done", "[DONE]"))
    with stream_client(body).stream_run("thread_1", {"assistant_id": "asst_1"}) as stream:
        first, done = list(stream)  # tolerant: passed through raw
    assert isinstance(first, ac.UnknownEvent) and first.data == "{not json" and done.event == "done"


def test_create_run_refuses_stream_true() -> None:
    client = stream_client(b"")
    with pytest.raises(ValueError, match="stream_"):
        client.create_run("thread_1", {"assistant_id": "asst_1", "stream": True})


def test_sse_decoder_framing_across_chunks() -> None:
    from assistants_client._streaming import SSEDecoder

    stream = (
        b'event: a\ndata: {"x": 1}\n\n'
        b"event: b\ndata: line1\ndata: line2\n\n"
        b": a comment line\ndata: no event name\n\n"
        b"event: c\r\ndata: 2\r\n\r\n"
        b"event:  spaced \ndata:nospace\n\n"
        b"event: last\ndata: no blank line after it"
    )
    expected = [
        ("a", '{"x": 1}'),
        ("b", "line1\nline2"),
        ("message", "no event name"),
        ("c", "2"),
        ("spaced", "nospace"),
        ("last", "no blank line after it"),
    ]
    for size in (1, 2, 3, 7, len(stream)):
        decoder = SSEDecoder()
        events = []
        for start in range(0, len(stream), size):
            events.extend(decoder.feed(stream[start : start + size]))
        events.extend(decoder.flush())
        assert events == expected, size
