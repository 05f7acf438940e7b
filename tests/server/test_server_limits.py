"""Issue 26, point 3: bounded requests and typed answers.

The body's size (413 past the cap, the rest drained so that a sender writing it whole reads the
answer), its JSON (depth, NaN and Infinity, lone surrogates), the lengths and counts the API
states (from openapi.yaml), short quotes of bad values, slow senders cut by the head and body
timeouts (real sockets, a byte a second) and the connection cap (503), each against a real
server on loopback.
"""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from assistants_server import Server
from assistants_server.config import MAX_BODY_BYTES
from assistants_server.http.bodies import MAX_DEPTH

BETA = {"OpenAI-Beta": "assistants=v2"}


def envelope(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text[:300]
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    assert len(error["message"]) < 400 and len(error["param"] or "") < 200
    return error  # type: ignore[no-any-return]


def post(srv: Server, path: str, content: bytes | str, **headers: str) -> httpx2.Response:
    return httpx2.post(srv.base_url + path, content=content, headers={**BETA, **headers}, timeout=30)


# -- the body's size ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small() -> Iterator[Server]:
    with Server(max_body_bytes=1000, header_timeout=1.5, body_timeout=1.5, validate_responses=True) as srv:
        yield srv
        assert srv.spec_violations == []


def test_a_body_past_the_cap_is_a_413(small: Server) -> None:
    fits = json.dumps({"model": "gpt-4o", "name": "x" * 200})
    assert post(small, "/assistants", fits).status_code == 200
    big = json.dumps({"model": "gpt-4o", "description": "x" * 1000})
    assert envelope(post(small, "/assistants", big), 413)["code"] == "request_too_large"

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"model": "gpt-4o", "description": "'
        for _ in range(20):
            yield b"x" * 100
        yield b'"}'

    assert envelope(post(small, "/assistants", chunks()), 413)["code"] == "request_too_large"  # type: ignore[arg-type]
    assert envelope(httpx2.post(small.origin + "/_mock/faults", content=big), 413)
    assert small.state.count("assistant") == 1


def test_the_413_comes_before_the_body_is_sent(small: Server) -> None:
    """A 50 MB Content-Length is answered at once; the body is never read."""
    head = (
        b"POST /v1/assistants HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n"
        b"Content-Type: application/json\r\nContent-Length: 50000000\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", small.port), timeout=5) as sock:
        sock.sendall(head + b'{"model": "')
        answer = read_all(sock)
    assert answer.startswith(b"HTTP/1.1 413 ")
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["error"]["code"] == "request_too_large"


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_client_that_sends_a_big_body_whole_reads_the_413(small: Server, chunked: bool) -> None:
    """4 MB against a 1,000-byte cap, written whole before a byte is read (as urllib and most
    clients do): the server drains the rest, so the sender sees the 413, not a reset."""
    body = b'{"model": "gpt-4o", "description": "' + b"x" * 4_000_000 + b'"}'
    if chunked:
        pieces = [body[i : i + 65536] for i in range(0, len(body), 65536)]
        framing = b"Transfer-Encoding: chunked\r\n\r\n"
        payload = b"".join(b"%x\r\n%s\r\n" % (len(piece), piece) for piece in pieces) + b"0\r\n\r\n"
    else:
        framing, payload = b"Content-Length: %d\r\n\r\n" % len(body), body
    head = b"POST /v1/assistants HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n" + framing
    with socket.create_connection(("127.0.0.1", small.port), timeout=10) as sock:
        sock.sendall(head + payload)  # a reset here, or in the read, is the defect
        sock.settimeout(10)
        answer = b""
        for _ in range(100):
            piece = sock.recv(65536)
            if not piece:
                break
            answer += piece
    assert answer.startswith(b"HTTP/1.1 413 "), answer[:200]
    error = json.loads(answer.partition(b"\r\n\r\n")[2])["error"]
    assert error["code"] == "request_too_large" and error["type"] == "invalid_request_error"

    def stream() -> Iterator[bytes]:
        yield from (body[i : i + 65536] for i in range(0, len(body), 65536))

    sent = stream() if chunked else body
    assert envelope(post(small, "/assistants", sent), 413)["code"] == "request_too_large"  # type: ignore[arg-type]


