"""Narrowing of stream events as a user's app sees it: mypy --strict over the small typed files in tests/typed."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPING = ROOT / "tests" / "typed"


def mypy(*files: Path) -> tuple[int, str]:
    env = dict(os.environ, MYPYPATH=f"{ROOT / 'generated'}{os.pathsep}{ROOT / 'facade'}")
    command = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--hide-error-context"]
    result = subprocess.run(
        [*command, *map(str, files)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    return result.returncode, result.stdout + result.stderr


def test_event_names_narrow_events_and_their_data() -> None:
    good, bad = TYPING / "stream_events.py", TYPING / "stream_events_misuse.py"
    status, output = mypy(good, bad)
    expected = {
        (bad.name, number, message.strip())
        for number, line in enumerate(bad.read_text().splitlines(), 1)
        for message in re.findall(r"# error: (.*)$", line)
    }
    found = {
        (Path(path).name, int(number), message.strip().removesuffix("[attr-defined]").strip())
        for path, number, message in re.findall(r"^(.*?):(\d+): error: (.*)$", output, re.M)
    }
    assert len(expected) == 2
    assert found == expected, output
    assert status == 1
