"""Helpers of the code_interpreter tests: which sandbox this machine can make, a small CSV, and
the PNG and CSV checks of what the code made."""

from __future__ import annotations

import csv
import io
import os
import struct
import zlib
from functools import cache

import pytest
from assistants_server.sandbox import Sandboxes, SandboxSettings, SandboxUnavailable

from tests.support.sandboxes import REQUIRE

SALES = (
    b"sector,company,operating_profit\n"
    b"TRANSPORTATION,Acme Freight,120.5\n"
    b"TRANSPORTATION,Blue Rail,80\n"
    b"ENERGY,Sun Power,200\n"
)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


@cache
def bwrap_problem() -> str | None:
    """What keeps bubblewrap from making a sandbox here, as the server's own probe says (None: it can)."""
    try:
        Sandboxes(SandboxSettings()).check()
    except SandboxUnavailable as error:
        return error.reason
    return None


def sandbox_mode() -> str:
    """``bwrap`` where it works; else ``none`` (the run plumbing is tested all the same), unless
    ``ASSISTANTS_REQUIRE_SANDBOX=1`` demands the real sandbox."""
    if bwrap_problem() is None:
        return "bwrap"
    if os.environ.get(REQUIRE) == "1":
        pytest.fail(f"{REQUIRE}=1 but no sandbox can be made here: {bwrap_problem()}")
    return "none"


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
