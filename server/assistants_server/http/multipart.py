"""An incremental ``multipart/form-data`` parser (RFC 7578) with no I/O: feed it the body's
bytes as they arrive and it returns what it found, part by part, holding back at most one
delimiter's worth of bytes. Memory stays bounded whatever the body's size: part bodies pass
through; only each part's header block is kept, and it is capped (``MAX_HEADER_BYTES``).

    parser = MultipartParser(boundary)
    for event in parser.feed(chunk): ...   # PartStart(headers) / PartData(bytes) / PartEnd()
    parser.finish()                         # raises MultipartError when the body was cut short

Also here: reading a ``Content-Type`` boundary and a ``Content-Disposition`` (``name``,
``filename``, RFC 2231 ``filename*``). Header bytes that are not UTF-8 become U+FFFD (one
per bad byte); a NUL byte stays U+0000 (JSON writes it ``\u0000``); ``%22``, ``%0D`` and
``%0A`` in a quoted filename are the HTML form encoding of ``"``, CR and LF, and read as such.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass

MAX_HEADER_BYTES = 16 * 1024  # one part's header block
MAX_PREAMBLE_BYTES = 64 * 1024  # bytes before the first boundary
_BOUNDARY = re.compile(rb"[0-9A-Za-z'()+_,./:=? -]{0,69}[0-9A-Za-z'()+_,./:=?-]")


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass(frozen=True)
class PartStart:
    headers: dict[str, str]  # lower-case names


@dataclass(frozen=True)
class PartData:
    data: bytes


@dataclass(frozen=True)
class PartEnd:
    pass


Event = PartStart | PartData | PartEnd


def _params(value: str) -> tuple[str, dict[str, str]]:
    """``form-data; name="a"; filename="b"`` -> (``form-data``, {name: a, filename: b}).
    A quoted string may hold ``;`` and backslash escapes."""
    head, _, rest = value.partition(";")
    params: dict[str, str] = {}
    i, n = 0, len(rest)
    while i < n:
        while i < n and rest[i] in " \t;":
            i += 1
        start = i
        while i < n and rest[i] not in "=;":
            i += 1
        key = rest[start:i].strip().lower()
        if i >= n or rest[i] != "=":
            continue
        i += 1
        while i < n and rest[i] in " \t":
            i += 1
        if i < n and rest[i] == '"':
            i += 1
            chars = []
            while i < n and rest[i] != '"':
                if rest[i] == "\\" and i + 1 < n:
                    i += 1
                chars.append(rest[i])
                i += 1
            i += 1
            text = "".join(chars)
        else:
            start = i
            while i < n and rest[i] != ";":
                i += 1
            text = rest[start:i].strip()
        if key and key not in params:
            params[key] = text
    return head.strip().lower(), params


def boundary_of(content_type: str) -> bytes | None:
    """The boundary of a ``multipart/form-data`` content type, or None when it is another type
    or the boundary is missing or malformed."""
    kind, params = _params(content_type)
    if kind != "multipart/form-data":
        return None
    raw = params.get("boundary", "").encode("latin-1", "replace")
    return raw if _BOUNDARY.fullmatch(raw) else None


def _rfc2231(value: str) -> str | None:
    """``UTF-8''%E2%82%AC.txt`` -> ``€.txt`` (None when not in that form)."""
    charset, sep, rest = value.partition("'")
    _lang, sep2, encoded = rest.partition("'")
    if not (sep and sep2):
        return None
    raw = urllib.parse.unquote_to_bytes(encoded)
    codec = "latin-1" if charset.strip().lower() in ("iso-8859-1", "latin-1", "latin1") else "utf-8"
    return raw.decode(codec, "replace")


@dataclass(frozen=True)
class Disposition:
    name: str | None
    filename: str | None


def disposition(headers: dict[str, str]) -> Disposition:
    kind, params = _params(headers.get("content-disposition", ""))
    if kind != "form-data":
        return Disposition(None, None)
    filename = params.get("filename")
    if filename is not None:  # browsers, httpx and urllib3 escape these three the HTML way
        filename = filename.replace("%22", '"').replace("%0D", "\r").replace("%0A", "\n")
    extended = params.get("filename*")
    if extended is not None:
        filename = _rfc2231(extended) or filename
    return Disposition(params.get("name"), filename)


def _parse_headers(block: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    for line in block.split(b"\r\n"):
        if not line:
            continue
        name, sep, value = line.partition(b":")
        if not sep or not name.strip():
            raise MultipartError("a part header line has no name")
        key = name.strip().decode("latin-1").lower()
        headers.setdefault(key, value.strip().decode("utf-8", "replace"))
    return headers


class MultipartParser:
    """States: ``preamble`` -> (``headers`` -> ``body``)* -> ``epilogue``."""

    def __init__(self, boundary: bytes) -> None:
        self._dash = b"--" + boundary  # the first delimiter (no CRLF before it)
        self._delimiter = b"\r\n--" + boundary  # every later one
        self._buffer = bytearray()
        self._state = "preamble"
        self._seen = 0  # preamble bytes looked at

    @property
    def done(self) -> bool:
        return self._state == "epilogue"

    def feed(self, data: bytes) -> list[Event]:
        self._buffer += data
        events: list[Event] = []
        for _ in range(len(self._buffer) + 2):  # each round consumes bytes or returns
            if not self._step(events):
                break
        return events

    def finish(self) -> None:
        if self._state != "epilogue":
            raise MultipartError("the body ended before the closing boundary")

    def _step(self, events: list[Event]) -> bool:
        buf = self._buffer
        if self._state == "preamble":
            at = buf.find(self._dash)
            if at < 0:
                dropped = max(0, len(buf) - len(self._dash))
                self._seen += dropped
                del buf[:dropped]
                if self._seen > MAX_PREAMBLE_BYTES:
                    raise MultipartError("no boundary where the body starts")
                return False
            del buf[: at + len(self._dash)]
            self._state = "delimiter"
            return True
        if self._state == "delimiter":
            return self._after_delimiter()
        if self._state == "headers":
            if buf.startswith(b"\r\n"):  # a part without headers
                end, skip = 0, 2
            else:
                end, skip = buf.find(b"\r\n\r\n"), 4
            if end < 0 or end > MAX_HEADER_BYTES:
                if end > MAX_HEADER_BYTES or len(buf) > MAX_HEADER_BYTES:
                    raise MultipartError(f"a part's headers are longer than {MAX_HEADER_BYTES} bytes")
                return False
            headers = _parse_headers(bytes(buf[:end]))
            del buf[: end + skip]
            events.append(PartStart(headers))
            self._state = "body"
            return True
        if self._state == "body":
            at = buf.find(self._delimiter)
            if at < 0:
                keep = len(self._delimiter) - 1  # a delimiter may straddle two chunks
                if len(buf) > keep:
                    events.append(PartData(bytes(buf[: len(buf) - keep])))
                    del buf[: len(buf) - keep]
                return False
            if at:
                events.append(PartData(bytes(buf[:at])))
            events.append(PartEnd())
            del buf[: at + len(self._delimiter)]
            self._state = "delimiter"
            return True
        buf.clear()  # the epilogue is ignored
        return False

    def _after_delimiter(self) -> bool:
        """After a delimiter: ``--`` closes the body, CRLF (after optional blanks) opens a part."""
        buf = self._buffer
        if len(buf) < 2:
            return False  # wait for more bytes
        if buf.startswith(b"--"):
            buf.clear()
            self._state = "epilogue"
            return False
        line_end = buf.find(b"\r\n")
        if line_end < 0:
            if len(buf) > 256:
                raise MultipartError("junk after a boundary")
            return False
        if buf[:line_end].strip(b" \t"):
            raise MultipartError("junk after a boundary")
        del buf[: line_end + 2]
        self._state = "headers"
        return True
