"""Helpers of the code_interpreter tests: which sandbox this machine can make, a small CSV, and
the PNG and CSV checks of what the code made."""

from __future__ import annotations

import csv
import io
import os
import shutil
import struct
import subprocess
import zlib
from functools import cache

import pytest

SALES = (
    b"sector,company,operating_profit\n"
    b"TRANSPORTATION,Acme Freight,120.5\n"
    b"TRANSPORTATION,Blue Rail,80\n"
    b"ENERGY,Sun Power,200\n"
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
REQUIRE = "ASSISTANTS_REQUIRE_SANDBOX"


@cache
def bwrap_problem() -> str | None:
    """What keeps bubblewrap from making a sandbox here (None: it can)."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed"
    probe = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--unshare-all", "--die-with-parent", "true"]
    done = subprocess.run(probe, capture_output=True, text=True, timeout=20, check=False)
    return None if done.returncode == 0 else f"bwrap cannot make namespaces: {done.stderr.strip()[:200]}"


def sandbox_mode() -> str:
    """``bwrap`` where it works; else ``none`` (the run plumbing is tested all the same), unless
    ``ASSISTANTS_REQUIRE_SANDBOX=1`` demands the real sandbox."""
    problem = bwrap_problem()
    if problem is None:
        return "bwrap"
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{REQUIRE}=1 but {problem}")
    return "none"


def require_bwrap() -> None:
    """Skip (saying what is missing) without a working bwrap, or fail under ASSISTANTS_REQUIRE_SANDBOX=1."""
    problem = bwrap_problem()
    if problem is not None:
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{REQUIRE}=1 but {problem}")
        pytest.skip(problem)


def png_size(data: bytes) -> tuple[int, int]:
    """(width, height) of a PNG, its chunks' CRCs checked and its pixels inflated to the size the
    header promises."""
    assert data[:8] == PNG_SIGNATURE, data[:16]
    position, header, pixels = 8, b"", b""
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            pixels += body
        elif kind == b"IEND":
            break
        position += 12 + length
    width, height, depth, color = struct.unpack(">IIBB", header[:10])
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
    row = 1 + (width * channels * depth + 7) // 8
    assert len(zlib.decompress(pixels)) == row * height
    return width, height


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode())))
