"""Export, verify and import against real local servers over loopback (tests/migrate_support.py
seeds them; MIGRATE_SCALE scales the sizes)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_client import Client
from assistants_client.migrate import ArchiveError, cli, read_kind, verify
from assistants_client.migrate import progress as progress_module
from assistants_client.migrate.exporter import Exporter
from assistants_client.migrate.importer import Importer
from assistants_client.migrate.progress import Progress
from assistants_server import Server

from tests.migrate_support import contents, run_cli, seed, server_import

SECRET = "sk-migrate-secret-0123456789"


class _NoThreadList(httpx2.HTTPTransport):
    """A host without listThreads (the OpenAI API): GET .../threads answers 404."""

    refused = 0

    def handle_request(self, request: httpx2.Request) -> httpx2.Response:
        if request.method == "GET" and request.url.path.endswith("/threads"):
            type(self).refused += 1
            return httpx2.Response(404, json={"error": {"message": "Not found", "type": "invalid_request_error"}})
        return super().handle_request(request)


def _plain_client(**settings: Any) -> Client:
    return Client(http_client=httpx2.Client(transport=_NoThreadList()), **settings)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The plain flavor, as the OpenAI API was: no listThreads, so `export --thread-ids FILE`
    (`assistants-client` in this process, its Client on a transport that refuses GET /threads)."""
    with Server(admin=True, step_delay=0.0, api_key=SECRET) as srv:
        with Client(base_url=srv.base_url, api_key=SECRET) as client:
            ids = seed(client, key=SECRET)
        folder = tmp_path_factory.mktemp("a")
        archive, listed = folder / "archive", folder / "thread-ids.txt"
        listed.write_text("# the threads the user knows\n" + "\n".join(ids["threads"]) + "\n\n")
        refused = _NoThreadList.refused
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(cli, "Client", _plain_client)
            patch.setenv("OPENAI_API_KEY", SECRET)
            done = cli.main(["export", "--out", str(archive), "--base-url", srv.base_url, "--thread-ids", str(listed)])
        assert done == 0 and _NoThreadList.refused == refused + 1, "the export asked for listThreads once"
        yield srv, ids, archive


def stores_of(ids: dict[str, Any]) -> list[str]:
    """Every vector store the seed made: its own and the threads' (from their attachments)."""
    return [*ids["stores"], *ids["thread_stores"]]


def test_an_export_holds_every_kind_and_verifies(seeded: Any) -> None:
    _, ids, archive = seeded
    manifest = verify(archive)
    counts = manifest["counts"]
    assert counts["assistants"] == len(ids["assistants"]) and counts["files"] == len(ids["files"])
    assert counts["threads"] == len(ids["threads"]) + 1 and counts["vector_stores"] == len(stores_of(ids))
    assert counts["runs"] == len(ids["threads"]) and counts["steps"] >= 2 * counts["runs"]
    assert counts["vector_store_files"] == len(ids["files"]) + len(ids["thread_stores"])
    assert [t["id"] for t in read_kind(archive, "threads")] == [*ids["threads"], ids["hidden"]]
    for file_id in ids["files"]:
        assert (archive / "files" / file_id).read_bytes().startswith(b"Paris weather notes")
    runs = list(read_kind(archive, "runs"))
    assert all(r["status"] == "completed" and r["usage"] for r in runs)
    steps = list(read_kind(archive, "steps"))
    assert any(s["step_details"]["type"] == "tool_calls" for s in steps)
    stores = list(read_kind(archive, "vector_store_files"))
    searches = [c for s in steps if s["step_details"]["type"] == "tool_calls" for c in s["step_details"]["tool_calls"]]
    results = [r for c in searches if c["type"] == "file_search" for r in c["file_search"]["results"]]
    assert results and all(r["content"][0]["text"] for r in results)  # exported with their text
    assert {s["attributes"]["team"] for s in stores if s.get("attributes")} == {
        f"t{i}" for i in range(len(ids["stores"]))
    }
    assert manifest["source"] == seeded[0].base_url
    for path in archive.rglob("*"):  # the credential reaches no member, the manifest included
        assert not path.is_file() or SECRET.encode() not in path.read_bytes()
    assert run_cli("verify", str(archive)).stdout.startswith(f"{archive}: a valid archive")


