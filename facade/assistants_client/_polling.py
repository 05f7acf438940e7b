"""The polling loops, sync and async: read the object, let `Poll` judge it, sleep, again.

Every poll of the client goes through these two (runs, vector stores, their files and batches);
what counts as final and how long to wait is `_runcore.Poll`'s, and the status sets are written
once each (`_runcore.SETTLED` for runs, `_stores.FILE_FINAL` and `STORE_FINAL`). Each read gets
the time left of the poll as its deadline: a slow server ends the poll on time, with
PollTimeoutError, not when a read it waited for came back.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

from assistants_core.errors import APITimeoutError
from assistants_core.results import RawResponse

from ._retry import asleep
from ._runcore import Poll

__all__ = ["apoll_until", "poll_until"]

T = TypeVar("T")


def poll_until(fetch: Callable[[float], RawResponse[T]], poll: Poll, cap: float | None = None) -> T:
    """Call `fetch` (a raw read of the object, given its per-call deadline: the seconds left of
    the poll, at most `cap`) until `poll` says its status is final; the object. A read cut by the
    poll's deadline is a PollTimeoutError, as a status still not final then is."""
    polled: T | None = None
    while True:
        try:
            raw = fetch(poll.read_deadline(cap))
        except APITimeoutError as exc:
            if not poll.over():
                raise  # the read's own timeout, or the client's deadline: not the poll's
            raise poll.timed_out(polled) from exc
        polled = raw.parse()
        delay = poll.step(polled, raw.headers)
        if delay is None:
            return polled
        time.sleep(delay)


async def apoll_until(fetch: Callable[[float], Awaitable[RawResponse[T]]], poll: Poll, cap: float | None = None) -> T:
    """The async twin of poll_until."""
    polled: T | None = None
    while True:
        try:
            raw = await fetch(poll.read_deadline(cap))
        except APITimeoutError as exc:
            if not poll.over():
                raise
            raise poll.timed_out(polled) from exc
        polled = raw.parse()
        delay = poll.step(polled, raw.headers)
        if delay is None:
            return polled
        await asleep(delay)
