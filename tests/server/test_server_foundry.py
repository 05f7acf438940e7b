"""The Azure AI Foundry Agent Service flavor: the same operations under /api/projects/{project},
api-version required, bearer tokens, no OpenAI-Beta header, list_threads, and Foundry's own tools."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from assistants_client import Client, NotFoundError
from assistants_server import Server

VERSION = {"api-version": "v1"}
TOKEN = {"Authorization": "Bearer entra-token"}
BING = {"type": "bing_grounding", "bing_grounding": {"search_configurations": [{"connection_id": "conn-bing"}]}}
CONNECTED = {"type": "connected_agent", "connected_agent": {"id": "asst_x", "name": "helper", "description": "Helps."}}
SEARCH_RESOURCES = {
    "azure_ai_search": {"indexes": [{"index_connection_id": "conn-s", "index_name": "docs", "query_type": "simple"}]}
}


@pytest.fixture
def foundry(srv: Server) -> Iterator[httpx2.Client]:
    with httpx2.Client(base_url=srv.foundry_endpoint("my-project"), params=VERSION, headers=TOKEN, timeout=10) as h:
        yield h


def test_api_version_is_required(srv: Server) -> None:
    r = httpx2.get(srv.foundry_endpoint() + "/assistants", headers=TOKEN)
    assert r.status_code == 400
    assert r.json()["error"]["param"] == "api-version"


def test_an_over_long_api_version_is_a_400(srv: Server) -> None:
    url = srv.foundry_endpoint() + "/assistants"
    assert httpx2.get(url, params={"api-version": "v" * 64}, headers=TOKEN).status_code == 200
    refused = httpx2.get(url, params={"api-version": "v" * 65}, headers=TOKEN)
    assert refused.status_code == 400
    error = refused.json()["error"]
    assert error["param"] == "api-version" and error["type"] == "invalid_request_error"


def test_a_bearer_token_is_required(srv: Server, assistants_server_factory: Any) -> None:
    url = srv.foundry_endpoint() + "/assistants"
    assert httpx2.get(url, params=VERSION).status_code == 401
    assert httpx2.get(url, params=VERSION, headers={"api-key": "k"}).status_code == 401
    assert httpx2.get(url, params=VERSION, headers=TOKEN).status_code == 200
    strict = assistants_server_factory(foundry_token="tok-1")
    url = strict.foundry_endpoint() + "/assistants"
    assert httpx2.get(url, params=VERSION, headers=TOKEN).status_code == 401
    assert httpx2.get(url, params=VERSION, headers={"Authorization": "Bearer tok-1"}).status_code == 200
    strict.set_foundry_token("tok-2")
    assert httpx2.get(url, params=VERSION, headers={"Authorization": "Bearer tok-1"}).status_code == 401


def test_no_beta_header_and_the_same_state_as_v1(srv: Server, foundry: httpx2.Client) -> None:
    made = foundry.post("/assistants", json={"model": "gpt-4o-deployment", "tools": [BING, CONNECTED]})
    assert made.status_code == 200, made.text
    assert [t["type"] for t in made.json()["tools"]] == ["bing_grounding", "connected_agent"]
    assert srv.state.get(made.json()["id"])["model"] == "gpt-4o-deployment"
    other = httpx2.get(srv.foundry_endpoint("another-project") + "/assistants", params=VERSION, headers=TOKEN)
    assert [a["id"] for a in other.json()["data"]] == [made.json()["id"]]  # one store for every project


def test_list_threads_pages_like_the_other_lists(foundry: httpx2.Client) -> None:
    ids = [foundry.post("/threads", json={"metadata": {"i": str(i)}}).json()["id"] for i in range(5)]
    first = foundry.get("/threads", params={"limit": 2, "order": "asc"}).json()
    assert first["object"] == "list" and [t["id"] for t in first["data"]] == ids[:2] and first["has_more"]
    rest = foundry.get("/threads", params={"limit": 10, "order": "asc", "after": first["last_id"]}).json()
    assert [t["id"] for t in rest["data"]] == ids[2:] and not rest["has_more"]
    assert [t["id"] for t in foundry.get("/threads").json()["data"]] == ids[::-1]
    foundry.delete(f"/threads/{ids[0]}")
    assert ids[0] not in [t["id"] for t in foundry.get("/threads").json()["data"]]
    assert foundry.get("/threads", params={"limit": 0}).status_code == 400


def test_a_run_with_foundry_tools_and_resources(foundry: httpx2.Client) -> None:
    asst = foundry.post(
        "/assistants",
        json={"model": "gpt-4o", "tools": [{"type": "azure_ai_search"}], "tool_resources": SEARCH_RESOURCES},
    ).json()
    assert asst["tool_resources"] == SEARCH_RESOURCES
    run = foundry.post(
        "/threads/runs",
        json={"assistant_id": asst["id"], "thread": {"messages": [{"role": "user", "content": "hi foundry"}]}},
    ).json()
    for _ in range(200):
        run = foundry.get(f"/threads/{run['thread_id']}/runs/{run['id']}").json()
        if run["status"] == "completed":
            break
    assert run["status"] == "completed"
    messages = foundry.get(f"/threads/{run['thread_id']}/messages").json()["data"]
    assert messages[0]["content"][0]["text"]["value"] == "You said: hi foundry"


@pytest.mark.parametrize(
    "tool",
    [
        {"type": "bing_grounding"},
        {"type": "bing_grounding", "bing_grounding": {"search_configurations": [{"count": 3}]}},
        {"type": "connected_agent", "connected_agent": {"id": "asst_x"}},
        {"type": "openapi", "openapi": {"name": "weather", "spec": {}, "auth": {"type": "password"}}},
        {"type": "azure_function", "azure_function": {"function": {"name": "f"}}},
        {"type": "azure_ai_search", "junk": True},
    ],
)
def test_foundry_tools_are_checked_against_their_schemas(foundry: httpx2.Client, tool: dict[str, Any]) -> None:
    r = foundry.post("/assistants", json={"model": "gpt-4o", "tools": [tool]})
    assert r.status_code == 400, r.text
    assert r.json()["error"]["param"].startswith("tools[0]")


def test_every_foundry_tool_kind_is_accepted(foundry: httpx2.Client) -> None:
    queue = {"type": "storage_queue", "storage_queue": {"queue_service_endpoint": "https://q", "queue_name": "in"}}
    tools = [
        {"type": "azure_ai_search"},
        BING,
        {
            "type": "bing_custom_search",
            "bing_custom_search": {"search_configurations": [{"connection_id": "c", "instance_name": "i"}]},
        },
        {"type": "sharepoint_grounding", "sharepoint_grounding": {"connection_list": [{"connection_id": "c"}]}},
        {"type": "fabric_dataagent", "fabric_dataagent": {"connection_list": [{"connection_id": "c"}]}},
        {
            "type": "openapi",
            "openapi": {
                "name": "weather",
                "description": "Weather API",
                "spec": {"openapi": "3.0.0", "paths": {}},
                "auth": {"type": "managed_identity", "security_scheme": {"audience": "https://api.example"}},
            },
        },
        {
            "type": "azure_function",
            "azure_function": {
                "function": {"name": "lookup", "parameters": {"type": "object"}},
                "input_binding": queue,
                "output_binding": queue,
            },
        },
        CONNECTED,
        {
            "type": "deep_research",
            "deep_research": {
                "deep_research_model": "o3-deep-research",
                "deep_research_bing_grounding_connections": [{"connection_id": "c"}],
            },
        },
    ]
    made = foundry.post("/assistants", json={"model": "gpt-4o", "tools": tools})
    assert made.status_code == 200, made.text
    assert made.json()["tools"] == tools


# -- our Client pointed at the Foundry flavor ----------------------------------------------------
@pytest.fixture
def foundry_client(srv: Server) -> Iterator[Client]:
    with Client(
        api_key="entra-token",
        base_url=srv.foundry_endpoint("my-project"),
        default_query=VERSION,
        beta=None,
        strict=True,
    ) as client:
        yield client


def test_our_client_against_foundry(foundry_client: Client, srv: Server) -> None:
    asst = foundry_client.create_assistant({"model": "gpt-4o", "tools": [BING]})
    assert type(asst.tools[0]).__name__ == "BingGroundingTool"
    thread = foundry_client.create_thread({"messages": [{"role": "user", "content": "hello"}]})
    threads = foundry_client.list_threads(limit=1)
    assert [t.id for t in threads] == [thread.id]
    run = foundry_client.create_run(thread.id, {"assistant_id": asst.id})
    assert run.thread_id == thread.id
    with pytest.raises(NotFoundError):
        foundry_client.get_thread("thread_missing")
    assert srv.stats()["requests_by_route"]["GET /threads"] == 1
