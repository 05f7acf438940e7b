"""The local server's fixtures (`assistants_server`, `assistants_server_factory`), enabled the way
users enable them in their own suites, and `held` (a vector-store file kept in processing)."""

import threading
from collections.abc import Iterator

import pytest

from .support import pg_default
from .support.holds import holding

pytest_plugins = ["assistants_server.pytest_plugin"]

if pg_default.wanted():  # ASSISTANTS_TEST_DB=postgres: the servers' stores in PostgreSQL
    pg_default.install()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Processing of a file named ``support.holds.HELD`` waits until the test ends (or sets it)."""
    with holding(monkeypatch) as release:
        yield release
