"""The command line prints its base URL first and then serves."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import assistants_server as server_pkg
import httpx2


def test_cli_prints_its_url_and_serves(tmp_path: Path) -> None:
    env = dict(os.environ)
    package_root = str(Path(server_pkg.__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join([package_root, env.get("PYTHONPATH", "")])
    db = tmp_path / "cli.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistants_server", "--port", "0", "--db", str(db), "--step-delay", "0.01", "--admin"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert line.startswith("http://127.0.0.1:") and line.endswith("/v1"), line
        port = int(line.rsplit(":", 1)[1].split("/")[0])
        assert port > 0
        with httpx2.Client(base_url=line, headers={"OpenAI-Beta": "assistants=v2"}, timeout=10) as h:
            made = h.post("/assistants", json={"model": "gpt-4o"})
            assert made.status_code == 200 and made.headers["x-request-id"].startswith("req_")
            assert h.get("/assistants").json()["data"][0]["id"] == made.json()["id"]
            r = h.get("/assistants", headers={"X-Mock-Fault": "status=503"})
            assert r.status_code == 503
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
    assert db.exists()


def test_cli_help_lists_options() -> None:
    from assistants_server.__main__ import build_parser

    text = build_parser().format_help()
    for flag in ("--host", "--port", "--db", "--latency", "--fault-rate", "--seed", "--api-key", "--drop-rate"):
        assert flag in text


def test_the_step_delay_defaults_to_the_backend_s_own() -> None:
    from assistants_server.config import SCRIPTED_STEP_DELAY, ServerConfig

    assert ServerConfig().step_delay == SCRIPTED_STEP_DELAY
    real = ServerConfig(model_backend="chat-completions", upstream_base_url="http://127.0.0.1:9/v1")
    assert real.step_delay == 0.0  # nothing added to a real model's time to first token
    assert ServerConfig(model_backend="chat-completions", step_delay=0.5).step_delay == 0.5


def test_keep_alive_sets_how_long_an_idle_connection_stays_open() -> None:
    import socket
    import time

    import pytest
    from assistants_server import Server
    from assistants_server.__main__ import build_parser, config_from_args
    from assistants_server.config import ServerConfig

    assert config_from_args(build_parser().parse_args(["--keep-alive", "120"])).keep_alive == 120
    with pytest.raises(ValueError, match="keep_alive"):
        ServerConfig(keep_alive=0)
    request = b"GET /_mock/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    def idle_for(srv: Server, seconds: float) -> bytes:
        """What the connection gives after an answer and `seconds` of silence (b"": closed)."""
        host, port = srv.base_url.removeprefix("http://").removesuffix("/v1").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=5) as sock:
            sock.sendall(request)
            answer = b""
            while b"\r\n\r\n" not in answer:
                answer += sock.recv(65536)
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 200")
            length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
            while len(body) < length:  # the whole first answer, so what comes next is the second
                body += sock.recv(65536)
            time.sleep(seconds)
            sock.sendall(request)  # still open: answered; closed by the server: EOF
            try:
                return sock.recv(65536)
            except ConnectionResetError:
                return b""

    with Server(keep_alive=1) as short, Server() as default:
        assert idle_for(short, 2.5) == b""
        assert idle_for(default, 2.5).startswith(b"HTTP/1.1 200")


def test_the_command_line_is_derived_from_the_settings() -> None:
    """Every option field of ServerConfig and FaultConfig has a flag that sets it, with its default."""
    import dataclasses

    from assistants_server.__main__ import build_parser, config_from_args
    from assistants_server.config import ServerConfig
    from assistants_server.faults import FaultConfig

    parser = build_parser()
    defaults = config_from_args(parser.parse_args([]))
    assert defaults == ServerConfig()
    given = {
        "--host": ("127.0.0.2", "host", "127.0.0.2"),
        "--db": ("/tmp/x.db", "db", "/tmp/x.db"),
        "--run-expiry": ("5", "run_expiry", 5.0),
        "--no-validate-requests": (None, "validate_requests", False),
        "--validate-responses": (None, "validate_responses", True),
        "--upstream-api-key": ("sk-up", "upstream_api_key", "sk-up"),
        "--model-backend": ("chat-completions", "model_backend", "chat-completions"),
    }
    for flag, (value, name, expected) in given.items():
        config = config_from_args(parser.parse_args([flag] if value is None else [flag, value]))
        assert getattr(config, name) == expected, flag
    faults = config_from_args(
        parser.parse_args(["--fault-status", "429:0.5", "--fault-rate", "0.25", "--latency", "1"])
    )
    assert faults.faults == FaultConfig(error_rates={429: 0.5, 500: 0.25}, latency=1.0)
    flags = {a.dest for a in parser._actions}
    declared = {f.name for cls in (ServerConfig, FaultConfig) for f in dataclasses.fields(cls)}
    assert declared - flags == {"faults", "spec_path"}  # the one nested and the one not on the command line
    assert "sk-up" not in repr(config_from_args(parser.parse_args(["--upstream-api-key", "sk-up"])))


def test_the_readme_names_every_flag() -> None:
    """The server README's flag table is documentation of the settings: it drifts from them in no flag."""
    import re
    from pathlib import Path

    from assistants_server.__main__ import build_parser

    readme = (Path(__file__).resolve().parents[2] / "server" / "assistants_server" / "README.md").read_text()
    table = readme.split("## Starting it", 1)[1].split("\nFrom Python:", 1)[0]
    named = set(re.findall(r"`(--[a-z][a-z-]*)", table)) | set(re.findall(r", (--[a-z][a-z-]*)", table))
    flags = {o for a in build_parser()._actions for o in a.option_strings if o.startswith("--") and o != "--help"}
    assert flags - named == set(), "flags the README's table leaves out"
    assert named - flags == set(), "flags the README's table names that do not exist"
