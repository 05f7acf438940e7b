"""What the README's "Security" section promises, each against a hostile server on loopback
(tests/adversarial.py): no redirect is followed, credentials are masked in every request an error
or raw response exposes, echoed credentials are redacted, the pool is built once under
concurrent first use, `deadline=` bounds a whole call, `max_response_bytes=` bounds an answer."""

from __future__ import annotations

import asyncio
import copy
import gzip
import json
import socket
import struct
import threading
import time
import traceback
import tracemalloc
import zlib
from collections.abc import Iterator
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_api.errors import redact
from assistants_client import AsyncClient, Client
from assistants_server import Server

from .adversarial import Hostile, Seen, drip, reply, reply_json
from .spec import spec

KEY = "sk-live-VERY-SECRET-0123456789"
TOKEN = "eyJ0eXAiOiJKV1QiLCJhbGciOi.entra-token-SECRET"


def thread_json() -> dict[str, Any]:
    return copy.deepcopy(spec()["components"]["schemas"]["ThreadObject"]["examples"][0])


def everything_about(error: BaseException) -> str:
    """Every text a user or a log could see of an error: str, args, message, body, traceback."""
    parts = [str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))]
    for name in ("message", "body"):
        parts.append(repr(getattr(error, name, None)))
    response = getattr(error, "response", None)
    if response is not None:
        parts += [response.text, repr(dict(response.headers)), repr(response.next_request)]
    return "\n".join(parts)


def requests_of(error: BaseException) -> Iterator[httpx2.Request]:
    """Every request reachable from an error, its response and its chained causes."""
    seen: BaseException | None = error
    while seen is not None:
        for holder in (seen, getattr(seen, "response", None)):
            try:
                request = getattr(holder, "request", None)
            except RuntimeError:  # an httpx2 error or response without a request
                request = None
            if request is not None:
                yield request
        seen = seen.__cause__ or seen.__context__


def assert_masked(request: httpx2.Request, *secrets: str) -> None:
    everything = repr(request.headers) + repr(dict(request.headers)) + repr(request.headers.raw)
    for secret in secrets:
        assert secret not in everything


@pytest.fixture(scope="module")
def http() -> Iterator[httpx2.Client]:
    """One engine for the module, configured to follow redirects (the facade must not), so that
    each test does not pay for an SSL context."""
    with httpx2.Client(follow_redirects=True) as client:
        yield client


# -- 1. redirects -------------------------------------------------------------------------------


@pytest.fixture
def elsewhere() -> Iterator[Hostile]:
    """The other origin a redirect points to: it must never hear from the client."""
    with Hostile(lambda seen, sock: reply_json(sock, 200, thread_json())) as server:
        yield server


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
@pytest.mark.parametrize("mode", ["bearer", "azure", "custom"])
def test_redirects_are_never_followed(status: int, mode: str, elsewhere: Hostile, http: httpx2.Client) -> None:
    target = f"{elsewhere.url}/v1/threads"

    def redirect(seen: Seen, sock: socket.socket) -> None:
        reply(sock, status, b"", {"Location": target})

    with Hostile(redirect) as origin:
        if mode == "azure":
            client = Client.azure(endpoint=origin.url, api_version="2024-05-01-preview", api_key=KEY, http_client=http)
        else:
            header = "X-Secret-Key" if mode == "custom" else "Authorization"
            client = Client(api_key=KEY, base_url=origin.url + "/v1", http_client=http, api_key_header=header)
        with client, pytest.raises(ac.APIStatusError) as caught:
            client.create_thread({"metadata": {"private": "body"}})
    error = caught.value
    assert error.status_code == status and target in str(error) and "not followed" in str(error)
    assert elsewhere.seen == [] and len(origin.seen) == 1  # nothing re-sent, not even a retry
    assert error.response.next_request is None
    for request in requests_of(error):
        assert_masked(request, KEY)


async def test_async_redirects_are_never_followed(elsewhere: Hostile) -> None:
    def redirect(seen: Seen, sock: socket.socket) -> None:
        reply(sock, 307, b"", {"Location": f"{elsewhere.url}/v1/threads"})

    with Hostile(redirect) as origin:
        http = httpx2.AsyncClient(follow_redirects=True)
        async with AsyncClient.azure(endpoint=origin.url, api_version="v", api_key=KEY, http_client=http) as client:
            with pytest.raises(ac.APIStatusError, match=r"redirect to http://127\.0\.0\.1"):
                await client.create_thread({})
        await http.aclose()
    assert elsewhere.seen == []


# -- 2 and 3. masked requests, redacted echoes --------------------------------------------------


