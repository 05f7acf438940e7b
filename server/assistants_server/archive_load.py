"""``python -m assistants_server import DIR --db PATH``: an archive into the server's store, as it was.

Every object keeps its id, timestamps, status, steps and usage: rows are written as the archive
holds them, in its order (lists then sort the same way), all in one transaction, so an import
stopped at any point leaves the database as it was, and a rerun finishes it. Objects already in
the database (by id) are left alone, so importing the same archive twice adds nothing. File bytes
go to the data directory (default ``PATH.files``, as the server's ``--data-dir``) before the
transaction opens; each vector store file that was ``completed`` has its text chunked again, so
``searchVectorStore`` finds it as on the host it came from.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistants_client.migrate.archive import FILES_DIR, KINDS, ArchiveError
from assistants_client.migrate.archive_io import read_kind, verify

from .storage.blobs import Blobs
from .storage.chunks import ChunkRow
from .storage.open import open_blobs, open_store
from .storage.scope import DEFAULT_PROJECT, in_project
from .storage.sql_objects import ObjectStore
from .vector_stores.ingest import Job, Parsed, process
from .vector_stores.rules import sizes

JSON = dict[str, Any]
COPY_CHUNK = 1024 * 1024

# kind of the archive -> (kind of the store, the row's parent, the row's run_id)
ROWS: dict[str, tuple[str, Callable[[JSON], str | None], Callable[[JSON], str | None]]] = {
    "assistants": ("assistant", lambda o: None, lambda o: None),
    "files": ("file", lambda o: None, lambda o: None),
    "vector_stores": ("vector_store", lambda o: None, lambda o: None),
    "vector_store_files": ("vector_store_file", lambda o: o.get("vector_store_id"), lambda o: None),
    "threads": ("thread", lambda o: None, lambda o: None),
    "messages": ("message", lambda o: o.get("thread_id"), lambda o: o.get("run_id")),
    "runs": ("run", lambda o: o.get("thread_id"), lambda o: None),
    "steps": ("step", lambda o: o.get("run_id"), lambda o: None),
}


def _copy_bytes(archive: Path, blobs: Blobs, file_id: str) -> None:
    if blobs.exists(file_id):
        return
    with blobs.writer() as writer, (archive / FILES_DIR / file_id).open("rb") as source:
        while chunk := source.read(COPY_CHUNK):
            writer.write(chunk)
        writer.commit(file_id)


def _chunk(store: ObjectStore, blobs: Blobs, row: JSON, filenames: dict[str, str]) -> None:
    size, overlap = sizes(row.get("chunking_strategy") or {})
    store_id, file_id = row["vector_store_id"], row["id"]
    outcome = process(Job(store_id, file_id, blobs.path(file_id), filenames.get(file_id, ""), size, overlap))
    if isinstance(outcome, Parsed):
        rows = [ChunkRow(store_id, file_id, c.index, c.text, c.start, c.end, c.tokens) for c in outcome.chunks]
        store.chunks.replace(store_id, file_id, outcome.text, rows)


def load(archive: str | Path, db: str, data_dir: str | None = None, project: str = DEFAULT_PROJECT) -> dict[str, int]:
    """Import `archive` into the database file `db`, in `project`; the objects added, per kind."""
    with in_project(project):
        return _load(Path(archive), db, data_dir, project)


def _load(folder: Path, db: str, data_dir: str | None, project: str) -> dict[str, int]:
    verify(folder)
    store = open_store(db)
    blobs = open_blobs(store, db, data_dir)
    added = dict.fromkeys(KINDS, 0)
    try:
        filenames: dict[str, str] = {}
        for file in read_kind(folder, "files"):
            _copy_bytes(folder, blobs, file["id"])
            filenames[file["id"]] = str(file.get("filename") or "")
        with store.transaction():
            for kind in KINDS:
                store_kind, parent_of, run_of = ROWS[kind]
                for obj in read_kind(folder, kind):
                    parent = parent_of(obj)
                    owner = store.project_of(store_kind, obj["id"], parent=parent)
                    if owner == project:
                        continue
                    if owner is not None:  # ids are the archive's: one archive, one project of a database
                        raise ArchiveError([f"{kind}: {obj['id']} already belongs to another project of this database"])
                    store.insert(store_kind, obj, parent=parent, run_id=run_of(obj))
                    added[kind] += 1
                    if kind == "vector_store_files" and obj.get("status") == "completed" and obj["id"] in filenames:
                        _chunk(store, blobs, obj, filenames)
    finally:
        store.close()
    return added


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistants_server import",
        description="Load an archive (from `assistants-client export`) into a database, ids and all.",
    )
    parser.add_argument("archive", type=Path, help="the archive directory")
    parser.add_argument("--db", required=True, help="the server's --db: a SQLite file or a postgresql:// URL")
    parser.add_argument("--data-dir", default=None, help="where file bytes go (default: DB.files, as the server's)")
    parser.add_argument(
        "--project", default=DEFAULT_PROJECT, help="the project the objects belong to (default: '', the default one)"
    )
    args = parser.parse_args(argv)
    try:
        added = load(args.archive, args.db, args.data_dir, args.project)
    except ArchiveError as exc:
        print(f"python -m assistants_server import: {exc}", file=sys.stderr, flush=True)
        return 1
    print("imported " + ", ".join(f"{n} {kind}" for kind, n in added.items()), flush=True)
    return 0
