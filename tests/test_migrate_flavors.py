"""The export from the Foundry flavor (threads found through listThreads, a bearer token), and an
incremental export (`--since`), against real local servers over loopback."""

from __future__ import annotations

import time
from pathlib import Path

import httpx2
from assistants_client import Client
from assistants_client.migrate import read_kind, verify
from assistants_client.migrate.exporter import Exporter
from assistants_server import Server

from tests.migrate_support import contents, run_cli, seed, seed_messages, server_import

TOKEN = "entra-token-migrate-0123456789"
PROJECT = "moving-out"


def _foundry(srv: Server) -> Client:
    return Client.foundry(endpoint=srv.foundry_endpoint(PROJECT), token_provider=lambda: TOKEN)


def _export_foundry(srv: Server, out: Path) -> None:
    endpoint = srv.foundry_endpoint(PROJECT)
    run_cli("export", "--out", str(out), "--foundry-endpoint", endpoint, "--foundry-token", TOKEN)


def test_a_foundry_project_exports_every_listed_thread_and_round_trips(tmp_path: Path) -> None:
    with Server(admin=True, step_delay=0.0, foundry_token=TOKEN) as srv:
        with _foundry(srv) as client:
            ids = seed(client, origin=srv.origin)
        archive = tmp_path / "foundry"
        _export_foundry(srv, archive)
    manifest = verify(archive)
    assert manifest["source"] == srv.foundry_endpoint(PROJECT)
    # no --thread-ids: every thread came from listThreads (the hidden one is listed too)
    assert sorted(t["id"] for t in read_kind(archive, "threads")) == sorted([*ids["threads"], ids["hidden"]])
    counts = manifest["counts"]
    assert counts["assistants"] == len(ids["assistants"]) and counts["files"] == len(ids["files"])
    assert counts["vector_stores"] == len(ids["stores"]) + len(ids["thread_stores"])
    assert counts["vector_store_files"] == len(ids["files"]) + len(ids["thread_stores"])
    assert counts["runs"] == len(ids["threads"]) and counts["steps"] >= 2 * counts["runs"]
    for path in archive.rglob("*"):  # the token reaches no member
        assert not path.is_file() or TOKEN.encode() not in path.read_bytes()
    db = tmp_path / "copy.sqlite3"
    server_import(archive, db)
    with Server(admin=True, db=str(db), foundry_token=TOKEN) as copy:
        second = tmp_path / "second"
        _export_foundry(copy, second)
    first, copied = contents(archive), contents(second)
    assert first["counts"] == copied["counts"] and first["members"].keys() == copied["members"].keys()
    for path, data in first["members"].items():
        assert copied["members"][path] == data, f"{path} differs after the round trip"


class _Counting(httpx2.HTTPTransport):
    def __init__(self) -> None:
        super().__init__()
        self.paths: list[str] = []

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        self.paths.append(request.url.path)
        return super().handle_request(request)


def _expected_since(full: Path, since: int) -> dict[str, list[str]]:
    """The ids an export --since should hold, from a full export of the same host."""
    new = {kind: [o for o in read_kind(full, kind) if o["created_at"] >= since] for kind in verify(full)["counts"]}
    runs = {r["id"] for r in new["runs"]}
    touched_threads = {o["thread_id"] for o in [*new["messages"], *new["runs"]]}
    touched_stores = {f["vector_store_id"] for f in new["vector_store_files"]}
    expected = {kind: [o["id"] for o in objects] for kind, objects in new.items()}
    expected["threads"] = [
        t["id"] for t in read_kind(full, "threads") if t["created_at"] >= since or t["id"] in touched_threads
    ]
    expected["vector_stores"] = [
        s["id"] for s in read_kind(full, "vector_stores") if s["created_at"] >= since or s["id"] in touched_stores
    ]
    expected["steps"] = [s["id"] for s in read_kind(full, "steps") if s["run_id"] in runs]
    return expected


def test_an_export_since_holds_what_was_made_or_touched_since(tmp_path: Path) -> None:
    with Server(admin=True, step_delay=0.0) as srv, Client(base_url=srv.base_url, api_key="k") as client:
        old = seed(client, assistants=2, threads=4, messages=8, files=2, stores=1)
        quiet = client.create_thread({}).id  # a long history, untouched since
        seed_messages(srv.origin, quiet, 250)
        since = int(time.time()) + 1
        time.sleep(max(0.0, since - time.time()))
        new = seed(client, assistants=1, threads=2, messages=4, files=1, stores=1)
        client.create_vector_store_file_and_poll(old["stores"][0], {"file_id": new["files"][0]})
        client.create_message(old["threads"][1], {"role": "user", "content": "one more thing"})
        full, part = tmp_path / "full", tmp_path / "since"
        run_cli("export", "--out", str(full), "--base-url", srv.base_url, "--api-key", "k")
        run_cli("export", "--out", str(part), "--base-url", srv.base_url, "--api-key", "k", "--since", str(since))
        counting = _Counting()
        with Client(base_url=srv.base_url, api_key="k", http_client=httpx2.Client(transport=counting)) as watched:
            again = Exporter(watched, tmp_path / "watched", since=since).run()
    manifest = verify(part)
    assert manifest["since"] == since and again["counts"] == manifest["counts"]
    held = {kind: [o["id"] for o in read_kind(part, kind)] for kind in manifest["counts"]}
    assert held == _expected_since(full, since)
    # not vacuous: old objects left out, new ones and touched ones in
    assert held["assistants"] == new["assistants"] and held["files"] == new["files"]
    assert quiet not in held["threads"] and old["threads"][3] not in held["threads"]
    assert old["threads"][1] in held["threads"] and held["runs"] and held["steps"]
    assert [
        m["content"][0]["text"]["value"] for m in read_kind(part, "messages") if m["thread_id"] == old["threads"][1]
    ] == ["one more thing"]
    assert old["stores"][0] in held["vector_stores"]
    assert len(held["vector_store_files"]) == 2 + len(new["thread_stores"])  # the new threads' stores too
    assert [f.name for f in (part / "files").iterdir()] == new["files"]
    # the untouched thread's 250 messages: one page read, newest first, and no more
    assert counting.paths.count(f"/v1/threads/{quiet}/messages") == 1
