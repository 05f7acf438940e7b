"""`assistants-client export`: everything a host holds, into an archive, resumably.

The work is cut into units, each written whole to the journal folder (`DIR/.export/`) with one
rename: the assistants, the files, the vector stores (each listed in one go), each store's files,
the thread index, and each thread (its object, messages, runs and steps in one unit). A unit on
disk is done; a rerun with the same `DIR` skips it, so an export stopped at any point (Ctrl-C, a
lost connection, a kill) continues where it stopped and nothing is doubled or missed. Files'
bytes go straight to `DIR/files/<id>` (a temporary file renamed when whole). When every unit is
done, the kinds' JSON Lines files are assembled from the units, then `manifest.json` is written
last and the journal removed: an archive with a manifest is complete.
"""

from __future__ import annotations

import contextlib
import json
import re
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .._client import Client
from .._exceptions import NotFoundError
from .archive import FILES_DIR, KINDS, MANIFEST, ArchiveError, build_manifest, encode_line, kind_file, source_of
from .archive_io import digest, write_atomic
from .progress import Progress

__all__ = ["Exporter", "thread_refs"]

JSON = dict[str, Any]
JOURNAL = ".export"
PAGE = 100
MAX_PAGES = 1_000_000  # pages of one list walked before giving up
MAX_ROUNDS = 64  # rounds of threads found referenced by threads found referenced...
_THREAD_ID = re.compile(r"\bthread_[A-Za-z0-9]{8,64}\b")
STEP_INCLUDE = ("step_details.tool_calls[*].file_search.results[*].content",)


def thread_refs(objects: Iterable[Mapping[str, Any]]) -> list[str]:
    """Thread ids named in the metadata values of `objects`, in the order met."""
    found: dict[str, None] = {}
    for obj in objects:
        metadata = obj.get("metadata")
        if isinstance(metadata, Mapping):
            for value in metadata.values():
                if isinstance(value, str):
                    found.update(dict.fromkeys(_THREAD_ID.findall(value)))
    return list(found)


def _new_since(obj: Mapping[str, Any], since: int | None) -> bool:
    return since is None or int(obj.get("created_at") or 0) >= since


