"""The wheel users install: the client packages (the hand-written core, the generated layer, the
facade) and the server package, their py.typed markers, the server's copy of the spec, no test
doubles, and no runtime dependency beyond attrs and httpx2."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.timeout(300)
def test_wheel_contents(tmp_path: Path) -> None:
    # Built from a copy of the tracked files: a build/ folder left in the work tree by an earlier
    # build (setuptools stages into it) must not leak stale modules into what is checked.
    source = tmp_path / "source"
    tracked = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, check=True, capture_output=True).stdout
    for name in tracked.decode().split("\0"):
        if name:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name, follow_symlinks=False)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", str(tmp_path), str(source)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("assistants_client-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        spec = archive.read("assistants_server/openapi.yaml")
        metadata = Parser().parsestr(archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode())
    for name in (
        "assistants_core/py.typed",
        "assistants_core/errors.py",
        "assistants_core/operation.py",
        "assistants_api/py.typed",
        "assistants_client/py.typed",
        "assistants_api/api/__init__.py",
        "assistants_api/api/runs/__init__.py",
        "assistants_api/models/run_object.py",
        "assistants_server/py.typed",
        "assistants_server/__main__.py",
        "assistants_server/pytest_plugin.py",
        "assistants_server/backends/base.py",
        "assistants_server/runs/lifecycle.py",
        "assistants_server/http/app.py",
    ):
        assert name in names, name
    # The browser console's static files (--console) travel in the wheel, every one of them.
    console_dir = ROOT / "server" / "assistants_server" / "console"
    console = {p.relative_to(console_dir.parent.parent).as_posix() for p in console_dir.rglob("*") if p.is_file()}
    assert "assistants_server/console/index.html" in console
    assert console <= names, sorted(console - names)
    # The server is its own package: nothing of it is left inside the client.
    assert not any(n.startswith("assistants_client/server/") for n in names)
    # Test doubles live in tests/support, out of what users install.
    doubles = sorted(n for n in names if n.rsplit("/", 1)[-1] in ("fake_upstream.py", "request_schema.py"))
    assert doubles == []
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)
    assert "assistants_server/threaded.py" in names
    # The generator's per-endpoint modules are removed by `make generate`: one API, not three.
    # What is left under api/ is one module per resource (api/<tag>/__init__.py).
    endpoint_modules = sorted(
        n for n in names if n.startswith("assistants_api/api/") and n.count("/") > 2 and not n.endswith("/__init__.py")
    )
    assert endpoint_modules == []
    assert not any(n.startswith("build/") for n in names)
    assert spec == (ROOT / "openapi.yaml").read_bytes()  # the file itself, not a dangling link
    requires = metadata.get_all("Requires-Dist") or []
    runtime = sorted(r.split(">")[0].split("<")[0].split("=")[0].strip() for r in requires if "extra ==" not in r)
    assert runtime == ["attrs", "httpx2"]
    assert {"server", "dev"} <= set(metadata.get_all("Provides-Extra") or [])


def test_version_comes_from_pyproject_only() -> None:
    import assistants_client

    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    assert assistants_client.__version__ == declared
    client = assistants_client.Client(api_key="k", base_url="http://127.0.0.1:9/v1")
    assert client._settings.headers["User-Agent"] == f"assistants-client/{declared}"


def test_importing_the_client_loads_no_model_and_no_attrs() -> None:
    """The models (~150 modules) and attrs load when first used: the import stays light."""
    code = (
        "import sys, assistants_client\n"
        "print(sorted(m for m in sys.modules if m.startswith('assistants_api.models.') or m.split('.')[0] == 'attr'))"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"
