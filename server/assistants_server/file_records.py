"""Files and uploads, with no HTTP in them: the ``file``, ``upload`` and ``upload_part`` objects
in the store, their bytes in the blob store under the same ids.

Bytes arrive as ``BlobSink``s (temporary files or parts) and are committed under an object's id as the
last step of the write that records the object, so a refused request leaves neither. A file
with ``expires_at`` in the past answers 404 and its bytes go on first access, or at the latest
when a bounded sweep (``sweep_expired``: at start, on listFiles and on createUpload) meets it. An
upload still pending an hour after it started is ``expired`` and its parts' bytes go, on its next
use or at the latest in that sweep. Expiry reads ``now()``, which the admin clock moves.

``on_delete`` holds callbacks called with a file's id when it is deleted or expires (vector
stores drop the file there).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from typing import IO, Any

from .errors import ErrorReply, bad_request, not_found
from .storage.blobs import Blobs, BlobSink
from .storage.scope import in_project
from .storage.sql_objects import ObjectStore, new_id

JSON = dict[str, Any]
UPLOAD_TTL = 3600  # seconds a pending upload lives
PART_LIMIT = 64 * 1024 * 1024  # bytes in one part of an upload
MAX_PARTS = 10_000  # parts of one upload
SWEEP_BATCH = 100  # expired files, and abandoned uploads, one sweep frees
JOIN_CHUNK = 1024 * 1024
_MD5 = re.compile(r"[0-9a-fA-F]{32}")


def _expires_at(created: int, expires_after: Any) -> int | None:
    if isinstance(expires_after, Mapping) and isinstance(expires_after.get("seconds"), int):
        return created + int(expires_after["seconds"])
    return None


class FileRecords:
    def __init__(self, store: ObjectStore, blobs: Blobs) -> None:
        self.store = store
        self.blobs = blobs
        self.on_delete: list[Callable[[str], None]] = []
        self.clock_offset = 0.0  # moved by the admin clock (tests of expiry)

    def now(self) -> int:
        """The time expiry is judged by: the store's clock, moved by the admin clock."""
        return self.store.timestamp() + int(self.clock_offset)

    # -- files -----------------------------------------------------------------
    def create(self, writer: BlobSink, *, filename: str, purpose: str, expires_after: Any = None) -> JSON:
        """Record a file and commit its bytes (the caller's transaction holds both)."""
        if not isinstance(purpose, str) or not purpose:
            raise bad_request("Missing required parameter: 'purpose'.", "purpose", "missing_required_parameter")
        created = self.store.timestamp()
        file: JSON = {
            "id": new_id("file-"),
            "object": "file",
            "bytes": writer.size,
            "created_at": created,
            "expires_at": _expires_at(created, expires_after),
            "filename": filename,
            "purpose": purpose,
            "status": "processed",
            "status_details": None,
        }
        self.store.insert("file", file)
        writer.commit(file["id"])
        return file

    def get(self, file_id: str, param: str | None = None) -> JSON:
        file = self.store.get("file", file_id)
        if file is None:
            raise not_found("file", file_id, param)
        if file.get("expires_at") is not None and file["expires_at"] <= self.now():
            self._drop(file_id)
            raise not_found("file", file_id, param)
        return file

    def open(self, file_id: str) -> tuple[IO[bytes], int]:
        """The file's bytes, open for reading, and their size."""
        self.get(file_id)
        try:
            fh = self.blobs.open(file_id)
        except FileNotFoundError:
            raise not_found("file", file_id) from None
        return fh, self.blobs.size(file_id)

    def page(self, *, limit: int, order: str, after: str | None, purpose: str | None) -> JSON:
        self.sweep_expired()
        match = {"purpose": purpose} if purpose is not None else None
        page = self.store.list("file", None, limit=limit, order=order, after=after, match=match, alive_at=self.now())
        return page.body()

    def delete(self, file_id: str) -> JSON:
        self.get(file_id)
        self._drop(file_id)
        return {"id": file_id, "object": "file", "deleted": True}

    def _drop(self, file_id: str) -> None:
        self.store.delete("file", file_id)
        self.blobs.delete(file_id)
        for hook in self.on_delete:
            hook(file_id)

    def sweep_expired(self, limit: int = SWEEP_BATCH) -> int:
        """Free at most `limit` expired files and expire at most `limit` pending uploads past
        their hour (their parts' bytes go); how many of both."""
        now = self.now()
        gone = self.store.expired("file", now, limit)
        for file in gone:
            self._drop(file["id"])
        abandoned = self.store.expired("upload", now, limit, status="pending")
        for upload in abandoned:
            self._expire(upload)
        return len(gone) + len(abandoned)

    def sweep_every_project(self, limit: int = SWEEP_BATCH) -> int:
        """``sweep_expired`` in each project in turn (at start; a request sweeps its own)."""
        swept = 0
        for project in self.store.projects():
            with in_project(project):
                swept += self.sweep_expired(limit)
        return swept

    def _expire(self, upload: JSON) -> None:
        upload["status"] = "expired"
        self.store.update("upload", upload)
        self._drop_parts(upload["id"])

    def sweep_orphans(self) -> int:
        """At start: remove blobs no live file or part owns (a crash between the rename and the
        commit) and temporary files; how many went."""
        removed = self.blobs.sweep_partials()
        owners = {"file-": "file", "part_": "upload_part"}  # the names this module gives blobs
        for blob_id in list(self.blobs.ids()):
            kind = next((k for prefix, k in owners.items() if blob_id.startswith(prefix)), None)
            if kind is not None and self.store.project_of(kind, blob_id) is None:  # owned in no project
                removed += self.blobs.delete(blob_id)
        return removed

    # -- uploads ---------------------------------------------------------------
    def create_upload(self, body: JSON) -> JSON:
        created = self.store.timestamp()
        upload: JSON = {
            "id": new_id("upload_"),
            "object": "upload",
            "created_at": created,
            "filename": body.get("filename", ""),
            "bytes": body.get("bytes", 0),
            "purpose": body.get("purpose", ""),
            "status": "pending",
            "expires_at": created + UPLOAD_TTL,
            "file": None,
        }
        aux = {"mime_type": body.get("mime_type"), "expires_after": body.get("expires_after")}
        return self.store.insert("upload", upload, aux=aux)

    def require_upload(self, upload_id: str) -> None:
        """404 for an unknown upload; a pending one past its hour becomes ``expired`` here, before
        any transaction (whose rollback would keep the parts' records but not their bytes)."""
        upload = self.store.get("upload", upload_id)
        if upload is None:
            raise not_found("upload", upload_id)
        if upload["status"] == "pending" and upload["expires_at"] <= self.now():
            self._expire(upload)

    def upload(self, upload_id: str) -> tuple[JSON, JSON]:
        """The upload and its private fields (a pending one past its hour answers as ``expired``;
        ``require_upload`` records that)."""
        upload, aux = self.store.get_with_aux("upload", upload_id)
        if upload is None:
            raise not_found("upload", upload_id)
        if upload["status"] == "pending" and upload["expires_at"] <= self.now():
            upload["status"] = "expired"
        return upload, aux or {}

    def _pending(self, upload_id: str) -> tuple[JSON, JSON]:
        upload, aux = self.upload(upload_id)
        if upload["status"] != "pending":
            raise bad_request(
                f"Upload '{upload_id}' is {upload['status']}; only a pending upload takes this.",
                "upload_id",
                "upload_not_pending",
            )
        return upload, aux

    def _parts(self, upload_id: str) -> dict[str, int]:
        """part id -> size in bytes."""
        sizes = {}
        for part_id in self.store.ids("upload_part", upload_id):
            _part, aux = self.store.get_with_aux("upload_part", part_id)
            sizes[part_id] = int((aux or {}).get("bytes", 0))
        return sizes

    def _drop_parts(self, upload_id: str) -> None:
        for part_id in self.store.ids("upload_part", upload_id):
            self.store.delete("upload_part", part_id)
            self.blobs.delete(part_id)

    def add_part(self, upload_id: str, writer: BlobSink) -> JSON:
        upload, _aux = self._pending(upload_id)
        sizes = self._parts(upload_id)
        if len(sizes) >= MAX_PARTS:
            raise bad_request(f"An upload takes at most {MAX_PARTS} parts.", "data", "too_many_parts")
        if sum(sizes.values()) + writer.size > upload["bytes"]:
            raise bad_request(
                f"The parts would hold more than the {upload['bytes']} bytes the upload announced.",
                "data",
                "upload_too_large",
            )
        part: JSON = {
            "id": new_id("part_"),
            "object": "upload.part",
            "created_at": self.store.timestamp(),
            "upload_id": upload_id,
        }
        self.store.insert("upload_part", part, parent=upload_id, aux={"bytes": writer.size})
        writer.commit(part["id"])
        return part

    def check_complete(self, upload_id: str, body: JSON) -> list[str]:
        """The parts in the order given, after every rule of completeUpload (nothing written
        but a lazy expiry). Raises a 400 naming the parameter."""
        upload, _aux = self._pending(upload_id)
        part_ids = body.get("part_ids")
        if not isinstance(part_ids, list) or not all(isinstance(p, str) for p in part_ids):
            raise bad_request("Invalid 'part_ids': expected an array of part ids.", "part_ids", "invalid_type")
        sizes = self._parts(upload_id)
        seen: set[str] = set()
        for index, part_id in enumerate(part_ids):
            if part_id not in sizes:
                raise bad_request(
                    f"Invalid 'part_ids[{index}]': no part '{part_id[:64]}' in this upload.", f"part_ids[{index}]"
                )
            if part_id in seen:
                raise bad_request(
                    f"Invalid 'part_ids[{index}]': part '{part_id}' is listed twice.", f"part_ids[{index}]"
                )
            seen.add(part_id)
        missing = [p for p in sizes if p not in seen]
        if missing:
            raise bad_request(
                f"Invalid 'part_ids': {len(missing)} part(s) of the upload are not listed, e.g. '{missing[0]}'.",
                "part_ids",
            )
        total = sum(sizes[p] for p in part_ids)
        if total != upload["bytes"]:
            raise bad_request(
                f"The parts hold {total} bytes but the upload announced {upload['bytes']}.", "part_ids", "size_mismatch"
            )
        md5 = body.get("md5")
        if md5 is not None and not (isinstance(md5, str) and _MD5.fullmatch(md5)):
            raise bad_request("Invalid 'md5': expected 32 hexadecimal digits.", "md5", "invalid_value")
        return list(part_ids)

    def join(self, part_ids: list[str], md5: str | None) -> BlobSink:
        """The parts' bytes joined into a new temporary blob, streamed (blocking I/O: run it in
        a thread). A 400 (``param: md5``) when the digest differs."""
        digest = hashlib.md5(usedforsecurity=False)
        writer = self.blobs.writer()
        try:
            for part_id in part_ids:
                with self.blobs.open(part_id) as fh:
                    for _ in range(self.blobs.size(part_id) // JOIN_CHUNK + 2):
                        chunk = fh.read(JOIN_CHUNK)
                        if not chunk:
                            break
                        digest.update(chunk)
                        writer.write(chunk)
            if md5 is not None and digest.hexdigest() != md5.lower():
                raise bad_request("The md5 of the joined parts differs from 'md5'.", "md5", "checksum_mismatch")
        except BaseException:
            writer.abort()
            raise
        return writer

    def complete(self, upload_id: str, body: JSON, joined: BlobSink) -> JSON:
        """Record the file made of `joined` and close the upload (checked again: the parts may
        have changed while they were joined)."""
        part_ids = self.check_complete(upload_id, body)
        upload, aux = self._pending(upload_id)
        if joined.size != upload["bytes"]:
            raise ErrorReply(409, "The upload's parts changed while they were joined; complete it again.")
        file = self.create(
            joined, filename=upload["filename"], purpose=upload["purpose"], expires_after=aux.get("expires_after")
        )
        upload.update(status="completed", file=file)
        self.store.update("upload", upload)
        for part_id in part_ids:
            self.store.delete("upload_part", part_id)
            self.blobs.delete(part_id)
        return upload

    def cancel_upload(self, upload_id: str) -> JSON:
        upload, _aux = self._pending(upload_id)
        upload["status"] = "cancelled"
        self.store.update("upload", upload)
        self._drop_parts(upload_id)
        return upload