def test_the_default_cap_fits_the_api_s_largest_fields(srv: Server) -> None:
    assert MAX_BODY_BYTES == 8 * 1024 * 1024
    # an assistant's instructions at the API's limit, every character escaped as a surrogate pair
    widest = json.dumps({"model": "gpt-4o", "instructions": "😀" * 256_000}, ensure_ascii=True)
    assert len(widest) > 3_000_000
    assert post(srv, "/assistants", widest).status_code == 200
    envelope(post(srv, "/assistants", b" " * (MAX_BODY_BYTES + 1)), 413)


# -- the JSON ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "[" * 100_000 + "]" * 100_000,
        '{"a":' * 100_000 + "1" + "}" * 100_000,
        '{"model": "gpt-4o", "metadata": ' + '{"a":' * MAX_DEPTH + "1" + "}" * MAX_DEPTH + "}",
        '{"model": "gpt-4o", "temperature": NaN}',
        '{"model": "gpt-4o", "temperature": Infinity}',
        '{"model": "gpt-4o", "temperature": -Infinity}',
        '{"model": "gpt-4o", "temperature": 1e999}',
        '{"model": "gpt-4o", "top_p": ' + "9" * 5000 + "}",
        '{"model": "gpt-4o", "name": "\\ud800"}',
        '{"model": "gpt-4o", "metadata": {"\\udfff": "x"}}',
        b'{"model": "gpt-4o", "name": "\xff\xfe"}',
        '{"model": "gpt-4o", "name": "a\x00b"}',
        '{"model": "gpt-4o",}',
        "[]",
        '"gpt-4o"',
    ],
)
def test_json_the_api_would_not_take_is_a_400(srv: Server, body: str | bytes) -> None:
    error = envelope(post(srv, "/assistants", body), 400)
    assert "Error" not in error["message"]  # no exception's name or text
    assert srv.state.count("assistant") == 0


def test_nesting_within_the_cap_is_served_and_nul_characters_are_kept(srv: Server) -> None:
    schema: dict[str, Any] = {"type": "string"}
    for _ in range(20):
        schema = {"type": "object", "properties": {"inner": schema}}
    tool = {"type": "function", "function": {"name": "deep", "parameters": schema}}
    made = post(srv, "/assistants", json.dumps({"model": "gpt-4o", "tools": [tool], "name": "a\u0000b"}))
    assert made.status_code == 200, made.text
    assert made.json()["name"] == "a\u0000b"
    again = httpx2.get(f"{srv.base_url}/assistants/{made.json()['id']}", headers=BETA)
    assert again.json()["tools"][0]["function"]["parameters"] == schema


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ('{"model": "gpt-4o", "name": "first", "name": "last"}', "name"),
        ('{"model": "gpt-4o", "metadata": {"k": "1", "k": "2"}}', "k"),
        ('{"model": "gpt-4o", "tools": [{"type": "code_interpreter", "type": "file_search"}]}', "type"),
    ],
)
def test_a_key_named_twice_in_one_object_is_a_400(srv: Server, body: str, key: str) -> None:
    error = envelope(post(srv, "/assistants", body), 400)
    assert error["param"] == key and error["type"] == "invalid_request_error" and "twice" in error["message"]
    assert srv.state.count("assistant") == 0


