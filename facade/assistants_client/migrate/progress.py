"""A progress line per kind (count and rate) on a terminal; nothing when output is not one."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

RATE_AFTER = 0.5
"""Seconds a kind must have been counting before its rate is shown (before, it means nothing)."""


def progress_line(kind: str, count: int, elapsed: float) -> str:
    """One kind's line: its count, and its rate once `RATE_AFTER` seconds have passed."""
    line = f"{kind:>20}: {count:>9,}"
    if elapsed >= RATE_AFTER:
        line += f"  ({count / elapsed:,.0f}/s)"
    return line


class Progress:
    """Counts per kind; `shown` only when `stream` is a terminal (a log or a pipe gets nothing).

    Each kind has a line of its own, all redrawn in place (kinds counted together, such as an
    export's threads, messages, runs and steps, each keep theirs)."""

    def __init__(self, stream: TextIO | None = None, *, shown: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.shown = self._stream.isatty() if shown is None else shown
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._started: dict[str, float] = {}
        self._drawn = 0  # lines on screen, the cursor on the last one
        self._closed: set[str] = set()  # kinds whose lines were finished by `close`

    def add(self, kind: str, count: int = 1) -> None:
        with self._lock:
            now = time.monotonic()
            self._started.setdefault(kind, now)
            self._counts[kind] = self._counts.get(kind, 0) + count
            if not self.shown:
                return
            up = f"\x1b[{self._drawn - 1}F" if self._drawn > 1 else "\r"
            lines = [
                progress_line(k, n, now - self._started[k]) + "\x1b[K"
                for k, n in self._counts.items()
                if k not in self._closed
            ]
            self._stream.write(up + "\n".join(lines))
            self._stream.flush()
            self._drawn = len(lines)

    def close(self) -> None:
        with self._lock:
            if self.shown and self._drawn:
                self._stream.write("\n")
                self._stream.flush()
            self._drawn = 0
            self._closed.update(self._counts)

    @property
    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)
