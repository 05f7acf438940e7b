"""The vector-store page while a file is processing: it refreshes the file list and counts until
the file settles, and leaves the add-a-file form (what was typed, selected and focused) alone.

The file stays ``in_progress`` for as long as the test wants because the server embeds its chunks
through an embeddings upstream (the loopback fake) whose answers wait on a gate."""

from __future__ import annotations

from collections.abc import Iterator
from threading import Event
from typing import Any

import httpx2
import pytest
from assistants_server import Server

from ..support.fake_embeddings import FakeEmbeddings
from .conftest import Problems, open_tab

BETA = {"OpenAI-Beta": "assistants=v2"}


@pytest.fixture
def slow_store() -> Iterator[tuple[Server, FakeEmbeddings]]:
    with FakeEmbeddings() as fake, Server(console=True, embeddings_base_url=fake.base_url) as srv:
        yield srv, fake


def test_a_refresh_keeps_the_add_form(browser: Any, slow_store: tuple[Server, FakeEmbeddings]) -> None:
    srv, fake = slow_store
    with httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as http:
        ids = {}
        for name in ("first.txt", "second.txt"):
            made = http.post("/files", data={"purpose": "assistants"}, files={"file": (name, f"The {name} text.\n")})
            ids[name] = made.json()["id"]
        store = http.post("/vector_stores", json={"name": "Slow"}).json()
    problems = Problems()
    context, page = open_tab(browser, srv.origin, problems)
    listings: list[str] = []
    page.on("response", lambda r: listings.append(r.url) if f"/vector_stores/{store['id']}/files?" in r.url else None)
    fake.gate = Event()
    try:
        page.goto(f"/console/#/vector_stores/{store['id']}")
        choose = page.get_by_label("File", exact=True)
        choose.select_option(ids["first.txt"])
        page.get_by_role("button", name="Add to store").click()
        page.locator("tr[data-status='in_progress']").wait_for()

        # While first.txt processes the user picks the other file and types its attributes.
        choose.select_option(ids["second.txt"])
        typed = '{"kind": "draft"}'
        attributes = page.get_by_label("Attributes (JSON object, optional)")
        attributes.click()
        attributes.press_sequentially(typed[:8])
        seen = len(listings)
        for _ in range(50):  # two refreshes (500 ms apart) have come back
            if len(listings) >= seen + 2:
                break
            page.wait_for_timeout(100)
        assert len(listings) >= seen + 2, listings
        attributes.press_sequentially(typed[8:])
        assert attributes.input_value() == typed
        assert page.evaluate("document.activeElement.name") == "Attributes (JSON object, optional)"
        assert choose.input_value() == ids["second.txt"]
        page.get_by_text("0 completed, 1 in progress").wait_for()

        # Once it settles the list says so, the form still as the user left it; then it is sent.
        fake.gate.set()
        page.locator("tr[data-status='completed']").wait_for()
        page.get_by_text("1 completed, 0 in progress").wait_for()
        assert attributes.input_value() == typed and choose.input_value() == ids["second.txt"]
        page.get_by_role("button", name="Add to store").click()
        page.locator(f"tr[data-id='{ids['second.txt']}'][data-status='completed']").wait_for()
        assert '"kind":"draft"' in page.locator(f"tr[data-id='{ids['second.txt']}']").inner_text()
        assert attributes.input_value() == ""  # the form is emptied once its file is added
        assert not problems.items, problems.items
    finally:
        fake.gate.set()
        context.close()
