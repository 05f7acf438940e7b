"""Keys for the keys-and-projects tests: made through the command line's own code, in process."""

from __future__ import annotations

import contextlib
import io

from assistants_server.key_admin import main as keys_main

BETA = {"OpenAI-Beta": "assistants=v2"}


def keys_cli(*argv: str) -> tuple[int, str]:
    """`python -m assistants_server keys ARGV...` in this process: (exit status, stdout)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = keys_main(list(argv))
    return status, out.getvalue()


def make_key(db: str, project: str, *, admin: bool = False, name: str = "") -> str:
    """A new key for `project` (its last line of output, as the command line prints it)."""
    status, out = keys_cli("create", "--db", db, "--project", project, *(["--admin"] if admin else []), "--name", name)
    assert status == 0, out
    return out.strip().splitlines()[-1]


def bearer(key: str) -> dict[str, str]:
    return {**BETA, "Authorization": f"Bearer {key}"}
