"""The official openai SDK drives files and uploads against the server (every answer is also
checked against openapi.yaml by the fixture)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path
from typing import Any

import pytest
from assistants_server import Server

from .blob_support import stored_blobs

openai = pytest.importorskip("openai")


def test_files_through_the_sdk(srv: Server, sdk: Any) -> None:
    content = os.urandom(70_000)
    made = sdk.files.create(file=("notes.bin", io.BytesIO(content)), purpose="assistants")
    assert made.id.startswith("file-") and made.bytes == len(content) and made.filename == "notes.bin"
    assert sdk.files.retrieve(made.id).model_dump() == made.model_dump()
    assert sdk.files.content(made.id).read() == content
    other = sdk.files.create(
        file=("b.txt", b"b"), purpose="batch", expires_after={"anchor": "created_at", "seconds": 3600}
    )
    assert other.expires_at == other.created_at + 3600
    assert [f.id for f in sdk.files.list(purpose="assistants")] == [made.id]
    assert {f.id for f in sdk.files.list()} == {made.id, other.id}
    assert sdk.files.delete(made.id).deleted
    with pytest.raises(openai.NotFoundError):
        sdk.files.retrieve(made.id)
    with pytest.raises(openai.BadRequestError) as err:
        sdk.files.create(file=("c.txt", b"c"), purpose="homework")
    assert err.value.body["param"] == "purpose"
    assert srv.state.count("file") == 1


def test_uploads_through_the_sdk(srv: Server, sdk: Any) -> None:
    whole = os.urandom(200_000)
    upload = sdk.uploads.create(bytes=len(whole), filename="data.jsonl", mime_type="text/jsonl", purpose="assistants")
    parts = [sdk.uploads.parts.create(upload.id, data=whole[i : i + 64_000]) for i in range(0, len(whole), 64_000)]
    done = sdk.uploads.complete(upload.id, part_ids=[p.id for p in parts], md5=hashlib.md5(whole).hexdigest())
    assert done.status == "completed" and done.file is not None and done.file.bytes == len(whole)
    assert sdk.files.content(done.file.id).read() == whole
    cancelled = sdk.uploads.cancel(
        sdk.uploads.create(bytes=1, filename="x", mime_type="text/plain", purpose="batch").id
    )
    assert cancelled.status == "cancelled"


def test_upload_file_chunked(srv: Server, sdk: Any, tmp_path: Path) -> None:
    path = tmp_path / "chunked.bin"
    path.write_bytes(os.urandom(150_000))
    done = sdk.uploads.upload_file_chunked(
        file=path, mime_type="application/octet-stream", purpose="assistants", part_size=40_000
    )
    assert done.status == "completed"
    assert sdk.files.content(done.file.id).read() == path.read_bytes()
    assert stored_blobs(srv) == [done.file.id]
