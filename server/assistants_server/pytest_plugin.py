"""pytest fixtures for the local server.

Enable in a root conftest.py with::

    pytest_plugins = ["assistants_server.pytest_plugin"]

Fixtures:

``assistants_server`` (function scope)
    A running :class:`~assistants_server.Server` with
    ``validate_responses=True``.  One server is shared by the whole session
    (started on first use) and reset before every test: no objects, faults,
    idempotency keys, counters or violations leak from one test to the next.
    At teardown the test fails if any response broke openapi.yaml.

``assistants_server_factory`` (function scope)
    ``factory(**kwargs) -> Server`` for tests that need their own options
    (an API key, a SQLite file, seeded faults...).  Servers it starts are
    validated the same way and stopped at teardown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from .config import SCRIPTED_STEP_DELAY
from .server import Server


def _fail_on_violations(servers: list[Server]) -> None:
    found = [v for srv in servers for v in srv.spec_violations]
    if found:
        listing = "\n  ".join(found[:20])
        more = f"\n  ... and {len(found) - 20} more" if len(found) > 20 else ""
        pytest.fail(f"the local server answered outside openapi.yaml:\n  {listing}{more}", pytrace=False)


@pytest.fixture(scope="session")
def _assistants_server_session() -> Iterator[Server]:
    srv = Server(validate_responses=True)
    srv.start()
    try:
        yield srv
    finally:
        srv.close()


@pytest.fixture
def assistants_server(_assistants_server_session: Server) -> Iterator[Server]:
    srv = _assistants_server_session
    srv.reset()
    srv.set_step_delay(SCRIPTED_STEP_DELAY)
    srv.set_azure_token(None)
    yield srv
    _fail_on_violations([srv])


@pytest.fixture
def assistants_server_factory() -> Iterator[Callable[..., Server]]:
    started: list[Server] = []

    def factory(**kwargs: Any) -> Server:
        kwargs.setdefault("validate_responses", True)
        srv = Server(**kwargs)
        srv.start()
        started.append(srv)
        return srv

    yield factory
    try:
        _fail_on_violations(started)
    finally:
        for srv in started:
            srv.close()
