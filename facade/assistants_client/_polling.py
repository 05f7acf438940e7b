"""The polling loops, sync and async: read the object, let `Poll` judge it, sleep, again.

Every poll of the client goes through these two (runs, vector stores, their files and batches);
what counts as final and how long to wait is `_runcore.Poll`'s, and the status sets are written
once each (`_runcore.SETTLED` for runs, `_stores.FILE_FINAL` and `STORE_FINAL`).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from assistants_core.results import RawResponse

from ._retry import asleep
from ._runcore import Poll

__all__ = ["apoll_until", "poll_until"]

T = TypeVar("T")


def poll_until(fetch: Callable[[], RawResponse[T]], poll: Poll) -> T:
    """Call `fetch` (a raw read of the object) until `poll` says its status is final; the object."""
    while True:
        raw = fetch()
        polled = raw.parse()
        delay = poll.step(polled, raw.headers)
        if delay is None:
            return polled
        time.sleep(delay)


async def apoll_until(fetch: Callable[[], Awaitable[RawResponse[T]]], poll: Poll) -> T:
    """The async twin of poll_until."""
    while True:
        raw = await fetch()
        polled = raw.parse()
        delay = poll.step(polled, raw.headers)
        if delay is None:
            return polled
        await asleep(delay)
