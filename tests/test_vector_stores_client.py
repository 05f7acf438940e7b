"""Every upload and vector-store operation through our client, against the real local server over
loopback, strict (both flavours for the sync client; the async client for a few): the Uploads API
by hand (create, add parts, complete, cancel), a vector store read, renamed, listed, searched and
deleted, its files attached, read, re-labelled, read back as text and detached, and file batches
made, read, listed and cancelled."""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Iterator

import assistants_client as ac
import pytest
from assistants_client import AsyncClient, Client
from assistants_server import Server

from .support.holds import HELD
from .test_facade_server import for_flavor

POLL = {"poll_timeout": 15, "poll_interval": 0.02}


@pytest.fixture(params=["openai", "foundry"])
def client(assistants_server: Server, request: pytest.FixtureRequest) -> Iterator[Client]:
    with for_flavor(Client, assistants_server, str(request.param)) as client:
        yield client


@pytest.fixture
async def aclient(assistants_server: Server) -> AsyncIterator[AsyncClient]:
    async with for_flavor(AsyncClient, assistants_server, "openai") as client:
        yield client


def test_an_upload_made_by_hand_part_by_part_and_one_cancelled(client: Client) -> None:
    pieces = [b"first part, ", b"second part, ", b"and the last."]
    body = {"filename": "by-hand.txt", "purpose": "assistants", "mime_type": "text/plain"}
    upload = client.create_upload({**body, "bytes": sum(map(len, pieces))})
    assert str(upload.status) == "pending" and upload.file is None
    parts = [client.add_upload_part(upload.id, {"data": ("part", piece)}) for piece in pieces]
    assert all(part.upload_id == upload.id and part.object == "upload.part" for part in parts)
    done = client.complete_upload(upload.id, {"part_ids": [p.id for p in parts]})
    assert str(done.status) == "completed" and done.file is not None
    assert client.download_file(done.file.id) == b"".join(pieces)
    other = client.create_upload({**body, "bytes": 10})
    client.add_upload_part(other.id, {"data": ("part", b"12345")})
    cancelled = client.cancel_upload(other.id)
    assert str(cancelled.status) == "cancelled" and cancelled.file is None
    with pytest.raises(ac.BadRequestError):
        client.add_upload_part(other.id, {"data": ("part", b"67890")})


def test_a_vector_store_its_files_and_their_content(client: Client) -> None:
    heron = client.create_file(file=("heron.txt", b"The grey heron waits by the river at dawn."), purpose="assistants")
    otter = client.create_file(file=("otter.txt", b"An otter swims under the old stone bridge."), purpose="assistants")
    store = client.create_vector_store_and_poll({"name": "river", "file_ids": [heron.id]}, **POLL)
    got = client.get_vector_store(store.id)
    assert got.id == store.id and got.name == "river" and got.file_counts.completed == 1
    renamed = client.modify_vector_store(store.id, {"name": "riverbank", "metadata": {"season": "spring"}})
    assert renamed.name == "riverbank" and renamed.metadata is not None
    assert renamed.metadata.to_dict() == {"season": "spring"}
    assert store.id in [s.id for s in client.list_vector_stores(limit=2)]

    attached = client.create_vector_store_file(store.id, {"file_id": otter.id, "attributes": {"animal": "otter"}})
    assert attached.id == otter.id and attached.vector_store_id == store.id
    for _ in range(750):  # at most 15 s
        read = client.get_vector_store_file(store.id, otter.id)
        if str(read.status) != "in_progress":
            break
        time.sleep(0.02)
    assert str(read.status) == "completed"
    labelled = client.update_vector_store_file_attributes(store.id, otter.id, {"attributes": {"animal": "fish"}})
    assert labelled.attributes is not None and labelled.attributes.to_dict() == {"animal": "fish"}
    content = client.retrieve_vector_store_file_content(store.id, otter.id)
    assert "otter swims" in "".join(part.text for part in content.data)

    found = client.search_vector_store(store.id, {"query": "heron at dawn", "max_num_results": 1})
    assert [hit.file_id for hit in found.data] == [heron.id]
    assert 0 < found.data[0].score <= 1

    assert client.delete_vector_store_file(store.id, otter.id).deleted is True
    with pytest.raises(ac.NotFoundError):
        client.get_vector_store_file(store.id, otter.id)
    assert client.delete_vector_store(store.id).deleted is True
    with pytest.raises(ac.NotFoundError):
        client.get_vector_store(store.id)


