"""Helpers of the vector-store tests: uploading a file and waiting for processing."""

from __future__ import annotations

import time
from typing import Any

import httpx2
from assistants_server import Server

DEADLINE = 15.0


def upload(http: httpx2.Client, srv: Server, name: str, data: bytes) -> str:
    """A file uploaded for vector stores; its id."""
    r = http.post("/files", files={"file": (name, data)}, data={"purpose": "assistants"})
    assert r.status_code == 200, r.text
    return str(r.json()["id"])


def wait_store(http: httpx2.Client, vs_id: str, deadline: float = DEADLINE) -> dict[str, Any]:
    """The store once none of its files is in progress (bounded in time)."""
    end = time.monotonic() + deadline
    while True:
        vs = http.get(f"/vector_stores/{vs_id}").json()
        if vs["file_counts"]["in_progress"] == 0 or time.monotonic() > end:
            return dict(vs)
        time.sleep(0.02)


def wait_batch(http: httpx2.Client, vs_id: str, batch_id: str, deadline: float = DEADLINE) -> dict[str, Any]:
    end = time.monotonic() + deadline
    while True:
        batch = http.get(f"/vector_stores/{vs_id}/file_batches/{batch_id}").json()
        if batch["status"] != "in_progress" or time.monotonic() > end:
            return dict(batch)
        time.sleep(0.02)
