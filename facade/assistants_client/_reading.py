"""Reading an answer's body a chunk at a time, so that the size cap and the deadline hold while it
arrives: `read_body` and `aread_body` give a `ReadResponse` holding the bytes read."""

from __future__ import annotations

import datetime

import httpx2

from ._attempts import Attempts

__all__ = ["ReadResponse", "aread_body", "read_body"]


def read_body(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    """Read the body a chunk at a time (decompressed), so the size cap and deadline hold; the
    answer is a read copy holding those bytes (httpx2 has no public way to hand a streamed
    response the body read from it)."""
    chunks = []
    try:
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            attempts.received(len(chunk), response)
    except BaseException:
        response.close()
        raise
    return ReadResponse(response, b"".join(chunks))


class ReadResponse(httpx2.Response):
    """A streamed answer after `_read`: the same status, headers, request and timing, with the body
    that was read from it chunk by chunk (decompressed; so the size cap and the deadline held).

    httpx2 has no public way to give a streamed response the bytes read from it (its `read()`
    would decompress everything first), nor to build a read one without decoding the body again;
    this subclass answers `content` with them instead. Its stream counts as consumed."""

    def __init__(self, response: httpx2.Response, body: bytes) -> None:
        super().__init__(
            response.status_code,
            headers=response.headers,
            stream=response.stream,
            request=response.request,
            extensions=response.extensions,
        )
        self.body = body
        self.read_from = response
        self.is_stream_consumed = self.is_closed = True

    @property
    def content(self) -> bytes:
        return self.body

    @property
    def elapsed(self) -> datetime.timedelta:
        return self.read_from.elapsed

    @elapsed.setter
    def elapsed(self, elapsed: datetime.timedelta) -> None:
        self.read_from.elapsed = elapsed

    def read(self) -> bytes:
        return self.body

    async def aread(self) -> bytes:
        return self.body


async def aread_body(response: httpx2.Response, attempts: Attempts) -> httpx2.Response:
    """The async twin of read_body."""
    chunks = []
    try:
        async for chunk in response.aiter_bytes():
            chunks.append(chunk)
            attempts.received(len(chunk), response)
    except BaseException:
        await response.aclose()
        raise
    return ReadResponse(response, b"".join(chunks))
