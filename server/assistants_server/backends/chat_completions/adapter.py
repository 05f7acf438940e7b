"""The Chat Completions model backend: each run segment is one streamed upstream call, or a few
when the model searches files.

It implements the server's ``ModelBackend``: the run, its context and its steps go through
:mod:`.translate` into one request; the upstream's events (:mod:`.upstream`) come back as model
events as they arrive, text deltas and tool-call fragments included, so the client's time to
first token is the upstream's. Failures end the segment with ``Finish("failed")`` and the
upstream's classification; ``finish_reason: "length"`` ends it ``max_completion_tokens``.
Cancelling the run cancels the task reading the stream, which closes the upstream request.

Function tools go to the client (``requires_action``). ``file_search`` runs here: when the run
has a store to search, the model is offered a ``file_search`` function; its calls are not sent
to the client: the backend searches (``request.file_search``), reports each search
(``FileSearchCall``, recorded as a step), sends the results back as the tool messages (each
result behind the marker to cite it by) and asks the model again, at most
``MAX_SEARCH_ROUNDS`` times (the last time without the function). If the model calls functions
in the same turn as file_search, the searches are recorded and the functions go to the client.
``code_interpreter`` runs here the same way: the model is offered a ``code_interpreter``
function taking ``{"code": ...}``; the code streams into its step as the model writes it
(``CodeInput``), is run in the thread's sandbox (``request.code_interpreter``), and its logs go
back as the tool message (the rounds of both tools count together). The Foundry tools are
refused at creation with a 400 (:meth:`ChatCompletionsBackend.refuse_run`). Usage adds up every
upstream call of the segment.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

import httpx2

from ..base import Finish, FinishReason, ModelEvent, ModelRequest, TextDelta, ToolCallDelta, Usage
from ..code_interpreter import CODE_INTERPRETER, CodeCall, CodeInput, CodeRunner, call_code, partial_code, result_text
from ..file_search import FileSearchCall, FileSearcher, results_text
from . import upstream as up
from .hosted import FILE_SEARCH
from .translate import HOSTED_FUNCTIONS, RunIncomplete, RunSettings, build_request, conversation, unsupported_tool

log = logging.getLogger("assistants_server")

# upstream finish_reason -> how the segment ends; others (content_filter, ...) end it as a stop
_FINISH: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "max_completion_tokens",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
}
MAX_SEARCH_ROUNDS = 3
ROUND_STRIDE = 1000  # call indexes of later upstream calls are moved past the earlier ones'


def search_queries(arguments: str, fallback: str) -> list[str]:
    """The queries of a file_search call's arguments (``{"queries": [...]}``, or a lone ``query``)."""
    try:
        value = json.loads(arguments or "{}")
    except ValueError:
        value = {}
    found: Any = value.get("queries") if isinstance(value, dict) else None
    if isinstance(value, dict) and found is None and isinstance(value.get("query"), str):
        found = [value["query"]]
    queries = [q for q in found or [] if isinstance(q, str) and q.strip()] if isinstance(found, list) else []
    return queries[:5] or ([fallback] if fallback.strip() else [])


def without_search(body: dict[str, Any]) -> dict[str, Any]:
    """`body` without the file_search and code_interpreter functions (the last round must answer)."""
    tools = [t for t in body.get("tools") or [] if (t.get("function") or {}).get("name") not in HOSTED_FUNCTIONS]
    out = {k: v for k, v in body.items() if k not in ("tools", "tool_choice", "parallel_tool_calls")}
    if tools:
        out["tools"] = tools
        for key in ("tool_choice", "parallel_tool_calls"):
            if key in body and not (key == "tool_choice" and isinstance(body[key], dict)):
                out[key] = body[key]
    return out


