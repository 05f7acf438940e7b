"""Azure mode: the same routes under /openai, api-version required, api-key or bearer token."""

from __future__ import annotations

import warnings

import httpx2
import pytest

VERSION = {"api-version": "2024-05-01-preview"}


def test_routes_under_openai_need_api_version(srv) -> None:
    with httpx2.Client(base_url=srv.azure_base_url) as h:
        made = h.post("/assistants", params=VERSION, json={"model": "my-deployment"}, headers={"api-key": "anything"})
        assert made.status_code == 200 and made.json()["object"] == "assistant"
        missing = h.get("/assistants")
        assert missing.status_code == 400 and missing.json()["error"]["param"] == "api-version"
        listed = h.get("/assistants", params=VERSION).json()
        assert [a["id"] for a in listed["data"]] == [made.json()["id"]]
    # it is the same state as /v1
    assert srv.state.get(made.json()["id"])["model"] == "my-deployment"


def test_an_over_long_api_version_is_a_400(srv) -> None:
    with httpx2.Client(base_url=srv.azure_base_url, headers={"api-key": "anything"}) as h:
        assert h.get("/assistants", params={"api-version": "v" * 64}).status_code == 200
        for params in ({"api-version": "v" * 65}, [("api-version", "v1"), ("api-version", "v" * 5000)]):
            refused = h.get("/assistants", params=params)
            assert refused.status_code == 400, refused.text
            error = refused.json()["error"]
            assert error["param"] == "api-version" and error["type"] == "invalid_request_error"
            assert "64" in error["message"] and "vvvv" not in error["message"]


def test_api_key_and_token_rotation(assistants_server_factory) -> None:
    srv = assistants_server_factory(azure_api_key="azkey", azure_token="tok-1")
    with httpx2.Client(base_url=srv.azure_base_url, params=VERSION) as h:
        assert h.get("/assistants", headers={"api-key": "azkey"}).status_code == 200
        assert h.get("/assistants", headers={"Authorization": "Bearer tok-1"}).status_code == 200
        denied = h.get("/assistants", headers={"api-key": "wrong"})
        assert denied.status_code == 401 and set(denied.json()["error"]) == {"message", "type", "param", "code"}
        srv.set_azure_token("tok-2")  # the old token expires
        assert h.get("/assistants", headers={"Authorization": "Bearer tok-1"}).status_code == 401
        assert h.get("/assistants", headers={"Authorization": "Bearer tok-2"}).status_code == 200
        httpx2.post(srv.origin + "/_mock/azure_token", json={"token": "tok-3"})
        assert h.get("/assistants", headers={"Authorization": "Bearer tok-2"}).status_code == 401


def test_azure_sdk_client_runs_a_thread(srv) -> None:
    openai = pytest.importorskip("openai")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        client = openai.AzureOpenAI(
            azure_endpoint=srv.azure_endpoint, api_key="azure-key", api_version="2024-05-01-preview", max_retries=0
        )
        asst = client.beta.assistants.create(model="gpt-4o-deployment")
        run = client.beta.threads.create_and_run_poll(
            assistant_id=asst.id, thread={"messages": [{"role": "user", "content": "hi azure"}]}, poll_interval_ms=10
        )
        assert run.status == "completed"
        messages = client.beta.threads.messages.list(run.thread_id)
        assert messages.data[0].content[0].text.value == "You said: hi azure"
        client.close()
