"""When to try a request again, and how long to wait first.

One small policy object decides; the clients only ask it. Replace it per client
(`Client(retry=RetryPolicy(...))`) to change the statuses, delays or jitter.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Collection
from email.utils import parsedate_to_datetime

import httpx2

__all__ = ["RetryPolicy"]

RETRY_STATUSES = frozenset({408, 409, 429})


class RetryPolicy:
    """Exponential backoff with jitter, honouring the server's own advice.

    A failure is retried when it is a connection error or timeout, or an answer whose status is in
    `statuses` (or any 5xx), unless the server says `x-should-retry: false`. The wait is the server's
    `retry-after-ms` or `Retry-After` (seconds or an HTTP date) when it gives one of at most
    `max_server_delay` seconds, else `initial_delay * 2**attempt` capped at `max_delay`, less up to
    `jitter` of it at random.
    """

    __slots__ = ("initial_delay", "jitter", "max_delay", "max_server_delay", "random", "statuses")

    def __init__(
        self,
        *,
        initial_delay: float = 0.5,
        max_delay: float = 8.0,
        jitter: float = 0.25,
        max_server_delay: float = 60.0,
        statuses: Collection[int] = RETRY_STATUSES,
        random: Callable[[], float] = random.random,
    ) -> None:
        self.initial_delay = initial_delay
        self.max_delay = max_delay
        self.jitter = jitter
        self.max_server_delay = max_server_delay
        self.statuses = statuses
        self.random = random

    def __repr__(self) -> str:
        return (
            f"RetryPolicy(initial_delay={self.initial_delay}, max_delay={self.max_delay}, jitter={self.jitter}, "
            f"max_server_delay={self.max_server_delay}, statuses={sorted(self.statuses)})"
        )

    def is_retryable(self, response: httpx2.Response | None) -> bool:
        """Whether this outcome may succeed on another try (None: no answer at all)."""
        if response is None:
            return True
        advice = str(response.headers.get("x-should-retry", "")).lower()
        if advice in ("true", "false"):
            return advice == "true"
        status = int(response.status_code)
        return status in self.statuses or status >= 500

    def delay(self, attempt: int, response: httpx2.Response | None) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        advised = self.server_delay(response) if response is not None else None
        if advised is not None and 0 <= advised <= self.max_server_delay:
            return advised
        backoff = min(self.initial_delay * 2.0**attempt, self.max_delay)
        return float(backoff * (1 - self.jitter * self.random()))

    @staticmethod
    def server_delay(response: httpx2.Response) -> float | None:
        """The wait the server asked for, in seconds, if it asked."""
        headers = response.headers
        millis = headers.get("retry-after-ms")
        if millis is not None:
            try:
                return float(millis) / 1000
            except ValueError:
                pass
        after = headers.get("retry-after")
        if after is None:
            return None
        try:
            return float(after)
        except ValueError:
            pass
        try:
            when = parsedate_to_datetime(after)
        except (TypeError, ValueError):
            return None
        return max(0.0, when.timestamp() - time.time())


async def asleep(seconds: float) -> None:
    """asyncio.sleep, importing asyncio only when an async client first waits."""
    import asyncio

    await asyncio.sleep(seconds)
