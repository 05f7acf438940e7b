"""Whatever bytes come back, only APIError subclasses leave a method, with the original chained;
strict decoding is plumbed from `Client(strict=True)`; validation errors name the operation and
the JSON path and stay short. Bodies a server could send but ours will not are given through
httpx2.MockTransport."""

from __future__ import annotations

import copy
import gzip
import json
import socket
from collections.abc import Callable
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_client import AsyncClient, Client

from .adversarial import Hostile, Seen, reply
from .spec import spec

BASE = "http://127.0.0.1:9/v1"


def example(name: str) -> dict[str, Any]:
    return copy.deepcopy(spec()["components"]["schemas"][name]["examples"][0])


def answering(status: int, body: bytes, headers: dict[str, str] | None = None, **kwargs: Any) -> Client:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(status, content=body, headers=headers)

    transport = httpx2.MockTransport(handler)
    return Client(api_key="sk-test", base_url=BASE, http_client=httpx2.Client(transport=transport), **kwargs)


def run_with(**changes: Any) -> bytes:
    return json.dumps({**example("RunObject"), **changes}).encode()


HOSTILE_BODIES: dict[str, bytes] = {
    "1,000 nested arrays": b"[" * 1000 + b"]" * 1000,
    "100,000 nested objects": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "10**400 where a number goes": run_with(temperature=10**400, created_at=10**400),
    "a 5,000-digit integer": b'{"id": "run_1", "created_at": ' + b"9" * 5000 + b"}",
    "1e999 (infinity)": b'{"id": "run_1", "temperature": 1e999}',
    "invalid UTF-8": b'{"id": "run_\xff\xfe", "object": "thread.run"}',
    "a UTF-16 body": json.dumps(example("RunObject")).encode("utf-16"),
    "NaN": b"NaN",
    "empty": b"",
    "a bare string": b'"run"',
    "nulls everywhere": json.dumps(dict.fromkeys(example("RunObject"))).encode(),
    "wrong types everywhere": json.dumps({key: [{"x": 1}] for key in example("RunObject")}).encode(),
}


@pytest.mark.parametrize("strict", [False, True])
@pytest.mark.parametrize("status", [200, 400, 503])
@pytest.mark.parametrize("name", list(HOSTILE_BODIES))
def test_hostile_bodies_give_only_typed_errors(name: str, status: int, strict: bool) -> None:
    client = answering(status, HOSTILE_BODIES[name], strict=strict, max_retries=0)
    try:
        client.get_run("thread_1", "run_1")
    except ac.APIError as exc:
        if status == 200:
            assert isinstance(exc, ac.APIResponseValidationError) and exc.operation == "get_run"
            assert exc.__cause__ is not None
        else:
            assert isinstance(exc, ac.APIStatusError) and exc.status_code == status
        assert len(str(exc)) < 1000


def test_deep_nesting_names_the_cause() -> None:
    with pytest.raises(ac.APIResponseValidationError, match="RecursionError") as caught:
        answering(200, HOSTILE_BODIES["1,000 nested arrays"]).get_thread("thread_1")
    assert isinstance(caught.value.__cause__, RecursionError)


def corrupt_gzip() -> bytes:
    body = gzip.compress(json.dumps(example("ThreadObject")).encode())
    return body[:20] + bytes(b ^ 0xFF for b in body[20:40]) + body[40:]


def test_a_corrupt_gzip_body_is_typed() -> None:
    def answer(seen: Seen, sock: socket.socket) -> None:
        reply(sock, 200, corrupt_gzip(), {"Content-Encoding": "gzip"})

    with Hostile(answer) as server, Client(api_key="sk", base_url=server.url + "/v1", max_retries=0) as client:
        with pytest.raises(ac.APIResponseValidationError, match="could not be read") as caught:
            client.get_thread("thread_1")
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)
    assert caught.value.operation == "get_thread"


async def test_a_corrupt_gzip_body_is_typed_async() -> None:
    def answer(request: httpx2.Request) -> httpx2.Response:  # decoded when read, as from a socket
        return httpx2.Response(200, stream=httpx2.ByteStream(corrupt_gzip()), headers={"content-encoding": "gzip"})

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(answer))
    async with AsyncClient(api_key="sk", base_url=BASE, http_client=http) as c:
        with pytest.raises(ac.APIResponseValidationError) as caught:
            await c.get_thread("thread_1")
    assert isinstance(caught.value.__cause__, httpx2.DecodingError)


