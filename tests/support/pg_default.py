"""``ASSISTANTS_TEST_DB=postgres``: every server the tests make without a database of their own
gets a fresh PostgreSQL database instead of SQLite in memory.

The production default stays as it is: this wraps ``Domain.__init__`` inside the test process
only, and only a config whose ``db`` is None is changed (in place, so the ``Server``, its app and
its domain keep sharing one config). A test that names a SQLite file keeps it.
"""

from __future__ import annotations

import functools
import os
from typing import Any

from .pg_cluster import cluster

ENV = "ASSISTANTS_TEST_DB"


def wanted() -> bool:
    """Whether this test process runs the servers on PostgreSQL."""
    value = os.environ.get(ENV, "sqlite")
    if value not in ("sqlite", "postgres"):
        raise ValueError(f"{ENV} must be sqlite or postgres, not {value!r}")
    return value == "postgres"


def install() -> None:
    """Give every ``Domain`` made without a database a new PostgreSQL one from the test cluster."""
    from assistants_server import domain

    original = domain.Domain.__init__
    if getattr(original, "postgres_by_default", False):
        return

    @functools.wraps(original)
    def init(self: domain.Domain, config: Any, *args: Any, **kwargs: Any) -> None:
        if config.db is None:
            config.db = cluster().new_database("srv")
        original(self, config, *args, **kwargs)

    init.postgres_by_default = True  # type: ignore[attr-defined]
    domain.Domain.__init__ = init  # type: ignore[method-assign]
