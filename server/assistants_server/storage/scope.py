"""Which project the code running now acts for.

Every object belongs to one project: the project of the API key whose request made it. The store
reads the current project from ``PROJECT`` on every write (the row keeps it) and every read (only
that project's rows are found), so another project's object is simply not there.

``""`` is the single default project: what a server without keys, or with ``--api-key``, uses for
everything. Authentication sets ``PROJECT`` for a request; asyncio tasks copy the context when
they are created, so the run tasks a request starts act for its project. Work that starts on its
own (a run carried on after a restart, a run claimed from the queue, a sweep at start) sets the
project from the row it found, with ``in_project``.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Iterator

DEFAULT_PROJECT = ""

PROJECT: contextvars.ContextVar[str] = contextvars.ContextVar("assistants_project", default=DEFAULT_PROJECT)


@contextlib.contextmanager
def in_project(name: str) -> Iterator[None]:
    """Act for project `name` inside the block (tasks created inside keep it), then as before."""
    token = PROJECT.set(name)
    try:
        yield
    finally:
        PROJECT.reset(token)
