"""A request's body within bounds: its size (a 413 once it passes the cap) and the JSON it
holds (at most ``MAX_DEPTH`` levels deep, finite numbers only, text that is valid Unicode, no key
twice in one object: 400).

A body past the cap is not kept, but the rest of it is read and dropped (at most ``DRAIN_BYTES``
past the cap, for at most ``DRAIN_SECONDS``) before the 413 goes out and the connection closes:
a client that writes the whole body before it reads (most do) would otherwise meet a
connection reset instead of the answer. A declared length further past the cap than that is
answered at once. How long a body may take to arrive is the connection's business
(``listener.py``).
"""

from __future__ import annotations

import asyncio
import json
import math
from collections.abc import AsyncIterator
from typing import Any

from starlette.requests import ClientDisconnect, Request

from ..errors import ErrorReply, quote

JSON_WHITESPACE = b" \t\n\r"
DRAIN_BYTES = 32 * 1024 * 1024  # read and dropped past the cap, so that the sender gets its 413
DRAIN_SECONDS = 10.0  # and for no longer than this
MAX_DEPTH = 64  # levels of arrays and objects; a function's parameters schema fits well within it
NOT_JSON = (
    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
    "HTTP library correctly. The OpenAI API expects a JSON payload.)"
)


class _NotFinite(ValueError):
    """NaN, Infinity or a number too large for a double: not JSON the API takes."""


class _DuplicateKey(ValueError):
    """An object that names one key twice: which value is meant is anyone's guess."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def too_large(limit: int) -> ErrorReply:
    return ErrorReply(
        413,
        f"The request body is larger than this server's limit of {limit} bytes.",
        code="request_too_large",
        headers={"Connection": "close"},  # what is left of the body past the drain is never read
    )


async def read(request: Request, limit: int) -> bytes:
    """The body's bytes; a 413 once its declared or received size passes `limit` (the rest of
    the body drained first, within bounds)."""
    declared = request.headers.get("content-length", "")
    chunks, size = [], 0
    stream = request.stream()
    try:
        if declared.isascii() and declared.isdigit() and int(declared) > limit:
            if int(declared) - limit <= DRAIN_BYTES and not _expects_continue(request):
                await _drain(stream, int(declared))
            raise too_large(limit)
        async for chunk in stream:
            size += len(chunk)
            if size > limit:
                await _drain(stream, limit + DRAIN_BYTES - size)
                raise too_large(limit)
            chunks.append(chunk)
    except ClientDisconnect:
        raise ErrorReply(400, "The client went away before sending the whole body.") from None
    return b"".join(chunks)


def _expects_continue(request: Request) -> bool:
    """A client waiting for ``100 Continue`` has not sent its body: nothing to drain."""
    return request.headers.get("expect", "").lower() == "100-continue"


async def _drain(stream: AsyncIterator[bytes], budget: int) -> None:
    """Read and drop what is left of a refused body: at most `budget` bytes, `DRAIN_SECONDS`."""
    dropped = 0
    try:
        async with asyncio.timeout(DRAIN_SECONDS):
            async for chunk in stream:
                dropped += len(chunk)
                if dropped >= budget:
                    return
    except (TimeoutError, ClientDisconnect):
        return


def _refuse_constant(name: str) -> Any:
    raise _NotFinite(name)


def _finite(text: str) -> float:
    number = float(text)
    if not math.isfinite(number):
        raise _NotFinite(text)
    return number


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found = dict(pairs)
    if len(found) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return found


def parse(raw: bytes) -> Any:
    """The JSON value in `raw`; a 400 for anything the API would not take."""
    try:
        value = json.loads(raw, parse_constant=_refuse_constant, parse_float=_finite, object_pairs_hook=_unique_keys)
    except _DuplicateKey as exc:
        raise ErrorReply(
            400, f"The JSON body names the key '{quote(exc.key)}' twice in one object.", param=quote(exc.key)
        ) from None
    except _NotFinite:
        raise ErrorReply(400, "The JSON body holds NaN, Infinity or a number too large to represent.") from None
    except RecursionError:
        raise _too_deep() from None
    except ValueError:  # not JSON, not UTF-8, or an integer of more than 4,300 digits
        raise ErrorReply(400, NOT_JSON) from None
    _check_tree(value)
    return value


async def read_object(request: Request, limit: int) -> dict[str, Any] | None:
    """The JSON object sent, or None when no body (or only JSON whitespace) was sent."""
    raw = await read(request, limit)
    if not raw.strip(JSON_WHITESPACE):
        return None
    body = parse(raw)
    if not isinstance(body, dict):
        raise ErrorReply(400, "The request body must be a JSON object.")
    return body


def _too_deep() -> ErrorReply:
    return ErrorReply(400, f"The JSON body is nested more than {MAX_DEPTH} levels deep.")


def _check_tree(value: Any) -> None:
    """Depth and text of a parsed body, walked without recursion."""
    stack = [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            _check_text(node)
            continue
        if not isinstance(node, dict | list):
            continue
        if depth > MAX_DEPTH:
            raise _too_deep()
        if isinstance(node, dict):
            for key in node:
                _check_text(key)
            stack.extend((child, depth + 1) for child in node.values())
        else:
            stack.extend((child, depth + 1) for child in node)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ErrorReply(400, "The JSON body holds a lone surrogate (\\ud800 to \\udfff) in a string.") from None
