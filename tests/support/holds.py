"""Holding a vector-store file in processing, for tests that must act while it is in progress
(cancel a batch): a file of the name `HELD` waits in its worker thread until the test lets it go.
Only for servers in the test's own process (``assistants_server.Server``)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from assistants_server.vector_stores import ingest

HELD = "held.txt"
HOLD_SECONDS = 15.0  # a forgotten release still ends


@contextmanager
def holding(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    release = threading.Event()
    real = ingest.process

    def process(job: ingest.Job) -> ingest.Outcome:
        if job.filename == HELD:
            release.wait(HOLD_SECONDS)
        return real(job)

    monkeypatch.setattr(ingest, "process", process)
    try:
        yield release
    finally:
        release.set()
