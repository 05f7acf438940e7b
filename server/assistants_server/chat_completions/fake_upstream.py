"""A fake Chat Completions endpoint on loopback, for tests and benchmarks.

It checks every request against :mod:`.request_schema` (problems go to ``violations`` and are
answered 400, as a real endpoint would) and streams scripted answers in many small chunks, in
the chunk shapes OpenAI's endpoint sends (nulls included)::

    with FakeUpstream() as fake:
        fake.enqueue(TextAnswer("Hello there"), ToolCallsAnswer([("get_weather", {"city": "Paris"})]))
        ...                               # point a client or the server at fake.base_url
        fake.requests[0]["messages"]      # what arrived

Each request takes the next queued answer, else ``default`` (an echo of the last user message
when not given). ``token_answer(2000)`` is a fast 2,000-delta answer for benchmarks;
``python -m assistants_server.chat_completions.fake_upstream --tokens 2000`` serves that from
a process of its own and prints its base URL.
Reported usage: one prompt token per whitespace-separated word of the messages, one completion
token per streamed fragment.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import threading
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jsonschema
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .request_schema import request_problems

JSON = dict[str, Any]


@dataclass(frozen=True)
class TextAnswer:
    """Text in ``chunks`` deltas (default: about four characters each).

    ``finish_reason="length"`` stands for an answer cut by max_completion_tokens; ``delay`` is
    the pause before every chunk; ``cut_after`` breaks the connection after that many chunks;
    ``error`` is sent as an error object after the text, in place of the end of the answer.
    """

    text: str
    chunks: int | None = None
    finish_reason: str = "stop"
    delay: float = 0.0
    cut_after: int | None = None
    error: Mapping[str, Any] | None = None

    def pieces(self) -> list[str]:
        return split(self.text, self.chunks if self.chunks else max(1, -(-len(self.text) // 4)))


@dataclass(frozen=True)
class JsonAnswer:
    """``json.dumps(value)`` as text; the fake also checks the request's json_schema accepts ``value``."""

    value: Any
    chunks: int | None = None

    def as_text(self) -> TextAnswer:
        return TextAnswer(json.dumps(self.value), chunks=self.chunks)


@dataclass(frozen=True)
class ToolCallsAnswer:
    """Function calls ``(name, arguments)``, each call's arguments in ``pieces`` fragments.

    ``text`` streams first, as models that say something before calling do. Some servers end
    calls with ``finish_reason="stop"``; ``"length"`` stands for calls cut short.
    """

    calls: Sequence[tuple[str, Mapping[str, Any] | str]]
    pieces: int = 4
    text: str | None = None
    delay: float = 0.0
    finish_reason: str = "tool_calls"


@dataclass(frozen=True)
class ErrorAnswer:
    """An error status with an OpenAI-style error body (429 also sends ``Retry-After``)."""

    status: int
    message: str = "The fake upstream was told to fail."


Answer = TextAnswer | JsonAnswer | ToolCallsAnswer | ErrorAnswer


def token_answer(tokens: int, word: str = "tok") -> TextAnswer:
    """``tokens`` words in ``tokens`` deltas, no delay: the benchmark's fast long answer."""
    return TextAnswer(" ".join([word] * tokens), chunks=tokens)


def split(text: str, count: int) -> list[str]:
    """``text`` in ``count`` pieces as even as possible (fewer when the text is shorter)."""
    count = max(1, min(count, len(text))) if text else 1
    size, extra = divmod(len(text), count)
    pieces, start = [], 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        pieces.append(text[start:end])
        start = end
    return pieces


def _words(messages: Sequence[Mapping[str, Any]]) -> int:
    total = 0
    for message in messages:
        content = message.get("content")
        if isinstance(content, str):
            total += len(content.split())
        elif isinstance(content, list):
            total += sum(len(str(p.get("text") or "").split()) for p in content if isinstance(p, Mapping))
        for call in message.get("tool_calls") or ():
            total += len(call["function"]["arguments"].split()) + 1
    return total


def _last_user_text(messages: Sequence[Mapping[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            return content if isinstance(content, str) else " ".join(str(p.get("text") or "") for p in content or ())
    return ""


@dataclass
class _Stream:
    model: str
    created: int = field(default_factory=lambda: int(time.time()))
    id: str = field(default_factory=lambda: f"chatcmpl-{time.monotonic_ns():x}")

    def chunk(self, delta: JSON, finish_reason: str | None = None) -> bytes:
        body = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "system_fingerprint": None,
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}],
        }
        return b"data: " + json.dumps(body, separators=(",", ":")).encode() + b"\n\n"

    def usage(self, prompt: int, completion: int) -> bytes:
        body = {
            "id": self.id,
            "object": "chat.completion.chunk",
            "created": self.created,
            "model": self.model,
            "choices": [],
            "usage": {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion},
        }
        return b"data: " + json.dumps(body, separators=(",", ":")).encode() + b"\n\n"


