"""`make demo` with UPSTREAM_BASE_URL set: the local server's runs go to that Chat Completions endpoint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.fake_upstream import FakeUpstream, TextAnswer, ToolCallsAnswer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.timeout(60)
def test_the_demo_runs_on_an_upstream_model(fake: FakeUpstream) -> None:
    fake.api_key = "sk-demo-upstream"
    fake.enqueue(
        ToolCallsAnswer([("get_weather", {"city": "Paris"})]),
        TextAnswer("Yes: light rain in Paris, 14 degrees.", chunks=10),
    )
    env = {k: v for k, v in os.environ.items() if k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env.update(UPSTREAM_BASE_URL=fake.base_url, UPSTREAM_API_KEY="sk-demo-upstream", UPSTREAM_MODEL="demo-model")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py")], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "[tool] get_weather({'city': 'Paris'})" in result.stdout
    assert "Yes: light rain in Paris, 14 degrees." in result.stdout
    assert "sk-demo-upstream" not in result.stdout + result.stderr
    # the weather round, then the handbook's: the fake's file reader searches, then cites; then
    # the sales chart's, where the model is offered the code_interpreter function (the fake answers
    # with text) unless no sandbox can be made here
    skipped = "code_interpreter part is skipped" in result.stdout
    assert [r["model"] for r in fake.requests] == ["demo-model"] * (4 if skipped else 5)
    if not skipped:
        assert [t["function"]["name"] for t in fake.requests[4]["tools"]] == ["code_interpreter"]
        assert "(the model drew no chart this time)" in result.stdout
    assert [t["function"]["name"] for t in fake.requests[2]["tools"]] == ["file_search"]
    assert fake.requests[3]["messages"][-1]["content"].startswith("【0:0†handbook.txt】")
    assert "】 -> handbook.txt:" in result.stdout
    assert fake.requests[1]["messages"][-1]["role"] == "tool"
    assert '"sky": "light rain"' in fake.requests[1]["messages"][-1]["content"]
