"""`make demo`, the project's main job: the local server plus a streamed conversation with a tool call."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_demo_runs_end_to_end() -> None:
    env = {k: v for k, v in os.environ.items() if k != "UPSTREAM_BASE_URL"}
    # A user's own settings do not send the demo anywhere: it always talks to the local server.
    env.update(OPENAI_API_KEY="sk-a-real-looking-key", OPENAI_BASE_URL="http://127.0.0.1:9/v1")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    out = result.stdout
    assert re.search(r"^console: http://127\.0\.0\.1:\d+/console/ ", out, re.M), out
    assert "[tool] get_weather({'city': 'Paris'})" in out
    assert '"sky": "light rain"' in out
    assert ": completed" in out
    assert "page 2 | assistant:" in out
    assert "cleaned up" in out
    # file_search: the answer cites the uploaded handbook, resolved to its file name and quote
    assert "30 days" in out
    assert '】 -> handbook.txt: "Returns. Customers may return' in out
    assert "handbook thread, assistant, vector store and file deleted" in out
    lines = out.splitlines()
    # Every line the assistant gets has text on it; the tool call comes before the answer.
    assert all(line.removeprefix("assistant:").strip() for line in lines if line.startswith("assistant:")), out
    tool = next(i for i, line in enumerate(lines) if "[tool] get_weather" in line)
    answer = next(i for i, line in enumerate(lines) if line.startswith("assistant: "))
    assert tool < answer, out