def test_a_10_mb_value_makes_a_short_message() -> None:
    thread = example("ThreadObject")
    thread["created_at"] = "x" * 10_000_000
    with pytest.raises(ac.APIResponseValidationError) as caught:
        answering(200, json.dumps(thread).encode(), strict=True).get_thread("thread_1")
    assert caught.value.path == "created_at" and len(str(caught.value)) < 600
    with pytest.raises(ac.APIResponseValidationError) as not_json:
        answering(200, b"<" * 10_000_000).get_thread("thread_1")
    assert len(str(not_json.value)) < 600
    with pytest.raises(ac.BadRequestError) as status:
        answering(400, json.dumps({"error": {"message": "m" * 10_000_000}}).encode()).get_thread("thread_1")
    assert len(str(status.value)) < 1000


# -- strict mode ---------------------------------------------------------------------------------


def messages_with_a_number_for_text() -> bytes:
    page = example("ListMessagesResponse")
    page["data"][0]["content"][0]["text"]["value"] = 5
    return json.dumps(page).encode()


@pytest.mark.parametrize("make", [Client, AsyncClient])
def test_strict_is_off_by_default(make: Callable[..., Any]) -> None:
    assert make(api_key="sk").strict is False and make(api_key="sk", strict=True).strict is True


def test_strict_client_rejects_what_the_tolerant_one_keeps() -> None:
    thread = example("ThreadObject")
    del thread["created_at"]
    tolerant = answering(200, json.dumps(thread).encode()).get_thread("thread_1")
    assert tolerant.created_at is None
    with pytest.raises(ac.APIResponseValidationError) as caught:
        answering(200, json.dumps(thread).encode(), strict=True).get_thread("thread_1")
    error = caught.value
    assert (error.operation, error.model, error.path) == ("get_thread", "ThreadObject", "created_at")
    assert "get_thread" in str(error) and "created_at" in str(error)


def test_strict_error_names_the_json_path() -> None:
    with pytest.raises(ac.APIResponseValidationError) as caught:
        list(answering(200, messages_with_a_number_for_text(), strict=True).list_messages("thread_1"))
    assert caught.value.path == "data[0].content[0].text.value"
    assert "list_messages" in str(caught.value) and caught.value.path in str(caught.value)


async def test_strict_async_client_and_raw_responses() -> None:
    transport = httpx2.MockTransport(lambda r: httpx2.Response(200, content=messages_with_a_number_for_text()))
    http = httpx2.AsyncClient(transport=transport)
    async with AsyncClient(api_key="sk", base_url=BASE, http_client=http, strict=True) as client:
        with pytest.raises(ac.APIResponseValidationError) as caught:
            await client.list_messages("thread_1")
        assert caught.value.path == "data[0].content[0].text.value"
        raw = await client.with_raw_response.list_messages("thread_1")
        with pytest.raises(ac.APIResponseValidationError):
            raw.parse()


# -- the engine ------------------------------------------------------------------------------------


def test_an_httpx_client_is_refused_with_what_to_pass() -> None:
    # A class from the httpx 0.x package, told apart by its module name (httpx is not imported).
    HttpxClient = type("Client", (), {"__module__": "httpx._client"})
    with pytest.raises(TypeError, match=r"httpx2\.Client.*httpx 0\.x.*httpx2\.Client\(") as caught:
        Client(api_key="sk", http_client=HttpxClient())  # type: ignore[arg-type]
    assert "httpx._client" not in str(caught.value) or "httpx.Client" in str(caught.value)
    AsyncHttpx = type("AsyncClient", (), {"__module__": "httpx"})
    with pytest.raises(TypeError, match=r"httpx2\.AsyncClient"):
        AsyncClient(api_key="sk", http_client=AsyncHttpx())  # type: ignore[arg-type]


def test_the_wrong_kind_of_httpx2_client_is_refused() -> None:
    with pytest.raises(TypeError, match=r"takes an httpx2\.AsyncClient, not httpx2\.Client"):
        AsyncClient(api_key="sk", http_client=httpx2.Client())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"takes an httpx2\.Client"):
        Client(api_key="sk", http_client=object())  # type: ignore[arg-type]
