"""One streamed Chat Completions call, read as a stream of backend events.

:class:`ChunkDecoder` decides (chunk dicts in, events out); :class:`ChatCompletionsUpstream` only
does the I/O. Every way a call can go wrong ends the stream with one :class:`Failure` (a status
of 400 or more, a timeout, a broken connection, a stream cut before its end, an error object in
the stream), classified ``rate_limit_exceeded`` for 429 and ``server_error`` for anything else.
Closing the event stream (``aclose()``, or cancelling the task reading it) closes the upstream
request.

The API key goes only to the configured origin, in ``Authorization``; it is kept out of reprs
and scrubbed from any upstream text passed on in a failure message.
"""

from __future__ import annotations

import asyncio
import json
import secrets
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx2

FailureCode = Literal["rate_limit_exceeded", "server_error"]
ERROR_BODY_LIMIT = 65_536
MESSAGE_LIMIT = 500


@dataclass(frozen=True, slots=True)
class UpstreamSettings:
    """Where the model lives: ``base_url`` as OpenAI clients take it (``http://localhost:11434/v1``)."""

    base_url: str
    api_key: str | None = field(default=None, repr=False)
    model: str | None = None  # None: send the assistant's or run's model as it is
    timeout: float = 300.0  # seconds the upstream may stay silent (first token included)
    connect_timeout: float = 10.0

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"


@dataclass(frozen=True, slots=True)
class UpstreamText:
    text: str


@dataclass(frozen=True, slots=True)
class UpstreamCallStart:
    """A new tool call; ``index`` counts the calls of this answer from 0."""

    index: int
    id: str
    name: str


@dataclass(frozen=True, slots=True)
class UpstreamCallDelta:
    index: int
    arguments: str
    name: str = ""  # only when the upstream sent the name after the call's first fragment


@dataclass(frozen=True, slots=True)
class UpstreamUsage:
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int


@dataclass(frozen=True, slots=True)
class UpstreamFinish:
    """The last event of an answer that arrived whole: ``stop``, ``length``, ``tool_calls``, ..."""

    reason: str


@dataclass(frozen=True, slots=True)
class Failure:
    """The last event of a call that went wrong; ``status`` is the upstream's HTTP status, if any."""

    code: FailureCode
    message: str
    status: int | None = None


UpstreamEvent = UpstreamText | UpstreamCallStart | UpstreamCallDelta | UpstreamUsage | UpstreamFinish | Failure


def classify(status: int | None, code: Any = None) -> FailureCode:
    if status == 429 or (isinstance(code, str) and "rate_limit" in code):
        return "rate_limit_exceeded"
    return "server_error"


@dataclass(slots=True)
class _Call:
    id: str
    index: int
    named: bool


class ChunkDecoder:
    """Chat Completions stream chunks (parsed JSON) to backend events, for the first choice."""

    def __init__(self) -> None:
        self.finish_reason: str | None = None
        self.usage: UpstreamUsage | None = None
        self._calls: dict[int, _Call] = {}
        self._count = 0

    def feed(self, chunk: Mapping[str, Any]) -> list[UpstreamEvent]:
        usage = chunk.get("usage")
        if isinstance(usage, Mapping):
            prompt = int(usage.get("prompt_tokens") or 0)
            completion = int(usage.get("completion_tokens") or 0)
            self.usage = UpstreamUsage(prompt, completion, int(usage.get("total_tokens") or prompt + completion))
        choices = chunk.get("choices")
        if not choices:
            return []
        choice = choices[0]
        delta = choice.get("delta") or {}
        events: list[UpstreamEvent] = []
        content = delta.get("content")
        if content:
            events.append(UpstreamText(content))
        calls = delta.get("tool_calls")
        if calls:
            for position, fragment in enumerate(calls):
                self._call_fragment(fragment, position, events)
        reason = choice.get("finish_reason")
        if reason:
            self.finish_reason = str(reason)
        return events

    def _call_fragment(self, fragment: Mapping[str, Any], position: int, events: list[UpstreamEvent]) -> None:
        upstream_index = fragment.get("index")
        if not isinstance(upstream_index, int):
            upstream_index = position
        call_id = fragment.get("id") or None
        function = fragment.get("function") or {}
        name = function.get("name") or ""
        arguments = function.get("arguments") or ""
        if not isinstance(arguments, str):  # a few servers send the arguments as an object
            arguments = json.dumps(arguments, separators=(",", ":"))
        known = self._calls.get(upstream_index)
        if known is None or (call_id is not None and call_id != known.id):
            # some servers number every call 0; a new id at a used index is a new call
            known = _Call(call_id or "call_" + secrets.token_hex(12), self._count, bool(name))
            self._count += 1
            self._calls[upstream_index] = known
            events.append(UpstreamCallStart(known.index, known.id, name))
            if arguments:
                events.append(UpstreamCallDelta(known.index, arguments))
            return
        late_name = ""
        if name and not known.named:
            known.named = True
            late_name = name
        if arguments or late_name:
            events.append(UpstreamCallDelta(known.index, arguments, late_name))

    def end(self, saw_done: bool) -> list[UpstreamEvent]:
        """The closing events once the body ended cleanly (``saw_done``: after ``data: [DONE]``)."""
        reason = self.finish_reason
        if reason is None:
            if not saw_done:
                return [Failure("server_error", "The upstream stream ended before the answer was complete.")]
            reason = "tool_calls" if self._calls else "stop"
        tail: list[UpstreamEvent] = [] if self.usage is None else [self.usage]
        tail.append(UpstreamFinish(reason))
        return tail


