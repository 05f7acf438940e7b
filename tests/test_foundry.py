"""Client.foundry / AsyncClient.foundry: the wire a Foundry project endpoint expects, checked with
httpx2.MockTransport until the local server serves the Foundry flavor (`/api/projects/{project}`)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import assistants_client as ac
import httpx2
import pytest
from assistants_client import AsyncClient, Client

from .spec import spec

ENDPOINT = "https://my-ai-services.services.ai.azure.com/api/projects/my-project"


def example(name: str) -> dict[str, Any]:
    return copy.deepcopy(spec()["components"]["schemas"][name]["examples"][0])


class Wire:
    """Every request as sent (headers copied before the client masks its credential)."""

    def __init__(self, answers: Iterator[httpx2.Response] | None = None) -> None:
        self.sent: list[tuple[str, httpx2.URL, httpx2.Headers, bytes]] = []
        self.answers = answers

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.sent.append((request.method, request.url, httpx2.Headers(request.headers), request.content))
        if self.answers is not None:
            return next(self.answers)
        return httpx2.Response(200, json=example("ThreadObject"))


def tokens() -> Iterator[str]:
    for n in range(100):
        yield f"entra-token-{n}"


def test_the_wire_of_a_foundry_project() -> None:
    wire, issued = Wire(), tokens()
    http = httpx2.Client(transport=httpx2.MockTransport(wire))
    with Client.foundry(endpoint=ENDPOINT + "/", token_provider=lambda: next(issued), http_client=http) as client:
        assert client.base_url == ENDPOINT
        client.create_thread({})
        client.get_thread("thread_abc123", extra_query={"x": "1"})
    (m1, url1, h1, body1), (m2, url2, h2, _) = wire.sent
    assert (m1, str(url1)) == ("POST", ENDPOINT + "/threads?api-version=v1")
    assert (m2, url2.path, dict(url2.params)) == (
        "GET",
        "/api/projects/my-project/threads/thread_abc123",
        {
            "api-version": "v1",
            "x": "1",
        },
    )
    assert h1["authorization"] == "Bearer entra-token-0" and h2["authorization"] == "Bearer entra-token-1"
    assert "openai-beta" not in h1 and "api-key" not in h1
    assert json.loads(body1) == {}


def test_a_401_asks_for_a_fresh_token_once() -> None:
    answers = iter([httpx2.Response(401, json={"error": {"message": "token expired"}})] * 2)
    wire, issued = Wire(answers), tokens()
    http = httpx2.Client(transport=httpx2.MockTransport(wire))
    client = Client.foundry(endpoint=ENDPOINT, token_provider=lambda: next(issued), http_client=http, max_retries=5)
    with pytest.raises(ac.AuthenticationError) as caught:
        client.get_thread("thread_1")
    assert [headers["authorization"] for _, _, headers, _ in wire.sent] == [
        "Bearer entra-token-0",
        "Bearer entra-token-1",
    ]
    assert "entra-token" not in str(caught.value.request.headers)  # type: ignore[union-attr]


def test_an_api_key_instead_of_a_token() -> None:
    wire = Wire()
    http = httpx2.Client(transport=httpx2.MockTransport(wire))
    Client.foundry(endpoint=ENDPOINT, api_key="foundry-key", api_version="2025-05-01", http_client=http).get_thread(
        "thread_1"
    )
    _, url, headers, _ = wire.sent[0]
    assert headers["api-key"] == "foundry-key" and "authorization" not in headers
    assert url.params["api-version"] == "2025-05-01"


def test_exactly_one_credential() -> None:
    with pytest.raises(ValueError, match="exactly one"):
        Client.foundry(endpoint=ENDPOINT)
    with pytest.raises(ValueError, match="exactly one"):
        AsyncClient.foundry(endpoint=ENDPOINT, api_key="k", token_provider=lambda: "t")


async def test_async_foundry() -> None:
    wire, issued = Wire(), tokens()
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(wire))
    async with AsyncClient.foundry(endpoint=ENDPOINT, token_provider=lambda: next(issued), http_client=http) as c:
        assert (await c.get_thread("thread_1")).id == example("ThreadObject")["id"]
        pages = c.list_assistants(limit=1)
        assert isinstance(pages, ac.AsyncPaginator)
    _, url, headers, _ = wire.sent[0]
    assert str(url) == ENDPOINT + "/threads/thread_1?api-version=v1"
    assert headers["authorization"] == "Bearer entra-token-0" and "openai-beta" not in headers


# -- against the local server's Foundry flavor --------------------------------------------------


def test_a_conversation_through_foundry(assistants_server: Any) -> None:
    issued = tokens()
    endpoint = assistants_server.foundry_endpoint("my-project")
    with Client.foundry(endpoint=endpoint, token_provider=lambda: next(issued)) as client:
        assistant = client.create_assistant({"model": "gpt-4o", "name": "Helper"})
        thread = client.create_thread({})
        client.create_message(thread.id, {"role": "user", "content": "Hello"})
        run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_interval=0.02)
        assert str(run.status) == "completed"
        texts = [m.content[0].text.value for m in client.list_messages(thread.id, order="asc")]
        assert texts[0] == "Hello" and "Hello" in texts[-1]
        with pytest.raises(ac.NotFoundError):
            client.get_thread("thread_missing")


def test_foundry_token_refresh_against_the_server(assistants_server: Any) -> None:
    assistants_server.set_foundry_token("entra-token-1")  # the first token handed out is stale
    try:
        issued = tokens()
        endpoint = assistants_server.foundry_endpoint()
        with Client.foundry(endpoint=endpoint, token_provider=lambda: next(issued)) as client:
            assert client.create_thread({}).id.startswith("thread")
        with Client.foundry(endpoint=endpoint, token_provider=lambda: "entra-token-wrong") as client:
            with pytest.raises(ac.AuthenticationError) as caught:
                client.create_thread({})
        assert "entra-token-wrong" not in str(caught.value)
    finally:
        assistants_server.set_foundry_token(None)


async def test_async_foundry_against_the_server(assistants_server: Any) -> None:
    endpoint = assistants_server.foundry_endpoint()
    async with AsyncClient.foundry(endpoint=endpoint, token_provider=lambda: "any-token") as client:
        thread = await client.create_thread({})
        assert (await client.get_thread(thread.id)).id == thread.id


def test_list_threads_pages_through_a_foundry_project(assistants_server: Any) -> None:
    with Client.foundry(endpoint=assistants_server.foundry_endpoint("paged"), token_provider=lambda: "t") as client:
        created = {client.create_thread({}).id for _ in range(5)}
        listed = [thread.id for thread in client.list_threads(limit=2)]  # three pages
        assert set(listed) == created and len(listed) == 5
        pages = list(client.list_threads(limit=2).pages())
        assert [len(page.data) for page in pages] == [2, 2, 1] and pages[0].has_more


def test_list_threads_on_a_host_without_it_is_not_found() -> None:
    envelope = {"error": {"message": "Invalid URL (GET /v1/threads)", "type": "invalid_request_error"}}
    http = httpx2.Client(transport=httpx2.MockTransport(lambda r: httpx2.Response(404, json=envelope)))
    with pytest.raises(ac.NotFoundError, match="Invalid URL"):
        list(Client(api_key="sk", base_url="https://api.example.com/v1", http_client=http).list_threads())
