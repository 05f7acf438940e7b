"""The browser console's static files at ``/console/`` (``--console``): nothing but files.

The console is a client of the public API like any other: it calls ``/v1`` with the key its user
signs in with. This module serves the HTML, CSS and ES modules under ``console/`` in the package,
read once at start into a table of names, so a request can only ever name one of those files (no
path is joined onto the disk). Every answer carries a Content-Security-Policy that allows scripts,
styles and connections from this origin only, no inline script, no plugins and no framing; images
may also be ``blob:`` URLs (the console fetches a file with the key and shows it through an
object URL).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.routing import BaseRoute, Route
from starlette.types import Receive, Scope, Send

CONSOLE_DIR = Path(__file__).resolve().parent.parent / "console"
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".png": "image/png",
    ".svg": "image/svg+xml",
}
SECURITY_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-cache"),
]


def console_files(root: Path = CONSOLE_DIR) -> dict[str, tuple[bytes, str]]:
    """Every servable file under `root`, by its path below ``/console/`` (``""`` is index.html)."""
    table: dict[str, tuple[bytes, str]] = {}
    for path in sorted(root.rglob("*")):
        kind = _TYPES.get(path.suffix)
        if path.is_file() and kind is not None:
            table[path.relative_to(root).as_posix()] = (path.read_bytes(), kind)
    if "index.html" in table:
        table[""] = table["index.html"]
    return table


class ConsoleFiles:
    """The ASGI app under ``/console/``: GET and HEAD of the files in the table, else 404/405."""

    def __init__(self, files: dict[str, tuple[bytes, str]]) -> None:
        self.files = files

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path: str = scope.get("path", "")
        name = path.removeprefix("/console/") if path.startswith("/console/") else None
        if path == "/console":
            await _answer(send, 308, b"", "text/plain; charset=utf-8", [(b"location", b"/console/")])
            return
        found = self.files.get(name) if name is not None else None
        if found is None:
            await _answer(send, 404, b"Not found\n", "text/plain; charset=utf-8")
            return
        if scope.get("method") not in ("GET", "HEAD"):
            await _answer(send, 405, b"Method not allowed\n", "text/plain; charset=utf-8", [(b"allow", b"GET, HEAD")])
            return
        body, kind = found
        await _answer(send, 200, b"" if scope.get("method") == "HEAD" else body, kind, length=len(body))


async def _answer(
    send: Send, status: int, body: bytes, kind: str, extra: list[tuple[bytes, bytes]] | None = None, length: int = -1
) -> None:
    headers = [
        (b"content-type", kind.encode()),
        (b"content-length", str(len(body) if length < 0 else length).encode()),
        *SECURITY_HEADERS,
        *(extra or []),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def console_routes(root: Path = CONSOLE_DIR) -> list[BaseRoute]:
    """``/console`` (a redirect to ``/console/``) and ``/console/{file}``, all one app."""
    app: Any = ConsoleFiles(console_files(root))
    return [Route("/console", app), Route("/console/{name:path}", app)]
