"""`make demo`: start the local server on a free port and run examples/quickstart.py against it.

Always the local server, whatever OPENAI_API_KEY or OPENAI_BASE_URL say (the quickstart gets the
server's URL and a throwaway key): no key and no network. With UPSTREAM_BASE_URL set, the local
server's runs are answered by that Chat Completions endpoint (UPSTREAM_API_KEY, UPSTREAM_MODEL if
set). To run the quickstart against another host, run `python examples/quickstart.py` with
OPENAI_BASE_URL and OPENAI_API_KEY set.

The quickstart's code_interpreter part needs a sandbox: the server runs code under bubblewrap
when `bwrap` is installed; without it the demo says so and skips that part (it never runs code
unsandboxed).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx2

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"


def sandbox_problem() -> str | None:
    """Why the server could not run code in a sandbox here (None: it can)."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed (apt-get install bubblewrap)"
    probe = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-all", "--die-with-parent", "true"]
    done = subprocess.run(probe, capture_output=True, text=True, timeout=20, check=False)
    return None if done.returncode == 0 else f"bwrap cannot make a sandbox here ({done.stderr.strip()[:200]})"


def main() -> int:
    command = [sys.executable, "-m", "assistants_server", "--port", "0", "--validate-responses", "--admin"]
    upstream = os.environ.get("UPSTREAM_BASE_URL")
    if upstream:  # a real model answers the local server's runs (it reads UPSTREAM_API_KEY itself)
        print("UPSTREAM_BASE_URL is set: the local server's runs go to", upstream)
        command += ["--model-backend", "chat-completions", "--upstream-base-url", upstream]
        if os.environ.get("UPSTREAM_MODEL"):
            command += ["--upstream-model", os.environ["UPSTREAM_MODEL"]]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None
        base_url = server.stdout.readline().strip()
        if not base_url.startswith("http"):
            print("the local server did not start", file=sys.stderr)
            return 1
        env = dict(os.environ, OPENAI_BASE_URL=base_url, OPENAI_API_KEY="local-demo-key")
        if shutil.which("bwrap") is None:
            reason = (
                "bubblewrap (bwrap) is not installed, so the server cannot sandbox code (apt-get install bubblewrap)"
            )
            print(f"note: {reason}", file=sys.stderr)
            env["DEMO_SKIP_CODE"] = reason
        status = subprocess.call([sys.executable, str(QUICKSTART)], env=env)
        # The server checked every answer it gave against openapi.yaml; report what broke it.
        origin = base_url.removesuffix("/v1")
        violations = httpx2.get(f"{origin}/_mock/spec_violations").json()["violations"]
        for violation in violations:
            print(f"spec violation: {violation}", file=sys.stderr)
        return status or (1 if violations else 0)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
