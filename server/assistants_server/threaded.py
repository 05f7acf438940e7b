"""An ASGI app served by uvicorn from a daemon thread: what ``Server`` runs the API on, and what
test doubles (the fake Chat Completions upstream) run on.

    served = ThreadedServer(uvicorn.Server(uvicorn.Config(app, lifespan="off"))).start()
    served.origin                         # 'http://127.0.0.1:PORT'
    served.stop()

Without a socket it binds a free port on 127.0.0.1. ``start`` returns once uvicorn listens (or
raises after ``STARTUP`` seconds); ``stop`` asks it to finish, then forces it, each step bounded.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

import uvicorn

T = TypeVar("T")

STARTUP = 15.0
"""Seconds ``start`` waits for uvicorn to listen."""
SHUTDOWN = 15.0
"""Seconds ``stop`` waits for the thread, once politely and once more after forcing the exit."""
_POLL = 0.005


def loopback_socket() -> socket.socket:
    """A TCP socket bound to a free port on 127.0.0.1."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", 0))
    except OSError:
        sock.close()
        raise
    return sock


class ThreadedServer:
    """``server`` served on ``sock`` (default: a free loopback port) from a daemon thread.

    ``name`` says what it is, in the thread's name and in the error when it does not start.
    A stopped one stays stopped: ``start`` again needs a new one (its socket is closed).
    """

    def __init__(self, server: uvicorn.Server, sock: socket.socket | None = None, *, name: str = "the server") -> None:
        self.server = server
        self._sock = sock if sock is not None else loopback_socket()
        address = self._sock.getsockname()
        self.host: str = address[0]
        self.port: int = address[1]
        self.name = name
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False

    @property
    def origin(self) -> str:
        """``http://HOST:PORT`` of the socket it serves, an IPv6 host in brackets."""
        return f"http://[{self.host}]:{self.port}" if ":" in self.host else f"http://{self.host}:{self.port}"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> ThreadedServer:
        """Serve from a new thread; return once uvicorn listens (RuntimeError if it does not)."""
        if self._thread is not None:
            return self
        if self._closed:
            raise RuntimeError(f"{self.name} was stopped; a new ThreadedServer serves again")
        listening = threading.Event()
        failure: list[BaseException] = []
        server, sock = self.server, self._sock

        async def serve() -> None:
            task = asyncio.ensure_future(server.serve(sockets=[sock]))
            for _ in range(int(STARTUP / _POLL)):
                if server.started or task.done():
                    break
                await asyncio.sleep(_POLL)
            if not server.started:
                failure.append(RuntimeError("it ended before it listened" if task.done() else "timeout"))
            listening.set()
            await task

        def run() -> None:
            loop = asyncio.new_event_loop()
            self.loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(serve())
            except SystemExit as exc:  # uvicorn exits when the app's startup fails
                failure.append(RuntimeError(f"uvicorn exited with status {exc.code}"))
            except BaseException as exc:  # pragma: no cover - reported by start()
                failure.append(exc)
            finally:
                listening.set()
                sock.close()
                loop.close()

        self._thread = threading.Thread(target=run, name=f"{self.name} on port {self.port}", daemon=True)
        self._thread.start()
        if not listening.wait(STARTUP + 1) or failure or not server.started:
            self.stop()
            raise RuntimeError(f"{self.name} did not start: {failure[0] if failure else 'timeout'}")
        return self

    def stop(self) -> None:
        """Ask uvicorn to finish; if the thread outlives ``SHUTDOWN`` seconds, force it."""
        thread, self._thread = self._thread, None
        self._closed = True
        self.server.should_exit = True
        if thread is not None:
            thread.join(SHUTDOWN)
            if thread.is_alive():
                self.server.force_exit = True
                thread.join(SHUTDOWN)
        else:
            self._sock.close()
        self.loop = None

    def wait(self, seconds: float) -> None:
        """Block while the server runs, at most ``seconds`` (Ctrl-C ends the wait)."""
        thread = self._thread
        for _ in range(max(1, int(seconds))):
            if thread is None or not thread.is_alive():
                return
            thread.join(1.0)

    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 15) -> T:
        """Run a coroutine on the server's loop and wait for its result (``asyncio.run`` when stopped)."""
        if self.loop is None:
            return asyncio.run(coro)
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)