def test_file_batches_made_read_listed_and_cancelled(client: Client, held: threading.Event) -> None:
    ids = [
        client.create_file(file=(f"n{i}.txt", f"note {i} on herons".encode()), purpose="assistants").id
        for i in range(3)
    ]
    store = client.create_vector_store({"name": "batches"})
    batch = client.create_vector_store_file_batch(store.id, {"file_ids": ids})
    assert batch.vector_store_id == store.id and batch.file_counts.total == 3
    for _ in range(750):  # at most 15 s
        read = client.get_vector_store_file_batch(store.id, batch.id)
        if str(read.status) != "in_progress":
            break
        time.sleep(0.02)
    assert read.id == batch.id and str(read.status) == "completed" and read.file_counts.completed == 3
    listed = list(client.list_files_in_vector_store_batch(store.id, batch.id, limit=2))
    assert sorted(f.id for f in listed) == sorted(ids)

    big = client.create_file(file=(HELD, b"a file held in progress"), purpose="assistants")
    slow = client.create_vector_store_file_batch(store.id, {"file_ids": [big.id]})
    cancelled = client.cancel_vector_store_file_batch(store.id, slow.id)
    assert cancelled.id == slow.id and str(cancelled.status) == "cancelled"
    assert cancelled.file_counts.cancelled == 1


async def test_the_async_client_drives_uploads_stores_and_batches(aclient: AsyncClient, held: threading.Event) -> None:
    upload = await aclient.create_upload(
        {"filename": "a.txt", "purpose": "assistants", "mime_type": "text/plain", "bytes": 11}
    )
    part = await aclient.add_upload_part(upload.id, {"data": ("part", b"kingfishers")})
    done = await aclient.complete_upload(upload.id, {"part_ids": [part.id]})
    assert done.file is not None
    other = await aclient.create_upload(
        {"filename": "b", "purpose": "assistants", "mime_type": "text/plain", "bytes": 1}
    )
    assert str((await aclient.cancel_upload(other.id)).status) == "cancelled"

    store = await aclient.create_vector_store_and_poll({"name": "async"}, **POLL)
    assert (await aclient.modify_vector_store(store.id, {"name": "renamed"})).name == "renamed"
    assert store.id in [s.id async for s in aclient.list_vector_stores(limit=2)]
    attached = await aclient.create_vector_store_file_and_poll(store.id, {"file_id": done.file.id}, **POLL)
    assert str(attached.status) == "completed"
    assert (await aclient.get_vector_store_file(store.id, done.file.id)).id == done.file.id
    content = await aclient.retrieve_vector_store_file_content(store.id, done.file.id)
    assert "kingfishers" in "".join(part.text for part in content.data)
    found = await aclient.search_vector_store(store.id, {"query": "kingfishers"})
    assert [hit.file_id for hit in found.data] == [done.file.id]

    big = await aclient.create_file(file=(HELD, b"a file held in progress"), purpose="assistants")
    batch = await aclient.create_vector_store_file_batch(store.id, {"file_ids": [big.id]})
    assert (await aclient.get_vector_store_file_batch(store.id, batch.id)).id == batch.id
    cancelled = await aclient.cancel_vector_store_file_batch(store.id, batch.id)
    assert str(cancelled.status) == "cancelled"
    assert [f.id async for f in aclient.list_files_in_vector_store_batch(store.id, batch.id)] == [big.id]
    assert (await aclient.delete_vector_store_file(store.id, done.file.id)).deleted is True
    assert (await aclient.get_vector_store(store.id)).file_counts.completed == 0
    assert (await aclient.delete_vector_store(store.id)).deleted is True
