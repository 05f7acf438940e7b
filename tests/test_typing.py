"""What a type checker sees of the installed packages, from an app outside this project.

mypy runs in an empty folder (so none of this project's settings or paths apply) on small apps:
the development install must be visible to it, wire-named attributes must type-check, and a
model name that does not exist must be a type error, not a silent Any.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest


def mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    app = tmp_path / "app.py"
    app.write_text(textwrap.dedent(source))
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir",
        str(tmp_path / ".mc"),
        "app.py",
    ]
    return subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=240)


@pytest.mark.timeout(300)
def test_an_app_type_checks_against_the_development_install(tmp_path: Path) -> None:
    result = mypy(
        tmp_path,
        """
        from typing import Literal, assert_type

        from assistants_api.models import FunctionTool, RunObject, RunStatus
        from assistants_client import Client

        def status_of(client: Client) -> RunStatus:
            run = client.get_run("thread_1", "run_1")
            assert_type(run, RunObject)
            assert_type(run.object, Literal["thread.run"])
            for tool in run.tools:
                if isinstance(tool, FunctionTool):
                    assert_type(tool.type, Literal["function"])
            return run.status
        """,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.timeout(300)
def test_importing_a_model_that_does_not_exist_is_a_type_error(tmp_path: Path) -> None:
    result = mypy(tmp_path, "from assistants_api.models import Bogus\n")
    assert result.returncode == 1, result.stdout + result.stderr
    assert 'Module "assistants_api.models" has no attribute "Bogus"' in result.stdout
