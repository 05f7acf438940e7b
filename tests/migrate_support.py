"""Seeding a server with everything an archive holds, and running the command lines, for the
migration tests and the benchmark row. Sizes scale with MIGRATE_SCALE (1 by default: seconds;
the issue's 50 assistants / 500 threads / 5,000 messages / 20 files / 3 vector stores is
MIGRATE_SCALE=50, `make migrate-full`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
from assistants_client import Client

ROOT = Path(__file__).resolve().parents[1]
SCALE = int(os.environ.get("MIGRATE_SCALE", "1"))
COMMAND_SECONDS = 120.0 * max(1, SCALE // 5)  # the longest one command line may take
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    },
}


def seed(
    client: Client,
    *,
    origin: str | None = None,
    key: str | None = None,
    assistants: int = SCALE,
    threads: int = 10 * SCALE,
    messages: int = 100 * SCALE,
    files: int = min(20, 3 * SCALE),
    stores: int = 3,
) -> dict[str, Any]:
    """Assistants, files with bytes, vector stores with files and attributes (file j in store
    j % stores), threads with messages (attachments, seeded bulk), runs with a tool call round
    and their steps. `origin` is the server's (default: the client's base URL without /v1), for
    the admin route that seeds messages in bulk."""
    origin = origin or client.base_url.rsplit("/v1", 1)[0]
    file_ids = [
        client.create_file(file=(f"notes-{i}.txt", f"Paris weather notes {i}\n".encode() * 40), purpose="assistants").id
        for i in range(files)
    ]
    store_ids = [
        client.create_vector_store({"name": f"store {i}", "metadata": {"n": str(i)}}).id for i in range(stores)
    ]
    for j, file_id in enumerate(file_ids):
        i = j % stores
        client.create_vector_store_file_and_poll(
            store_ids[i], {"file_id": file_id, "attributes": {"team": f"t{i}", "rank": j}}
        )
    assistant_ids = [
        client.create_assistant(
            {
                "model": "gpt-4o",
                "name": f"helper {i}",
                "tools": [WEATHER, {"type": "file_search"}],
                "tool_resources": {"file_search": {"vector_store_ids": [store_ids[i % len(store_ids)]]}},
            }
        ).id
        for i in range(assistants)
    ]
    thread_ids: list[str] = []
    thread_stores: list[str] = []  # made by the attachments (file_search): one a thread
    per_thread = max(1, messages // threads)
    for i in range(threads):
        thread = client.create_thread({"metadata": {"n": str(i)}})
        thread_ids.append(thread.id)
        client.create_message(
            thread.id,
            {
                "role": "user",
                "content": f"hello {i}",
                "attachments": [{"file_id": file_ids[i % len(file_ids)], "tools": [{"type": "file_search"}]}],
            },
        )
        resources = client.get_thread(thread.id).tool_resources
        if resources and resources.file_search and resources.file_search.vector_store_ids:
            thread_stores += resources.file_search.vector_store_ids
        if per_thread > 2:
            seed_messages(origin, thread.id, per_thread - 2, key)
        if i % 2 == 1:  # a file_search run: the scripted model searches the two stores and cites
            assistant = assistant_ids[i % len(assistant_ids)]
            client.create_message(thread.id, {"role": "user", "content": "Paris weather notes"})
            client.create_run_and_poll(thread.id, {"assistant_id": assistant}, poll_interval=0.01)
        if i % 2 == 0:
            assistant = assistant_ids[i % len(assistant_ids)]
            client.create_message(thread.id, {"role": "user", "content": "get_weather Paris"})
            run = client.create_run_and_poll(thread.id, {"assistant_id": assistant}, poll_interval=0.01)
            calls = run.required_action.submit_tool_outputs.tool_calls  # type: ignore[union-attr]
            client.submit_tool_outputs_and_poll(
                thread.id,
                run.id,
                {"tool_outputs": [{"tool_call_id": c.id, "output": "rain"} for c in calls]},
                poll_interval=0.01,
            )
    # a thread only a reference finds: named in another thread's metadata
    hidden = client.create_thread({})
    client.create_message(hidden.id, {"role": "user", "content": "found by reference"})
    client.modify_thread(thread_ids[0], {"metadata": {"n": "0", "see": hidden.id}})
    return {
        "assistants": assistant_ids,
        "threads": thread_ids,
        "hidden": hidden.id,
        "files": file_ids,
        "stores": store_ids,
        "thread_stores": thread_stores,
    }


def seed_messages(origin: str, thread_id: str, count: int, key: str | None = None) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    response = httpx2.post(f"{origin}/_mock/threads/{thread_id}/seed_messages", json={"count": count}, headers=headers)
    response.raise_for_status()


def run_cli(
    *args: str, check: bool = True, timeout: float = COMMAND_SECONDS, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`assistants-client ARGS` (through `python -m`, so the test's interpreter runs it)."""
    merged = {**os.environ, **(env or {})}
    done = subprocess.run(
        [sys.executable, "-m", "assistants_client.migrate.cli", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=merged,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"assistants-client {args[0]} exited {done.returncode}: {done.stderr}")
    return done


def server_import(archive: Path, db: Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "assistants_server", "import", str(archive), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=COMMAND_SECONDS,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"server import exited {done.returncode}: {done.stderr}")
    return done


def contents(archive: Path) -> dict[str, Any]:
    """What an archive holds, member by member (the manifest's time and source left out)."""
    manifest = json.loads((archive / "manifest.json").read_text())
    members = {path: (archive / path).read_bytes() for path in manifest["files"]}
    return {"counts": manifest["counts"], "files": manifest["files"], "members": members}
