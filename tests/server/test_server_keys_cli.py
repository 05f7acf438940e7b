"""`python -m assistants_server keys ...` and what keys do across processes: a key revoked on the
command line is refused at once by every server on the database; keys appear in no log and not in
plain text in the database; per-project rate limits answer 429 with Retry-After, which our client
waits for."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import assistants_client as ac
import assistants_server as server_pkg
import httpx2
import pytest
from assistants_server import Server
from assistants_server.http.rate_limits import RateLimits

from .keys_support import bearer, keys_cli, make_key


def _env() -> dict[str, str]:
    env = dict(os.environ)
    package_root = str(Path(server_pkg.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
    env.pop("ASSISTANTS_DB_URL", None)
    return env


def cli(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistants_server", *argv], capture_output=True, text=True, env=_env(), timeout=60
    )


class Replicas:
    """Server processes on one SQLite file, logging at debug level."""

    def __init__(self, db: str, logs: Path, count: int) -> None:
        self.db, self.logs = db, logs
        self.procs: list[subprocess.Popen[str]] = []
        self.urls: list[str] = []
        for i in range(count):
            with open(logs / f"server-{i}.log", "w") as err:
                proc = subprocess.Popen(
                    [sys.executable, "-m", "assistants_server", "--db", db, "--log-level", "debug"],
                    stdout=subprocess.PIPE,
                    stderr=err,
                    text=True,
                    env=_env(),
                )
            self.procs.append(proc)
            self.urls.append(proc.stdout.readline().strip())  # type: ignore[union-attr]

    def stop(self) -> str:
        """Stop them all; everything they wrote, stdout and stderr."""
        written = []
        for i, proc in enumerate(self.procs):
            proc.terminate()
            try:
                out, _ = proc.communicate(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, _ = proc.communicate(timeout=5)
            written.append(out + (self.logs / f"server-{i}.log").read_text())
        self.procs.clear()
        return "".join(written)


@pytest.fixture
def replicas(tmp_path: Path) -> Iterator[Replicas]:
    db = str(tmp_path / "shared.sqlite3")
    make_key(db, "seed")  # the database holds keys before the servers start
    started = Replicas(db, tmp_path, 2)
    try:
        yield started
    finally:
        started.stop()


def test_a_key_revoked_on_the_command_line_is_refused_at_once_everywhere(replicas: Replicas) -> None:
    db, urls = replicas.db, replicas.urls
    made = cli("keys", "create", "--db", db, "--project", "team-a", "--name", "ci")
    assert made.returncode == 0, made.stderr
    key = made.stdout.strip().splitlines()[-1]
    assert key.startswith("ak-") and len(key) == 43
    listed = cli("keys", "list", "--db", db)
    assert listed.returncode == 0 and key not in listed.stdout
    row = next(line for line in listed.stdout.splitlines() if " ci " in line)
    key_id, project = row.split()[:2]
    assert project == "team-a" and row.split()[-1] == "-"  # not revoked

    clients = [httpx2.Client(base_url=url, headers=bearer(key), timeout=10) for url in urls]
    try:
        thread = clients[0].post("/threads", json={"metadata": {"by": "team-a"}}).json()
        assert clients[1].get(f"/threads/{thread['id']}").json() == thread  # one project, two servers
        assert clients[0].get("/threads/thread_nope", headers={"Idempotency-Key": "k"}).status_code == 404

        revoked = cli("keys", "revoke", key_id, "--db", db)
        assert revoked.returncode == 0 and key_id in revoked.stdout, revoked.stderr
        for client in clients:  # the very next request, on each
            refused = client.get(f"/threads/{thread['id']}")
            assert refused.status_code == 401
            assert refused.json()["error"] == {
                "message": "This API key has been revoked.",
                "type": "invalid_request_error",
                "param": None,
                "code": "invalid_api_key",
            }
        again = cli("keys", "list", "--db", db).stdout
        assert next(line for line in again.splitlines() if line.startswith(key_id)).split()[-1].endswith("Z")
    finally:
        for client in clients:
            client.close()
    stored = b"".join(p.read_bytes() for p in Path(db).parent.glob("shared.sqlite3*") if p.is_file())
    assert key.encode() not in stored and key[3:].encode() not in stored
    written = replicas.stop()
    assert written.count("Application startup complete") == 2  # both servers' logs were captured
    assert key not in written and key[3:] not in written


def test_keys_absent_from_every_log_record(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Every logger at DEBUG while keys are used, refused, revoked and a request fails."""
    db = str(tmp_path / "k.sqlite3")
    key, other = make_key(db, "alpha"), make_key(db, "beta", admin=True)
    caplog.set_level("DEBUG")
    with Server(db=db) as server, httpx2.Client(base_url=server.base_url, timeout=10) as h:
        assert h.post("/threads", json={}, headers=bearer(key)).status_code == 200
        assert h.post("/threads", json={"messages": "x"}, headers=bearer(key)).status_code == 400
        assert h.get("/assistants", headers=bearer(key + "x")).status_code == 401
        assert h.get(f"{server.origin}/_mock/stats", headers=bearer(key)).status_code == 403
        failing = {**bearer(other), "X-Mock-Fault": "status=500"}
        assert h.get("/assistants", headers=failing).status_code == 500
        key_id = next(k.id for k in server.api.store.keys() if k.project == "alpha")  # noqa: SIM118 - a Store method
        assert keys_cli("revoke", key_id, "--db", db)[0] == 0
        assert h.get("/assistants", headers=bearer(key)).status_code == 401
    text = "\n".join(f"{r.getMessage()} {r.args!r} {r.exc_text or ''}" for r in caplog.records)
    assert caplog.records, "nothing was logged at debug level"
    for secret in (key, other):
        assert secret[3:] not in text


