"""``ThreadedServer``: any ASGI app on a free loopback port, from a daemon thread, stopped in bounded time."""

from __future__ import annotations

import asyncio
import socket
from typing import Any

import httpx2
import pytest
import uvicorn
from assistants_server import threaded
from assistants_server.threaded import ThreadedServer


async def hello(scope: Any, receive: Any, send: Any) -> None:
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": f"{scope['method']} {scope['path']}".encode()})


def quiet(app: Any) -> uvicorn.Server:
    return uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning", access_log=False))


def test_it_serves_on_loopback_until_stopped() -> None:
    served = ThreadedServer(quiet(hello), name="the hello app")
    assert served.origin == f"http://127.0.0.1:{served.port}" and not served.running
    assert served.start() is served and served.start() is served  # a second start is a no-op
    assert served.running
    assert httpx2.get(served.origin + "/ping", timeout=5).text == "GET /ping"

    async def on_its_loop() -> int:
        return id(asyncio.get_running_loop())

    assert served.call(on_its_loop()) == id(served.loop)
    served.stop()
    assert not served.running and served.loop is None
    with pytest.raises(httpx2.ConnectError):
        httpx2.get(served.origin + "/ping", timeout=5)
    with pytest.raises(RuntimeError, match="the hello app was stopped"):
        served.start()


def test_a_given_socket_is_served() -> None:
    sock = threaded.loopback_socket()
    served = ThreadedServer(quiet(hello), sock).start()
    try:
        assert served.port == sock.getsockname()[1]
        assert httpx2.post(served.origin + "/x", timeout=5).text == "POST /x"
    finally:
        served.stop()


def test_a_server_that_cannot_start_is_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    async def refuse(scope: Any, receive: Any, send: Any) -> None:
        message = await receive()
        assert message["type"] == "lifespan.startup"
        await send({"type": "lifespan.startup.failed", "message": "no"})

    server = uvicorn.Server(uvicorn.Config(refuse, lifespan="on", log_level="critical"))
    with pytest.raises(RuntimeError, match="the refusing app did not start: uvicorn exited with status 3"):
        ThreadedServer(server, name="the refusing app").start()


def test_an_ipv6_socket_is_served_in_brackets() -> None:
    if not socket.has_ipv6:
        pytest.skip("no IPv6 here")
    sock = socket.socket(socket.AF_INET6, socket.SOCK_STREAM)
    try:
        sock.bind(("::1", 0))
    except OSError:
        sock.close()
        pytest.skip("no IPv6 loopback here")
    served = ThreadedServer(quiet(hello), sock).start()
    try:
        assert served.origin == f"http://[::1]:{served.port}"
        assert httpx2.get(served.origin + "/six", timeout=5).text == "GET /six"
    finally:
        served.stop()


def test_a_stop_before_start_frees_the_port() -> None:
    served = ThreadedServer(quiet(hello))
    port = served.port
    served.stop()
    with socket.create_server(("127.0.0.1", port)):  # the port is free again
        pass
