"""scripts/vendor: the client copied under another package name works beside the installed one."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_vendored_copy_calls_an_operation(tmp_path: Path) -> None:
    project = tmp_path / "project"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "vendor"), str(project), "--package", "myapp._vendor.assistants"],
        check=True,
        capture_output=True,
    )
    vendored = project / "myapp" / "_vendor" / "assistants"
    assert (vendored / "_api" / "models" / "run_object.py").exists()
    assert (vendored / "_core" / "operation.py").exists()
    assert all((vendored / sub / "py.typed").exists() for sub in (".", "_api", "_core"))
    leftovers = [p for p in vendored.rglob("*.py") if re.search(r"\bassistants_(api|core)\b", p.read_text())]
    assert leftovers == []

    script = textwrap.dedent(
        """
        import httpx2, json, sys
        import assistants_client                       # the installed copy, loaded side by side
        from myapp._vendor.assistants import Client, NotFoundError
        from myapp._vendor.assistants._api import api
        from myapp._vendor.assistants._api.client import AuthenticatedClient

        def answer(request):
            if request.url.path.endswith("/missing"):
                return httpx2.Response(404, json={"error": {"message": "no such thread", "type": "x"}})
            return httpx2.Response(200, json={"id": "thread_1", "object": "thread", "created_at": 1,
                                             "tool_resources": None, "metadata": {}})

        transport = httpx2.MockTransport(answer)
        http = httpx2.Client(transport=transport)
        client = Client(api_key="sk-test", base_url="http://api.test/v1", http_client=http)
        thread = client.get_thread("thread_1")
        assert type(thread).__module__.startswith("myapp._vendor.assistants._api.models"), type(thread).__module__
        try:
            client.get_thread("missing")
        except NotFoundError as exc:
            assert not isinstance(exc, assistants_client.NotFoundError)
        flat = AuthenticatedClient("http://api.test/v1", token="sk-test")
        flat.set_httpx_client(httpx2.Client(base_url="http://api.test/v1", transport=transport))
        assert api.get_thread("thread_1", client=flat).id == "thread_1"
        assert "myapp._vendor.assistants._api" in sys.modules
        assert NotFoundError.__module__ == "myapp._vendor.assistants._core.errors", NotFoundError.__module__
        assert sys.modules["assistants_client"] is not sys.modules["myapp._vendor.assistants"]
        assert sys.modules["myapp._vendor.assistants"].__version__ == "0+unknown"  # no metadata of its own
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], cwd=project, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