@pytest.mark.parametrize(
    ("path", "body", "param"),
    [
        ("/assistants", {"model": "gpt-4o", "metadata": {"a\u0000b": "x"}}, "metadata"),
        ("/assistants", {"model": "gpt-4o", "metadata": {"k": "x\u0000"}}, "metadata.k"),
        ("/threads", {"metadata": {"k": "\u0000"}}, "metadata.k"),
        (
            "/threads",
            {"messages": [{"role": "user", "content": "hi", "metadata": {"\u0000": "v"}}]},
            "messages[0].metadata",
        ),
    ],
)
def test_a_nul_character_in_metadata_is_a_400(srv: Server, path: str, body: dict[str, Any], param: str) -> None:
    error = envelope(post(srv, path, json.dumps(body)), 400)
    assert error["param"] == param and error["type"] == "invalid_request_error", error
    assert "\\u0000" in error["message"] and "\u0000" not in error["message"]
    assert srv.state.count("assistant") == 0 and srv.state.count("thread") == 0


# -- the API's own limits (openapi.yaml) -------------------------------------------------------

LIMITS = [
    ("/assistants", {"model": "gpt-4o", "name": "n" * 257}, "name"),
    ("/assistants", {"model": "gpt-4o", "description": "d" * 513}, "description"),
    ("/assistants", {"model": "gpt-4o", "instructions": "i" * 256_001}, "instructions"),
    ("/assistants", {"model": "gpt-4o", "metadata": {f"k{i}": "v" for i in range(17)}}, "metadata"),
    ("/assistants", {"model": "gpt-4o", "metadata": {"k" * 65: "v"}}, "metadata"),
    ("/assistants", {"model": "gpt-4o", "metadata": {"k" * 100_000: "v"}}, "metadata"),
    ("/assistants", {"model": "gpt-4o", "metadata": {"k": "v" * 513}}, "metadata.k"),
    ("/threads", {"metadata": {"k" * 65: "v"}}, "metadata"),
    ("/threads", {"messages": [{"role": "user", "content": "c" * 256_001}]}, "messages[0].content"),
    ("/threads", {"messages": [{"role": "user", "content": [{"type": "text", "text": "t" * 256_001}]}]}, None),
]


@pytest.mark.parametrize(("path", "body", "param"), LIMITS)
def test_the_api_s_limits_are_enforced(srv: Server, path: str, body: dict[str, Any], param: str | None) -> None:
    error = envelope(post(srv, path, json.dumps(body)), 400)
    if param is not None:
        assert error["param"] == param
    assert srv.state.count("assistant") + srv.state.count("thread") == 0


def test_the_limits_themselves_are_allowed(srv: Server) -> None:
    body = {
        "model": "gpt-4o",
        "name": "n" * 256,
        "description": "d" * 512,
        "instructions": "i" * 256_000,
        "metadata": {f"{i:02d}" + "k" * 62: "v" * 512 for i in range(16)},
    }
    assert post(srv, "/assistants", json.dumps(body)).status_code == 200
    thread = post(srv, "/threads", "{}").json()["id"]
    message = {"role": "user", "content": "c" * 256_000}
    assert post(srv, f"/threads/{thread}/messages", json.dumps(message)).status_code == 200


def test_the_official_sdk_sees_the_limits_as_bad_requests(sdk: Any) -> None:
    openai = pytest.importorskip("openai")
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.beta.assistants.create(model="gpt-4o", metadata={"k" * 65: "v"})
    assert caught.value.param == "metadata" and "64" in caught.value.message
    thread = sdk.beta.threads.create()
    with pytest.raises(openai.BadRequestError) as caught:
        sdk.beta.threads.messages.create(thread.id, role="user", content="c" * 256_001)
    assert caught.value.param == "content" and "256000" in caught.value.message


def test_errors_quote_only_a_short_prefix_of_a_bad_value(srv: Server) -> None:
    huge = "z" * 100_000
    for path, body in (
        ("/assistants", {"model": "gpt-4o", "response_format": huge}),
        ("/assistants", {"model": "gpt-4o", huge: 1}),
        ("/assistants", {"model": "gpt-4o", "tools": [{"type": huge}]}),
        ("/threads", {"messages": [{"role": huge, "content": "x"}]}),
    ):
        error = envelope(post(srv, path, json.dumps(body)), 400)
        assert huge[:100] not in error["message"] and huge[:100] not in (error["param"] or "")
    for url in (f"{srv.base_url}/threads/{huge[:8000]}", f"{srv.base_url}/assistants?limit={huge[:8000]}"):
        error = envelope(httpx2.get(url, headers=BETA), 404 if "threads" in url else 400)
        assert huge[:100] not in error["message"]


