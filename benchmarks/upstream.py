"""A fast fake Chat Completions upstream for the chat-backend rows: `python -m benchmarks.upstream`.

It binds 127.0.0.1 on a free port, prints its base URL (`http://127.0.0.1:PORT/v1`) and answers
`POST /v1/chat/completions` with `stream: true` by streaming a fixed answer, one token per
chunk, then a usage chunk and `[DONE]`. The request's `model` says how: `fake-TOKENS-GAPUS` sends
TOKENS tokens with GAPUS microseconds between them (0: as fast as it can). Every answer is
built before its first byte is sent (and kept for the next request of the same model), so the
upstream's own cost per token is one send.
"""

from __future__ import annotations

import asyncio
import functools
import json
import socket
from typing import Any

MAX_TOKENS = 100_000


def parse_model(model: str) -> tuple[int, float]:
    """`fake-2000-1000` -> (2000 tokens, 0.001 s between them)."""
    _, tokens, gap = model.split("-")
    count = int(tokens)
    if not 0 < count <= MAX_TOKENS:
        raise ValueError(f"tokens must be in 1..{MAX_TOKENS}")
    return count, int(gap) / 1e6


@functools.lru_cache(maxsize=16)
def chunks(model: str, tokens: int) -> list[bytes]:
    def frame(choices: list[dict[str, Any]], **extra: Any) -> bytes:
        body = {"id": "chatcmpl-bench", "object": "chat.completion.chunk", "created": 1_700_000_000, "model": model}
        return b"data: " + json.dumps({**body, "choices": choices, **extra}).encode() + b"\n\n"

    out = [frame([{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}])]
    out += [frame([{"index": 0, "delta": {"content": f"w{i} "}, "finish_reason": None}]) for i in range(tokens)]
    out.append(frame([{"index": 0, "delta": {}, "finish_reason": "stop"}]))
    usage = {"prompt_tokens": 20, "completion_tokens": tokens, "total_tokens": tokens + 20}
    out.append(frame([], usage=usage))
    out.append(b"data: [DONE]\n\n")
    return out


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] == "lifespan":
        await receive()  # lifespan.startup
        await send({"type": "lifespan.startup.complete"})
        await receive()  # lifespan.shutdown
        await send({"type": "lifespan.shutdown.complete"})
        return
    body = b""
    for _ in range(10_000):
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    if scope["method"] != "POST" or not scope["path"].endswith("/chat/completions"):
        await send({"type": "http.response.start", "status": 404, "headers": []})
        await send({"type": "http.response.body", "body": b""})
        return
    request = json.loads(body)
    try:
        tokens, gap = parse_model(request["model"])
    except (KeyError, ValueError) as exc:
        answer = json.dumps({"error": {"message": str(exc), "type": "invalid_request_error"}}).encode()
        await send({"type": "http.response.start", "status": 400, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": answer})
        return
    frames = chunks(request["model"], tokens)
    headers = [(b"content-type", b"text/event-stream"), (b"cache-control", b"no-cache")]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    for frame in frames:
        await send({"type": "http.response.body", "body": frame, "more_body": True})
        if gap:
            await asyncio.sleep(gap)
    await send({"type": "http.response.body", "body": b""})


def main() -> None:
    import uvicorn

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, ws="none", log_level="warning", access_log=False))

    async def serve() -> None:
        task = asyncio.ensure_future(server.serve(sockets=[sock]))
        for _ in range(2_000):
            if server.started or task.done():
                break
            await asyncio.sleep(0.005)
        if server.started:
            print(f"http://127.0.0.1:{sock.getsockname()[1]}/v1", flush=True)
        await task

    asyncio.run(serve())


if __name__ == "__main__":
    main()