class _Cut(Exception):
    pass


class FakeUpstream:
    """A Chat Completions endpoint at ``base_url`` (``http://127.0.0.1:PORT/v1``), in a thread."""

    def __init__(self, *, api_key: str | None = None, default: Answer | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.port = 0
        self.api_key = api_key
        self.default = default
        self.requests: list[JSON] = []
        self.headers: list[dict[str, str]] = []
        self.violations: list[str] = []
        self.usages: list[JSON] = []
        self.disconnects = 0  # streams the client closed before their end
        self.finished = 0  # streams sent to their end
        self._queue: deque[Answer] = deque()
        self._lock = threading.Lock()
        self._transports: dict[tuple[Any, ...], Any] = {}
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def enqueue(self, *answers: Answer) -> None:
        with self._lock:
            self._queue.extend(answers)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.headers.clear()
            self.violations.clear()
            self.usages.clear()
            self.disconnects = self.finished = 0

    def wait_for(self, condition: Any, timeout: float = 5.0) -> bool:
        """Poll ``condition()`` (a callable) until true or ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.005)
        return bool(condition())

    def _next(self, body: JSON) -> Answer:
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        if self.default is not None:
            return self.default
        return TextAnswer("Echo: " + _last_user_text(body.get("messages") or []))

    # -- ASGI --------------------------------------------------------------------------
    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST" or scope["path"].rstrip("/") != "/v1/chat/completions":
            await self._json(send, 404, {"error": {"message": f"No route {scope['method']} {scope['path']}"}})
            return
        raw = b""
        while True:
            message = await receive()
            raw += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        try:
            body = json.loads(raw)
        except ValueError:
            body = None
        with self._lock:
            self.requests.append(body if isinstance(body, dict) else {"(unparsed)": raw.decode("utf-8", "replace")})
            self.headers.append(headers)
        if self.api_key is not None and headers.get("authorization") != f"Bearer {self.api_key}":
            # echoes the key it got, as careless servers do: the backend must not pass it on
            given = headers.get("authorization", "").removeprefix("Bearer ")
            denied = {"error": {"message": f"Incorrect API key provided: {given}.", "code": "invalid_api_key"}}
            await self._json(send, 401, denied)
            return
        problems = request_problems(body)
        if problems:
            with self._lock:
                self.violations.extend(problems)
            await self._json(send, 400, {"error": {"message": "; ".join(problems), "type": "invalid_request_error"}})
            return
        assert isinstance(body, dict)
        answer = self._next(body)
        if isinstance(answer, ErrorAnswer):
            extra = [(b"retry-after", b"1")] if answer.status == 429 else []
            error = {"message": answer.message, "type": "server_error" if answer.status >= 500 else "requests"}
            await self._json(send, answer.status, {"error": error}, extra)
            return
        if isinstance(answer, JsonAnswer):
            self._check_json_answer(body, answer.value)
            answer = answer.as_text()
        await self._stream(scope, receive, send, body, answer)

    def _check_json_answer(self, body: JSON, value: Any) -> None:
        fmt = body.get("response_format") or {}
        schema = (fmt.get("json_schema") or {}).get("schema") if fmt.get("type") == "json_schema" else None
        if schema is None:
            self.violations.append("a json_schema answer was scripted, but the request has no json_schema format")
            return
        for error in jsonschema.Draft202012Validator(schema).iter_errors(value):
            self.violations.append(f"the scripted JSON answer breaks the request's schema: {error.message}")

    async def _json(self, send: Any, status: int, body: JSON, extra: list[tuple[bytes, bytes]] | None = None) -> None:
        data = json.dumps(body).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers + (extra or [])})
        await send({"type": "http.response.body", "body": data})

    async def _stream(
        self, scope: Any, receive: Any, send: Any, body: JSON, answer: TextAnswer | ToolCallsAnswer
    ) -> None:
        gone = asyncio.Event()

        async def watch() -> None:
            while (await receive())["type"] != "http.disconnect":
                pass
            gone.set()

        watcher = asyncio.get_running_loop().create_task(watch())
        stream = _Stream(str(body["model"]))
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache")],
            }
        )
        sent = 0
        delay = answer.delay

        async def emit(data: bytes) -> None:
            nonlocal sent
            if delay:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(gone.wait(), delay)
            if gone.is_set():
                raise _Cut
            if isinstance(answer, TextAnswer) and answer.cut_after is not None and sent >= answer.cut_after:
                self._abort(scope)
                raise _Cut
            await send({"type": "http.response.body", "body": data, "more_body": True})
            sent += 1

        try:
            completion = 0
            await emit(stream.chunk({"role": "assistant", "content": ""}))
            if isinstance(answer, TextAnswer):
                for piece in answer.pieces():
                    await emit(stream.chunk({"content": piece}))
                    completion += 1
                if answer.error is not None:
                    await emit(b"data: " + json.dumps({"error": answer.error}).encode() + b"\n\n")
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                    return
                finish = answer.finish_reason
            else:
                if answer.text:
                    for piece in split(answer.text, max(1, -(-len(answer.text) // 4))):
                        await emit(stream.chunk({"content": piece}))
                        completion += 1
                for index, (name, arguments) in enumerate(answer.calls):
                    text = arguments if isinstance(arguments, str) else json.dumps(arguments)
                    call_id = f"call_fake{index}{time.monotonic_ns() % 10**9:09d}"
                    function = {"name": name, "arguments": ""}
                    head = {"index": index, "id": call_id, "type": "function", "function": function}
                    await emit(stream.chunk({"tool_calls": [head]}))
                    for piece in split(text, answer.pieces):
                        await emit(stream.chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]}))
                        completion += 1
                finish = answer.finish_reason
            await emit(stream.chunk({}, finish))
            if (body.get("stream_options") or {}).get("include_usage"):
                prompt = _words(body["messages"])
                with self._lock:
                    self.usages.append({"prompt_tokens": prompt, "completion_tokens": completion})
                await emit(stream.usage(prompt, completion))
            await emit(b"data: [DONE]\n\n")
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            with self._lock:
                self.finished += 1
        except _Cut:
            if gone.is_set():
                with self._lock:
                    self.disconnects += 1
        finally:
            watcher.cancel()

    def _abort(self, scope: Any) -> None:
        client = scope.get("client")
        transport = self._transports.get(tuple(client)) if client else None
        if transport is not None:
            transport.abort()

    # -- start / stop --------------------------------------------------------------------
    def _protocol(self) -> type[H11Protocol]:
        fake = self

        class _Protocol(H11Protocol):
            def connection_made(self, transport: Any) -> None:
                super().connection_made(transport)
                if self.client:
                    fake._transports[tuple(self.client)] = transport

            def connection_lost(self, exc: Exception | None) -> None:
                if self.client and fake._transports.get(tuple(self.client)) is self.transport:
                    del fake._transports[tuple(self.client)]
                super().connection_lost(exc)

        return _Protocol

    def start(self) -> FakeUpstream:
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, 0))
        self.port = sock.getsockname()[1]
        config = uvicorn.Config(
            self, http=self._protocol(), ws="none", lifespan="off", log_level="warning", access_log=False
        )
        server = uvicorn.Server(config)
        self._server = server
        started = threading.Event()

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def main() -> None:
                task = asyncio.ensure_future(server.serve(sockets=[sock]))
                while not server.started and not task.done():
                    await asyncio.sleep(0.005)
                started.set()
                await task

            try:
                loop.run_until_complete(main())
            finally:
                started.set()
                sock.close()
                loop.close()

        self._thread = threading.Thread(target=run, name=f"fake-chat-upstream-{self.port}", daemon=True)
        self._thread.start()
        if not started.wait(15) or not server.started:
            self.stop()
            raise RuntimeError("the fake Chat Completions upstream did not start")
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(15)
        self._thread = self._server = self._loop = None

    def __enter__(self) -> FakeUpstream:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"FakeUpstream({self.base_url!r})"


def main(argv: list[str] | None = None) -> int:
    """``python -m assistants_server.chat_completions.fake_upstream``: serve until killed, in its
    own process (a benchmark's client then does not share a GIL with it)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m assistants_server.chat_completions.fake_upstream")
    parser.add_argument("--tokens", type=int, default=None, help="answer every request with N one-word deltas")
    parser.add_argument("--delay", type=float, default=0.0, help="seconds before every chunk (0)")
    parser.add_argument("--api-key", default=None, help="demand this bearer key")
    args = parser.parse_args(argv)
    default = None
    if args.tokens:
        default = TextAnswer(" ".join(["tok"] * args.tokens), chunks=args.tokens, delay=args.delay)
    fake = FakeUpstream(api_key=args.api_key, default=default).start()
    print(fake.base_url, flush=True)
    try:
        while fake._thread is not None and fake._thread.is_alive():
            fake._thread.join(1.0)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
    return 0


__all__ = [
    "Answer",
    "ErrorAnswer",
    "FakeUpstream",
    "JsonAnswer",
    "TextAnswer",
    "ToolCallsAnswer",
    "split",
    "token_answer",
]


if __name__ == "__main__":
    import sys

    sys.exit(main())
