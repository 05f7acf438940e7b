"""A loopback TCP load balancer in front of replicas, as a team deploys them: each new connection
goes to the next backend, round robin, skipping one that refuses it; when either side closes, the
other is closed too (a replica SIGKILLed mid-stream cuts its client's connection).
"""

from __future__ import annotations

import asyncio
import contextlib
import threading

CHUNK = 65536
CONNECT_TIMEOUT = 2.0  # seconds to reach one backend


class Balancer:
    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.port = 0
        self.picked: list[int] = []  # the backend port of each connection, in order
        self._next = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="balancer", daemon=True)
        self._stop: asyncio.Event | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def __enter__(self) -> Balancer:
        self._thread.start()
        if not self._ready.wait(10):
            raise RuntimeError("the balancer did not start")
        return self

    def __exit__(self, *exc: object) -> None:
        if self._stop is not None:
            self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(10)

    def _serve(self) -> None:
        self._loop.run_until_complete(self._main())
        self._loop.close()

    async def _main(self) -> None:
        self._stop = asyncio.Event()
        server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        async with server:
            await self._stop.wait()
        pending = asyncio.all_tasks() - {asyncio.current_task()}  # the connections still open
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)

    async def _backend(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter] | None:
        for _ in range(len(self.ports)):  # each backend once at most
            port = self.ports[self._next % len(self.ports)]
            self._next += 1
            try:
                async with asyncio.timeout(CONNECT_TIMEOUT):
                    pair = await asyncio.open_connection("127.0.0.1", port)
            except (OSError, TimeoutError):
                continue
            self.picked.append(port)
            return pair
        return None

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        backend = await self._backend()
        if backend is None:
            writer.close()
            return
        upstream_reader, upstream_writer = backend
        pipes = [
            asyncio.create_task(_pipe(reader, upstream_writer)),
            asyncio.create_task(_pipe(upstream_reader, writer)),
        ]
        await asyncio.wait(pipes, return_when=asyncio.FIRST_COMPLETED)
        for task in pipes:
            task.cancel()
        for side in (writer, upstream_writer):
            with contextlib.suppress(OSError):
                side.close()


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    with contextlib.suppress(OSError, asyncio.IncompleteReadError):
        while True:  # until the source closes
            data = await source.read(CHUNK)
            if not data:
                return
            sink.write(data)
            await sink.drain()
