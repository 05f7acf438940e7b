"""The official openai SDK's vector-store helpers against the server: upload_and_poll for files
and batches, listing, search and the parsed content."""

from __future__ import annotations

import io

import pytest

from tests.support.documents import make_docx, make_pdf, make_png

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
