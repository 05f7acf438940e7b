"""A fake Chat Completions upstream on loopback and a local server whose runs it answers.

Both are shared by the session and reset before each test. A test fails at teardown if a request
the fake received broke the Chat Completions request schema, or if the server answered outside
openapi.yaml.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pytest.importorskip("uvicorn")

from assistants_server import Server

from tests.support.fake_upstream import FakeUpstream


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


@pytest.fixture(scope="session")
def _chat_session(_fake_session: FakeUpstream) -> Iterator[Server]:
    server = Server(
        model_backend="chat-completions",
        upstream_base_url=_fake_session.base_url,
        validate_responses=True,
        step_delay=0.0,
    )
    with server:
        yield server


@pytest.fixture
def chat(_chat_session: Server, fake: FakeUpstream) -> Iterator[Server]:
    """The server with the chat-completions backend, pointed at ``fake``."""
    _chat_session.reset()
    yield _chat_session
    assert _chat_session.wait_idle(5), "a run was still active at the end of the test"
    if _chat_session.spec_violations:
        listing = "\n  ".join(_chat_session.spec_violations[:20])
        pytest.fail(f"the server answered outside openapi.yaml:\n  {listing}", pytrace=False)
