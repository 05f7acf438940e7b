"""The console signed in with project keys: each key sees its own project's threads only, the key
stays in the tab's sessionStorage (never in the address), a refused key is said so."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from assistants_server import Server

from .audit import shot
from .conftest import Problems, open_tab


def make_key(db: Path, project: str) -> str:
    command = [sys.executable, "-m", "assistants_server", "keys", "create", "--db", str(db), "--project", project]
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)
    return done.stdout.strip().splitlines()[-1]


@pytest.fixture
def keyed(tmp_path: Path) -> Iterator[tuple[Server, dict[str, str]]]:
    db = tmp_path / "keys.sqlite3"
    keys = {project: make_key(db, project) for project in ("alpha", "beta")}
    with Server(console=True, db=str(db), step_delay=0.01) as srv:
        yield srv, keys


def sign_in(page: Any, key: str) -> None:
    page.get_by_role("form", name="Sign in").wait_for()
    page.get_by_label("API key").fill(key)
    page.get_by_role("button", name="Sign in").click()


def test_each_project_key_sees_only_its_own_threads(browser: Any, keyed: tuple[Server, dict[str, str]]) -> None:
    srv, keys = keyed
    threads = {}
    for project, key in keys.items():
        headers = {"Authorization": f"Bearer {key}", "OpenAI-Beta": "assistants=v2"}
        with httpx2.Client(base_url=srv.base_url, headers=headers) as http:
            body = {"messages": [{"role": "user", "content": f"hello from {project}"}]}
            threads[project] = http.post("/threads", json=body).json()["id"]
    problems = Problems()
    # the refused sign-in and the other project's thread below, as the browser logs them
    problems.allowed += ["status of 401", "status of 404"]
    context, page = open_tab(browser, srv.origin, problems)
    try:
        page.goto("/console/#/threads")
        page.get_by_role("form", name="Sign in").wait_for()
        shot(page, "sign_in")
        sign_in(page, "sk-not-a-key")
        page.get_by_text("401: Incorrect API key").wait_for()
        for project, other in (("alpha", "beta"), ("beta", "alpha")):
            sign_in(page, keys[project])
            listed = page.get_by_role("list", name="Threads, newest first")
            listed.get_by_text(threads[project]).wait_for()
            assert threads[other] not in listed.inner_text()
            assert keys[project] not in page.url
            assert page.evaluate("sessionStorage.getItem('assistants-console-key')") == keys[project]
            page.goto(f"/console/#/threads/{threads[other]}")  # the other project's thread is not found
            page.get_by_role("alert").get_by_text("404").wait_for()
            page.goto(f"/console/#/threads/{threads[project]}")
            page.get_by_text(f"hello from {project}").wait_for()
            shot(page, f"keys_{project}")
            page.get_by_role("button", name="Sign out").click()
            assert page.evaluate("sessionStorage.getItem('assistants-console-key')") is None
            page.goto("/console/#/threads")
        assert not problems.items, problems.items
    finally:
        context.close()