# -- slow senders and many connections ---------------------------------------------------------


def read_all(sock: socket.socket, limit: float = 10.0) -> bytes:
    """Everything the server sends until it closes (or `limit` seconds pass)."""
    data, deadline = b"", time.monotonic() + limit
    sock.settimeout(0.5)
    while time.monotonic() < deadline:
        try:
            piece = sock.recv(65536)
        except TimeoutError:
            continue
        except ConnectionResetError:
            break
        if not piece:
            break
        data += piece
    return data


def drip(sock: socket.socket, data: bytes, seconds: float) -> bool:
    """Send `data` a byte a second for at most `seconds`; False once the server has closed."""
    sock.setblocking(False)
    for byte in data[: int(seconds)]:
        try:
            sock.send(bytes([byte]))
            if sock.recv(65536, socket.MSG_PEEK) == b"":
                return False
        except BlockingIOError:
            pass
        except OSError:
            return False
        time.sleep(1.0)
    return True


def test_headers_sent_a_byte_a_second_are_cut(small: Server) -> None:
    """20 connections dripping their request's head a byte a second are all answered 408 and closed
    once the head timeout (1.5 s here) has passed."""
    request = b"GET /v1/assistants HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n\r\n"
    socks = [socket.create_connection(("127.0.0.1", small.port), timeout=5) for _ in range(20)]
    received = {sock: b"" for sock in socks}
    closed_after: dict[socket.socket, float] = {}
    started = time.monotonic()
    try:
        for sock in socks:
            sock.setblocking(False)
        for byte in request[:8]:  # at most 8 s
            for sock in socks:
                if sock in closed_after:
                    continue
                try:
                    while piece := sock.recv(65536):
                        received[sock] += piece
                    closed_after[sock] = time.monotonic() - started  # b"": the server closed it
                    continue
                except BlockingIOError:
                    pass
                except OSError:
                    closed_after[sock] = time.monotonic() - started
                    continue
                try:
                    sock.send(bytes([byte]))
                except OSError:
                    closed_after[sock] = time.monotonic() - started
            if len(closed_after) == len(socks):
                break
            time.sleep(1.0)
    finally:
        for sock in socks:
            sock.close()
    assert len(closed_after) == 20, f"{20 - len(closed_after)} connections still open"
    assert min(closed_after.values()) >= 1.0 and max(closed_after.values()) < 5, closed_after.values()
    first = next(iter(received.values()))
    assert all(answer.startswith(b"HTTP/1.1 408 ") for answer in received.values()), first
    body = first.partition(b"\r\n\r\n")[2]
    assert json.loads(body)["error"]["code"] == "request_timeout"