def echo_credentials(seen: Seen, sock: socket.socket) -> None:
    """A 401 whose body, message and headers repeat every credential the request carried."""
    sent = [seen.headers.get(name, "") for name in ("authorization", "api-key", "x-secret-key")]
    echoed = " ".join(value for value in sent if value)
    body = {
        "error": {"message": f"bad credentials: {echoed}", "type": "invalid_request_error", "code": echoed},
        "echo": {echoed: [echoed]},
        "escaped": "".join(f"\\u{ord(c):04x}" for c in echoed),  # the same, written with JSON escapes
    }
    raw = json.dumps(body).replace("\\\\u", "\\u").encode()
    reply(sock, 401, raw, {"WWW-Authenticate": f"Bearer realm={echoed}", "x-request-id": "req_echo"})


@pytest.mark.parametrize("mode", ["bearer", "azure", "custom", "token_provider"])
def test_echoed_credentials_are_redacted_and_requests_masked(mode: str, http: httpx2.Client) -> None:
    with Hostile(echo_credentials) as server:
        kwargs: dict[str, Any] = {"max_retries": 0, "http_client": http}
        secret = TOKEN if mode == "token_provider" else KEY
        if mode == "azure":
            client = Client.azure(endpoint=server.url, api_version="v", api_key=KEY, **kwargs)
        elif mode == "token_provider":
            client = Client.azure(endpoint=server.url, api_version="v", token_provider=lambda: TOKEN, **kwargs)
        else:
            header = "X-Secret-Key" if mode == "custom" else "Authorization"
            client = Client(api_key=KEY, base_url=server.url + "/v1", api_key_header=header, **kwargs)
        with client, pytest.raises(ac.AuthenticationError) as caught:
            client.get_thread("thread_1")
    error = caught.value
    assert secret in server.seen[0].headers.get("authorization", "") + str(server.seen[0].headers)
    text = everything_about(error)
    assert secret not in text and "[redacted]" in text
    assert error.code in ("[redacted]", "Bearer [redacted]")
    assert secret not in json.dumps(error.body)
    assert error.request_id == "req_echo"
    for request in requests_of(error):
        assert_masked(request, secret)
    assert error.request is not None
    assert any(value == "[redacted]" for value in error.request.headers.values())


def test_raw_responses_expose_masked_requests(http: httpx2.Client) -> None:
    with Hostile(lambda seen, sock: reply_json(sock, 200, thread_json())) as server:
        with Client.azure(endpoint=server.url, api_version="v", api_key=KEY, http_client=http) as client:
            raw = client.with_raw_response.get_thread("thread_1")
            assert raw.parse().id == thread_json()["id"]
            assert_masked(raw.http_response.request, KEY)
            assert raw.http_response.request.headers["api-key"] == "[redacted]"
            assert isinstance(raw.http_response.stream, httpx2.ByteStream)  # cut off from the transport
            client.get_thread("thread_1")  # the next call still authenticates
    assert [seen.headers["api-key"] for seen in server.seen] == [KEY, KEY]


def test_connection_errors_carry_masked_requests(http: httpx2.Client) -> None:
    def hang_up(seen: Seen, sock: socket.socket) -> None:
        sock.shutdown(socket.SHUT_RDWR)

    with Hostile(hang_up) as server:
        retry = ac.RetryPolicy(initial_delay=0)
        with Client(api_key=KEY, base_url=server.url + "/v1", max_retries=1, retry=retry, http_client=http) as c:
            with pytest.raises(ac.APIConnectionError) as caught:
                c.get_thread("thread_1")
    assert len(server.seen) == 2
    requests = list(requests_of(caught.value))
    assert len(requests) >= 2  # the error's own and the chained httpx2 error's
    for request in requests:
        assert_masked(request, KEY)
    assert KEY not in everything_about(caught.value)


def test_a_failing_token_provider_is_a_typed_error() -> None:
    def provider() -> str:
        raise RuntimeError(f"vault unreachable (last token {TOKEN})")

    client = Client(token_provider=provider, base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ac.CredentialsError, match="token provider failed") as caught:
        client.get_thread("thread_1")
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert isinstance(caught.value, ac.APIError)


# -- 4. one pool, however many threads make the first call --------------------------------------


def test_sixteen_threads_build_one_pool(assistants_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx2.Client] = []

    class SlowToBuild(httpx2.Client):
        def __init__(self, **kwargs: Any) -> None:
            time.sleep(0.05)  # widen the window in which a second pool could be built
            super().__init__(**kwargs)
            built.append(self)

    monkeypatch.setattr(Client, "_engine", SlowToBuild)
    client = Client(api_key="sk-test", base_url=assistants_server.base_url, strict=True)
    thread_id = Client(api_key="sk-test", base_url=assistants_server.base_url, strict=True).create_thread({}).id
    built.clear()
    start = threading.Barrier(16)
    errors: list[BaseException] = []

    def first_call() -> None:
        try:
            start.wait(timeout=10)
            client.get_thread(thread_id)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_call) for _ in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    with client:
        pass
    assert errors == [] and len(built) == 1
    assert built[0].is_closed


