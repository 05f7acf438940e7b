"""Binding and serving with uvicorn: the one way both ``Server`` (in a thread) and the command
line (in the foreground) run the app."""

from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from ..config import ServerConfig
from .app import AssistantsApp


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
    """``http://HOST:PORT``, an IPv6 host in brackets."""
    return f"http://{config.url_host}:{port}"


def protocol_for(app: AssistantsApp) -> type[H11Protocol]:
    """An h11 protocol class that lets ``app`` find (and abort) a request's socket."""

    class _Protocol(H11Protocol):
        def connection_made(self, transport: Any) -> None:
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                # asyncio only sets this for sockets whose proto is IPPROTO_TCP; headers and
                # body are written separately, so without it Nagle adds ~40 ms per response
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)
            if self.client:
                app.transports[(self.client[0], self.client[1])] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client and app.transports.get((self.client[0], self.client[1])) is self.transport:
                del app.transports[(self.client[0], self.client[1])]
            super().connection_lost(exc)

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


def uvicorn_server(app: AssistantsApp) -> uvicorn.Server:
    config = uvicorn.Config(
        app,
        http=protocol_for(app),
        ws="none",
        lifespan="on",
        log_level=app.config.log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        timeout_keep_alive=app.config.keep_alive,
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
