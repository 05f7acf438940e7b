"""What the fake upstream answers: the scripted answers and the stream frames each becomes.

An answer's frames are built before its first byte is sent (``build_frames``); a ``fake-TOKENS-GAPUS``
model's are built once (``paced_answer``), so that the fake's own cost per token is one send.
"""

from __future__ import annotations

import functools
import json
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]
MAX_TOKENS = 100_000
"""The most tokens a ``fake-TOKENS-GAPUS`` model streams."""


@dataclass(frozen=True)
class TextAnswer:
    """Text in ``chunks`` deltas (default: about four characters each).

    ``finish_reason="length"`` stands for an answer cut by max_completion_tokens; ``delay`` is
    the pause before every chunk (``first_delay``, when given, before the first one instead);
    ``cut_after`` breaks the connection after that many chunks; ``error`` is sent as an error
    object after the text, in place of the end of the answer.
    """

    text: str
    chunks: int | None = None
    finish_reason: str = "stop"
    delay: float = 0.0
    first_delay: float | None = None
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


def token_answer(tokens: int, word: str = "tok", gap: float = 0.0) -> TextAnswer:
    """``tokens`` words in ``tokens`` deltas, ``gap`` seconds between them (none before the first)."""
    return TextAnswer(" ".join([word] * tokens), chunks=tokens, delay=gap, first_delay=0.0)


def paced_model(model: str) -> tuple[int, float] | None:
    """``fake-2000-1000`` -> (2000 tokens, 0.001 s between them); None for any other name.

    ValueError when the name has that form but more than ``MAX_TOKENS`` tokens or none.
    """
    found = re.fullmatch(r"fake-(\d+)-(\d+)", model)
    if found is None:
        return None
    tokens = int(found[1])
    if not 0 < tokens <= MAX_TOKENS:
        raise ValueError(f"tokens must be in 1..{MAX_TOKENS}")
    return tokens, int(found[2]) / 1e6


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


def prompt_words(messages: Sequence[Mapping[str, Any]]) -> int:
    """The reported prompt tokens: whitespace-separated words of the contents and call arguments."""
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


def last_user_text(messages: Sequence[Mapping[str, Any]]) -> str:
    """What the echo answer repeats."""
    for message in reversed(messages):
        if message.get("role") == "user":
            content = message.get("content")
            return content if isinstance(content, str) else " ".join(str(p.get("text") or "") for p in content or ())
    return ""


_MARKER = re.compile(r"【\d+:\d+†[^】\n]*】")


def file_search_answer(body: Mapping[str, Any]) -> Answer | None:
    """The fake's reader of files, when a request offers the ``file_search`` function: it calls
    it with the last user message as its one query; once it has the results it answers with the
    first result's first words and that result's marker (no result: says so)."""
    offered = any((t.get("function") or {}).get("name") == "file_search" for t in body.get("tools") or ())
    messages = body.get("messages") or []
    last = messages[-1] if messages else {}
    if last.get("role") == "tool":
        content = str(last.get("content") or "")
        found = _MARKER.search(content)
        if found is None:
            return TextAnswer("The files say nothing about that.")
        passage = content[found.end() :].split("\n\n")[0]
        words = " ".join(passage.split()[:25]).rstrip(".")
        return TextAnswer(f"According to the files: {words}. {found.group(0)}")
    if offered:
        return ToolCallsAnswer([("file_search", {"queries": [last_user_text(messages)]})], pieces=2)
    return None


@dataclass
class Stream:
    """One answer's chunk frames, under one id."""

    model: str
    created: int = field(default_factory=lambda: int(time.time()))
    id: str = field(default_factory=lambda: f"chatcmpl-{time.monotonic_ns():x}")

    def frame(self, choices: list[JSON], **extra: Any) -> bytes:
        head = {"id": self.id, "object": "chat.completion.chunk", "created": self.created, "model": self.model}
        return b"data: " + json.dumps({**head, **extra, "choices": choices}, separators=(",", ":")).encode() + b"\n\n"

    def chunk(self, delta: JSON, finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        return self.frame([choice], system_fingerprint=None)

    def usage(self, prompt: int, completion: int) -> bytes:
        return self.frame(
            [], usage={"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}
        )


@dataclass(frozen=True)
class Frames:
    """An answer's frames up to its end: ``finished`` when they close with a finish_reason (then
    the usage chunk and ``[DONE]`` follow), else with an error object."""

    stream: Stream
    frames: list[bytes]
    completion: int
    finished: bool


def build_frames(model: str, answer: TextAnswer | ToolCallsAnswer) -> Frames:
    stream = Stream(model)
    frames = [stream.chunk({"role": "assistant", "content": ""})]
    if isinstance(answer, TextAnswer):
        pieces = answer.pieces()
        frames += [stream.chunk({"content": piece}) for piece in pieces]
        if answer.error is not None:
            frames.append(b"data: " + json.dumps({"error": answer.error}).encode() + b"\n\n")
            return Frames(stream, frames, len(pieces), finished=False)
        completion = len(pieces)
    else:
        texts = split(answer.text, max(1, -(-len(answer.text) // 4))) if answer.text else []
        frames += [stream.chunk({"content": piece}) for piece in texts]
        completion = len(texts)
        for index, (name, arguments) in enumerate(answer.calls):
            text = arguments if isinstance(arguments, str) else json.dumps(arguments)
            call_id = f"call_fake{index}{time.monotonic_ns() % 10**9:09d}"
            head = {"index": index, "id": call_id, "type": "function", "function": {"name": name, "arguments": ""}}
            frames.append(stream.chunk({"tool_calls": [head]}))
            for piece in split(text, answer.pieces):
                frames.append(stream.chunk({"tool_calls": [{"index": index, "function": {"arguments": piece}}]}))
                completion += 1
    frames.append(stream.chunk({}, answer.finish_reason))
    return Frames(stream, frames, completion, finished=True)


@functools.lru_cache(maxsize=16)
def paced_answer(model: str, tokens: int, gap: float) -> tuple[TextAnswer, Frames]:
    """A ``fake-TOKENS-GAPUS`` model's answer, built once."""
    answer = token_answer(tokens, gap=gap)
    return answer, build_frames(model, answer)


__all__ = [
    "MAX_TOKENS",
    "Answer",
    "ErrorAnswer",
    "Frames",
    "JsonAnswer",
    "Stream",
    "TextAnswer",
    "ToolCallsAnswer",
    "build_frames",
    "last_user_text",
    "paced_answer",
    "paced_model",
    "prompt_words",
    "split",
    "token_answer",
]
