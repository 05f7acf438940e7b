"""The flat functions (`assistants_api.api.get_thread(..., client=...)`) against the real local
server: an error status raises the same typed errors as the facade, with the parsed envelope
(status, type, code, param, message, request id) and the key masked and redacted."""

from __future__ import annotations

import socket

import assistants_client
import httpx2
import pytest
from assistants_api import api, errors
from assistants_api.client import AuthenticatedClient
from assistants_server import Server

BETA = {"OpenAI-Beta": "assistants=v2"}


def flat_client(server: Server, token: str = "sk-test") -> AuthenticatedClient:
    return AuthenticatedClient(server.base_url, token=token, headers=BETA)


def test_the_facade_and_the_flat_layer_share_one_tree() -> None:
    assert assistants_client.NotFoundError is errors.NotFoundError
    assert assistants_client.APIError is errors.APIError
    assert issubclass(errors.NotFoundError, assistants_client.APIStatusError)


def test_not_found_carries_the_envelope(assistants_server: Server) -> None:
    with flat_client(assistants_server) as client, pytest.raises(errors.NotFoundError) as caught:
        api.get_thread("thread_nope", client=client)
    error = caught.value
    assert error.status_code == 404 and error.type == "invalid_request_error"
    assert "thread_nope" in error.message and error.message == str(error)
    assert error.request_id and error.request_id in str(error)
    assert isinstance(error.body, dict) and error.body["error"]["message"] in str(error)


def test_bad_request_names_the_param(assistants_server: Server) -> None:
    with flat_client(assistants_server) as client:
        thread = api.create_thread({}, client=client)
        with pytest.raises(errors.BadRequestError) as caught:
            api.create_message(thread.id, {"role": "wizard", "content": "hi"}, client=client)
    error = caught.value
    assert error.status_code == 400 and error.param is not None and "role" in error.param


def test_a_wrong_key_is_an_authentication_error_without_the_key(assistants_server_factory: object) -> None:
    server = assistants_server_factory(api_key="sk-right")  # type: ignore[operator]
    secret = "sk-wrong-but-still-SECRET"
    with flat_client(server, token=secret) as client, pytest.raises(errors.AuthenticationError) as caught:
        api.list_assistants(client=client)
    error = caught.value
    assert error.code == "invalid_api_key" and error.status_code == 401
    assert secret not in str(error) and secret not in repr(error.body)
    assert error.request is not None and error.request.headers["authorization"] == "[redacted]"


async def test_async_flat_functions_raise_the_same(assistants_server: Server) -> None:
    async with flat_client(assistants_server) as client:
        with pytest.raises(errors.NotFoundError) as caught:
            await api.get_run_async("thread_nope", "run_nope", client=client)
        assert caught.value.status_code == 404
        thread = await api.create_thread_async({}, client=client)
        assert (await api.get_thread_async(thread.id, client=client)).id == thread.id


def test_no_answer_is_a_typed_connection_error_with_the_token_masked() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    client = AuthenticatedClient(f"http://127.0.0.1:{port}/v1", token="sk-flat-SECRET-0123456789")
    with pytest.raises(errors.APIConnectionError) as caught:
        api.get_thread("thread_1", client=client)
    assert caught.value.request is not None
    assert caught.value.request.headers["Authorization"] == errors.REDACTED
    assert "sk-flat-SECRET" not in str(caught.value)


async def test_a_timeout_is_a_typed_timeout_error() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # accepts the connection, never answers
        port = silent.getsockname()[1]
        client = AuthenticatedClient(f"http://127.0.0.1:{port}/v1", token="sk-test", timeout=httpx2.Timeout(0.3))
        with pytest.raises(errors.APITimeoutError):
            await api.get_thread_async("thread_1", client=client)
