"""The official openai SDK's vector-store helpers against the server: upload_and_poll for files
and batches, listing, search and the parsed content."""

from __future__ import annotations

import io
import time

import pytest

from tests.support.documents import make_docx, make_pdf, make_png
from tests.support.holds import HELD

openai = pytest.importorskip("openai")

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_sdk_upload_and_poll_search_and_content(sdk) -> None:
    vs = sdk.vector_stores.create(name="handbooks", expires_after={"anchor": "last_active_at", "days": 7})
    assert vs.id.startswith("vs_") and vs.status == "completed"
    pdf = io.BytesIO(make_pdf(["The leave policy grants two days per month."]))
    pdf.name = "handbook.pdf"
    done = sdk.vector_stores.files.upload_and_poll(vector_store_id=vs.id, file=pdf, poll_interval_ms=20)
    assert done.status == "completed" and done.usage_bytes > 0
    docx, png = io.BytesIO(make_docx(["Expense reports are due on Friday."])), io.BytesIO(make_png())
    docx.name, png.name = "notes.docx", "picture.png"
    batch = sdk.vector_stores.file_batches.upload_and_poll(
        vector_store_id=vs.id, files=[docx, png], poll_interval_ms=20
    )
    assert batch.object == "vector_store.files_batch" and batch.status == "completed"
    assert batch.file_counts.completed == 1 and batch.file_counts.failed == 1 and batch.file_counts.total == 2
    listed = sdk.vector_stores.files.list(vector_store_id=vs.id, filter="failed")
    assert [f.last_error.code for f in listed.data] == ["unsupported_file"]
    hits = sdk.vector_stores.search(vector_store_id=vs.id, query="leave policy")
    first = next(iter(hits))
    assert first.file_id == done.id and first.filename == "handbook.pdf" and 0 < first.score <= 1
    assert "leave policy" in first.content[0].text
    if hasattr(sdk.vector_stores.files, "content"):
        parts = list(sdk.vector_stores.files.content(file_id=done.id, vector_store_id=vs.id))
        assert "two days per month" in parts[0].text
    store = sdk.vector_stores.retrieve(vs.id)
    assert store.file_counts.total == 3 and store.status == "completed"
    assert sdk.vector_stores.delete(vs.id).deleted
    with pytest.raises(openai.NotFoundError):
        sdk.vector_stores.retrieve(vs.id)


def wait(read, statuses=("in_progress",), tries: int = 750):  # type: ignore[no-untyped-def]
    """Read until the status leaves `statuses` (at most `tries` reads, 20 ms apart)."""
    for _ in range(tries):
        got = read()
        if got.status not in statuses:
            return got
        time.sleep(0.02)
    raise AssertionError(f"still {got.status}")


def test_sdk_updates_lists_and_manages_store_files(sdk) -> None:
    vs = sdk.vector_stores.create(name="pond")
    updated = sdk.vector_stores.update(vs.id, name="lake", metadata={"depth": "deep"})
    assert updated.name == "lake" and updated.metadata == {"depth": "deep"}
    assert vs.id in [s.id for s in sdk.vector_stores.list(limit=2)]
    made = sdk.files.create(file=("carp.txt", b"A carp drifts in the lake's shallows."), purpose="assistants")
    attached = sdk.vector_stores.files.create(vector_store_id=vs.id, file_id=made.id, attributes={"fish": "carp"})
    assert attached.id == made.id and attached.vector_store_id == vs.id
    read = wait(lambda: sdk.vector_stores.files.retrieve(file_id=made.id, vector_store_id=vs.id))
    assert read.status == "completed" and read.attributes == {"fish": "carp"}
    relabelled = sdk.vector_stores.files.update(file_id=made.id, vector_store_id=vs.id, attributes={"fish": "pike"})
    assert relabelled.attributes == {"fish": "pike"}
    deleted = sdk.vector_stores.files.delete(file_id=made.id, vector_store_id=vs.id)
    assert deleted.deleted and deleted.id == made.id
    with pytest.raises(openai.NotFoundError):
        sdk.vector_stores.files.retrieve(file_id=made.id, vector_store_id=vs.id)


def test_sdk_file_batches_create_retrieve_cancel_and_list(sdk, held) -> None:  # type: ignore[no-untyped-def]
    vs = sdk.vector_stores.create(name="batches")
    ids = [sdk.files.create(file=(f"n{i}.txt", f"note {i}".encode()), purpose="assistants").id for i in range(2)]
    batch = sdk.vector_stores.file_batches.create(vector_store_id=vs.id, file_ids=ids)
    assert batch.object == "vector_store.files_batch" and batch.file_counts.total == 2
    done = wait(lambda: sdk.vector_stores.file_batches.retrieve(batch_id=batch.id, vector_store_id=vs.id))
    assert done.id == batch.id and done.status == "completed" and done.file_counts.completed == 2
    listed = sdk.vector_stores.file_batches.list_files(batch_id=batch.id, vector_store_id=vs.id, limit=1)
    assert sorted(f.id for f in listed) == sorted(ids)  # two pages of one
    big = sdk.files.create(file=(HELD, b"a file held in progress"), purpose="assistants")
    slow = sdk.vector_stores.file_batches.create(vector_store_id=vs.id, file_ids=[big.id])
    cancelled = sdk.vector_stores.file_batches.cancel(batch_id=slow.id, vector_store_id=vs.id)
    assert cancelled.id == slow.id and cancelled.status == "cancelled" and cancelled.file_counts.cancelled == 1
    files = sdk.vector_stores.file_batches.list_files(batch_id=slow.id, vector_store_id=vs.id, filter="cancelled")
    assert [f.id for f in files] == [big.id]
