"""Helpers of the file_search tests: a small handbook in a vector store, runs waited for, SSE read."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from typing import Any

import httpx2
from assistants_server import Server

from .vs_support import upload, wait_store

DEADLINE = 10.0
TERMINAL = {"completed", "failed", "cancelled", "expired", "incomplete", "requires_action"}
HANDBOOK = (
    b"Refunds. Customers may return any product within 30 days of delivery for a full refund.\n\n"
    b"Shipping. Orders ship from the Lisbon warehouse within two business days.\n"
)
PETS = b"Pets. Dogs are welcome in the office on Fridays if they are calm and vaccinated.\n"
INCLUDE = "step_details.tool_calls[*].file_search.results[*].content"


def store_with(http: httpx2.Client, srv: Server, files: dict[str, bytes]) -> tuple[str, dict[str, str]]:
    """A processed vector store holding `files` (name -> bytes); its id and the file ids by name."""
    ids = {name: upload(http, srv, name, data) for name, data in files.items()}
    vs = http.post("/vector_stores", json={"file_ids": list(ids.values())}).json()
    assert wait_store(http, vs["id"])["file_counts"]["in_progress"] == 0
    return vs["id"], ids


def searching_assistant(http: httpx2.Client, vs_id: str, tools: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """An assistant with the file_search tool (or `tools`) whose store is `vs_id`."""
    body = {
        "model": "gpt-4o",
        "tools": tools or [{"type": "file_search"}],
        "tool_resources": {"file_search": {"vector_store_ids": [vs_id]}},
    }
    return dict(http.post("/assistants", json=body).json())


def wait_run(http: httpx2.Client, thread_id: str, run_id: str, deadline: float = DEADLINE) -> dict[str, Any]:
    end = time.monotonic() + deadline
    while True:
        run = http.get(f"/threads/{thread_id}/runs/{run_id}").json()
        if run["status"] in TERMINAL:
            return dict(run)
        assert time.monotonic() < end, f"run stayed {run['status']}"
        time.sleep(0.02)


def answer(http: httpx2.Client, thread_id: str) -> dict[str, Any]:
    """The newest message of the thread."""
    return dict(http.get(f"/threads/{thread_id}/messages", params={"limit": 1}).json()["data"][0])


def sse(response: httpx2.Response) -> Iterator[tuple[str, Any]]:
    event = ""
    for line in response.iter_lines():
        if line.startswith("event: "):
            event = line[7:]
        elif line.startswith("data: "):
            data = line[6:]
            yield event, (data if data == "[DONE]" else json.loads(data))
