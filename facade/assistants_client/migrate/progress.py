"""A progress line per kind (count and rate) on a terminal; nothing when output is not one."""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO


class Progress:
    """Counts per kind; `shown` only when `stream` is a terminal (a log or a pipe gets nothing)."""

    def __init__(self, stream: TextIO | None = None, *, shown: bool | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self.shown = self._stream.isatty() if shown is None else shown
        self._lock = threading.Lock()
        self._counts: dict[str, int] = {}
        self._started: dict[str, float] = {}
        self._last_kind: str | None = None

    def add(self, kind: str, count: int = 1) -> None:
        with self._lock:
            self._started.setdefault(kind, time.monotonic())
            self._counts[kind] = self._counts.get(kind, 0) + count
            if not self.shown:
                return
            if self._last_kind not in (None, kind):
                self._stream.write("\n")
            self._last_kind = kind
            elapsed = max(time.monotonic() - self._started[kind], 1e-6)
            self._stream.write(f"\r{kind:>20}: {self._counts[kind]:>9,}  ({self._counts[kind] / elapsed:,.0f}/s)")
            self._stream.flush()

    def close(self) -> None:
        with self._lock:
            if self.shown and self._last_kind is not None:
                self._stream.write("\n")
                self._stream.flush()
            self._last_kind = None

    @property
    def counts(self) -> dict[str, int]:
        with self._lock:
            return dict(self._counts)
