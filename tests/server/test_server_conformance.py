"""Conformance defects found by running the official SDK's tests and schemathesis against the
server: each is checked here over loopback HTTP."""

from __future__ import annotations

import socket
from typing import Any

import httpx2
import pytest
from assistants_server import Server
from assistants_server.backends.scripted import build_arguments

from .conftest import BETA


def _error(r: httpx2.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json"), r.headers
    error: dict[str, Any] = r.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error


@pytest.mark.parametrize(
    ("extra", "param"),
    [
        ({"response_format": {"type": "bogus"}}, "response_format.type"),
        ({"tools": [{"type": "file_search", "file_search": 5}]}, "tools[0].file_search"),
        ({"tools": [{"type": "file_search", "file_search": {"max_num_results": -1}}]}, None),
        ({"tools": [{"type": "code_interpreter", "junk": 1}]}, "tools[0].junk"),
        ({"response_format": {"type": "json_schema", "json_schema": {"name": "n", "strict": {"a": 1}}}}, None),
        ({"tools": [{"type": "function", "function": {"name": "f", "parameters": 3}}]}, "tools[0].function.parameters"),
        ({"reasoning_effort": "bogus"}, "reasoning_effort"),
    ],
)
def test_a_known_kind_has_to_match_its_schema(http: httpx2.Client, extra: dict[str, Any], param: str | None) -> None:
    err = _error(http.post("/assistants", json={"model": "gpt-4o", **extra}), 400)
    if param is not None:
        assert err["param"] == param, err
    assert http.get("/assistants").json()["data"] == []  # nothing was stored


@pytest.mark.parametrize(
    "extra",
    [
        {"tools": [{"type": "file_search", "file_search": {"max_num_results": 5}}]},
        {"tools": [{"type": "code_interpreter"}]},
        {"response_format": {"type": "json_schema", "json_schema": {"name": "n", "strict": True, "schema": {}}}},
        {"response_format": "auto"},
        {"response_format": {"type": "json_object"}},
    ],
)
def test_a_known_kind_that_matches_its_schema_passes(http: httpx2.Client, extra: dict[str, Any]) -> None:
    made = http.post("/assistants", json={"model": "gpt-4o", **extra})
    assert made.status_code == 200, made.text
    key = next(iter(extra))
    assert made.json()[key] == extra[key]


@pytest.mark.parametrize("effort", ["none", "minimal", "low", "medium", "high", "xhigh", "max"])
def test_every_reasoning_effort_is_accepted(http: httpx2.Client, effort: str) -> None:
    made = http.post("/assistants", json={"model": "o3", "reasoning_effort": effort})
    assert made.status_code == 200, made.text
    assert made.json()["reasoning_effort"] == effort


def test_an_empty_model_is_a_400(http: httpx2.Client) -> None:
    assert _error(http.post("/assistants", json={"model": ""}), 400)["param"] == "model"
    asst = http.post("/assistants", json={"model": "gpt-4o"}).json()
    assert _error(http.post(f"/assistants/{asst['id']}", json={"model": ""}), 400)["param"] == "model"
    assert http.get(f"/assistants/{asst['id']}").json()["model"] == "gpt-4o"


@pytest.mark.parametrize("raw", [b"\x0b\x0c", b"\x00", b"\x1c\x1d\x1e", b"  \x7f "])
def test_a_body_of_control_characters_is_a_400(http: httpx2.Client, raw: bytes) -> None:
    r = http.post("/threads", content=raw, headers={"content-type": "application/json"})
    assert "JSON" in _error(r, 400)["message"]
    assert http.post("/threads", content=b" \r\n\t ", headers={"content-type": "application/json"}).status_code == 200


def test_modify_operations_require_their_body(http: httpx2.Client) -> None:
    asst = http.post("/assistants", json={"model": "gpt-4o"}).json()
    thread = http.post("/threads", json={}).json()
    message = http.post(f"/threads/{thread['id']}/messages", json={"role": "user", "content": "hi"}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"]}).json()
    for path in (
        f"/assistants/{asst['id']}",
        f"/threads/{thread['id']}",
        f"/threads/{thread['id']}/messages/{message['id']}",
        f"/threads/{thread['id']}/runs/{run['id']}",
    ):
        assert _error(http.post(path), 400)["code"] == "missing_body", path
        assert http.post(path, json={"metadata": {"k": "v"}}).json()["metadata"] == {"k": "v"}
    # a body that is optional stays optional
    assert http.post("/threads").status_code == 200


def test_unknown_include_values_are_a_400(http: httpx2.Client) -> None:
    asst = http.post("/assistants", json={"model": "gpt-4o"}).json()
    thread = http.post("/threads", json={}).json()
    run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": asst["id"]}).json()
    steps = f"/threads/{thread['id']}/runs/{run['id']}/steps"
    known = "step_details.tool_calls[*].file_search.results[*].content"
    assert http.get(steps, params={"include[]": known}).status_code == 200
    assert _error(http.get(steps, params={"include[]": "bogus"}), 400)["param"] == "include[]"
    r = http.post(f"/threads/{thread['id']}/runs", params={"include[]": "bogus"}, json={"assistant_id": asst["id"]})
    assert _error(r, 400)["param"] == "include[]"


@pytest.mark.parametrize(
    ("params", "param", "code"),
    [
        ({"limit": "0"}, "limit", "integer_out_of_range"),
        ({"limit": "101"}, "limit", "integer_out_of_range"),
        ({"limit": "ten"}, "limit", "invalid_type"),
        ({"order": "sideways"}, "order", "invalid_value"),
    ],
)
def test_query_parameters_are_checked_against_the_spec(
    http: httpx2.Client, params: dict[str, str], param: str, code: str
) -> None:
    err = _error(http.get("/assistants", params=params), 400)
    assert (err["param"], err["code"]) == (param, code)


def test_unknown_thread_or_run_is_404_before_the_body_is_checked(http: httpx2.Client) -> None:
    bad = {"bogus": 1}
    assert "thread_nope" in _error(http.post("/threads/thread_nope/runs", json=bad), 404)["message"]
    assert "thread_nope" in _error(http.post("/threads/thread_nope/messages", json=bad), 404)["message"]
    assert "thread_nope" in _error(http.post("/threads/thread_nope", json=bad), 404)["message"]
    thread = http.post("/threads", json={}).json()
    base = f"/threads/{thread['id']}/runs/run_nope"
    assert "run_nope" in _error(http.post(base + "/submit_tool_outputs", json=bad), 404)["message"]
    assert "run_nope" in _error(http.post(base, json=bad), 404)["message"]
    assert "asst_nope" in _error(http.post("/assistants/asst_nope", json=bad), 404)["message"]


@pytest.mark.parametrize(
    "resources",
    [
        {"code_interpreter": {"file_ids": [], "junk": 1}},
        {"file_search": {"vector_store_ids": [], "bogus": True}},
        {"web_browser": {}},
    ],
)
def test_unknown_nested_keys_in_tool_resources_are_rejected(http: httpx2.Client, resources: dict[str, Any]) -> None:
    err = _error(http.post("/threads", json={"tool_resources": resources}), 400)
    assert err["code"] == "unknown_parameter" and err["param"].startswith("tool_resources.")
    err = _error(http.post("/assistants", json={"model": "gpt-4o", "tool_resources": resources}), 400)
    assert err["param"].startswith("tool_resources.")


def test_a_405_names_the_allowed_methods(http: httpx2.Client) -> None:
    r = http.put("/assistants", json={})
    _error(r, 405)
    assert r.headers["allow"] == "GET, POST"
    r = http.patch("/threads/thread_x")
    _error(r, 405)
    assert r.headers["allow"] == "DELETE, GET, POST"


@pytest.mark.parametrize(
    "path",
    ["/threads/thread%0Aabc", "/threads/abc%0A", "/assistants%0A", "/assistants%0D%0A", "/threads/%00/runs"],
)
def test_control_characters_in_a_path_get_the_json_404(http: httpx2.Client, path: str) -> None:
    err = _error(http.get(path), 404)
    assert err["type"] == "invalid_request_error"


def test_routes_need_the_exact_path(http: httpx2.Client, srv: Server) -> None:
    _error(http.get("/assistants/"), 404)
    _error(httpx2.get(srv.origin + "/v2/assistants", headers=BETA), 404)
    _error(httpx2.get(srv.origin + "/_mock/nothing"), 404)


def _ipv6_loopback() -> bool:
    try:
        with socket.socket(socket.AF_INET6, socket.SOCK_STREAM) as probe:
            probe.bind(("::1", 0))
        return True
    except OSError:
        return False


@pytest.mark.skipif(not _ipv6_loopback(), reason="no IPv6 loopback on this machine")
def test_an_ipv6_host_is_bracketed_in_the_urls() -> None:
    with Server(host="::1") as srv:
        assert srv.base_url == f"http://[::1]:{srv.port}/v1"
        with httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as h:
            assert h.post("/assistants", json={"model": "gpt-4o"}).status_code == 200


def test_the_bracketing_is_done_by_the_config() -> None:
    from assistants_server import ServerConfig
    from assistants_server.http.listener import origin

    assert origin(ServerConfig(host="::1"), 8000) == "http://[::1]:8000"
    assert origin(ServerConfig(host="127.0.0.1"), 8000) == "http://127.0.0.1:8000"


def test_scripted_words_are_whitespace_separated() -> None:
    params = {"type": "object", "properties": {"tz": {"type": "string"}, "fmt": {"type": "string"}}}
    assert build_arguments(params, "please get_time Europe/Berlin, iso-8601.", "get_time") == {
        "tz": "Europe/Berlin",
        "fmt": "iso-8601",
    }
