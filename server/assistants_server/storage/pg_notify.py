"""PostgreSQL notifications for one replica: one connection of its own that LISTENs on a few
channels, in a thread of its own, handing each notification (channel, payload) to a callback on
the event loop.

A notification only says "look again": whoever gets one reads the tables. One lost while the
connection is down is made up by the readers' own periodic looks, and the connection is opened
again (after ``RETRY_SECONDS``) until ``close``.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Sequence

log = logging.getLogger("assistants_server")

WAIT_SECONDS = 0.5  # how long one wait for notifications lasts (how soon `close` is noticed)
RETRY_SECONDS = 1.0  # pause before connecting again after the connection broke


class Listener:
    def __init__(
        self,
        url: str,
        channels: Sequence[str],
        loop: asyncio.AbstractEventLoop,
        deliver: Callable[[str, str], None],
    ) -> None:
        self._url = url  # may hold a password: never shown
        self._channels = tuple(channels)
        self._loop = loop
        self._deliver = deliver
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, name="pg-listen", daemon=True)
        self.ready = threading.Event()  # set once the first LISTEN is in place

    def __repr__(self) -> str:
        return f"Listener(channels={self._channels!r})"

    def start(self) -> None:
        self._thread.start()

    def close(self, timeout: float = 2 * WAIT_SECONDS + 1) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def _listen(self) -> None:
        import psycopg

        while not self._stop.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True) as conn:
                    for channel in self._channels:
                        conn.execute(f'LISTEN "{channel}"')
                    self.ready.set()
                    while not self._stop.is_set():
                        for note in conn.notifies(timeout=WAIT_SECONDS, stop_after=200):
                            self._hand_on(note.channel, note.payload)
                        self._hand_on("", "")  # a tick: readers look again even if a notification was lost
            except psycopg.Error as exc:
                log.warning("notification connection lost (%s); connecting again", type(exc).__name__)
                self._stop.wait(RETRY_SECONDS)

    def _hand_on(self, channel: str, payload: str) -> None:
        try:
            self._loop.call_soon_threadsafe(self._deliver, channel, payload)
        except RuntimeError:  # the loop is closed: this replica is stopping
            self._stop.set()
