"""The server with the chat-completions backend in front of the fake upstream, as the upstream
tests of the hosted tools use it: one per module, reset and checked around each test."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from assistants_server import Server

from tests.support.fake_upstream import FakeUpstream


@contextmanager
def chat_server(**fields: Any) -> Iterator[tuple[FakeUpstream, Server]]:
    """The fake upstream and a server whose runs it answers (answers checked against the spec)."""
    with FakeUpstream() as fake:
        server = Server(
            model_backend="chat-completions",
            upstream_base_url=fake.base_url,
            validate_responses=True,
            step_delay=0.0,
            **fields,
        )
        with server:
            yield fake, server


def checked(upstream: tuple[FakeUpstream, Server]) -> Iterator[FakeUpstream]:
    """The fake, reset with its server, then checked: every request it got was valid, the server
    went idle and broke no rule of the spec."""
    fake, server = upstream
    fake.reset()
    server.reset()
    yield fake
    assert not fake.violations, fake.violations
    assert server.wait_idle(10)
    assert not server.spec_violations, server.spec_violations[:5]