def test_a_body_sent_a_byte_a_second_is_cut(small: Server) -> None:
    body = json.dumps({"model": "gpt-4o"}).encode()
    head = (
        b"POST /v1/assistants HTTP/1.1\r\nHost: 127.0.0.1\r\nOpenAI-Beta: assistants=v2\r\n"
        b"Content-Type: application/json\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    before = small.state.count("assistant")
    with socket.create_connection(("127.0.0.1", small.port), timeout=5) as sock:
        sock.sendall(head)
        started = time.monotonic()
        still_open = drip(sock, body, 6)
        sock.setblocking(True)
        answer = read_all(sock, limit=5)
    assert not still_open and time.monotonic() - started < 6
    assert answer.startswith(b"HTTP/1.1 408 "), answer[:200]
    assert small.state.count("assistant") == before


def test_a_silent_connection_is_closed(small: Server) -> None:
    with socket.create_connection(("127.0.0.1", small.port), timeout=5) as sock:
        started = time.monotonic()
        answer = read_all(sock, limit=6)
    assert answer.startswith(b"HTTP/1.1 408 ") and time.monotonic() - started < 5


def test_a_request_past_the_connection_cap_gets_a_503(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(max_connections=3)
    idle = [socket.create_connection(("127.0.0.1", srv.port), timeout=5) for _ in range(3)]
    try:
        time.sleep(0.2)
        busy = httpx2.get(srv.base_url + "/assistants", headers=BETA, timeout=10)
        error = envelope(busy, 503)
        assert error["code"] == "too_many_connections" and busy.headers["retry-after"] == "1"
    finally:
        for sock in idle:
            sock.close()
    time.sleep(0.2)
    assert httpx2.get(srv.base_url + "/assistants", headers=BETA, timeout=10).status_code == 200


def test_a_kept_alive_connection_still_serves_a_second_request(small: Server) -> None:
    with httpx2.Client(base_url=small.base_url, headers=BETA, timeout=10) as client:
        assert client.get("/assistants").status_code == 200
        time.sleep(1.0)  # idle for less than the keep-alive, then a request sent whole
        assert client.get("/assistants").status_code == 200


def test_settings_out_of_range_are_refused() -> None:
    from assistants_server.config import ServerConfig

    for field in ("max_body_bytes", "max_connections", "header_timeout", "body_timeout"):
        with pytest.raises(ValueError, match=field):
            ServerConfig(**{field: 0})
    with pytest.raises(ValueError, match="latency"):
        Server(latency=float("inf"))


def test_an_internal_failure_is_a_typed_500_without_its_text(
    assistants_server_factory: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    srv = assistants_server_factory(admin=False)

    def broken(body: Any) -> Any:
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(srv.api.domain, "create_assistant", broken)
    with caplog.at_level("ERROR", logger="assistants_server"):
        answer = httpx2.post(srv.base_url + "/assistants", headers=BETA, json={"model": "gpt-4o"})
    error = envelope(answer, 500)
    request_id = answer.headers["x-request-id"]
    assert error["type"] == "server_error" and request_id in error["message"]
    assert "secret" not in answer.text and "RuntimeError" not in answer.text
    logged = [r for r in caplog.records if request_id in r.getMessage()]
    assert logged and "secret detail" in str(logged[0].exc_info)


def test_a_failure_outside_the_pipeline_is_a_typed_500_too(
    assistants_server_factory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    srv = assistants_server_factory()

    def broken() -> Any:
        raise RuntimeError("secret detail of the failure")

    monkeypatch.setattr(srv.api.stats, "snapshot", broken)
    answer = httpx2.get(srv.origin + "/_mock/stats")
    error = envelope(answer, 500)
    assert answer.headers["x-request-id"] in error["message"] and "secret" not in answer.text


@pytest.mark.parametrize(
    "request_bytes",
    [
        b"NOT HTTP AT ALL\r\n\r\n",
        b"GET /v1/assistants HTTP/1.1\r\nHost: x\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n",
        b"POST /v1/assistants HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n",
    ],
)
def test_requests_that_are_not_http_get_the_envelope(small: Server, request_bytes: bytes) -> None:
    with socket.create_connection(("127.0.0.1", small.port), timeout=5) as sock:
        sock.sendall(request_bytes)
        answer = read_all(sock, limit=5)
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 400 ") and b"application/json" in head
    assert json.loads(body)["error"]["code"] == "invalid_http"


def test_a_slow_body_after_an_early_answer_gets_no_second_answer(small: Server) -> None:
    """A POST to an unknown path is answered before its body arrives; cutting the slow body
    later closes the connection without a stray 408."""
    head = b"POST /v1/nowhere HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 50\r\n\r\n"
    with socket.create_connection(("127.0.0.1", small.port), timeout=5) as sock:
        sock.sendall(head + b"{")
        answer = read_all(sock, limit=5)
    assert answer.startswith(b"HTTP/1.1 404 ") and answer.count(b"HTTP/1.1") == 1, answer