class Exporter:
    """One export of the host `client` talks to into `out`."""

    def __init__(
        self,
        client: Client,
        out: str | Path,
        *,
        thread_ids: Sequence[str] = (),
        concurrency: int = 4,
        since: int | None = None,
        progress: Progress | None = None,
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.client = client
        self.out = Path(out)
        self.journal = self.out / JOURNAL
        self.thread_ids = list(dict.fromkeys(thread_ids))
        self.concurrency = concurrency
        self.since = since
        self.progress = progress or Progress(shown=False)
        self.source = source_of(client.base_url)

    # -- the steps ---------------------------------------------------------------
    def run(self) -> JSON:
        """Export (or finish an export stopped earlier); the manifest."""
        if (self.out / MANIFEST).exists() and not self.journal.exists():
            return dict(json.loads((self.out / MANIFEST).read_text()))
        self._open_journal()
        try:
            with ThreadPoolExecutor(self.concurrency, thread_name_prefix="export") as pool:
                assistants = self._listed("assistants", self.client.with_raw_response.list_assistants)
                files = self._listed("files", self.client.with_raw_response.list_files)
                stores = self._listed("vector_stores", self.client.with_raw_response.list_vector_stores)
                self._each(pool, "vector_store_files", [s["id"] for s in stores], self._store_files)
                self._each(pool, "file bytes", [f for f in files if _new_since(f, self.since)], self._bytes)
                order = self._threads(pool, thread_refs([*assistants, *stores]))
            return self._assemble(assistants, files, stores, order)
        finally:
            self.progress.close()

    def _open_journal(self) -> None:
        record = {"source": self.source, "since": self.since}
        path = self.journal / "journal.json"
        if path.exists():
            started = json.loads(path.read_text())
            if started.get("source") != self.source or started.get("since") != self.since:
                was = f"{started.get('source')} (since {started.get('since')})"
                raise ArchiveError(
                    [
                        f"{self.out} holds an unfinished export of {was};"
                        " resume it with the same host and --since, or use another --out"
                    ]
                )
            return
        if self.out.exists() and any(p.name != JOURNAL for p in self.out.iterdir()):
            raise ArchiveError([f"{self.out} is not empty and holds no unfinished export"])
        write_atomic(path, [json.dumps(record).encode()])

    def _unit(self, name: str) -> Path:
        return self.journal / "units" / name

    def _done(self, name: str) -> list[JSON] | None:
        path = self._unit(name)
        if not path.exists():
            return None
        return [json.loads(line) for line in path.read_bytes().splitlines()]

    def _save(self, name: str, objects: Sequence[JSON]) -> None:
        write_atomic(self._unit(name), [encode_line(obj) for obj in objects])

    def _walk(self, call: Callable[..., Any], *args: Any, order: str = "asc", **query: Any) -> Iterator[JSON]:
        after = None
        for _ in range(MAX_PAGES):
            body = call(*args, limit=PAGE, order=order, after=after, **query).http_response.json()
            data = body.get("data") or []
            yield from data
            if not body.get("has_more") or not data:
                return
            after = body.get("last_id") or data[-1]["id"]
        raise ArchiveError([f"a list of more than {MAX_PAGES} pages"])

    def _listed(self, kind: str, call: Callable[..., Any]) -> list[JSON]:
        objects = self._done(f"{kind}.jsonl")
        if objects is None:
            objects = list(self._walk(call))
            self._save(f"{kind}.jsonl", objects)
        self.progress.add(kind, len(objects))
        return objects

    def _each(self, pool: ThreadPoolExecutor, kind: str, items: Sequence[Any], work: Callable[[Any], int]) -> None:
        for count in pool.map(work, items):
            self.progress.add(kind, count)

    def _store_files(self, store_id: str) -> int:
        name = f"vector_store_files/{store_id}.jsonl"
        objects = self._done(name)
        if objects is None:
            objects = list(self._walk(self.client.with_raw_response.list_vector_store_files, store_id))
            self._save(name, objects)
        return len(objects)

    def _bytes(self, file: JSON) -> int:
        target = self.out / FILES_DIR / file["id"]
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                self.client.download_file_to(file["id"], target)
            except NotFoundError:  # deleted (or expired) since it was listed: left out, named in the manifest
                return 0
        return 1

    def _thread(self, thread_id: str) -> int:
        name = f"threads/{thread_id}.jsonl"
        done = self._done(name)
        if done is not None:  # exported by an earlier run: counted again, as it was then
            if not done or done[0].get("object") == "missing":
                return 0
            for kind, object_type in (
                ("messages", "thread.message"),
                ("runs", "thread.run"),
                ("steps", "thread.run.step"),
            ):
                self.progress.add(kind, sum(1 for o in done[1:] if o.get("object") == object_type))
            return 1
        raw = self.client.with_raw_response
        try:
            thread = raw.get_thread(thread_id).http_response.json()
        except NotFoundError:
            self._save(name, [{"id": thread_id, "object": "missing"}])
            return 0
        messages = self._contents(raw.list_messages, thread_id)
        runs = self._contents(raw.list_runs, thread_id)
        steps = [s for run in runs for s in self._walk(raw.list_run_steps, thread_id, run["id"], include=STEP_INCLUDE)]
        self._save(name, [thread, *messages, *runs, *steps])
        for kind, objects in (("messages", messages), ("runs", runs), ("steps", steps)):
            self.progress.add(kind, len(objects))
        return 1

    def _contents(self, call: Callable[..., Any], thread_id: str) -> list[JSON]:
        """A thread's messages or runs, oldest first; with --since only those created since, read
        newest first and no further than the first older one (lists sort by creation time)."""
        if self.since is None:
            return list(self._walk(call, thread_id))
        newest = []
        for obj in self._walk(call, thread_id, order="desc"):
            if not _new_since(obj, self.since):
                break
            newest.append(obj)
        return newest[::-1]

    def _threads(self, pool: ThreadPoolExecutor, referenced: list[str]) -> list[str]:
        """Export every thread: listed (where the host lists them), given, or referenced."""
        index = self._done("thread_index.jsonl")
        if index is None:
            listed: list[str] = []
            with contextlib.suppress(NotFoundError):  # the OpenAI API never listed threads
                listed = [t["id"] for t in self._walk(self.client.with_raw_response.list_threads)]
            index = [{"id": tid} for tid in dict.fromkeys([*listed, *self.thread_ids, *referenced])]
            self._save("thread_index.jsonl", index)
        order = [entry["id"] for entry in index]
        self.progress.add("threads", 0)  # the threads' line above their messages', runs' and steps'
        known = set(order)
        pending = order
        for _ in range(MAX_ROUNDS):
            if not pending:
                break
            self._each(pool, "threads", pending, self._thread)
            found = thread_refs(obj for tid in pending for obj in self._done(f"threads/{tid}.jsonl") or [])
            pending = [tid for tid in found if tid not in known]
            known.update(pending)
            order.extend(pending)
        return order

    # -- the archive ---------------------------------------------------------------
    def _assemble(self, assistants: list[JSON], files: list[JSON], stores: list[JSON], order: list[str]) -> JSON:
        kinds: dict[str, list[JSON]] = {kind: [] for kind in KINDS}
        since = self.since
        kinds["assistants"] = [a for a in assistants if _new_since(a, since)]
        kinds["files"] = [f for f in files if _new_since(f, since) and (self.out / FILES_DIR / f["id"]).exists()]
        for store in stores:
            held = [f for f in self._done(f"vector_store_files/{store['id']}.jsonl") or [] if _new_since(f, since)]
            if held or _new_since(store, since):
                kinds["vector_stores"].append(store)
                kinds["vector_store_files"].extend(held)
        missing = []
        for tid in order:
            unit = self._done(f"threads/{tid}.jsonl") or []
            if not unit or unit[0].get("object") == "missing":
                missing.append(tid)
                continue
            thread, rest = unit[0], unit[1:]
            messages = [o for o in rest if o.get("object") == "thread.message" and _new_since(o, since)]
            runs = [o for o in rest if o.get("object") == "thread.run" and _new_since(o, since)]
            run_ids = {r["id"] for r in runs}
            steps = [o for o in rest if o.get("object") == "thread.run.step" and o.get("run_id") in run_ids]
            if messages or runs or _new_since(thread, since):
                kinds["threads"].append(thread)
                kinds["messages"].extend(messages)
                kinds["runs"].extend(runs)
                kinds["steps"].extend(steps)
        members: dict[str, tuple[str, int]] = {}
        for kind, objects in kinds.items():
            path = self.out / kind_file(kind)
            write_atomic(path, [encode_line(obj) for obj in objects])
            members[kind_file(kind)] = digest(path)
        for file in kinds["files"]:
            members[f"{FILES_DIR}/{file['id']}"] = digest(self.out / FILES_DIR / file["id"])
        manifest = build_manifest(
            source=self.source,
            created_at=int(time.time()),
            since=since,
            counts={kind: len(objects) for kind, objects in kinds.items()},
            files=members,
        )
        manifest["missing_threads"] = missing
        manifest["missing_files"] = [f["id"] for f in files if _new_since(f, since) and f not in kinds["files"]]
        write_atomic(self.out / MANIFEST, [json.dumps(manifest, indent=2, sort_keys=True).encode() + b"\n"])
        shutil.rmtree(self.journal, ignore_errors=True)
        return manifest
