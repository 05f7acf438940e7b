"""Per-project rate limits (``--rate-limit RPM``): a token bucket per project.

Each project may make a burst of RPM requests, then RPM a minute (one every 60/RPM seconds). A
request past that gets the API's 429 (``rate_limit_exceeded``) with ``Retry-After`` in whole
seconds (rounded up) and ``retry-after-ms``: when the next request will pass.

On SQLite the buckets live in this process (one server per database). On PostgreSQL they live in
the database (``storage.rate_buckets``), so every replica counts against the same bucket: RPM is
the project's limit however many replicas serve it, at the cost of one single-row statement per
request while a limit is set. Only requests with a valid credential reach a bucket, so the table
holds one entry per project that has called, never one per guessed key.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..errors import ErrorReply
from ..storage.rate_buckets import WINDOW, SharedBuckets


@dataclass
class _Bucket:
    tokens: float
    at: float


class RateLimits:
    def __init__(self, rpm: int, shared: SharedBuckets | None = None) -> None:
        self.rpm = rpm  # at least 1 (the settings check it)
        self.shared = shared  # the database's buckets, when replicas share one
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
        wait = self.shared.take(project, self.rpm) if self.shared is not None else self.wait(project, now)
        if wait > 0:
            raise limited(self.rpm, wait)

    def reset(self) -> None:
        self._buckets.clear()
        if self.shared is not None:
            self.shared.clear()


def limited(rpm: int, wait: float) -> ErrorReply:
    seconds = max(1, math.ceil(wait))
    return ErrorReply(
        429,
        f"Rate limit reached for requests in this project: limit {rpm} / min. Please try again in {seconds}s.",
        type="requests",
        code="rate_limit_exceeded",
        headers={"retry-after": str(seconds), "retry-after-ms": str(max(1, math.ceil(wait * 1000)))},
    )