def test_server_import_keeps_everything_and_exports_the_same(seeded: Any, tmp_path: Path) -> None:
    _, _, archive = seeded
    db = tmp_path / "copy.sqlite3"
    server_import(archive, db)
    again = server_import(archive, db)  # a second import adds nothing
    assert "imported 0 assistants" in again.stdout
    with Server(admin=True, db=str(db)) as copy:
        second = tmp_path / "second"
        run_cli("export", "--out", str(second), "--base-url", copy.base_url, "--api-key", "k")
        with Client(base_url=copy.base_url, api_key="k") as client:
            store = next(iter(read_kind(archive, "vector_stores")))["id"]
            hits = client.with_raw_response.search_vector_store(store, {"query": "Paris weather"}).json()
            assert hits["data"], "an imported store is searchable"
    first, copied = contents(archive), contents(second)
    assert first["counts"] == copied["counts"]
    assert first["members"].keys() == copied["members"].keys()
    for path, data in first["members"].items():
        assert copied["members"][path] == data, f"{path} differs after the round trip"


def test_server_import_into_a_project(seeded: Any, tmp_path: Path) -> None:
    """`import --project` puts the archive in one project: its keys see it, others get 404; the
    same ids cannot go into a second project of that database."""
    from assistants_server.archive_load import main as import_main

    from .server.keys_support import bearer, make_key

    _, ids, archive = seeded
    db = str(tmp_path / "projects.sqlite3")
    alpha, beta = make_key(db, "alpha"), make_key(db, "beta")
    assert import_main([str(archive), "--db", db, "--project", "alpha"]) == 0
    assert import_main([str(archive), "--db", db, "--project", "alpha"]) == 0  # again: nothing added
    assert import_main([str(archive), "--db", db, "--project", "beta"]) == 1  # ids taken by alpha
    with Server(db=db) as srv, httpx2.Client(base_url=srv.base_url, timeout=10) as h:
        thread = ids["threads"][0]
        assert h.get(f"/threads/{thread}", headers=bearer(alpha)).status_code == 200
        assert h.get(f"/threads/{thread}/messages", headers=bearer(alpha)).json()["data"]
        assert h.get(f"/threads/{thread}", headers=bearer(beta)).status_code == 404
        assert h.get("/assistants", headers=bearer(beta)).json()["data"] == []


def test_a_host_without_list_threads_exports_given_and_referenced_threads(seeded: Any, tmp_path: Path) -> None:
    srv, ids, _ = seeded
    http = httpx2.Client(transport=_NoThreadList())
    with Client(base_url=srv.base_url, api_key=SECRET, http_client=http) as client:
        manifest = Exporter(client, tmp_path / "plain", thread_ids=[ids["threads"][0]]).run()
    assert manifest["counts"]["threads"] == 2  # the one given and the one its metadata names
    assert [t["id"] for t in read_kind(tmp_path / "plain", "threads")] == [ids["threads"][0], ids["hidden"]]


