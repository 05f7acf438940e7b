"""Fault injection (each kind, over raw httpx) and Idempotency-Key replay."""

from __future__ import annotations

import time

import httpx2
import pytest
from assistants_server import Server

from .conftest import BETA


def _asst(http: httpx2.Client, **headers: str) -> httpx2.Response:
    return http.post("/assistants", json={"model": "gpt-4o"}, headers=headers)


def test_status_fault_acts_before_the_operation(srv: Server, http: httpx2.Client) -> None:
    r = _asst(http, **{"X-Mock-Fault": "status=503"})
    assert r.status_code == 503 and r.json()["error"]["type"] == "server_error"
    assert r.headers["x-request-id"].startswith("req_")
    assert srv.state.count("assistant") == 0
    assert srv.stats()["faults_injected"] == {"status_503": 1}


def test_rate_limit_fault_sends_retry_after(http: httpx2.Client) -> None:
    r = http.get("/assistants", headers={"X-Mock-Fault": "status=429;retry_after=2"})
    assert r.status_code == 429
    assert r.headers["retry-after"] == "2" and r.headers["retry-after-ms"] == "2000"
    assert r.json()["error"]["code"] == "rate_limit_exceeded"
    r = http.get("/assistants", headers={"X-Mock-Fault": "status=429"})
    assert r.headers["retry-after"] == "1"


def test_latency_fault(http: httpx2.Client) -> None:
    started = time.monotonic()
    assert http.get("/assistants", headers={"X-Mock-Fault": "latency=0.2"}).status_code == 200
    assert time.monotonic() - started >= 0.2


def test_drop_closes_the_connection_without_an_answer(srv: Server, http: httpx2.Client) -> None:
    # an abort closes cleanly (no answer: a protocol error), or with a reset when the request's
    # bytes were still unread in the socket (a read error): either way nothing was answered
    with pytest.raises((httpx2.RemoteProtocolError, httpx2.ReadError)):
        _asst(http, **{"X-Mock-Fault": "drop"})
    assert srv.state.count("assistant") == 0
    # the server goes on serving, on a new connection
    assert _asst(http).status_code == 200
    assert srv.stats()["dropped_connections"] == 1


def test_cut_stream_stops_before_done(http: httpx2.Client) -> None:
    a = _asst(http).json()
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
    lines: list[str] = []
    with (
        pytest.raises(httpx2.RemoteProtocolError),
        http.stream(
            "POST",
            f"/threads/{t['id']}/runs",
            json={"assistant_id": a["id"], "stream": True},
            headers={"X-Mock-Fault": "cut_stream_after=3"},
        ) as r,
    ):
        assert r.status_code == 200
        for line in r.iter_lines():
            lines.append(line)
    events = [line[7:] for line in lines if line.startswith("event: ")]
    assert events == ["thread.run.created", "thread.run.queued", "thread.run.in_progress"]


def test_bad_fault_header_is_400(http: httpx2.Client) -> None:
    r = http.get("/assistants", headers={"X-Mock-Fault": "explode=1"})
    assert r.status_code == 400 and r.json()["error"]["param"] == "X-Mock-Fault"


def test_idempotency_key_replays_the_first_response(srv: Server, http: httpx2.Client) -> None:
    first = _asst(http, **{"Idempotency-Key": "k-1"})
    second = _asst(http, **{"Idempotency-Key": "k-1"})
    assert first.status_code == second.status_code == 200
    assert second.json() == first.json() and second.headers["idempotent-replayed"] == "true"
    assert "idempotent-replayed" not in first.headers
    assert second.headers["x-request-id"] != first.headers["x-request-id"]
    assert srv.state.count("assistant") == 1
    other = _asst(http, **{"Idempotency-Key": "k-2"})
    assert other.json()["id"] != first.json()["id"] and srv.state.count("assistant") == 2
    # same key on another path acts separately
    t = http.post("/threads", json={}, headers={"Idempotency-Key": "k-1"})
    assert t.status_code == 200 and t.json()["object"] == "thread"
    assert srv.stats()["idempotent_replays"] == 1


def test_fail_after_commit_then_retry_replays_without_duplicate(srv: Server, http: httpx2.Client) -> None:
    headers = {"Idempotency-Key": "commit-1", "X-Mock-Fault": "fail_after_commit"}
    first = _asst(http, **headers)
    assert first.status_code == 500
    assert srv.state.count("assistant") == 1  # it acted anyway
    retry = _asst(http, **headers)  # the same header again: a key is faulted at most once
    assert retry.status_code == 200 and retry.headers["idempotent-replayed"] == "true"
    assert srv.state.count("assistant") == 1
    # without a key, a client that retries creates a duplicate: that is what the mode exposes
    _asst(http, **{"X-Mock-Fault": "fail_after_commit"})
    _asst(http)
    assert srv.state.count("assistant") == 3


