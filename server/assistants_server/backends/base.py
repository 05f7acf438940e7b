"""The model behind a run, as a pluggable backend.

The run engine (``engine.RunEngine``) owns the protocol: run states, steps, messages, events,
tool-output rounds, cancellation and expiry. What it asks of a model is only this: given the run
and its context, produce the output as an asynchronous stream of events::

    class ModelBackend(Protocol):
        def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]: ...

``respond`` is usually an ``async def`` generator. It yields, in any order that makes sense:

* ``TextDelta(text)``: a piece of the assistant's message (the engine opens the message and its
  ``message_creation`` step on the first one and sends ``thread.message.delta`` per piece);
* ``ToolCall(name, arguments, call_id=None)``: one function call, ``arguments`` a JSON text (the
  engine opens the ``tool_calls`` step on the first one; ``call_id`` defaults to a fresh id);
* ``ToolCallDelta(index, arguments, name="", call_id=None)``: a piece of a function call being
  streamed; the first piece of an ``index`` opens the call, later ones append to its name and
  arguments. Each piece reaches clients as a ``thread.run.step.delta`` as it arrives;
* ``FileSearchCall(...)`` (:mod:`.file_search`): a search the backend ran through
  ``request.file_search``; the engine records it as a completed ``tool_calls`` step at once;
* ``CodeInput(text)`` and ``CodeCall(...)`` (:mod:`.code_interpreter`): a piece of code being
  written (the first opens a ``code_interpreter`` call's step, each reaches clients as a
  ``thread.run.step.delta``), then its execution through ``request.code_interpreter`` (the
  outputs are sent and the step completes);
* ``Usage(prompt_tokens, completion_tokens)``: token counts for this segment (the last one wins);
* ``Finish(reason, ...)``: the end (``stop``, ``tool_calls``, ``max_completion_tokens``,
  ``max_prompt_tokens``, ``failed`` with ``error_code``/``error_message``, or ``expired``).
  Events after it are not read. A stream that ends without ``Finish`` means ``stop``
  (``tool_calls`` when calls were yielded).

Cancellation: when the run is cancelled or the server shuts down, the engine cancels the task
that iterates the stream, so ``CancelledError`` is raised at whatever the backend is awaiting;
a backend cleans up in ``finally`` / ``async with`` and must not swallow it. An exception other
than cancellation fails the run with ``server_error``; its text goes to the server's log, not to
the client (a backend that has something to tell ends with ``Finish(reason="failed", ...)``).

``ModelRequest.messages`` is already cut down by the run's ``truncation_strategy`` (the engine
applies it); ``tool_results`` is set on the segment that follows ``submit_tool_outputs``;
``steps`` holds, oldest first, the steps of this run and of every run that wrote a message in
context, so a backend can replay earlier tool rounds. ``file_search`` is set when the run has the
file_search tool and a vector store to search (its files processed, or the wait for them over);
``code_interpreter`` when the run has the code_interpreter tool.

A backend may also define ``refuse_run(run) -> (message, param) | None``: a run it cannot serve
(a tool it does not run, say) is then refused with a 400 at creation.
``pace`` and ``chunks`` are delivery hints for simulated models (seconds between deltas, and a
requested number of deltas); a backend that streams a real model ignores them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from .code_interpreter import CodeCall, CodeInput, CodeRunner
from .file_search import FileSearchCall, FileSearcher

JSON = dict[str, Any]

FinishReason = Literal["stop", "tool_calls", "max_completion_tokens", "max_prompt_tokens", "failed", "expired"]


@dataclass(frozen=True)
class ToolResult:
    """A tool call of the previous segment with the output the client submitted for it."""

    call_id: str
    name: str
    arguments: str
    output: str


@dataclass(frozen=True)
class ModelRequest:
    """What a backend gets to answer one segment of a run (all in wire form, read-only)."""

    run: Mapping[str, Any]  # the run object: model, instructions, tools, tool_choice, response_format, ...
    messages: Sequence[Mapping[str, Any]]  # thread messages in context, oldest first
    tool_results: Sequence[ToolResult] | None = None
    pace: float = 0.0
    chunks: int | None = None
    steps: Mapping[str, Sequence[Mapping[str, Any]]] = field(default_factory=dict)  # by run id
    asked: frozenset[str] = frozenset()  # run options the run's request set (the rest are defaults)
    file_search: FileSearcher | None = None  # the run's vector stores, searched with its tool options
    code_interpreter: CodeRunner | None = None  # the thread's sandbox session, the run's files in it

    @property
    def model(self) -> str:
        return str(self.run.get("model") or "")

    @property
    def instructions(self) -> str:
        return str(self.run.get("instructions") or "")

    @property
    def tools(self) -> list[JSON]:
        return [dict(t) for t in self.run.get("tools") or []]


@dataclass(frozen=True)
class TextDelta:
    text: str


@dataclass(frozen=True)
class ToolCall:
    name: str
    arguments: str  # JSON text
    call_id: str | None = None


@dataclass(frozen=True)
class ToolCallDelta:
    index: int  # the call's position in this segment, from 0
    arguments: str = ""  # JSON text to append
    name: str = ""  # the name, or the part of it not sent yet
    call_id: str | None = None  # read on the first piece only; defaults to a fresh id


@dataclass(frozen=True)
class Usage:
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class Finish:
    reason: FinishReason
    error_code: str | None = None  # with "failed": server_error, rate_limit_exceeded, invalid_prompt
    error_message: str | None = None


ModelEvent = TextDelta | ToolCall | ToolCallDelta | FileSearchCall | CodeInput | CodeCall | Usage | Finish


@runtime_checkable
class ModelBackend(Protocol):
    """Produces the output of a run segment; see the module text for the contract."""

    def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]: ...


def message_text(message: Mapping[str, Any]) -> str:
    """The text parts of a message (wire form), joined by newlines."""
    parts = []
    for part in message.get("content") or []:
        if isinstance(part, Mapping) and part.get("type") == "text":
            text = part.get("text")
            parts.append(str(text.get("value", "")) if isinstance(text, Mapping) else str(text or ""))
    return "\n".join(parts)


def apply_truncation(messages: Sequence[Mapping[str, Any]], strategy: Any) -> list[Mapping[str, Any]]:
    """The messages a run's ``truncation_strategy`` keeps (``last_messages`` keeps the newest N)."""
    if isinstance(strategy, Mapping) and strategy.get("type") == "last_messages":
        keep = strategy.get("last_messages")
        if isinstance(keep, int) and keep >= 0:
            return list(messages[-keep:]) if keep else []
    return list(messages)
