"""Hostile HTTP servers on 127.0.0.1 for the security tests: each answers with raw bytes that a
test writes, so it can redirect, echo credentials, drip a body or send a gzip bomb.

    with Hostile(answer) as server:       # answer(request: Seen, sock) writes the reply
        Client(api_key=..., base_url=server.url + "/v1")

Every request it receives is kept in `server.seen` (method, path, headers, body). Each connection
is served in a thread with a socket timeout, and `close()` stops the whole server.
"""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from typing import Any

SOCKET_TIMEOUT = 5.0


class Seen:
    """One request as it arrived."""

    def __init__(self, method: str, path: str, headers: dict[str, str], body: bytes) -> None:
        self.method = method
        self.path = path
        self.headers = headers
        self.body = body


Answer = Callable[[Seen, socket.socket], None]


def _read_request(sock: socket.socket) -> Seen | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            return None
        data += chunk
        if len(data) > 1_000_000:
            return None
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    method, path, _ = lines[0].split(" ", 2)
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Seen(method, path, headers, body)


class Hostile:
    """A threaded server on a free port of 127.0.0.1 answering every request with `answer`."""

    def __init__(self, answer: Answer) -> None:
        self.answer = answer
        self.seen: list[Seen] = []
        self.connections = 0
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                sock: socket.socket = self.request
                sock.settimeout(SOCKET_TIMEOUT)
                owner.connections += 1
                try:
                    while True:  # keep-alive: several requests may come on one connection
                        seen = _read_request(sock)
                        if seen is None:
                            return
                        owner.seen.append(seen)
                        owner.answer(seen, sock)
                except OSError:
                    return

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            block_on_close = False
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self.port = self._server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Hostile:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


def reply(
    sock: socket.socket,
    status: int,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    reason: str = "X",
) -> None:
    """Write one whole response."""
    head = {"Content-Length": str(len(body)), "Content-Type": "application/json", **(headers or {})}
    lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in head.items()]
    sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def reply_json(sock: socket.socket, status: int, data: Any, headers: dict[str, str] | None = None) -> None:
    reply(sock, status, json.dumps(data).encode(), headers)


def drip(sock: socket.socket, body: bytes, every: float, limit: float = 10.0) -> None:
    """A 200 whose body arrives one byte every `every` seconds (for at most `limit` seconds)."""
    sock.sendall(f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode())
    started = time.monotonic()
    for i in range(len(body)):
        if time.monotonic() - started > limit:
            return
        sock.sendall(body[i : i + 1])
        time.sleep(every)
