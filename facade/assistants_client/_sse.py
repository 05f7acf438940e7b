"""The text/event-stream framing: bytes in, (event name, data) pairs out, and the last event id.
Pure: no I/O, no decoding of the data (that is `_events.EventReader`'s)."""

from __future__ import annotations

__all__ = ["SSEDecoder"]

_BOM = b"\xef\xbb\xbf"


class SSEDecoder:
    """Incremental parser of the text/event-stream framing: feed bytes, get (event, data) pairs.

    Linear in the size of the stream whatever the chunking: bytes are appended to one buffer and
    only the new bytes are searched for the blank line that ends an event. CR, LF and CRLF line
    ends are all accepted (a CRLF split across chunks is one line end), a leading UTF-8 BOM is
    dropped, and event names lose surrounding spaces on every path. `data` is `bytes` when it is
    not valid UTF-8, for the caller to judge.

    `last_id` is the `id:` of the latest event handed out that carried one, as the SSE standard
    keeps it (an event without one leaves it as it was): where a resumed stream starts."""

    __slots__ = ("_bom", "_buffer", "_cr", "last_id")

    def __init__(self) -> None:
        self.last_id: str | None = None
        self._buffer = bytearray()
        self._cr = False  # the last chunk ended in "\r": a "\n" starting the next is the same line end
        self._bom = True  # nothing seen yet: a BOM may still come

    @property
    def buffered(self) -> int:
        """Bytes held for the event being read."""
        return len(self._buffer)

    @property
    def pending(self) -> bool:
        """Whether part of an event has been read and not yet ended by a blank line."""
        return bool(self._buffer.strip(b"\n"))

    def feed(self, chunk: bytes) -> list[tuple[str, str | bytes]]:
        if self._cr or b"\r" in chunk:
            chunk = self._normalize(chunk)
        buffer = self._buffer
        if not buffer and not self._bom and chunk[-2:] == b"\n\n" and chunk.find(b"\n\n") == len(chunk) - 2:
            # One whole event per chunk, as servers flush them: no buffering at all.
            parsed = self._parse_block(chunk[:-2])
            return [parsed] if parsed is not None else []
        if self._bom:
            head = bytes(buffer) + chunk
            if len(head) < 3 and _BOM.startswith(head):
                buffer[:] = head
                return []
            self._bom = False
            buffer.clear()
            chunk = head[3:] if head.startswith(_BOM) else head
        start = len(buffer) - 1 if buffer else 0  # a blank line may straddle the old end
        buffer += chunk
        end = buffer.find(b"\n\n", start)
        if end < 0:
            return []
        events = []
        begin = 0
        while end >= 0:
            parsed = self._parse_block(buffer[begin:end])
            if parsed is not None:
                events.append(parsed)
            begin = end + 2
            end = buffer.find(b"\n\n", begin)
        del buffer[:begin]
        return events

    def _normalize(self, chunk: bytes) -> bytes:
        if self._cr:
            self._cr = False
            if chunk[:1] == b"\n":
                chunk = chunk[1:]
        if chunk[-1:] == b"\r":
            self._cr = True
        return chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")

    def flush(self) -> list[tuple[str, str | bytes]]:
        """What is left once the stream has ended (a last event without its blank line)."""
        rest = bytes(self._buffer).strip(b"\n")
        self._buffer.clear()
        parsed = self._parse_block(rest) if rest else None
        return [parsed] if parsed is not None else []

    def _parse_block(self, block: bytes | bytearray) -> tuple[str, str | bytes] | None:
        found = _parse_block(block)
        if found is None:
            return None
        name, data, event_id = found
        if event_id is not None:
            self.last_id = event_id
        return name, data


def _text(raw: bytes | bytearray) -> str | bytes:
    try:
        return raw.decode()
    except UnicodeDecodeError:
        return bytes(raw)


def _name(raw: bytes | bytearray) -> str:
    return raw.strip().decode(errors="replace") or "message"


def _parse_block(block: bytes | bytearray) -> tuple[str, str | bytes, str | None] | None:
    # The shape the API always sends, "event: NAME\ndata: JSON" (and "\nid: ID" from a host that
    # numbers its events), takes the short way.
    if block.startswith(b"event: "):
        end = block.find(b"\n")
        if end > 0 and block.startswith(b"data: ", end + 1):
            stop = block.find(b"\n", end + 1)
            event_id = None
            if stop >= 0:
                tail = block[stop + 1 :]
                if not tail.startswith(b"id: ") or b"\n" in tail or b"\0" in tail:
                    stop = -2  # anything else: the long way
                else:
                    event_id = tail[4:].decode(errors="replace")
            if stop != -2:
                raw = block[end + 7 :] if stop < 0 else block[end + 7 : stop]
                try:
                    data: str | bytes = raw.decode()
                except UnicodeDecodeError:
                    data = bytes(raw)
                return (block[7:end].strip().decode(errors="replace") or "message"), data, event_id
    event = "message"
    event_id = None
    lines: list[bytes | bytearray] = []
    for line in block.split(b"\n"):
        field, colon, value = line.partition(b":")
        if colon and value[:1] == b" ":
            value = value[1:]
        if field == b"data":
            lines.append(value)
        elif field == b"event":
            event = _name(value)
        elif field == b"id" and b"\0" not in value:  # the standard ignores an id with a NUL
            event_id = value.decode(errors="replace")
        # `retry:` and `:comment` lines carry nothing the Assistants API uses.
    if not lines:
        return None
    return event, _text(b"\n".join(lines)), event_id
