"""Raw access: the HTTP answer of a call, with its decoded model one `.parse()` away."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import httpx2

T = TypeVar("T")

__all__ = ["APIResponse"]


class APIResponse(Generic[T]):
    """What `client.with_raw_response.<operation>(...)` returns."""

    __slots__ = ("_decode", "_parsed", "http_response")

    def __init__(self, http_response: httpx2.Response, decode: Callable[[httpx2.Response], T]) -> None:
        self.http_response = http_response
        self._decode = decode
        self._parsed: Any = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx2.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        """The server's `x-request-id`: quote it when reporting a problem."""
        value = self.http_response.headers.get("x-request-id")
        return None if value is None else str(value)

    def json(self) -> Any:
        return self.http_response.json()

    def parse(self) -> T:
        """The decoded model (decoded once, then cached)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._decode(self.http_response)
        return self._parsed  # type: ignore[no-any-return]

    def __repr__(self) -> str:
        request = self.http_response.request
        return f"<APIResponse [{self.status_code}] {request.method} {request.url.path}>"


_UNPARSED: Any = object()
