"""A fake Chat Completions upstream on loopback, shared by the session and reset per test.

Every test fails at teardown if a request the fake received broke the Chat Completions request
schema, unless it declares that it sends bad requests on purpose (``fake.violations.clear()``).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("uvicorn")

from assistants_client.server.chat_completions.fake_upstream import FakeUpstream


@pytest.fixture(scope="session")
def _fake_session() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


@pytest.fixture
def fake(_fake_session: FakeUpstream) -> Iterator[FakeUpstream]:
    _fake_session.reset()
    _fake_session.api_key = None
    _fake_session.default = None
    yield _fake_session
    problems = list(_fake_session.violations)
    if problems:
        pytest.fail("requests broke the Chat Completions schema:\n  " + "\n  ".join(problems[:20]), pytrace=False)
