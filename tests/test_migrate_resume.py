"""An export killed at random points and resumed, and one against a host that answers 429 and 500
at random, end identical to an uninterrupted one."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from assistants_client import Client
from assistants_server import Server

from tests.migrate_support import contents, run_cli, seed

MAX_KILLS = 12


@pytest.fixture(scope="module")
def host(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with Server(admin=True, step_delay=0.0) as srv:
        with Client(base_url=srv.base_url, api_key="k") as client:
            seed(client, assistants=2, threads=12, messages=240)
        clean = tmp_path_factory.mktemp("clean") / "archive"
        run_cli("export", "--out", str(clean), "--base-url", srv.base_url, "--api-key", "k")
        yield srv, clean


def test_an_export_killed_at_random_points_resumes_to_the_same_archive(host: Any, tmp_path: Path) -> None:
    srv, clean = host
    srv.set_faults(latency=0.05)  # slow enough that a kill lands in the middle
    out = tmp_path / "killed"
    command = [sys.executable, "-m", "assistants_client.migrate.cli", "export", "--out", str(out)]
    command += ["--base-url", srv.base_url, "--api-key", "k", "--concurrency", "2"]
    rng = random.Random(23)
    kills = 0
    try:
        for _ in range(MAX_KILLS):
            proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=dict(os.environ))
            time.sleep(rng.uniform(0.4, 1.6))
            if proc.poll() is not None:
                assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
                break
            proc.kill()
            proc.wait(10)
            kills += 1
        else:
            run_cli("export", "--out", str(out), "--base-url", srv.base_url, "--api-key", "k")
    finally:
        srv.set_faults()
    assert kills >= 1, "the export finished before any kill: slow it down"
    assert (out / "manifest.json").exists() and not (out / ".export").exists()
    run_cli("verify", str(out))
    assert contents(out) == contents(clean)


def test_a_host_answering_429_and_500_at_random_loses_nothing(host: Any, tmp_path: Path) -> None:
    srv, clean = host
    srv.set_faults(error_rates={500: 0.1, 429: 0.1}, retry_after=0.01, seed=7)
    try:
        out = tmp_path / "faulty"
        run_cli("export", "--out", str(out), "--base-url", srv.base_url, "--api-key", "k", "--max-retries", "10")
    finally:
        srv.set_faults()
    assert contents(out) == contents(clean)


def test_a_refused_credential_ends_with_a_clear_message_and_a_resumable_archive(host: Any, tmp_path: Path) -> None:
    srv, _ = host
    out = tmp_path / "refused"
    with Server(admin=True, api_key="right") as guarded:
        refused = run_cli(
            "export", "--out", str(out), "--base-url", guarded.base_url, "--api-key", "wrong", check=False
        )
    assert refused.returncode == 3 and "refused the credential (401" in refused.stderr and "resume" in refused.stderr
    assert "wrong" not in refused.stderr and (out / ".export" / "journal.json").exists()
    other_host = run_cli("export", "--out", str(out), "--base-url", srv.base_url, "--api-key", "k", check=False)
    assert other_host.returncode == 1 and "holds an unfinished export of" in other_host.stderr