def test_faulted_idempotent_post_succeeds_on_retry(srv: Server, http: httpx2.Client) -> None:
    headers = {"Idempotency-Key": "retry-1", "X-Mock-Fault": "status=500"}
    assert _asst(http, **headers).status_code == 500
    ok = _asst(http, **headers)
    assert ok.status_code == 200 and "idempotent-replayed" not in ok.headers
    assert srv.state.count("assistant") == 1


def test_sdk_retries_through_server_side_faults(srv: Server) -> None:
    openai = pytest.importorskip("openai")
    import warnings

    srv.queue_fault("status=429;retry_after=0.05")  # the SDK honours retry-after-ms
    srv.queue_fault("status=503;retry_after=0.05")
    started = time.monotonic()
    with openai.OpenAI(base_url=srv.base_url, api_key="k", max_retries=2) as client, warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        asst = client.beta.assistants.create(model="gpt-4o")
    assert asst.id.startswith("asst_") and srv.state.count("assistant") == 1
    assert srv.stats()["faults_injected"] == {"status_429": 1, "status_503": 1}
    assert time.monotonic() - started < 3


def test_queued_faults_hit_the_next_requests(srv: Server, http: httpx2.Client) -> None:
    srv.queue_fault("status=502", count=2)
    assert [http.get("/assistants").status_code for _ in range(3)] == [502, 502, 200]
    r = httpx2.post(srv.origin + "/_mock/faults", json={"queue": "status=504"})
    assert r.status_code == 200
    assert http.get("/assistants").status_code == 504


def _pattern(srv: Server, n: int = 40) -> list[int]:
    with httpx2.Client(base_url=srv.base_url, headers=BETA) as h:
        return [h.get("/assistants").status_code for _ in range(n)]


def test_seeded_random_faults_are_deterministic(assistants_server_factory) -> None:
    faults = {"error_rates": {500: 0.3, 429: 0.2}}
    one = _pattern(assistants_server_factory(faults=faults, seed=7))
    two = _pattern(assistants_server_factory(faults=faults, seed=7))
    other = _pattern(assistants_server_factory(faults=faults, seed=8))
    assert one == two and one != other
    assert {500, 429, 200} <= set(one)


def test_fault_settings_change_at_run_time(srv: Server, http: httpx2.Client) -> None:
    r = httpx2.post(srv.origin + "/_mock/faults", json={"error_rates": {"503": 1.0}, "seed": 1})
    assert r.json()["config"]["error_rates"] == {"503": 1.0}
    assert http.get("/assistants").status_code == 503
    httpx2.delete(srv.origin + "/_mock/faults")
    assert http.get("/assistants").status_code == 200
    srv.set_faults(latency=0.1)
    started = time.monotonic()
    http.get("/assistants")
    assert time.monotonic() - started >= 0.1
    srv.clear_faults()


def test_admin_stats_and_health(srv: Server, http: httpx2.Client) -> None:
    _asst(http)
    stats = httpx2.get(srv.origin + "/_mock/stats").json()
    assert stats["created"]["assistant"] == 1 and stats["requests"] >= 1
    assert stats["requests_by_route"]["POST /assistants"] == 1
    assert httpx2.get(srv.origin + "/_mock/health").json() == {"ok": True}
    assert httpx2.get(srv.origin + "/_mock/nope").status_code == 404


def test_only_faults_that_took_effect_are_counted(srv: Server, http: httpx2.Client) -> None:
    # An error answered before acting pre-empts a cut and a 500-after-commit drawn for the same request.
    srv.set_faults(error_rates={500: 1.0}, cut_stream_rate=1.0, fail_after_commit_rate=1.0, seed=1)
    thread = srv.state.create_thread()
    assistant = srv.state.create_assistant()
    r = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"], "stream": True})
    assert r.status_code == 500
    assert srv.stats()["faults_injected"] == {"status_500": 1}
    srv.clear_faults()
    # A cut drawn for a request that does not stream never happens, so it is not counted.
    srv.set_faults(cut_stream_rate=1.0, seed=1)
    r = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]})
    assert r.status_code == 200
    srv.wait_idle(2.0)
    assert "cut_stream_after" not in srv.stats()["faults_injected"]