def _tampered(archive: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "copy"
    copy.mkdir()
    for path in archive.rglob("*"):
        if path.is_file():
            target = copy / path.relative_to(archive)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    return copy


@pytest.fixture(scope="module")
def untouched() -> Any:
    """A host a refused archive must leave empty."""
    with Server(admin=True, api_key="k") as srv:
        yield srv


@pytest.mark.parametrize(
    ("damage", "named"),
    [
        ("byte", "messages.jsonl does not match its sha256"),
        ("missing", "is missing"),
        ("newer", "format_version 2 is newer than this tool reads (1)"),
        ("extra", "files/file-extra is not listed"),
        ("no-manifest", "manifest.json is missing"),
        ("stray", "extra.txt is not listed"),
        ("stray-kind", "widgets.jsonl is not listed"),
    ],
)
def test_a_tampered_archive_is_refused_by_verify_and_both_imports(
    seeded: Any, untouched: Server, tmp_path: Path, damage: str, named: str
) -> None:
    _, ids, archive = seeded
    copy = _tampered(archive, tmp_path)
    if damage == "byte":
        data = bytearray((copy / "messages.jsonl").read_bytes())
        data[10] ^= 1
        (copy / "messages.jsonl").write_bytes(bytes(data))
    elif damage == "missing":
        (copy / "files" / ids["files"][0]).unlink()
        named = f"files/{ids['files'][0]} is missing"
    elif damage == "newer":
        manifest = json.loads((copy / "manifest.json").read_text())
        manifest["format_version"] = 2
        (copy / "manifest.json").write_text(json.dumps(manifest))
    elif damage == "extra":
        (copy / "files" / "file-extra").write_bytes(b"x")
    elif damage == "stray":
        (copy / "extra.txt").write_bytes(b"x")
    elif damage == "stray-kind":
        (copy / "widgets.jsonl").write_bytes(b'{"id":"w"}\n')
    else:
        (copy / "manifest.json").unlink()
    with pytest.raises(ArchiveError, match="invalid archive"):
        verify(copy)
    refused = run_cli("verify", str(copy), check=False)
    assert refused.returncode == 1 and named in refused.stderr
    db = tmp_path / "x.sqlite3"
    loaded = server_import(copy, db, check=False)
    assert loaded.returncode == 1 and named in loaded.stderr
    through_api = run_cli("import", str(copy), "--base-url", untouched.base_url, "--api-key", "k", check=False)
    assert through_api.returncode == 1 and named in through_api.stderr and "invalid archive" in through_api.stderr
    assert untouched.state.counts() == {}, "the API import wrote before verifying"
    assert not (copy / "import-journal.jsonl").exists() and not (copy / "id-map.json").exists()


def test_import_through_the_api_gives_new_ids_and_valid_references(seeded: Any, tmp_path: Path) -> None:
    _, ids, archive = seeded
    copy = _tampered(archive, tmp_path)  # a copy: the import writes its journal and map beside the members
    with Server(admin=True, api_key="third") as third:
        run_cli("import", str(copy), "--base-url", third.base_url, "--api-key", "third")
        held = _held(third, "third", tmp_path / "held-1")
        assert held == _imported_counts(archive)
        again = run_cli("import", str(copy), "--base-url", third.base_url, "--api-key", "third")  # resumes: nothing new
        assert _held(third, "third", tmp_path / "held-2") == held, "a second run with the same journal added objects"
        id_map = json.loads((copy / "id-map.json").read_text())
        report = json.loads((copy / "import-report.json").read_text())
        with Client(base_url=third.base_url, api_key="third") as client:
            assert len(list(client.list_assistants())) == len(ids["assistants"])
            for old in ids["assistants"]:
                new = client.get_assistant(id_map[old])
                assert new.id != old
                stores = new.tool_resources.file_search.vector_store_ids  # type: ignore[union-attr]
                assert all(client.get_vector_store(s).id == s for s in stores)
            for old in ids["files"]:
                assert client.download_file(id_map[old]) == (archive / "files" / old).read_bytes()
            for thread in read_kind(archive, "threads"):
                old_messages = [m for m in read_kind(archive, "messages") if m["thread_id"] == thread["id"]]
                new_messages = list(client.list_messages(id_map[thread["id"]], order="asc"))
                assert [m.content[0].text.value for m in new_messages] == [  # type: ignore[union-attr]
                    m["content"][0]["text"]["value"] for m in old_messages
                ]
                for message in new_messages:
                    for attachment in message.attachments or []:
                        assert attachment.file_id in id_map.values() and client.retrieve_file(attachment.file_id).id  # type: ignore[arg-type]
    assert "imported" in again.stdout
    assert len(report["runs_not_replayed"]) == len(list(read_kind(archive, "runs")))
    assert all(r["assistant"] in id_map.values() for r in report["runs_not_replayed"])


def _held(srv: Server, key: str, out: Path) -> dict[str, int]:
    """What a host holds, per kind (counted by exporting it)."""
    with Client(base_url=srv.base_url, api_key=key) as client:
        return dict(Exporter(client, out).run()["counts"])


def _imported_counts(archive: Path) -> dict[str, int]:
    """What an API import of `archive` makes: everything but runs and steps, which it cannot replay."""
    counts = dict(verify(archive)["counts"])
    return {**counts, "runs": 0, "steps": 0}


def test_an_api_import_stopped_by_errors_resumes_without_doubles(seeded: Any, tmp_path: Path) -> None:
    _, _, archive = seeded
    copy = _tampered(archive, tmp_path)
    with Server(admin=True, api_key="fourth") as fourth:
        requests = sum(verify(archive)["counts"].values())  # about one per object
        fourth.set_faults(error_rates={500: min(0.03, 4 / requests)}, seed=11)  # a few stops at any size
        command = ("import", str(copy), "--base-url", fourth.base_url, "--api-key", "fourth", "--max-retries", "0")
        stops = 0
        for _ in range(50):  # each run gets further; a run that meets no fault ends the loop
            done = run_cli(*command, "--concurrency", "1", check=False)
            if done.returncode == 0:
                break
            assert done.returncode == 1 and "rerun the same command to resume" in done.stderr, done.stderr
            stops += 1
        fourth.set_faults()
        assert stops >= 2, "the import was never stopped: raise the fault rate"
        run_cli(*command)
        assert _held(fourth, "fourth", tmp_path / "held") == _imported_counts(archive)
    (tmp_path / "clean").mkdir()
    clean = _tampered(archive, tmp_path / "clean")
    with Server(admin=True, api_key="k") as other:
        run_cli("import", str(clean), "--base-url", other.base_url, "--api-key", "k")
    # the notes and the summary of earlier runs are kept: the report is the clean import's
    assert _normalized_report(copy) == _normalized_report(clean)
    assert json.loads((copy / "import-report.json").read_text())["annotations_not_settable"]


def test_verify_accepts_the_journals_and_reports_beside_the_members(seeded: Any, tmp_path: Path) -> None:
    _, _, archive = seeded
    copy = _tampered(archive, tmp_path)
    (copy / ".export" / "units").mkdir(parents=True)  # a kill between the manifest and the journal's removal
    for name in ("import-journal.jsonl", "id-map.json", "import-report.json", ".partial-x1y2"):
        (copy / name).write_bytes(b"{}")
    verify(copy)
    (copy / "stray").mkdir()
    with pytest.raises(ArchiveError, match="stray/ is not listed"):
        verify(copy)


def test_an_export_counts_messages_runs_and_steps(seeded: Any, tmp_path: Path) -> None:
    srv, _, archive = seeded
    progress = Progress(shown=False)
    with Client(base_url=srv.base_url, api_key=SECRET, http_client=httpx2.Client(transport=_NoThreadList())) as client:
        manifest = Exporter(
            client, tmp_path / "counted", thread_ids=[t["id"] for t in read_kind(archive, "threads")], progress=progress
        ).run()
    counts = progress.counts
    assert list(counts)[-4:] == ["threads", "messages", "runs", "steps"]
    for kind in ("threads", "messages", "runs", "steps"):
        assert counts[kind] == manifest["counts"][kind], kind


def _normalized_report(archive: Path) -> Any:
    """The import report with each new id put back to its old one (hosts give different ids)."""
    id_map = json.loads((archive / "id-map.json").read_text())
    text = (archive / "import-report.json").read_text()
    for old, new in sorted(id_map.items(), key=lambda item: -len(item[1])):
        if "/" not in old:
            text = text.replace(f'"{new}"', f'"{old}"')
    report = json.loads(text)
    report.pop("target")
    return report


class _Killed(BaseException):
    """A SIGKILL between a create and its journal line, simulated."""


def test_a_kill_between_a_create_and_its_journal_line_makes_no_duplicate(
    seeded: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, _, archive = seeded
    copy = _tampered(archive, tmp_path)
    firsts = [
        next(iter(read_kind(archive, kind)))["id"] for kind in ("files", "vector_stores", "assistants", "threads")
    ]
    record = Importer._record
    killed: list[str] = []

    def dying(self: Importer, old: str, new: str, *, start: bool = False) -> None:
        if old in firsts and old not in killed and start == (old == firsts[-1]):
            killed.append(old)
            raise _Killed(old)  # the object exists on the host; its journal line was never written
        record(self, old, new, start=start)

    monkeypatch.setattr(Importer, "_record", dying)
    with Server(admin=True, api_key="fifth") as fifth:
        with Client(base_url=fifth.base_url, api_key="fifth", max_retries=0) as client:
            for _ in firsts:
                with pytest.raises(_Killed):
                    Importer(client, copy, concurrency=1).run()
            Importer(client, copy, concurrency=1).run()
        assert killed == firsts
        assert _held(fifth, "fifth", tmp_path / "held") == _imported_counts(archive)


def test_the_progress_lines_show_each_kind_and_no_rate_before_half_a_second(monkeypatch: pytest.MonkeyPatch) -> None:
    now = [100.0]
    monkeypatch.setattr(progress_module.time, "monotonic", lambda: now[0])
    out = io.StringIO()
    progress = Progress(out, shown=True)
    progress.add("threads", 0)
    progress.add("messages", 400)  # at once: no time has passed, no rate
    assert "messages:       400\x1b[K" in out.getvalue() and "/s" not in out.getvalue()
    now[0] += 0.4
    progress.add("messages", 100)
    assert "/s" not in out.getvalue()
    now[0] += 0.6
    progress.add("runs", 2)
    progress.add("steps", 3)
    last = out.getvalue().rsplit("\x1b[2F", 1)[-1]  # the latest drawing: up to the first of three, four lines
    lines = [line.replace("\x1b[K", "").strip() for line in last.split("\n")]
    assert lines == ["threads:         0  (0/s)", "messages:       500  (500/s)", "runs:         2", "steps:         3"]
    progress.close()
    assert out.getvalue().endswith("\n")
    assert progress_module.progress_line("files", 10, 2.0) == f"{'files':>20}: {10:>9,}  (5/s)"
