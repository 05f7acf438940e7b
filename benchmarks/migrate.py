"""Migration: export and import rates, in objects per second, against the local server.

A server subprocess (`python -m assistants_server --admin --step-delay 0`) is seeded by
`tests.migrate_support.seed` at SCALE (10: 10 assistants, 100 threads, 1,000 messages, 50 runs
with a tool call round and their steps, 20 files, 3 vector stores). Each round then times, in this
process: the export (`Exporter`, 4 requests at once as the command line's default) into a fresh
directory; `python -m assistants_server import` (`archive_load.load`) into a fresh SQLite file;
and the import through the API (`Importer`, 4 threads at once) of a fresh copy of the archive
into a second server subprocess. A rate is objects / seconds: every object of the archive for the
export and the server import (file bytes included in the time), and for the API import the
objects it creates (all but runs and steps, which it lists in its report instead).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistants_client import Client
from assistants_client.migrate.exporter import Exporter
from assistants_client.migrate.importer import Importer
from assistants_server.archive_load import load

from tests.migrate_support import seed

from .harness import Rounds, ServerProcess, progress

SCALE = 10
HEAD = ["workload", "objects", "seconds", "objects/s"]
Measured = dict[str, list[tuple[int, float]]]
"""By workload: (objects, seconds) per round."""

EXPORT = "export (assistants-client export)"
SERVER_IMPORT = "import into our server (python -m assistants_server import)"
API_IMPORT = "import through the API (assistants-client import)"


def _timed(work: Callable[..., Any], *args: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    outcome = work(*args)
    return outcome, time.perf_counter() - started


def _round(reader: Client, writer: Client, folder: Path, measured: Measured) -> None:
    archive = folder / "archive"
    manifest, seconds = _timed(Exporter(reader, archive).run)
    counts = manifest["counts"]
    objects = sum(counts.values())
    measured[EXPORT].append((objects, seconds))
    measured[SERVER_IMPORT].append((objects, _timed(load, archive, str(folder / "copy.sqlite3"))[1]))
    copy = folder / "copy"
    shutil.copytree(archive, copy)
    created = objects - counts["runs"] - counts["steps"]
    measured[API_IMPORT].append((created, _timed(Importer(writer, copy).run)[1]))


def bench_migrate(rounds: Rounds) -> Measured:
    measured: Measured = {EXPORT: [], SERVER_IMPORT: [], API_IMPORT: []}
    with tempfile.TemporaryDirectory() as tmp, ServerProcess("--step-delay", "0") as source:
        progress(f"migrate: seeding {source.base_url} at scale {SCALE}")
        with Client(base_url=source.base_url, api_key="x") as client:
            seed(client, assistants=SCALE, threads=10 * SCALE, messages=100 * SCALE, files=20, stores=3)
        with ServerProcess() as target:
            reader = Client(base_url=source.base_url, api_key="x")
            writer = Client(base_url=target.base_url, api_key="x")
            try:
                for n in range(rounds(3)):
                    progress(f"migrate: export, server import and API import, round {n + 1}")
                    folder = Path(tmp) / f"round-{n}"
                    folder.mkdir()
                    _round(reader, writer, folder, measured)
            finally:
                reader.close()
                writer.close()
    return measured


def rows(measured: Measured) -> list[list[str]]:
    lines = []
    for name, samples in measured.items():
        objects = samples[0][0]
        seconds = statistics.median(s for _, s in samples)
        lines.append([name, f"{objects:,}", f"{seconds:.2f} s", f"{objects / seconds:,.0f}"])
    return lines


def section(measured: Measured | None) -> list[str]:
    """The report's part (BENCHMARKS.md)."""
    if not measured:
        return []
    from .report import grid  # report imports this module

    about = " ".join((__doc__ or "").split("\n\n")[1].split())
    return ["## Migration", "", *grid(HEAD, rows(measured)), "", about, ""]
