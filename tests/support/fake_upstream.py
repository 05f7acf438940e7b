"""A fake Chat Completions endpoint on loopback, for the tests and the benchmarks.

It checks every request against :mod:`.request_schema` (problems go to ``violations`` and are
answered 400, as a real endpoint would) and streams scripted answers in many small chunks, in
the chunk shapes OpenAI's endpoint sends (nulls included)::

    with FakeUpstream() as fake:
        fake.enqueue(TextAnswer("Hello there"), ToolCallsAnswer([("get_weather", {"city": "Paris"})]))
        ...                               # point a client or the server at fake.base_url
        fake.requests[0]["messages"]      # what arrived

Each request takes the next queued answer; else a model named ``fake-TOKENS-GAPUS`` gets TOKENS
one-word deltas with GAPUS microseconds between them (0: as fast as it can; the benchmarks'
answer, its frames built once per model); else ``default``; else an echo of the last user
message. A request that offers a ``file_search`` function, or answers one, gets the file reader
of ``answers.file_search_answer`` (search, then answer citing the first result's marker) unless
an answer is queued. Every answer's frames are built before its first byte is sent.
``python -m tests.support.fake_upstream`` (from the repository's root) serves from a process of
its own and prints its base URL.
Reported usage: one prompt token per whitespace-separated word of the messages, one completion
token per streamed fragment.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections import deque
from typing import Any

import jsonschema
import uvicorn
from assistants_server.threaded import ThreadedServer
from uvicorn.protocols.http.h11_impl import H11Protocol

from .answers import (
    MAX_TOKENS,
    Answer,
    ErrorAnswer,
    Frames,
    JsonAnswer,
    TextAnswer,
    ToolCallsAnswer,
    build_frames,
    file_search_answer,
    last_user_text,
    paced_answer,
    paced_model,
    prompt_words,
    split,
    token_answer,
)
from .request_schema import request_problems

JSON = dict[str, Any]


class _Pause:
    """Sleeps that a disconnect ends at once: ``asyncio.sleep``'s own cost, a future and a timer."""

    def __init__(self) -> None:
        self.gone = False
        self._waiter: asyncio.Future[None] | None = None

    async def __call__(self, seconds: float) -> None:
        if self.gone:
            return
        waiter = asyncio.get_running_loop().create_future()
        timer = waiter.get_loop().call_later(seconds, _settle, waiter)
        self._waiter = waiter
        try:
            await waiter
        finally:
            timer.cancel()
            self._waiter = None

    def disconnected(self) -> None:
        self.gone = True
        if self._waiter is not None:
            _settle(self._waiter)


