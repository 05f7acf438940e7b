"""What the sandbox takes and gives back, and the one error it raises: no I/O here."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

# The limits an execution can hit (``Execution.limit``).
LIMITS = ("timeout", "memory", "cpu", "processes", "file_size")
MODES = ("bwrap", "none")
DATA_DIR = "/mnt/data"  # where the session's files are, as the code inside sees them
MAX_NAME_BYTES = 255  # the longest file name Linux file systems take


class SandboxUnavailable(Exception):
    """No sandbox can be made here; ``reason`` names what is missing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class InputFile:
    """A file to put under /mnt/data before the code runs (``name`` as the user gave it)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class OutputFile:
    """A file this execution created or changed under /mnt/data (``name`` relative to it)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Execution:
    """What one execution gave back.

    ``logs`` is stdout and stderr as written (tracebacks included), cut at the output cap with
    a marker; ``images`` the PNG bytes of each matplotlib figure shown or saved, in order;
    ``limit`` the limit that stopped the code (one of ``LIMITS``), and then the logs end with a
    line saying which.
    """

    logs: str
    images: tuple[bytes, ...] = ()
    files: tuple[OutputFile, ...] = ()
    limit: str | None = None


@dataclass(frozen=True)
class SandboxSettings:
    """How code runs: built from the server's settings (``--code-*``).

    ``bwrap`` is the bubblewrap executable (a name looked up on PATH, or a path);
    ``file_size_mb`` the largest file the code may write (RLIMIT_FSIZE; the API's 512 MB file
    limit, so any uploaded file fits); ``data_mb`` what all of a session's files under /mnt/data
    may hold (they are on the host's disk); ``processes`` the most processes a session may have.
    """

    mode: str = "bwrap"
    timeout: float = 60.0
    memory_mb: int = 1024
    max_sessions: int = 8
    session_idle: float = 3600.0
    output_cap: int = 64 * 1024
    bwrap: str = "bwrap"
    file_size_mb: int = 512
    data_mb: int = 2048
    processes: int = 64

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"code sandbox mode must be one of {', '.join(MODES)}, not {self.mode!r}")
        for name in ("timeout", "session_idle"):
            value = getattr(self, name)
            if not 0 < value < float("inf"):
                raise ValueError(f"code {name.replace('_', ' ')} must be a positive number of seconds, not {value}")
        for name in ("memory_mb", "max_sessions", "output_cap", "file_size_mb", "data_mb", "processes"):
            if getattr(self, name) < 1:
                raise ValueError(f"code {name.replace('_', ' ')} must be at least 1, not {getattr(self, name)}")
        if self.memory_mb < 64:
            raise ValueError(f"code memory must be at least 64 MB (Python itself needs that), not {self.memory_mb}")


def safe_name(name: str) -> str:
    """A file name that stays inside /mnt/data: its last path part, without control characters,
    never ``.`` or ``..``, at most 255 bytes (the extension kept)."""
    last = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(c for c in last if unicodedata.category(c)[0] != "C").strip()
    if cleaned in ("", ".", ".."):
        cleaned = "file"
    if len(cleaned.encode()) <= MAX_NAME_BYTES:
        return cleaned
    stem, dot, ext = cleaned.rpartition(".")
    suffix = f".{ext}" if dot and stem and len(ext.encode()) <= 16 else ""
    room = MAX_NAME_BYTES - len(suffix.encode())
    head = (stem if suffix else cleaned).encode()[:room].decode(errors="ignore")
    return head + suffix
