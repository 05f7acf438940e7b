"""The console's static route (no browser): off unless --console, files only, security headers."""

from __future__ import annotations

import httpx2
from assistants_server import Server
from assistants_server.http.console import CONTENT_SECURITY_POLICY


def test_console_is_off_by_default() -> None:
    with Server() as srv:
        assert httpx2.get(f"{srv.origin}/console/").status_code == 404
        assert httpx2.get(f"{srv.origin}/console/js/main.js").status_code == 404


def test_console_serves_its_files_with_a_strict_policy() -> None:
    with Server(console=True) as srv, httpx2.Client(base_url=srv.origin) as http:
        index = http.get("/console/")
        assert index.status_code == 200
        assert index.headers["content-type"] == "text/html; charset=utf-8"
        assert "<script" in index.text and 'src="js/main.js"' in index.text
        # no inline script anywhere in the page: every script is a file of this origin
        assert index.text.count("<script") == index.text.count('<script type="module" src="')
        policy = index.headers["content-security-policy"]
        assert policy == CONTENT_SECURITY_POLICY
        for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
            assert directive in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy and "http" not in policy
        assert index.headers["x-content-type-options"] == "nosniff"
        module = http.get("/console/js/pages/runs.js")
        assert module.status_code == 200 and module.headers["content-type"].startswith("text/javascript")
        assert module.headers["content-security-policy"] == policy
        assert http.head("/console/console.css").headers["content-length"] == str(
            len(http.get("/console/console.css").content)
        )
        redirect = http.get("/console", follow_redirects=False)
        assert redirect.status_code == 308 and redirect.headers["location"] == "/console/"


def test_console_adds_no_other_route() -> None:
    with Server(console=True) as srv, httpx2.Client(base_url=srv.origin) as http:
        for path in ("/console/missing.js", "/console/%2e%2e/config.py", "/console/js/", "/console/js"):
            answer = http.get(path)
            assert answer.status_code == 404, path
            assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert http.post("/console/index.html", content=b"x").status_code == 405
        assert http.delete("/console/").status_code == 405
        # the API is as it was: the console's files are not under /v1
        assert http.get("/v1/console/", headers={"OpenAI-Beta": "assistants=v2"}).status_code == 404
