"""The bytes of a text file as ``str``: UTF-8 (a BOM or none), UTF-16/32 by BOM, else Windows-1252.

The file is mapped, not read: the decoder reads the mapped pages straight from the page cache, so
the only memory the process allocates is the result string (a 100 MB ASCII file costs the 100 MB
``str`` and nothing more; text that is not all Latin-1 may briefly cost twice its result, while
CPython's decoder widens its buffer to two or four bytes a character). Line ends are kept as they
are, so offsets into the result are the offsets a reader of the decoded file sees.
"""

from __future__ import annotations

import codecs
import mmap
import re
from pathlib import Path

from .errors import invalid

BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
FALLBACK = "cp1252"
"""Text that is not UTF-8 is most often a Western legacy code page; it never fails to decode."""

CONTROL = re.compile(r"[\x01-\x08\x0e-\x1a\x1c-\x1f\x7f]")
"""C0 controls that text does not use (tab, line ends, form feed and escape are allowed)."""
SAMPLE_CHARS = 65_536
MAX_CONTROL_SHARE = 0.1


def bom_encoding(head: bytes) -> str | None:
    """The encoding a byte-order mark at the start of `head` names, or None."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def decode_bytes(data: bytes | mmap.mmap) -> str:
    """`data` as text; raises ``invalid_file`` for bytes that look binary."""
    encoding = bom_encoding(bytes(data[:4]))
    try:
        text = str(data, encoding or "utf-8")
    except UnicodeDecodeError:
        if encoding is not None and encoding != "utf-8-sig":
            raise invalid("The file has a UTF-16 or UTF-32 byte-order mark but is not valid text in it.") from None
        text = str(data, FALLBACK, "replace")
    check_textual(text)
    return text


def check_textual(text: str) -> None:
    """Refuse decoded text that is really binary: NUL characters, or many other control characters."""
    if "\x00" in text:
        raise invalid("The file looks binary (it contains NUL bytes), not text.")
    sample = text[:SAMPLE_CHARS]
    if sample and len(CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise invalid("The file looks binary (it is mostly control characters), not text.")


def read_text(path: Path) -> str:
    """The text of the file at `path` (an empty file gives ``""``)."""
    with path.open("rb") as file:
        if file.seek(0, 2) == 0:
            return ""
        with mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
            return decode_bytes(mapped)
