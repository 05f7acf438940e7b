"""Per-call options: what a caller may pass to any operation, and the record the client reads.

`CallOptions` is the keyword arguments every operation method takes (`timeout=5`,
`max_retries=0`, ...); `Options` is what the client works from; `to_options` is the one place
the first becomes the second.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict

import httpx2

from .types import UNSET, Unset

__all__ = ["NO_OPTIONS", "CallOptions", "Options", "to_options"]


class CallOptions(TypedDict, total=False):
    """The per-call options of every operation method of `Client` and `AsyncClient` (and of
    their streams), as keyword arguments: `client.get_run(thread_id, run_id, timeout=5)`.
    Each one left out takes the client's setting.

    Attributes:
        timeout: Seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None` waits as long as
            it takes.
        max_retries: At most this many retries of a failure the client's `RetryPolicy` retries
            (by default a connection error, a timeout, or a 408, 409, 429 or 5xx answer), with
            backoff honouring `Retry-After`.
        extra_headers: Headers sent with this call, over the client's and the operation's own.
        extra_query: Query parameters sent with this call, over the operation's own.
        deadline: Seconds for the whole call, every attempt and wait included (`None`: no
            deadline).
        max_response_bytes: The largest answer accepted, counted after decompression.
    """

    timeout: float | httpx2.Timeout | None
    max_retries: int | None
    extra_headers: Mapping[str, str] | None
    extra_query: Mapping[str, Any] | None
    deadline: float | None
    max_response_bytes: int | None


class Options:
    """Per-call settings as the client reads them: each left at its default takes the client's own."""

    __slots__ = ("deadline", "extra_headers", "extra_query", "max_response_bytes", "max_retries", "timeout")

    def __init__(
        self,
        timeout: float | httpx2.Timeout | Unset | None = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | Unset | None = UNSET,
        max_response_bytes: int | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.deadline = deadline
        """Seconds for the whole call, retries and waits included (None: no deadline)."""
        self.max_response_bytes = max_response_bytes
        """The largest answer accepted, counted after decompression."""


NO_OPTIONS = Options()
"""The options of a call that passed none (shared: the client only reads options)."""


def to_options(options: CallOptions) -> Options:
    """The record for a call's keyword options; an unknown keyword is a TypeError."""
    return Options(**options) if options else NO_OPTIONS
