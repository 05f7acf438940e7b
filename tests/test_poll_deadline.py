"""Polling ends on time against a slow server: each read of a poll gets the time left of the poll
as its deadline, so `poll_timeout=1` against a server whose every answer takes 3 s raises
PollTimeoutError after about 1 s, not after the 3 s read (real server over loopback, strict,
with the server's `latency` fault)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import assistants_client as ac
import pytest
from assistants_client import AsyncClient, Client
from assistants_server import Server

LATENCY = 3.0
POLL_TIMEOUT = 1.0
MARGIN = 0.8  # seconds past poll_timeout the error may come (a loaded machine's scheduling)


@pytest.fixture
def slow_server(assistants_server: Server) -> Iterator[Server]:
    assistants_server.set_step_delay(30.0)  # the run stays in progress
    yield assistants_server
    assistants_server.clear_faults()


def slow_run(client: Client, server: Server) -> tuple[str, str]:
    assistant = client.create_assistant({"model": "gpt-4o"})
    thread = client.create_thread({})
    run = client.create_run(thread.id, {"assistant_id": assistant.id})
    server.set_faults(latency=LATENCY)  # from now on every answer takes 3 s
    return thread.id, run.id


def test_a_poll_against_a_slow_server_ends_at_poll_timeout(slow_server: Server) -> None:
    with Client(api_key="sk-test", base_url=slow_server.base_url, strict=True, max_retries=0) as client:
        thread_id, run_id = slow_run(client, slow_server)
        started = time.monotonic()
        with pytest.raises(ac.PollTimeoutError) as caught:
            client.poll_run(thread_id, run_id, poll_timeout=POLL_TIMEOUT)
        elapsed = time.monotonic() - started
    assert POLL_TIMEOUT - 0.05 <= elapsed < POLL_TIMEOUT + MARGIN
    assert caught.value.operation == "get_run" and caught.value.polled is None  # no read answered in time
    assert isinstance(caught.value.__cause__, ac.APITimeoutError)


async def test_an_async_poll_against_a_slow_server_ends_at_poll_timeout(slow_server: Server) -> None:
    with Client(api_key="sk-test", base_url=slow_server.base_url, strict=True) as setup:
        thread_id, run_id = slow_run(setup, slow_server)
    async with AsyncClient(api_key="sk-test", base_url=slow_server.base_url, strict=True) as client:
        started = time.monotonic()
        with pytest.raises(ac.PollTimeoutError):
            await client.poll_run(thread_id, run_id, poll_timeout=POLL_TIMEOUT)
        elapsed = time.monotonic() - started
    assert POLL_TIMEOUT - 0.05 <= elapsed < POLL_TIMEOUT + MARGIN


def test_a_poll_names_the_last_object_it_read_when_a_later_read_is_cut(slow_server: Server) -> None:
    with Client(api_key="sk-test", base_url=slow_server.base_url, strict=True) as client:
        thread_id, run_id = slow_run(client, slow_server)
        slow_server.clear_faults()  # the first reads answer at once, those after 0.3 s take 3 s
        slowing = threading.Timer(0.3, lambda: slow_server.set_faults(latency=LATENCY))
        slowing.start()
        started = time.monotonic()
        try:
            with pytest.raises(ac.PollTimeoutError) as caught:
                client.poll_run(thread_id, run_id, poll_timeout=POLL_TIMEOUT, poll_interval=0.1)
        finally:
            slowing.join()
        elapsed = time.monotonic() - started
    assert elapsed < POLL_TIMEOUT + MARGIN
    assert caught.value.polled is not None and caught.value.polled.id == run_id
    assert str(caught.value.polled.status) in ("queued", "in_progress") and run_id in str(caught.value)


def test_a_poll_on_a_prompt_server_is_unchanged(assistants_server: Server) -> None:
    with Client(api_key="sk-test", base_url=assistants_server.base_url, strict=True, deadline=30) as client:
        store = client.create_vector_store_and_poll({"name": "prompt"}, poll_timeout=10, poll_interval=0.02)
    assert str(store.status) == "completed"
