"""Binding and serving with uvicorn: the one way both ``Server`` (in a thread) and the command
line (in the foreground) run the app, on an h11 protocol that guards each connection (time
for a request's head and body, a cap on open connections; ``protocol_for``)."""

from __future__ import annotations

import asyncio
import json
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..config import ServerConfig
from ..errors import ErrorReply, error_body
from .app import AssistantsApp
from .routing import send_error
from .tls import TLSFiles


def open_socket(config: ServerConfig) -> socket.socket:
    """A TCP socket bound to ``config.host``/``config.port`` (port 0: a free one)."""
    host = config.host.strip("[]")
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, config.port))
    except OSError:
        sock.close()
        raise
    return sock


def origin(config: ServerConfig, port: int) -> str:
    """``http://HOST:PORT`` (``https`` with TLS), an IPv6 host in brackets."""
    return f"{config.scheme}://{config.url_host}:{port}"


def raw_error(status: int, reason: str, message: str, code: str | None = None) -> bytes:
    """A whole HTTP/1.1 answer carrying the error envelope, written where no ASGI cycle can answer."""
    body = json.dumps(error_body(message, code=code), separators=(",", ":")).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\ncontent-type: application/json\r\n"
        f"content-length: {len(body)}\r\nconnection: close\r\n\r\n"
    )
    return head.encode() + body


def protocol_for(app: AssistantsApp) -> type[H11Protocol]:
    """An h11 protocol class that lets ``app`` find (and abort) a request's socket and guards the
    connection: a request's head must arrive within ``header_timeout`` seconds of its first byte
    (of the connection's opening, for the first), its body within ``body_timeout`` after the head
    (408, then closed); past ``max_connections`` open connections a request gets a 503."""
    config = app.config

    class _Protocol(H11Protocol):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._timer: asyncio.TimerHandle | None = None
            self._reading_body = False
            self.app = self._limited(self.app)

        def _limited(self, inner: Any) -> Any:
            async def limited(scope: Any, receive: Any, send: Any) -> None:
                if scope["type"] == "http" and len(self.connections) > config.max_connections:
                    busy = ErrorReply(
                        503,
                        "The server is serving as many connections as it takes; retry shortly.",
                        type="server_error",
                        code="too_many_connections",
                        headers={"Connection": "close", "Retry-After": "1"},
                    )
                    await send_error(app.pipeline, send, busy)
                    return
                await inner(scope, receive, send)

            return limited

        def connection_made(self, transport: Any) -> None:
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                # asyncio only sets this for sockets whose proto is IPPROTO_TCP; headers and
                # body are written separately, so without it Nagle adds ~40 ms per response
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)
            if self.client:
                app.transports[(self.client[0], self.client[1])] = transport
            self._arm(config.header_timeout, body=False)

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            if self.client and app.transports.get((self.client[0], self.client[1])) is self.transport:
                del app.transports[(self.client[0], self.client[1])]
            super().connection_lost(exc)

        def data_received(self, data: bytes) -> None:
            if self._timer is None and self.conn.their_state is h11.IDLE:
                self._arm(config.header_timeout, body=False)  # the first byte of the next request
            super().data_received(data)
            state = self.conn.their_state
            if state is h11.SEND_BODY:
                if not self._reading_body:
                    self._arm(config.body_timeout, body=True)
            elif state is not h11.IDLE:
                self._disarm()  # the whole request is in (or the connection is over)

        def send_400_response(self, msg: str) -> None:
            self.transport.write(raw_error(400, "Bad Request", "The request is not valid HTTP/1.1.", "invalid_http"))
            self.transport.close()

        def _arm(self, seconds: float, body: bool) -> None:
            self._disarm()
            self._reading_body = body
            self._timer = self.loop.call_later(seconds, self._expired)

        def _disarm(self) -> None:
            if self._timer is not None:
                self._timer.cancel()
            self._timer = None
            self._reading_body = False

        def _expired(self) -> None:
            what = "body" if self._reading_body else "headers"
            self._timer = None
            if self.transport.is_closing():
                return
            cycle = self.cycle  # for a late head, the previous request's (answered) cycle
            if self._reading_body:
                unanswered = cycle is not None and not cycle.response_started
            else:
                unanswered = cycle is None or cycle.response_complete
            if unanswered:  # a 408 only where no answer to this request has begun
                message = f"The request's {what} did not arrive in time."
                self.transport.write(raw_error(408, "Request Timeout", message, "request_timeout"))
            self.transport.close()

    return _Protocol


class _Uvicorn(uvicorn.Server):
    """uvicorn, except that SIGTERM drains first (``AssistantsApp.drain`` for the grace period) and
    the process then exits with 0 (uvicorn would raise the signal again once stopped). A second
    SIGTERM, or SIGINT, stops at once; runs cut short are carried on by the next start anyway."""

    def __init__(self, config: uvicorn.Config, app: AssistantsApp) -> None:
        super().__init__(config)
        self.app = app
        self._loop: asyncio.AbstractEventLoop | None = None
        self._draining: asyncio.Task[None] | None = None

    async def serve(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().serve(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if sig != signal.SIGTERM:
            super().handle_exit(sig, frame)
        elif self._loop is None or self._draining is not None or self.should_exit:
            self.should_exit = True
        else:  # in a signal handler: the loop takes it from here
            self._loop.call_soon_threadsafe(self._drain)

    def _drain(self) -> None:
        if self._draining is not None:
            return

        async def drain() -> None:
            try:
                await self.app.drain(self.app.config.shutdown_grace)
            finally:
                self.should_exit = True

        self._draining = asyncio.get_running_loop().create_task(drain())


def uvicorn_server(app: AssistantsApp, tls: TLSFiles | None = None) -> uvicorn.Server:
    """uvicorn for ``app``; HTTPS with ``tls`` (``tls.prepare``)."""
    secure: dict[str, Any] = {"ssl_certfile": tls.certfile, "ssl_keyfile": tls.keyfile} if tls else {}
    config = uvicorn.Config(
        app,
        http=protocol_for(app),
        ws="none",
        lifespan="on",
        log_level=app.config.log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=app.config.keep_alive,
        **secure,
    )
    return _Uvicorn(config, app)


async def serve(server: uvicorn.Server, sock: socket.socket, on_started: Callable[[], None]) -> None:
    """Serve on ``sock`` until ``server.should_exit``; ``on_started`` runs once it listens."""
    task = asyncio.ensure_future(server.serve(sockets=[sock]))
    while not server.started and not task.done():
        await asyncio.sleep(0.005)
    if server.started:
        on_started()
    await task