def _last_user(messages: Sequence[Mapping[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user" and isinstance(message.get("content"), str):
            return str(message["content"])
    return ""


class ChatCompletionsBackend:
    """Answers runs with the model at ``settings.base_url`` (any OpenAI-compatible endpoint)."""

    name = "chat-completions"

    def __init__(self, settings: up.UpstreamSettings, *, transport: httpx2.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.upstream = up.ChatCompletionsUpstream(settings, transport=transport)

    def __repr__(self) -> str:
        return f"ChatCompletionsBackend({self.settings.url!r}, model={self.settings.model!r})"

    def refuse_run(self, run: Mapping[str, Any]) -> tuple[str, str] | None:
        """``(message, param)`` when the run needs a tool this backend cannot run."""
        return unsupported_tool(list(run.get("tools") or ()), run.get("tool_choice"))

    async def aclose(self) -> None:
        await self.upstream.aclose()

    async def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        run = request.run
        run_id = str(run.get("id") or "")
        steps = request.steps
        used = sum(
            int((step.get("usage") or {}).get("completion_tokens") or 0)
            for step in steps.get(run_id, ())
            if step.get("status") == "completed"
        )
        searcher = request.file_search
        runner = request.code_interpreter
        try:
            body = build_request(
                RunSettings.from_run(run, model=self.settings.model, asked=request.asked),
                conversation(request.messages, steps, run_id),
                completion_tokens_used=used,
                file_search=searcher is not None,
                code_interpreter=runner is not None,
            )
        except RunIncomplete as exc:
            yield Finish(exc.reason)
            return
        total = Usage(0, 0)
        for round_index in range(MAX_SEARCH_ROUNDS + 1):
            if round_index == MAX_SEARCH_ROUNDS:
                body = without_search(body)
            searches: dict[int, dict[str, str]] = {}  # upstream index -> {id, name, arguments}: hosted calls
            calls = False
            finish: Finish | None = None
            turn = Usage(0, 0)
            async for event in self.upstream.stream(body):
                offset = round_index * ROUND_STRIDE
                if isinstance(event, up.UpstreamText):
                    yield TextDelta(event.text)
                elif isinstance(event, up.UpstreamCallStart):
                    if (searcher is not None and event.name == FILE_SEARCH) or (
                        runner is not None and event.name == CODE_INTERPRETER
                    ):
                        searches[event.index] = {"id": event.id, "name": event.name, "arguments": "", "sent": ""}
                        if event.name == CODE_INTERPRETER:
                            yield CodeInput("", event.id)  # its step opens as the model starts writing
                    else:
                        calls = True
                        yield ToolCallDelta(offset + event.index, "", name=event.name, call_id=event.id)
                elif isinstance(event, up.UpstreamCallDelta):
                    entry = searches.get(event.index)
                    if entry is not None:
                        entry["arguments"] += event.arguments
                        if entry["name"] == CODE_INTERPRETER:
                            code = partial_code(entry["arguments"])
                            if len(code) > len(entry["sent"]) and code.startswith(entry["sent"]):
                                yield CodeInput(code[len(entry["sent"]) :], entry["id"])
                                entry["sent"] = code
                    else:
                        yield ToolCallDelta(offset + event.index, event.arguments, name=event.name)
                elif isinstance(event, up.UpstreamUsage):
                    turn = Usage(event.prompt_tokens, event.completion_tokens)
                    yield Usage(
                        total.prompt_tokens + turn.prompt_tokens, total.completion_tokens + turn.completion_tokens
                    )
                elif isinstance(event, up.UpstreamFinish):
                    reason = _FINISH.get(event.reason, "stop")
                    finish = Finish("tool_calls" if (calls or searches) and reason == "stop" else reason)
                    break
                else:
                    log.warning("run %s: %s", run_id, event.message)  # the message has no credentials in it
                    yield Finish("failed", error_code=event.code, error_message=event.message)
                    return
            total = Usage(total.prompt_tokens + turn.prompt_tokens, total.completion_tokens + turn.completion_tokens)
            if not searches or finish is None or finish.reason != "tool_calls":
                yield finish or Finish("tool_calls" if calls else "stop")
                return
            replies: list[tuple[str, str]] = []  # (call id, tool message), in the calls' order
            for position, entry in enumerate(searches.values()):
                tokens = (turn.prompt_tokens, turn.completion_tokens) if position == 0 else (0, 0)
                if entry["name"] == FILE_SEARCH and searcher is not None:
                    found = await self._search(searcher, entry, tokens, _last_user(body["messages"]))
                    yield found
                    replies.append((entry["id"], results_text(found)))
                elif runner is not None:
                    ran = await self._run_code(runner, entry, tokens)
                    yield ran
                    replies.append((entry["id"], result_text(ran)))
            if calls:  # functions too: the client answers those; the searches stay in their steps
                yield finish
                return
            assistant = {
                "role": "assistant",
                "tool_calls": [
                    {"id": c["id"], "type": "function", "function": {"name": c["name"], "arguments": c["arguments"]}}
                    for c in searches.values()
                ],
            }
            tool_messages = [{"role": "tool", "tool_call_id": cid, "content": text} for cid, text in replies]
            body = {**body, "messages": [*body["messages"], assistant, *tool_messages]}
        yield Finish("stop")  # not reached: the last round has no file_search to call

    @staticmethod
    async def _search(
        searcher: FileSearcher, entry: Mapping[str, str], tokens: tuple[int, int], fallback: str
    ) -> FileSearchCall:
        """A file_search call run, with `tokens` as its usage (the first hosted call of a turn
        carries the upstream call's: the model read the prompt and wrote the calls)."""
        call = await searcher(search_queries(entry["arguments"], fallback))
        return replace(call, call_id=entry["id"], prompt_tokens=tokens[0], completion_tokens=tokens[1])

    @staticmethod
    async def _run_code(runner: CodeRunner, entry: Mapping[str, str], tokens: tuple[int, int]) -> CodeCall:
        """A code_interpreter call run in the sandbox, with `tokens` as its usage."""
        ran = await runner(call_code(entry["arguments"]))
        return replace(ran, call_id=entry["id"], prompt_tokens=tokens[0], completion_tokens=tokens[1])


__all__ = ["ChatCompletionsBackend"]
