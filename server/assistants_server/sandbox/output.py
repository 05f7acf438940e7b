"""The logs of one execution: what the worker's stderr carries until the execution's end token,
kept up to the output cap (the rest counted, then named by a marker)."""

from __future__ import annotations

import asyncio

STARTUP_KEPT = 4096  # bytes of what a worker says before its first execution (a failed start's reason)


class OutputSink:
    """Fed the worker's stderr in chunks; between executions what arrives is dropped."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.token = b""
        self.kept = bytearray()
        self.dropped = 0
        self.window = bytearray()  # bytes not yet known to be before the token
        self.ended = asyncio.Event()
        self.active = False
        self.startup = bytearray()

    def begin(self, token: bytes) -> None:
        """A new execution starts; its logs end where `token` appears in the stream."""
        self.token = token
        self.kept.clear()
        self.window.clear()
        self.dropped = 0
        self.ended = asyncio.Event()
        self.active = True

    def feed(self, chunk: bytes) -> None:
        if not self.token:
            self.startup += chunk[: max(0, STARTUP_KEPT - len(self.startup))]
            return
        if not self.active:
            return
        self.window += chunk
        at = self.window.find(self.token)
        if at >= 0:
            self._keep(bytes(self.window[:at]))
            self.window.clear()
            self.active = False
            self.ended.set()
            return
        safe = len(self.window) - (len(self.token) - 1)
        if safe > 0:
            self._keep(bytes(self.window[:safe]))
            del self.window[:safe]

    def close(self) -> None:
        """The stream ended (the worker is gone): what is held back belongs to the logs."""
        if self.active:
            self._keep(bytes(self.window))
            self.window.clear()
            self.active = False
        self.ended.set()

    def _keep(self, data: bytes) -> None:
        room = self.cap - len(self.kept)
        self.kept += data[: max(0, room)]
        self.dropped += max(0, len(data) - max(0, room))

    def text(self, notes: list[str] | tuple[str, ...] = ()) -> str:
        """The logs so far, cut at the cap with a marker, then `notes` each on a line."""
        logs = self.kept.decode("utf-8", errors="replace")
        lines = list(notes)
        if self.dropped:
            lines.insert(0, f"[output cut: {self.dropped} more bytes were not kept; the cap is {self.cap} bytes]")
        if lines:
            logs += ("" if not logs or logs.endswith("\n") else "\n") + "\n".join(lines)
        return logs

    def startup_text(self) -> str:
        return self.startup.decode("utf-8", errors="replace").strip()