def error_message(status: int, raw: bytes) -> str:
    """The upstream's own words for an error answer, if its body has them."""
    text = raw.decode("utf-8", "replace").strip()
    try:
        body = json.loads(text) if text else None
    except ValueError:
        body = None
    detail: Any = text
    if isinstance(body, Mapping):
        error = body.get("error", body)
        if isinstance(error, Mapping):
            detail = error.get("message") or error.get("detail") or json.dumps(error)
        else:
            detail = error
    detail = " ".join(str(detail).split())[:MESSAGE_LIMIT]
    return f"The upstream model answered {status}" + (f": {detail}" if detail else ".")


class ChatCompletionsUpstream:
    """Posts request bodies to ``{base_url}/chat/completions`` and streams back events.

    One HTTP connection pool per event loop: the first is made here (building its SSL context
    takes a while, better spent before the first run than during it); ``aclose()`` releases it.
    """

    def __init__(self, settings: UpstreamSettings, *, transport: httpx2.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._transport = transport
        self._client: httpx2.AsyncClient | None = self._new_client()
        self._loop: asyncio.AbstractEventLoop | None = None  # the loop the pool serves, once used
        headers = {"Accept": "text/event-stream"}
        if settings.api_key:
            headers["Authorization"] = f"Bearer {settings.api_key}"
        self._headers = headers

    def __repr__(self) -> str:
        return f"ChatCompletionsUpstream({self.settings.url!r}, model={self.settings.model!r})"

    def _new_client(self) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(
            timeout=httpx2.Timeout(self.settings.timeout, connect=self.settings.connect_timeout),
            transport=self._transport,
            follow_redirects=False,
            trust_env=False,
        )

    def _http(self) -> httpx2.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or (self._loop is not None and self._loop is not loop):
            self._client = self._new_client()
        self._loop = loop
        return self._client

    async def aclose(self) -> None:
        client, self._client, self._loop = self._client, None, None
        if client is not None:
            await client.aclose()

    def _scrub(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key else text

    async def stream(self, body: Mapping[str, Any]) -> AsyncIterator[UpstreamEvent]:
        """The events of one call; the last is a :class:`UpstreamFinish` or a :class:`Failure`."""
        client = self._http()
        try:
            async with client.stream("POST", self.settings.url, json=body, headers=self._headers) as response:
                if response.status_code >= 300:
                    raw = await _read_limited(response, ERROR_BODY_LIMIT)
                    status = response.status_code
                    yield Failure(classify(status), self._scrub(error_message(status, raw)), status)
                    return
                decoder = ChunkDecoder()
                saw_done = False
                async for line in response.aiter_lines():
                    if not line.startswith("data:"):
                        continue  # blank separators, comments, event: and id: fields
                    data = line[6:] if line.startswith("data: ") else line[5:]
                    if data == "[DONE]":
                        saw_done = True
                        break
                    try:
                        chunk = json.loads(data)
                    except ValueError:
                        yield Failure("server_error", "The upstream model sent a stream chunk that is not JSON.")
                        return
                    if not isinstance(chunk, dict):
                        continue
                    error = chunk.get("error")
                    if error:
                        yield _stream_failure(error, self._scrub)
                        return
                    for event in decoder.feed(chunk):
                        yield event
                for event in decoder.end(saw_done):
                    yield event
        except httpx2.TimeoutException:
            yield Failure("server_error", f"The upstream model sent nothing for {self.settings.timeout:g} s.")
        except httpx2.HTTPError as exc:
            yield Failure("server_error", f"The connection to the upstream model failed ({type(exc).__name__}).")


def _stream_failure(error: Any, scrub: Any) -> Failure:
    if isinstance(error, Mapping):
        message = str(error.get("message") or "error")
        code = error.get("code") or error.get("type")
    else:
        message, code = str(error), None
    text = scrub(" ".join(message.split())[:MESSAGE_LIMIT])
    return Failure(classify(None, code), f"The upstream model failed mid-stream: {text}")


async def _read_limited(response: httpx2.Response, limit: int) -> bytes:
    parts: list[bytes] = []
    size = 0
    async for part in response.aiter_bytes():
        parts.append(part)
        size += len(part)
        if size >= limit:
            break
    return b"".join(parts)[:limit]


__all__ = [
    "UpstreamEvent",
    "ChatCompletionsUpstream",
    "ChunkDecoder",
    "Failure",
    "UpstreamFinish",
    "UpstreamText",
    "UpstreamCallDelta",
    "UpstreamCallStart",
    "UpstreamSettings",
    "UpstreamUsage",
    "classify",
    "error_message",
]
