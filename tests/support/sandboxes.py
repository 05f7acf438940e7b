"""Helpers for tests that run code in the sandbox: skip (or, in CI, fail) when none can be made,
and find host processes by a marker in their command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from assistants_server.sandbox import Sandboxes, SandboxSettings, SandboxUnavailable

REQUIRE = "ASSISTANTS_REQUIRE_SANDBOX"  # set to 1 (as .ci/run does): a missing sandbox fails the tests


def require_sandbox(settings: SandboxSettings | None = None) -> None:
    """Skip the test when bubblewrap cannot make a sandbox here, naming what is missing; with
    ASSISTANTS_REQUIRE_SANDBOX=1 fail instead."""
    try:
        Sandboxes(settings or SandboxSettings()).check()
    except SandboxUnavailable as error:
        message = f"no sandbox can be made here: {error.reason}"
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{message} ({REQUIRE}=1)")
        pytest.skip(message)


def host_processes(marker: str) -> list[int]:
    """Pids of the host's processes whose command line holds `marker`."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if marker in cmdline:
            found.append(int(entry.name))
    return found