async def test_sixteen_tasks_build_one_pool(assistants_server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    built: list[httpx2.AsyncClient] = []

    class Counted(httpx2.AsyncClient):
        def __init__(self, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            built.append(self)

    monkeypatch.setattr(AsyncClient, "_engine", Counted)
    async with AsyncClient(api_key="sk-test", base_url=assistants_server.base_url, strict=True) as client:
        thread = await client.create_thread({})
        await asyncio.gather(*(client.get_thread(thread.id) for _ in range(16)))
    assert len(built) == 1 and built[0].is_closed


# -- 5. deadline= ------------------------------------------------------------------------------


def test_deadline_bounds_a_dripping_body() -> None:
    body = json.dumps(thread_json()).encode()
    with Hostile(lambda seen, sock: drip(sock, body, every=0.05, limit=3)) as server:
        client = Client(api_key=KEY, base_url=server.url + "/v1", timeout=1.0, deadline=0.5)
        started = time.monotonic()
        with client, pytest.raises(ac.APITimeoutError, match=r"deadline of 0\.5s"):
            client.get_thread("thread_1")
        assert time.monotonic() - started < 1.2
        # per call, overriding the client's
        started = time.monotonic()
        with pytest.raises(ac.APITimeoutError):
            Client(api_key=KEY, base_url=server.url + "/v1", timeout=1.0).get_thread("thread_1", deadline=0.3)
        assert time.monotonic() - started < 1.0


def test_deadline_includes_retries_and_backoff() -> None:
    def busy(seen: Seen, sock: socket.socket) -> None:
        reply_json(sock, 503, {"error": {"message": "busy"}}, {"retry-after-ms": "100"})

    with Hostile(busy) as server:
        client = Client(api_key=KEY, base_url=server.url + "/v1", max_retries=50)
        started = time.monotonic()
        with client, pytest.raises(ac.APITimeoutError) as caught:
            client.get_thread("thread_1", deadline=0.45)
        elapsed = time.monotonic() - started
    assert 0.25 < elapsed < 0.9 and 3 <= len(server.seen) <= 6
    assert isinstance(caught.value.__cause__, ac.InternalServerError)  # the last answer, chained


def test_a_wait_longer_than_the_deadline_is_not_started() -> None:
    def slow_down(seen: Seen, sock: socket.socket) -> None:
        reply_json(sock, 429, {"error": {"message": "slow down"}}, {"retry-after": "30"})

    with Hostile(slow_down) as server:
        client = Client(api_key=KEY, base_url=server.url + "/v1", deadline=2.0)
        started = time.monotonic()
        with client, pytest.raises(ac.APITimeoutError) as caught:
            client.get_thread("thread_1")
    assert time.monotonic() - started < 1.0 and len(server.seen) == 1
    assert isinstance(caught.value.__cause__, ac.RateLimitError)


async def test_async_deadline_bounds_a_silent_server() -> None:
    def silent(seen: Seen, sock: socket.socket) -> None:
        time.sleep(2)

    with Hostile(silent) as server:
        async with AsyncClient(api_key=KEY, base_url=server.url + "/v1", timeout=30, max_retries=3) as client:
            started = time.monotonic()
            with pytest.raises(ac.APITimeoutError):
                await client.get_thread("thread_1", deadline=0.3)
            assert time.monotonic() - started < 1.0


# -- 6. max_response_bytes= --------------------------------------------------------------------

BOMB_SIZE = 200 * 1024 * 1024


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """A gzip body of about 200 KB that expands to 200 MB of spaces. Built from one compressed
    megabyte repeated (each ends with a full flush, so the pieces are alike), not by compressing
    200 MB."""
    block = b" " * (1024 * 1024)
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    deflate.compress(block)
    deflate.flush(zlib.Z_FULL_FLUSH)
    piece = deflate.compress(block) + deflate.flush(zlib.Z_FULL_FLUSH)
    crc = 0
    for _ in range(BOMB_SIZE // len(block)):
        crc = zlib.crc32(block, crc)
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    trailer = struct.pack("<II", crc, BOMB_SIZE & 0xFFFFFFFF)
    return header + piece * (BOMB_SIZE // len(block)) + deflate.flush() + trailer


def test_the_bomb_is_what_it_says(gzip_bomb: bytes) -> None:
    decompressor = zlib.decompressobj(16 + zlib.MAX_WBITS)
    total = sum(len(decompressor.decompress(gzip_bomb[i : i + 65536])) for i in range(0, len(gzip_bomb), 65536))
    assert total == BOMB_SIZE and decompressor.eof


def test_a_gzip_bomb_is_stopped_at_the_default_cap(gzip_bomb: bytes) -> None:
    assert len(gzip_bomb) < 400_000 and ac.Client(api_key=KEY)._settings.max_response_bytes == 100 * 1024 * 1024

    def bomb(seen: Seen, sock: socket.socket) -> None:
        reply(sock, 200, gzip_bomb, {"Content-Encoding": "gzip"})

    with Hostile(bomb) as server, Client(api_key=KEY, base_url=server.url + "/v1") as client:
        tracemalloc.start()
        try:
            with pytest.raises(ac.ResponseTooLargeError) as caught:
                client.get_thread("thread_1")
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert peak < BOMB_SIZE * 0.9  # never the whole expansion
    error = caught.value
    assert isinstance(error, ac.APIResponseValidationError) and error.limit == 100 * 1024 * 1024
    assert error.operation == "get_thread" and "max_response_bytes" in str(error)


def test_the_cap_per_call_and_per_client(gzip_bomb: bytes) -> None:
    payload = json.dumps(thread_json()).encode()

    def answer(seen: Seen, sock: socket.socket) -> None:
        if seen.path.endswith("bomb"):
            reply(sock, 200, gzip_bomb, {"Content-Encoding": "gzip"})
        else:
            reply(sock, 200, gzip.compress(payload), {"Content-Encoding": "gzip"})

    with Hostile(answer) as server, Client(api_key=KEY, base_url=server.url + "/v1", max_response_bytes=1000) as c:
        assert c.get_thread("thread_1").id == thread_json()["id"]
        with pytest.raises(ac.ResponseTooLargeError):
            c.get_thread("thread_1", max_response_bytes=len(payload) - 1)  # counted after decompression
        started = time.monotonic()
        with pytest.raises(ac.ResponseTooLargeError):
            c.get_thread("bomb")
        assert time.monotonic() - started < 2.0


async def test_async_cap(gzip_bomb: bytes) -> None:
    def bomb(seen: Seen, sock: socket.socket) -> None:
        reply(sock, 500, gzip_bomb, {"Content-Encoding": "gzip"})  # an error body is capped too

    with Hostile(bomb) as server:
        async with AsyncClient(api_key=KEY, base_url=server.url + "/v1", max_response_bytes=10_000) as client:
            with pytest.raises(ac.ResponseTooLargeError):
                await client.get_thread("thread_1")
        assert len(server.seen) == 1  # not retried


# -- keys and tokens that cannot travel in a header, and short keys ---------------------------


def test_a_key_read_with_its_trailing_newline_still_works(assistants_server: Server) -> None:
    with Client(api_key="sk-test\n", base_url=assistants_server.base_url, strict=True) as client:
        assert client.create_thread({}).id.startswith("thread_")


def test_a_key_with_a_line_break_inside_is_refused_without_showing_it() -> None:
    secret = "sk-proj-REALSECRET0123456789"
    with pytest.raises(ac.CredentialsError) as caught:
        Client(api_key=f"{secret}\nX-Evil: 1", base_url="http://127.0.0.1:9/v1")
    shown = str(caught.value) + repr(caught.value.args) + "".join(traceback.format_exception_only(caught.value))
    assert secret not in shown and "X-Evil" not in shown
    assert caught.value.__cause__ is None and caught.value.__context__ is None


def test_a_token_with_a_line_break_is_refused_without_showing_it() -> None:
    client = Client(token_provider=lambda: "tok-SECRET-0123456789\nX-Evil: 1", base_url="http://127.0.0.1:9/v1")
    with pytest.raises(ac.CredentialsError) as caught:
        client.get_thread("thread_1")
    chain = [caught.value, caught.value.__cause__, caught.value.__context__]
    shown = "".join(str(e) + repr(getattr(e, "args", ())) for e in chain if e is not None)
    assert "tok-SECRET" not in shown


def test_an_escaped_secret_is_redacted_too() -> None:
    secret = "sk-proj-REALSECRET0123456789\n"
    text = f"Illegal header value {('Bearer ' + secret).encode()!r}"
    assert "REALSECRET" not in redact(text, [secret])


def test_a_short_key_is_redacted_only_where_it_stands_alone(assistants_server: Server) -> None:
    with Client(api_key="any", base_url=assistants_server.base_url, strict=True) as client:
        with pytest.raises(ac.NotFoundError) as caught:
            client.get_thread("thread_company")
    assert "thread_company" in str(caught.value)
    assert redact("key any was rejected", ["any"]) == "key [redacted] was rejected"
