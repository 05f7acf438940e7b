"""Per-project rate limits (``--rate-limit RPM``): a token bucket per project, in this process.

Each project may make a burst of RPM requests, then RPM a minute (one every 60/RPM seconds). A
request past that gets the API's 429 (``rate_limit_exceeded``) with ``Retry-After`` in whole
seconds (rounded up) and ``retry-after-ms``: when the next request will pass.

Each replica keeps its own buckets: N replicas behind a load balancer let a project through up
to N x RPM in all (set RPM / N on each for a shared limit). Counting in the database would cost a
write on every request on every replica; a limit that protects each process is what this is for.
Only requests with a valid credential reach a bucket, so the table holds one entry per project
that has called, never one per guessed key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import ErrorReply

WINDOW = 60.0  # seconds: the limit is per minute


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimits:
    def __init__(self, rpm: int) -> None:
        self.rpm = rpm  # at least 1 (the settings check it)
        self._buckets: dict[str, _Bucket] = {}

    def wait(self, project: str, now: float) -> float:
        """Take one request for `project` at `now` (monotonic seconds): 0 when it may go on,
        else the seconds until one may (and nothing is taken)."""
        rate = self.rpm / WINDOW
        bucket = self._buckets.get(project)
        if bucket is None:
            bucket = self._buckets[project] = _Bucket(float(self.rpm), now)
        bucket.tokens = min(float(self.rpm), bucket.tokens + max(0.0, now - bucket.at) * rate)
        bucket.at = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            return 0.0
        return (1.0 - bucket.tokens) / rate

    def check(self, project: str, now: float) -> None:
        """Raise the 429 when `project` is over its limit."""
        wait = self.wait(project, now)
        if wait > 0:
            raise limited(self.rpm, wait)

    def reset(self) -> None:
        self._buckets.clear()


def limited(rpm: int, wait: float) -> ErrorReply:
    seconds = max(1, math.ceil(wait))
    return ErrorReply(
        429,
        f"Rate limit reached for requests in this project: limit {rpm} / min. Please try again in {seconds}s.",
        type="requests",
        code="rate_limit_exceeded",
        headers={"retry-after": str(seconds), "retry-after-ms": str(max(1, math.ceil(wait * 1000)))},
    )