def _settle(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_result(None)


class FakeUpstream:
    """A Chat Completions endpoint at ``base_url`` (``http://127.0.0.1:PORT/v1``), in a thread."""

    def __init__(self, *, api_key: str | None = None, default: Answer | None = None) -> None:
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
        self._served: ThreadedServer | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

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
        for _ in range(int(timeout / 0.005) + 1):
            if condition() or time.monotonic() >= deadline:
                break
            time.sleep(0.005)
        return bool(condition())

    def _next(self, body: JSON) -> Answer | tuple[TextAnswer, Frames]:
        """The queued answer, else a ``fake-TOKENS-GAPUS`` model's (built), else the default or an echo."""
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        searching = file_search_answer(body)
        if searching is not None:
            return searching
        paced = paced_model(str(body["model"]))
        if paced is not None:
            return paced_answer(str(body["model"]), *paced)
        if self.default is not None:
            return self.default
        return TextAnswer("Echo: " + last_user_text(body.get("messages") or []))

    # -- ASGI --------------------------------------------------------------------------
    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] != "POST" or scope["path"].rstrip("/") != "/v1/chat/completions":
            await self._json(send, 404, {"error": {"message": f"No route {scope['method']} {scope['path']}"}})
            return
        raw = b""
        for _ in range(100_000):
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
        try:
            answer = self._next(body)
        except ValueError as exc:  # a fake-TOKENS-GAPUS model out of range
            await self._json(send, 400, {"error": {"message": str(exc), "type": "invalid_request_error"}})
            return
        if isinstance(answer, ErrorAnswer):
            extra = [(b"retry-after", b"1")] if answer.status == 429 else []
            error = {"message": answer.message, "type": "server_error" if answer.status >= 500 else "requests"}
            await self._json(send, answer.status, {"error": error}, extra)
            return
        if isinstance(answer, JsonAnswer):
            self._check_json_answer(body, answer.value)
            answer = answer.as_text()
        if isinstance(answer, tuple):
            answer, built = answer
        else:
            built = build_frames(str(body["model"]), answer)
        await self._stream(scope, receive, send, body, answer, built)

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
        self, scope: Any, receive: Any, send: Any, body: JSON, answer: TextAnswer | ToolCallsAnswer, built: Frames
    ) -> None:
        """Send ``built``'s frames (then usage, if asked, and ``[DONE]``), pausing as ``answer`` says."""
        pause = _Pause()

        async def watch() -> None:
            for _ in range(1_000_000):
                if (await receive())["type"] == "http.disconnect":
                    break
            pause.disconnected()

        watcher = asyncio.get_running_loop().create_task(watch())
        frames, usage_at = built.frames, len(built.frames)
        include_usage = built.finished and (body.get("stream_options") or {}).get("include_usage")
        prompt = prompt_words(body["messages"]) if include_usage else 0
        if include_usage:
            frames = [*frames, built.stream.usage(prompt, built.completion)]
        if built.finished:
            frames = [*frames, b"data: [DONE]\n\n"]
        headers = [(b"content-type", b"text/event-stream; charset=utf-8"), (b"cache-control", b"no-cache")]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        text = answer if isinstance(answer, TextAnswer) else None
        first = text.first_delay if text is not None and text.first_delay is not None else answer.delay
        cut = text.cut_after if text is not None else None
        try:
            for sent, frame in enumerate(frames):
                if include_usage and sent == usage_at:
                    with self._lock:
                        self.usages.append({"prompt_tokens": prompt, "completion_tokens": built.completion})
                if wait := (answer.delay if sent else first):
                    await pause(wait)
                if pause.gone:
                    with self._lock:
                        self.disconnects += 1
                    return
                if cut is not None and sent >= cut:
                    self._abort(scope)
                    return
                await send({"type": "http.response.body", "body": frame, "more_body": True})
            await send({"type": "http.response.body", "body": b"", "more_body": False})
            if built.finished:
                with self._lock:
                    self.finished += 1
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
        if self._served is not None:
            return self
        config = uvicorn.Config(
            self, http=self._protocol(), ws="none", lifespan="off", log_level="warning", access_log=False
        )
        served = ThreadedServer(uvicorn.Server(config), name="the fake Chat Completions upstream")
        self.port = served.port
        self._served = served.start()
        return self

    def stop(self) -> None:
        if self._served is not None:
            self._served.stop()
        self._served = None

    def serve_for(self, seconds: float) -> None:
        """Block while it serves, at most ``seconds``."""
        if self._served is not None:
            self._served.wait(seconds)

    def __enter__(self) -> FakeUpstream:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"FakeUpstream({self.base_url!r})"


def main(argv: list[str] | None = None) -> int:
    """``python -m tests.support.fake_upstream``: serve in a process of its own (a benchmark's
    client then does not share a GIL with it) until killed or ``--lifetime`` seconds pass."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m tests.support.fake_upstream")
    parser.add_argument("--tokens", type=int, default=None, help="answer other models with N one-word deltas")
    parser.add_argument("--gap", type=float, default=0.0, help="seconds between those deltas (0)")
    parser.add_argument("--api-key", default=None, help="demand this bearer key")
    parser.add_argument("--lifetime", type=float, default=3600.0, help="seconds before it ends on its own (3600)")
    args = parser.parse_args(argv)
    default = token_answer(args.tokens, gap=args.gap) if args.tokens else None
    fake = FakeUpstream(api_key=args.api_key, default=default).start()
    print(fake.base_url, flush=True)
    try:
        fake.serve_for(args.lifetime)
    except KeyboardInterrupt:
        pass
    finally:
        fake.stop()
    return 0


__all__ = [
    "MAX_TOKENS",
    "Answer",
    "ErrorAnswer",
    "FakeUpstream",
    "JsonAnswer",
    "TextAnswer",
    "ToolCallsAnswer",
    "paced_model",
    "split",
    "token_answer",
]


if __name__ == "__main__":
    import sys

    sys.exit(main())
