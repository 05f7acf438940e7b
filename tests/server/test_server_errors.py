"""Error envelopes: 404 for unknown ids and routes, 400 for invalid bodies, 401, 405."""

from __future__ import annotations

import httpx2
import pytest
from assistants_server import Server

from .conftest import BETA


def _envelope(r: httpx2.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-request-id"].startswith("req_")
    body = r.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"message", "type", "param", "code"}
    return body["error"]


@pytest.mark.parametrize(
    ("method", "path", "named"),
    [
        ("GET", "/assistants/asst_nope", "asst_nope"),
        ("POST", "/assistants/asst_nope", "asst_nope"),
        ("DELETE", "/assistants/asst_nope", "asst_nope"),
        ("GET", "/threads/thread_nope", "thread_nope"),
        ("DELETE", "/threads/thread_nope", "thread_nope"),
        ("GET", "/threads/thread_nope/messages", "thread_nope"),
        ("GET", "/threads/thread_nope/runs/run_x", "thread_nope"),
        ("GET", "/threads/thread_nope/runs/run_x/steps", "thread_nope"),
    ],
)
def test_unknown_ids_are_404_naming_the_id(http: httpx2.Client, method: str, path: str, named: str) -> None:
    err = _envelope(http.request(method, path, json={} if method == "POST" else None), 404)
    assert named in err["message"] and err["type"] == "invalid_request_error"


def test_unknown_children_of_a_real_thread(http: httpx2.Client) -> None:
    thread = http.post("/threads", json={}).json()
    for path, named in [
        (f"/threads/{thread['id']}/messages/msg_x", "msg_x"),
        (f"/threads/{thread['id']}/runs/run_x", "run_x"),
        (f"/threads/{thread['id']}/runs/run_x/steps/step_x", "run_x"),
    ]:
        assert named in _envelope(http.get(path), 404)["message"]
    err = _envelope(http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": "asst_missing"}), 404)
    assert "asst_missing" in err["message"]


def test_unknown_route_and_wrong_method(srv: Server, http: httpx2.Client) -> None:
    err = _envelope(http.get("/nothing/here"), 404)
    assert "/v1/nothing/here" in err["message"]
    _envelope(httpx2.get(srv.origin + "/elsewhere"), 404)
    err = _envelope(http.put("/assistants", json={}), 405)
    assert "PUT" in err["message"]
    _envelope(http.patch("/threads/thread_x"), 405)


@pytest.mark.parametrize(
    ("body", "param", "fragment"),
    [
        ({}, "model", "Missing required parameter"),
        ({"model": 5}, "model", "Invalid type"),
        ({"model": "gpt-4o", "temperature": 3}, "temperature", "temperature"),
        ({"model": "gpt-4o", "tools": [{"type": "function", "function": {"name": 7}}]}, "tools[0].function.name", ""),
        ({"model": "gpt-4o", "tools": [{"type": "mystery"}]}, "tools[0].type", "mystery"),
        ({"model": "gpt-4o", "metadata": {"k": 1}}, "metadata.k", ""),
        ({"model": "gpt-4o", "bogus": True}, "bogus", "Unrecognized request argument"),
    ],
)
def test_invalid_bodies_are_400_with_the_field_path(http: httpx2.Client, body: dict, param: str, fragment: str) -> None:
    err = _envelope(http.post("/assistants", json=body), 400)
    assert err["param"] == param, err
    assert fragment in err["message"]


def test_invalid_nested_bodies(http: httpx2.Client) -> None:
    thread = http.post("/threads", json={}).json()
    err = _envelope(http.post(f"/threads/{thread['id']}/messages", json={"role": "robot", "content": "x"}), 400)
    assert err["param"] == "role"
    err = _envelope(http.post(f"/threads/{thread['id']}/messages", json={"role": "user"}), 400)
    assert err["param"] == "content"
    asst = http.post("/assistants", json={"model": "gpt-4o"}).json()
    err = _envelope(
        http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"], "max_completion_tokens": 5}), 400
    )
    assert err["param"] == "max_completion_tokens"
    err = _envelope(http.post("/threads", content=b"{not json", headers={"content-type": "application/json"}), 400)
    assert "JSON" in err["message"]


def test_beta_header_is_required_on_openai_routes(srv: Server) -> None:
    r = httpx2.get(srv.base_url + "/assistants", headers={"Authorization": "Bearer k"})
    assert "OpenAI-Beta" in _envelope(r, 400)["message"]


def test_api_key_option(assistants_server_factory) -> None:
    srv = assistants_server_factory(api_key="sk-right")
    ok = httpx2.get(srv.base_url + "/assistants", headers=dict(BETA, Authorization="Bearer sk-right"))
    assert ok.status_code == 200
    err = _envelope(
        httpx2.get(srv.base_url + "/assistants", headers=dict(BETA, Authorization="Bearer sk-wrong-key")), 401
    )
    assert err["code"] == "invalid_api_key" and "sk-wrong-key" not in err["message"]
    _envelope(httpx2.get(srv.base_url + "/assistants", headers={"OpenAI-Beta": "assistants=v2"}), 401)


def test_sdk_sees_typed_errors(sdk) -> None:
    openai = pytest.importorskip("openai")
    with pytest.raises(openai.NotFoundError) as nf:
        sdk.beta.threads.retrieve("thread_missing")
    assert nf.value.status_code == 404 and nf.value.request_id.startswith("req_")
    with pytest.raises(openai.BadRequestError) as br:
        sdk.beta.assistants.create(model="gpt-4o", temperature=9)
    assert br.value.param == "temperature"