def test_the_command_line_refuses_what_it_cannot_do(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    with pytest.raises(SystemExit) as bad_name:
        keys_cli("create", "--db", db, "--project", "../etc")
    assert bad_name.value.code == 2
    with pytest.raises(SystemExit):
        keys_cli("list")  # no --db, no $ASSISTANTS_DB_URL
    assert keys_cli("list", "--db", str(tmp_path / "none.sqlite3"))[0] == 1
    assert keys_cli("create", "--db", str(tmp_path / "no" / "dir.sqlite3"), "--project", "p")[0] == 1
    make_key(db, "", name="default")  # '' is the default project, the one --api-key opens
    assert keys_cli("revoke", "key_unknown", "--db", db)[0] == 1
    status, listed = keys_cli("list", "--db", db)
    assert (
        status == 0
        and "(default)" in listed
        and listed.splitlines()[0].split()
        == [
            "id",
            "project",
            "name",
            "admin",
            "created",
            "revoked",
        ]
    )


def test_a_bucket_per_project_refills_at_the_rate() -> None:
    limits = RateLimits(60)  # one a second, a burst of 60
    assert all(limits.wait("a", 100.0) == 0 for _ in range(60))
    assert limits.wait("a", 100.0) == pytest.approx(1.0)
    assert limits.wait("b", 100.0) == 0  # another project has its own
    assert limits.wait("a", 100.5) == pytest.approx(0.5)
    assert limits.wait("a", 101.0) == 0
    with pytest.raises(Exception, match="Rate limit") as refused:
        limits.check("a", 101.0)
    assert refused.value.headers == {"retry-after": "1", "retry-after-ms": "1000"}  # type: ignore[attr-defined]


def test_a_project_over_its_rate_limit_gets_429_and_our_client_waits(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    alpha, beta = make_key(db, "alpha"), make_key(db, "beta")
    with Server(db=db, rate_limit=120) as server, httpx2.Client(base_url=server.base_url, timeout=10) as h:
        for _ in range(400):  # 120 at once, then 2 a second
            limited = h.get("/assistants", headers=bearer(alpha))
            if limited.status_code != 200:
                break
        assert limited.status_code == 429
        assert limited.json()["error"]["code"] == "rate_limit_exceeded"
        assert limited.json()["error"]["type"] == "requests"
        assert int(limited.headers["retry-after"]) >= 1 and 0 < int(limited.headers["retry-after-ms"]) <= 1000
        assert h.get("/assistants", headers=bearer(beta)).status_code == 200  # another project's own bucket
        with ac.Client(api_key=alpha, base_url=server.base_url, max_retries=3) as ours:
            assert list(ours.list_assistants(limit=1)) == []  # its connection made
            for _ in range(2000):  # until a refusal right after the bucket's last token went: 0.3 s or more to wait
                again = h.get("/assistants", headers=bearer(alpha))
                if again.status_code == 429 and int(again.headers["retry-after-ms"]) >= 300:
                    break
            assert again.status_code == 429
            before = server.api.stats_snapshot()
            assert list(ours.list_assistants(limit=1)) == []  # refused, waited as told, went through
            after = server.api.stats_snapshot()
            assert after["requests"] - before["requests"] >= 2
            refusals = after["responses_by_status"]["429"] - before["responses_by_status"]["429"]
            assert refusals >= 1
