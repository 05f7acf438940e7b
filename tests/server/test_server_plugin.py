"""The pytest plugin: a user enables it and a spec violation fails the test at teardown."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import assistants_server as server_pkg

INNER = """
import httpx2

pytest_plugins = ["assistants_server.pytest_plugin"]


def test_clean(assistants_server):
    r = httpx2.post(assistants_server.base_url + "/assistants", json={"model": "m"},
                   headers={"OpenAI-Beta": "assistants=v2"})
    assert r.status_code == 200


def test_breaks_the_spec(assistants_server):
    asst = assistants_server.state.create_assistant()
    assistants_server.api.store.update("assistant", dict(asst, object="robot"))
    httpx2.get(assistants_server.base_url + "/assistants/" + asst["id"], headers={"OpenAI-Beta": "assistants=v2"})


def test_state_was_reset(assistants_server):
    assert assistants_server.state.counts() == {}
"""


def test_plugin_fails_a_test_that_broke_the_spec(tmp_path: Path) -> None:
    (tmp_path / "test_inner.py").write_text(INNER)
    env = dict(os.environ)
    package_root = str(Path(server_pkg.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tmp_path), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    out = result.stdout
    assert "3 passed, 1 error" in out, out
    assert "ERROR at teardown of test_breaks_the_spec" in out and "object" in out
