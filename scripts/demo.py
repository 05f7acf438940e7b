"""`make demo`: start the local server on a free port and run examples/quickstart.py against it.

The server serves the browser console too (`--console`); its address is printed first, and when
the demo runs in a terminal the server stays up for it until Enter is pressed.

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

import contextlib
import os
import subprocess
import sys
from pathlib import Path

import httpx2
from assistants_server.sandbox import Sandboxes, SandboxSettings, SandboxUnavailable

ROOT = Path(__file__).resolve().parent.parent
QUICKSTART = ROOT / "examples" / "quickstart.py"


def sandbox_problem() -> str | None:
    """Why the server could not run code in a sandbox here, as its own probe says (None: it can)."""
    try:
        Sandboxes(SandboxSettings()).check()
    except SandboxUnavailable as error:
        return error.reason
    return None


def main() -> int:
    command = [sys.executable, "-m", "assistants_server", "--port", "0", "--validate-responses", "--admin", "--console"]
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
        origin = base_url.removesuffix("/v1")
        print(f"console: {origin}/console/ (open it in a browser; this server asks for no key)", flush=True)
        env = dict(os.environ, OPENAI_BASE_URL=base_url, OPENAI_API_KEY="local-demo-key")
        problem = sandbox_problem()
        if problem:  # code never runs unsandboxed: that part of the quickstart says why it is left out
            print(f"note: the server cannot sandbox code here ({problem}): the code_interpreter part is skipped")
            env["DEMO_SKIP_CODE"] = problem
        status = subprocess.call([sys.executable, str(QUICKSTART)], env=env)
        # The server checked every answer it gave against openapi.yaml; report what broke it.
        violations = httpx2.get(f"{origin}/_mock/spec_violations").json()["violations"]
        for violation in violations:
            print(f"spec violation: {violation}", file=sys.stderr)
        if sys.stdin.isatty():  # someone at the keyboard: the console stays up until they are done
            print(f"the server keeps running for the console at {origin}/console/; press Enter to stop it")
            with contextlib.suppress(EOFError, KeyboardInterrupt):
                input()
        return status or (1 if violations else 0)
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
