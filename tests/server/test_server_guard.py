"""Issue 26, points 1 and 2: every route prefix behind the same key, and the test hooks only on a
server started with --admin (their values bounded).

Raw HTTP and the official SDK against real servers on loopback: every prefix times every
credential case (none, wrong, right).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from assistants_server import Server
from assistants_server.__main__ import build_parser, config_from_args, warn_if_exposed
from assistants_server.config import ServerConfig
from assistants_server.faults import MAX_FRAMES, MAX_SEEDED
from assistants_server.http.auth import exposed_without_key, matches

KEY, FOUNDRY = "sk-the-right-key", "entra-the-right-token"
PREFIXES = ("v1", "openai", "foundry")
CREDENTIALS = ("none", "wrong", "right")


def assert_envelope(response: httpx2.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"message", "type", "param", "code"}
    return error  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def keyed() -> Iterator[Server]:
    with Server(api_key=KEY, validate_responses=True, admin=False) as srv:
        yield srv
        assert srv.spec_violations == []


@pytest.fixture(scope="module")
def keyed_foundry() -> Iterator[Server]:
    with Server(api_key=KEY, foundry_token=FOUNDRY, validate_responses=True) as srv:
        yield srv
        assert srv.spec_violations == []


def request_for(srv: Server, prefix: str, credential: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """(url, headers, query) of listAssistants under `prefix`, carrying `credential`."""
    key = {"none": None, "wrong": "sk-a-wrong-key", "right": KEY}[credential]
    if prefix == "v1":
        headers = {"OpenAI-Beta": "assistants=v2", **({"Authorization": f"Bearer {key}"} if key else {})}
        return srv.base_url + "/assistants", headers, {}
    if prefix == "openai":
        query = {"api-version": "2024-05-01-preview"}
        return srv.azure_base_url + "/assistants", ({"api-key": key} if key else {}), query
    bearer = {"Authorization": f"Bearer {key}"} if key else {}
    return srv.foundry_endpoint("p") + "/assistants", bearer, {"api-version": "v1"}


@pytest.mark.parametrize("credential", CREDENTIALS)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_every_prefix_demands_the_key(keyed: Server, prefix: str, credential: str) -> None:
    url, headers, query = request_for(keyed, prefix, credential)
    for method, body in (("GET", None), ("POST", {"model": "gpt-4o"})):
        response = httpx2.request(method, url, headers=headers, params=query, json=body, timeout=10)
        if credential == "right":
            assert response.status_code == 200, response.text
        else:
            error = assert_envelope(response, 401)
            assert "sk-a-wrong-key" not in error["message"]


def test_refused_requests_create_nothing(keyed: Server) -> None:
    before = keyed.state.count("assistant")
    for prefix in PREFIXES:
        for credential in ("none", "wrong"):
            url, headers, query = request_for(keyed, prefix, credential)
            httpx2.post(url, headers=headers, params=query, json={"model": "gpt-4o"}, timeout=10)
    assert keyed.state.count("assistant") == before


def test_a_bearer_key_also_opens_the_azure_routes(keyed: Server) -> None:
    url = keyed.azure_base_url + "/assistants"
    query = {"api-version": "2024-05-01-preview"}
    assert httpx2.get(url, params=query, headers={"Authorization": f"Bearer {KEY}"}).status_code == 200
    assert_envelope(httpx2.get(url, params=query, headers={"Authorization": "Bearer nope"}), 401)
    # without a credential the 401 comes before the missing api-version's 400
    assert_envelope(httpx2.get(url), 401)


@pytest.mark.parametrize("credential", CREDENTIALS)
def test_foundry_token_replaces_the_key_on_foundry_routes(keyed_foundry: Server, credential: str) -> None:
    url = keyed_foundry.foundry_endpoint("p") + "/assistants"
    token = {"none": None, "wrong": KEY, "right": FOUNDRY}[credential]  # the API key is not the Foundry token
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx2.get(url, params={"api-version": "v1"}, headers=headers)
    if credential == "right":
        assert response.status_code == 200
    else:
        assert assert_envelope(response, 401)["code"] == "invalid_token"


@pytest.mark.parametrize("credential", CREDENTIALS)
def test_the_official_sdk_on_every_prefix(keyed: Server, credential: str) -> None:
    openai = pytest.importorskip("openai")
    key = {"none": "unsent", "wrong": "sk-a-wrong-key", "right": KEY}[credential]
    # the SDK insists on a key; "none" takes its credential headers off every request
    unsent = {"Authorization": openai.Omit(), "api-key": openai.Omit()} if credential == "none" else {}
    clients = [
        openai.OpenAI(base_url=keyed.base_url, api_key=key, max_retries=0, timeout=10),
        openai.AzureOpenAI(
            azure_endpoint=keyed.azure_endpoint,
            api_key=key,
            api_version="2024-05-01-preview",
            max_retries=0,
        ),
        openai.OpenAI(
            base_url=keyed.foundry_endpoint("p"),
            api_key=key,
            default_query={"api-version": "v1"},
            max_retries=0,
            timeout=10,
        ),
    ]
    for client in clients:
        with client:
            if credential == "right":
                made = client.beta.assistants.create(model="gpt-4o", name="guarded")
                assert client.beta.assistants.retrieve(made.id).name == "guarded"
            else:
                with pytest.raises(openai.AuthenticationError) as caught:
                    client.beta.assistants.list(extra_headers=unsent)
                assert caught.value.status_code == 401 and caught.value.request_id.startswith("req_")


def test_no_key_is_still_possible_for_local_use(assistants_server_factory: Any) -> None:
    srv = assistants_server_factory(admin=False)
    assert httpx2.get(srv.base_url + "/assistants", headers={"OpenAI-Beta": "assistants=v2"}).status_code == 200
    query = {"api-version": "v1"}
    assert httpx2.get(srv.azure_base_url + "/assistants", params=query).status_code == 200
    foundry = srv.foundry_endpoint("p") + "/assistants"
    assert httpx2.get(foundry, params=query, headers={"Authorization": "Bearer any"}).status_code == 200


def test_keys_are_compared_whole() -> None:
    assert matches(KEY, KEY) and matches(KEY, None, KEY)
    assert not matches(KEY[:-1], KEY) and not matches(KEY + "x", KEY) and not matches(None, KEY)
    assert not matches("", None) and matches("ключ", "ключ")


def test_the_server_warns_when_it_listens_beyond_loopback_without_a_key(capsys: Any) -> None:
    assert exposed_without_key(ServerConfig()) == []
    assert exposed_without_key(ServerConfig(host="::1")) == []
    assert exposed_without_key(ServerConfig(host="0.0.0.0", api_key=KEY)) == []
    open_parts = exposed_without_key(ServerConfig(host="0.0.0.0", admin=True))
    assert len(open_parts) == 4 and any("--api-key" in part for part in open_parts)
    warn_if_exposed(ServerConfig(host="192.0.2.1"))
    assert capsys.readouterr().err.count("WARNING: listening on 192.0.2.1") == 3


def test_the_keys_stay_out_of_the_settings_repr() -> None:
    text = repr(ServerConfig(api_key=KEY, azure_api_key="az-secret", foundry_token=FOUNDRY))
    assert KEY not in text and "az-secret" not in text and FOUNDRY not in text


# -- the test hooks ----------------------------------------------------------------------------


def test_admin_is_off_on_the_command_line_and_on_in_the_test_server() -> None:
    assert config_from_args(build_parser().parse_args([])).admin is False
    assert config_from_args(build_parser().parse_args(["--admin"])).admin is True
    assert ServerConfig().admin is False
    assert Server().config.admin is True and Server(admin=False).config.admin is False


ADMIN_ROUTES = [
    ("GET", "/stats"),
    ("GET", "/health"),
    ("GET", "/faults"),
    ("POST", "/faults"),
    ("DELETE", "/faults"),
    ("POST", "/reset"),
    ("GET", "/spec_violations"),
    ("POST", "/azure_token"),
    ("POST", "/threads/thread_x/seed_messages"),
]


def test_without_admin_the_hooks_are_not_there(keyed: Server) -> None:
    auth = {"Authorization": f"Bearer {KEY}", "OpenAI-Beta": "assistants=v2"}
    for method, path in ADMIN_ROUTES:
        response = httpx2.request(method, keyed.origin + "/_mock" + path, headers=auth, json={})
        assert_envelope(response, 404)
    hooks = {"X-Mock-Fault": "status=503", "X-Mock-Stream-Chunks": "300000000", "X-Mock-Step-Delay": "inf"}
    made = httpx2.post(keyed.base_url + "/assistants", headers={**auth, **hooks}, json={"model": "gpt-4o"})
    assert made.status_code == 200
    thread = httpx2.post(keyed.base_url + "/threads", headers=auth, json={}).json()["id"]
    body = {"assistant_id": made.json()["id"], "stream": True}
    with httpx2.stream("POST", f"{keyed.base_url}/threads/{thread}/runs", headers={**auth, **hooks}, json=body) as r:
        assert r.status_code == 200
        deltas = sum(line == "event: thread.message.delta" for line in r.iter_lines())
    assert 0 < deltas < 100  # the scripted answer's own pace, not 300,000,000 chunks


def test_with_a_key_the_hooks_demand_it_too(keyed_foundry: Server) -> None:
    url = keyed_foundry.origin + "/_mock/reset"
    assert_envelope(httpx2.post(url), 401)
    assert_envelope(httpx2.post(url, headers={"Authorization": "Bearer wrong"}), 401)
    assert_envelope(httpx2.post(keyed_foundry.origin + "/_mock/azure_token", json={"token": "mine"}), 401)
    assert keyed_foundry.config.azure_token is None
    assert httpx2.post(url, headers={"Authorization": f"Bearer {KEY}"}).json() == {"ok": True}


@pytest.mark.parametrize(
    ("header", "value"),
    [
        ("X-Mock-Fault", "status=429;retry_after=inf"),
        ("X-Mock-Fault", "status=503;retry_after=nan"),
        ("X-Mock-Fault", "latency=1e9"),
        ("X-Mock-Fault", "latency=-1"),
        ("X-Mock-Fault", "status=200"),
        ("X-Mock-Fault", "status=5e2x"),
        ("X-Mock-Fault", "cut_stream_after=99999999"),
        ("X-Mock-Fault", "fail_after_commit=999"),
        ("X-Mock-Fault", "nonsense=" + "x" * 10_000),
        ("X-Mock-Stream-Chunks", "300000000"),
        ("X-Mock-Stream-Chunks", str(MAX_FRAMES + 1)),
        ("X-Mock-Stream-Chunks", "0"),
        ("X-Mock-Step-Delay", "inf"),
        ("X-Mock-Step-Delay", "3600"),
    ],
)
def test_hook_values_past_their_caps_get_a_typed_400(srv: Server, header: str, value: str) -> None:
    beta = {"OpenAI-Beta": "assistants=v2"}
    asst = httpx2.post(srv.base_url + "/assistants", headers=beta, json={"model": "gpt-4o"}).json()["id"]
    response = httpx2.post(
        srv.base_url + "/threads/runs", headers={**beta, header: value}, json={"assistant_id": asst, "stream": True}
    )
    error = assert_envelope(response, 400)
    assert error["param"] == header and len(error["message"]) < 200
    assert srv.state.count("run") == 0


@pytest.mark.parametrize(
    "settings",
    [
        {"latency": "inf"},
        {"latency": 1e6},
        {"retry_after": -1},
        {"error_rates": {"500": 2}},
        {"error_rates": {"200": 0.5}},
        {"error_rates": "500:1"},
        {"drop_rate": "x" * 10_000},
        {"queue": "status=503", "count": 10**9},
        {"queue": "retry_after=inf"},
        {"queue": 5},
        {"seed": "x"},
        {"unknown_" + "k" * 10_000: 1},
    ],
)
def test_fault_settings_past_their_caps_are_refused(srv: Server, settings: dict[str, Any]) -> None:
    error = assert_envelope(httpx2.post(srv.origin + "/_mock/faults", json=settings), 400)
    assert len(error["message"]) < 300
    assert httpx2.get(srv.origin + "/_mock/faults").json()["config"]["error_rates"] == {}


def test_seeding_is_capped_and_never_blocks_other_requests(srv: Server) -> None:
    beta = {"OpenAI-Beta": "assistants=v2"}
    thread = httpx2.post(srv.base_url + "/threads", headers=beta, json={}).json()["id"]
    url = f"{srv.origin}/_mock/threads/{thread}/seed_messages"
    for count in (MAX_SEEDED + 1, 0, -1, "many", 1.5, True):
        assert assert_envelope(httpx2.post(url, json={"count": count}), 400)["param"] == "count"
    assert_envelope(httpx2.post(url, json={"count": 1, "text": "x" * 5000}), 400)
    assert httpx2.post(url, json={"count": 2, "text": "{0.__class__} {i} {x}"}).json()["count"] == 2
    texts = [m["content"][0]["text"]["value"] for m in srv.state.list("message", thread)]
    assert texts == ["{0.__class__} 0 {x}", "{0.__class__} 1 {x}"]  # {i} is replaced, nothing else read

    done: list[float] = []

    def seed() -> None:
        started = time.monotonic()
        answer = httpx2.post(url, json={"count": MAX_SEEDED}, timeout=120)
        assert answer.status_code == 200
        done.append(time.monotonic() - started)

    seeder = threading.Thread(target=seed)
    seeder.start()
    slowest = 0.0
    with httpx2.Client(base_url=srv.base_url, headers=beta, timeout=30) as client:
        deadline = time.monotonic() + 120
        while not done and time.monotonic() < deadline:
            started = time.monotonic()
            assert client.get("/assistants").status_code == 200
            slowest = max(slowest, time.monotonic() - started)
            time.sleep(0.02)
    seeder.join(120)
    assert done and srv.state.count("message", thread) == MAX_SEEDED + 2
    # a request served between batches waits for one batch, not the seeding: under a loaded machine
    # a batch can take over a second, so the bound grows with the seeding's own time
    bound = max(1.0, done[0] / 4)
    assert slowest < bound, f"a request waited {slowest:.2f} s behind the seeding ({done[0]:.1f} s in all)"


def test_the_command_line_takes_the_key_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ASSISTANTS_API_KEY", KEY)
    assert config_from_args(build_parser().parse_args([])).api_key == KEY
    assert config_from_args(build_parser().parse_args(["--api-key", "flag"])).api_key == "flag"
    monkeypatch.setenv("ASSISTANTS_API_KEY", "")
    assert config_from_args(build_parser().parse_args([])).api_key is None
