"""One headless Chromium per module of the console's tests (Debian's, driven by Playwright for Python), a
server with the console on, and a page per test that fails the test on any dialog, console error
or uncaught exception, and leaves a screenshot in build/screenshots/.

Without chromium or playwright the tests skip, unless ASSISTANTS_REQUIRE_BROWSER=1 (CI: `.ci/run`
installs chromium and sets it), where they fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from assistants_server import Server

from ..server.code_support import sandbox_mode

CHROMIUM = os.environ.get("ASSISTANTS_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
TIMEOUT_MS = 10_000


def _missing() -> str | None:
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM} (apt-get install -y chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[dev]')"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One Chromium per test module: Playwright's sync API keeps its event loop marked running in
    this thread while it is open, so it must be closed before the suite's asyncio tests run."""
    missing = _missing()
    if missing:
        if os.environ.get("ASSISTANTS_REQUIRE_BROWSER") == "1":
            pytest.fail(f"the console's browser tests are required here: {missing}")
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    # launch() starts Chromium on a fresh profile of its own (a temporary user-data-dir)
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            yield launched
        finally:
            launched.close()


@pytest.fixture(scope="module")
def console_server() -> Iterator[Server]:
    """code_interpreter runs under bubblewrap where it works (else unsandboxed: the console shows
    the run either way; ASSISTANTS_REQUIRE_SANDBOX=1 fails instead)."""
    with Server(console=True, step_delay=0.05, validate_responses=True, code_sandbox=sandbox_mode()) as srv:
        yield srv
        assert not srv.spec_violations, srv.spec_violations


class Problems:
    """What the page must never do: open a dialog, log an error, throw."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.allowed: list[str] = []

    def add(self, text: str) -> None:
        if not any(part in text for part in self.allowed):
            self.items.append(text)


@pytest.fixture
def problems() -> Problems:
    return Problems()


def open_tab(browser: Any, origin: str, problems: Problems) -> tuple[Any, Any]:
    """A fresh context (no storage shared with other tests) and its page, watched for problems."""
    context = browser.new_context(viewport={"width": 1100, "height": 900}, base_url=origin)
    context.set_default_timeout(TIMEOUT_MS)
    tab = context.new_page()
    tab.on("dialog", lambda dialog: (problems.add(f"dialog: {dialog.message}"), dialog.dismiss()))
    tab.on("console", lambda msg: problems.add(f"console {msg.type}: {msg.text}") if msg.type == "error" else None)
    tab.on("pageerror", lambda exc: problems.add(f"page error: {exc}"))
    return context, tab


@pytest.fixture
def page(browser: Any, console_server: Server, problems: Problems, request: pytest.FixtureRequest) -> Iterator[Any]:
    context, tab = open_tab(browser, console_server.origin, problems)
    # the console asks nothing of another origin (what the test itself adds and the CSP refuses aside)
    elsewhere: list[str] = []
    tab.on(
        "request",
        lambda r: None if r.url.startswith((console_server.origin + "/", "blob:")) else elsewhere.append(r.url),
    )
    tab.on("requestfailed", lambda r: elsewhere.remove(r.url) if r.failure == "csp" else None)
    try:
        yield tab
        assert not elsewhere, elsewhere
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
        assert not problems.items, problems.items
    finally:
        context.close()
