"""`assistants-client import DIR`: an archive into any host, through its API (new ids).

Objects are created in dependency order (files, vector stores and their files, assistants,
threads with their messages), every reference rewritten through the id map (`rewrite.py`).
Each mapping is appended to `DIR/import-journal.jsonl` as soon as the host answers, so a rerun
skips what is done; a thread is a unit: one that was started but not finished is deleted on the
host and imported again, so no message is doubled. Every create carries a deterministic
`Idempotency-Key` (the manifest's sha256, the kind, the old id), so an object the host made just
before a kill, whose journal line was never written, is answered again by a host that keeps keys
rather than made twice; a host without Idempotency-Key support may still get a duplicate from a
kill at that exact moment. The annotations noted (below) are journaled too. At the end `DIR/id-map.json` (old id -> new
id) and `DIR/import-report.json` are written. Runs cannot be replayed through the API: their
messages and steps' text arrive as the thread's messages, and each run is listed in the report
(status, usage, assistant under its new id). `file_citation`/`file_path` annotations cannot be
set through the API either: they are in the report with their file ids rewritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from .._client import Client
from .._exceptions import NotFoundError
from .archive import FILES_DIR, MANIFEST, encode_line, source_of
from .archive_io import digest, read_kind, verify, write_atomic
from .progress import Progress
from .rewrite import assistant_body, message_body, thread_body, tool_resources

__all__ = ["Importer"]

JSON = dict[str, Any]
JOURNAL = "import-journal.jsonl"


class Importer:
    def __init__(
        self, client: Client, archive: str | Path, *, concurrency: int = 4, progress: Progress | None = None
    ) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.client = client
        self.archive = Path(archive)
        self.concurrency = concurrency
        self.progress = progress or Progress(shown=False)
        self.id_map: dict[str, str] = {}
        self.started: dict[str, str] = {}  # old thread id -> new, not finished
        self._lock = threading.Lock()
        self._notes: dict[str, JSON] = {}  # old message id -> note (with the old thread's id)
        self._archive_key = ""  # the manifest's sha256: each create's Idempotency-Key derives from it

    @property
    def notes(self) -> list[JSON]:
        """The annotations the API cannot set, this run's and earlier runs' (from the journal)."""
        return self._ordered_notes()

    def _key(self, kind: str, old: str, *extra: str) -> dict[str, Any]:
        """The per-call options of a create: a deterministic Idempotency-Key (archive, kind, old
        id), so a rerun after a kill between the create and its journal line gets the host's
        first answer again instead of a second object (on a host that honours the header)."""
        text = "\0".join([self._archive_key, kind, old, *extra])
        key = "assistants-import-" + hashlib.sha256(text.encode()).hexdigest()
        return {"extra_headers": {"Idempotency-Key": key}}

    # -- the journal ---------------------------------------------------------------
    def _load(self) -> None:
        path = self.archive / JOURNAL
        if not path.exists():
            return
        for line in path.read_bytes().splitlines():
            try:
                entry = json.loads(line)
            except ValueError:  # the last line, torn by a kill
                continue
            if not isinstance(entry, dict):
                continue
            if "note" in entry:
                self._notes[entry["note"]["old"]] = entry["note"]
            elif entry.get("start"):
                self.started[entry["old"]] = entry["new"]
            else:
                self.id_map[entry["old"]] = entry["new"]
                self.started.pop(entry["old"], None)

    def _record(self, old: str, new: str, *, start: bool = False) -> None:
        with self._lock, (self.archive / JOURNAL).open("ab") as fh:
            fh.write(encode_line({"old": old, "new": new, "start": start}))
            fh.flush()
            if not start:
                self.id_map[old] = new

    def _note(self, note: JSON) -> None:
        with self._lock, (self.archive / JOURNAL).open("ab") as fh:
            fh.write(encode_line({"note": note}))
            fh.flush()
            self._notes[note["old"]] = note

    # -- the steps -------------------------------------------------------------------
    def run(self) -> JSON:
        manifest = verify(self.archive)
        self._archive_key = digest(self.archive / MANIFEST)[0]
        self._load()
        try:
            for file in read_kind(self.archive, "files"):
                if file["id"] not in self.id_map:
                    made = self.client.create_file(
                        file=(str(file.get("filename") or file["id"]), self.archive / FILES_DIR / file["id"]),
                        purpose=str(file.get("purpose") or "assistants"),
                        **self._key("files", file["id"]),
                    )
                    self._record(file["id"], made.id)
                self.progress.add("files")
            self._stores()
            for assistant in read_kind(self.archive, "assistants"):
                if assistant["id"] not in self.id_map:
                    made_a = self.client.create_assistant(
                        assistant_body(assistant, self.id_map), **self._key("assistants", assistant["id"])
                    )
                    self._record(assistant["id"], made_a.id)
                self.progress.add("assistants")
            self._threads()
        finally:
            self.progress.close()
        return self._finish(manifest)

    def _stores(self) -> None:
        members: dict[str, list[JSON]] = {}
        for row in read_kind(self.archive, "vector_store_files"):
            members.setdefault(str(row.get("vector_store_id")), []).append(row)
        for store in read_kind(self.archive, "vector_stores"):
            new = self.id_map.get(store["id"])
            if new is None:
                body: JSON = {"name": store.get("name") or "", "metadata": store.get("metadata") or {}}
                if store.get("expires_after"):
                    body["expires_after"] = store["expires_after"]
                new = self.client.create_vector_store(body, **self._key("vector_stores", store["id"])).id
                self._record(store["id"], new)
            for row in members.get(store["id"], []):
                key = f"{store['id']}/{row['id']}"
                if key in self.id_map:
                    continue
                file_body: JSON = {"file_id": self.id_map.get(row["id"], row["id"])}
                if row.get("attributes"):
                    file_body["attributes"] = row["attributes"]
                self.client.create_vector_store_file(new, file_body, **self._key("vector_store_files", key))
                self._record(key, file_body["file_id"])
            self.progress.add("vector_stores")

    def _threads(self) -> None:
        messages: dict[str, list[JSON]] = {}
        for message in read_kind(self.archive, "messages"):
            messages.setdefault(str(message.get("thread_id")), []).append(message)
        every = list(read_kind(self.archive, "threads"))
        threads = [t for t in every if t["id"] not in self.id_map]
        if len(threads) < len(every):  # done by an earlier run: counted in the summary too
            self.progress.add("threads", len(every) - len(threads))
        # every thread's new id first, so that metadata naming another thread can be rewritten
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="import") as pool:
            for _ in pool.map(lambda t: self._thread(t, messages.get(t["id"], [])), threads):
                self.progress.add("threads")

    def _thread(self, thread: JSON, messages: list[JSON]) -> None:
        stale = self.started.get(thread["id"])
        if stale is not None:  # started by a run that stopped: begin again
            with contextlib.suppress(NotFoundError):
                self.client.delete_thread(stale)
            with self._lock:  # its messages are gone, and their notes with them
                for old in [m for m, note in self._notes.items() if note.get("thread") == thread["id"]]:
                    del self._notes[old]
        # a thread begun again gets another key (its first answer names the deleted thread)
        again = () if stale is None else (stale,)
        new = self.client.create_thread(
            thread_body(thread, self.id_map), **self._key("threads", thread["id"], *again)
        ).id
        self._record(thread["id"], new, start=True)
        for message in messages:
            body, annotations = message_body(message, self.id_map)
            made = self.client.create_message(new, body, **self._key("messages", message["id"], new))
            if annotations:
                self._note(
                    {"old": message["id"], "thread": thread["id"], "message": made.id, "annotations": annotations}
                )
            self._record(message["id"], made.id)
        self._record(thread["id"], new)

    def _ordered_notes(self) -> list[JSON]:
        """The notes in the archive's message order (whatever order threads finished in)."""
        with self._lock:
            notes = dict(self._notes)
        ordered = [notes[m["id"]] for m in read_kind(self.archive, "messages") if m["id"] in notes]
        return [{"message": note["message"], "annotations": note["annotations"]} for note in ordered]

    def _finish(self, manifest: Mapping[str, Any]) -> JSON:
        runs = [
            {
                "run": run["id"],
                "thread": self.id_map.get(run.get("thread_id", ""), run.get("thread_id")),
                "assistant": self.id_map.get(run.get("assistant_id", ""), run.get("assistant_id")),
                "status": run.get("status"),
                "usage": run.get("usage"),
                "tool_resources": tool_resources(run.get("tool_resources"), self.id_map),
            }
            for run in read_kind(self.archive, "runs")
        ]
        report: JSON = {
            "source": manifest["source"],
            "target": source_of(self.client.base_url),
            "summary": ", ".join(f"{n} {kind}" for kind, n in self.progress.counts.items()),
            "runs_not_replayed": runs,
            "annotations_not_settable": self._ordered_notes(),
        }
        write_atomic(self.archive / "id-map.json", [json.dumps(self.id_map, indent=1, sort_keys=True).encode()])
        write_atomic(self.archive / "import-report.json", [json.dumps(report, indent=1).encode()])
        return report
