"""What replicas on one PostgreSQL share beyond objects: idempotency keys while the first request
is still being answered (whichever request commits first makes the objects, the other one gets
its answer; a repeat whose first replica was killed mid-request answers at once), and per-project
rate limits (one bucket for all replicas). Real server processes; a first request is held open
by sending its body slowly."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

from tests.support.pg_cluster import cluster
from tests.support.replicas import Fleet

from .conftest import BETA

HEADERS = {**BETA, "Authorization": "Bearer sk-test"}
WAIT = 20.0  # seconds any step of these tests may take


@pytest.fixture
def db() -> str:
    return cluster().new_database("replica_keys")


@pytest.fixture
def pair(db: str, tmp_path: Path) -> Iterator[Fleet]:
    fleet = Fleet(db, 2, log_dir=tmp_path).__enter__()
    yield fleet
    fleet.stop()


class SlowPost:
    """A POST whose body stops halfway until ``finish``; its answer (or error) in ``outcome``."""

    def __init__(self, url: str, body: dict[str, object], key: str) -> None:
        self.data = json.dumps(body).encode()
        self.gate = threading.Event()
        self.outcome: httpx2.Response | BaseException | None = None
        headers = {**HEADERS, "Idempotency-Key": key, "Content-Type": "application/json"}
        headers["Content-Length"] = str(len(self.data))
        self.thread = threading.Thread(target=self._send, args=(url, headers), daemon=True)
        self.thread.start()

    def _chunks(self) -> Iterator[bytes]:
        half = len(self.data) // 2
        yield self.data[:half]
        self.gate.wait(WAIT)
        yield self.data[half:]

    def _send(self, url: str, headers: dict[str, str]) -> None:
        try:
            with httpx2.Client(timeout=WAIT) as client:
                self.outcome = client.post(url, content=self._chunks(), headers=headers)
        except BaseException as exc:
            self.outcome = exc

    def finish(self) -> httpx2.Response | BaseException | None:
        self.gate.set()
        self.thread.join(WAIT)
        return self.outcome


def assistants(url: str) -> list[str]:
    listed = httpx2.get(f"{url}/assistants", headers=HEADERS, timeout=WAIT).json()["data"]
    return [x["id"] for x in listed]


def test_a_repeat_on_another_replica_while_the_first_is_answered_makes_one_object(pair: Fleet) -> None:
    a, b = pair.urls
    body = {"model": "gpt-4o", "name": "made once"}
    first = SlowPost(f"{a}/assistants", body, "in-flight-1")  # its body held halfway
    time.sleep(0.5)
    repeat = httpx2.post(
        f"{b}/assistants", json=body, headers={**HEADERS, "Idempotency-Key": "in-flight-1"}, timeout=WAIT
    )
    assert repeat.status_code == 200 and "idempotent-replayed" not in repeat.headers  # it came first
    answered = first.finish()
    assert isinstance(answered, httpx2.Response) and answered.status_code == 200, answered
    assert answered.json() == repeat.json()  # the first request gets the answer kept for its key
    assert answered.headers.get("idempotent-replayed") == "true"
    assert assistants(a) == [repeat.json()["id"]]


def test_a_repeat_answers_when_the_first_replica_died_answering(pair: Fleet) -> None:
    a, b = pair.urls
    body = {"model": "gpt-4o", "name": "made after a crash"}
    first = SlowPost(f"{a}/assistants", body, "in-flight-2")
    time.sleep(0.5)
    pair[0].kill()
    headers = {**HEADERS, "Idempotency-Key": "in-flight-2"}
    again = httpx2.post(f"{b}/assistants", json=body, headers=headers, timeout=WAIT)
    assert again.status_code == 200, again.text
    assert isinstance(first.finish(), BaseException)  # the killed replica never answered
    assert assistants(b) == [again.json()["id"]]
    replayed = httpx2.post(f"{b}/assistants", json=body, headers=headers, timeout=WAIT)
    assert replayed.json() == again.json() and replayed.headers.get("idempotent-replayed") == "true"


def test_a_rate_limit_holds_for_the_project_across_replicas(db: str, tmp_path: Path) -> None:
    with Fleet(db, 2, "--rate-limit", "10", log_dir=tmp_path) as fleet:
        a, b = fleet.urls
        with httpx2.Client(headers=HEADERS, timeout=WAIT) as http:
            answers = [http.get(f"{(a, b)[i % 2]}/assistants").status_code for i in range(14)]
        assert answers[:10] == [200] * 10  # a burst of 10 for the project, served by both
        assert answers[10:] == [429] * 4  # then refused on either: not 10 each
        refused = httpx2.get(f"{b}/assistants", headers=HEADERS, timeout=WAIT)
        assert refused.status_code == 429 and refused.headers["retry-after"] in ("5", "6")
