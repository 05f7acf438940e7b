"""The Chat Completions model backend: each run segment is one streamed upstream call.

It implements the server's ``ModelBackend``: the run, its context and its steps go through
:mod:`.translate` into one request; the upstream's events (:mod:`.upstream`) come back as model
events as they arrive, text deltas and tool-call fragments included, so the client's time to
first token is the upstream's. Failures end the segment with ``Finish("failed")`` and the
upstream's classification; ``finish_reason: "length"`` ends it ``max_completion_tokens``.
Cancelling the run cancels the task reading the stream, which closes the upstream request.

Only function tools run here: a run that asks for ``code_interpreter``, ``file_search`` or any
other hosted tool is refused at creation with a 400 (:meth:`ChatCompletionsBackend.refuse_run`).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Mapping
from typing import Any

import httpx2

from ..base import Finish, FinishReason, ModelEvent, ModelRequest, TextDelta, ToolCallDelta, Usage
from . import upstream as up
from .translate import RunIncomplete, RunSettings, build_request, conversation, unsupported_tool

# upstream finish_reason -> how the segment ends; others (content_filter, ...) end it as a stop
log = logging.getLogger("assistants_server")

_FINISH: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "max_completion_tokens",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
}


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
        try:
            body = build_request(
                RunSettings.from_run(run, model=self.settings.model, asked=request.asked),
                conversation(request.messages, steps, run_id),
                completion_tokens_used=used,
            )
        except RunIncomplete as exc:
            yield Finish(exc.reason)
            return
        calls = False
        async for event in self.upstream.stream(body):
            if isinstance(event, up.UpstreamText):
                yield TextDelta(event.text)
            elif isinstance(event, up.UpstreamCallDelta):
                yield ToolCallDelta(event.index, event.arguments, name=event.name)
            elif isinstance(event, up.UpstreamCallStart):
                calls = True
                yield ToolCallDelta(event.index, "", name=event.name, call_id=event.id)
            elif isinstance(event, up.UpstreamUsage):
                yield Usage(event.prompt_tokens, event.completion_tokens)
            elif isinstance(event, up.UpstreamFinish):
                reason = _FINISH.get(event.reason, "stop")
                yield Finish("tool_calls" if calls and reason == "stop" else reason)
                return
            else:
                log.warning("run %s: %s", run_id, event.message)  # the message has no credentials in it
                yield Finish("failed", error_code=event.code, error_message=event.message)
                return


__all__ = ["ChatCompletionsBackend"]
