"""An Assistants run as one streamed Chat Completions request body. Pure: no I/O, no server state.

The inputs are the wire objects the server stores (the run, the thread's messages, the run steps);
the output is the JSON body for ``POST {base}/chat/completions``, carrying only the options that
are set, never a ``null``.

* The system message is the run's instructions (the assistant's, or the run's own, plus
  ``additional_instructions``); none when they are empty.
* The thread's messages follow in order. A run's ``tool_calls`` steps whose outputs were all
  submitted are replayed where they happened: an assistant message with ``tool_calls``, then one
  ``tool`` message per call. Text a model wrote just before calling tools is folded into that
  assistant message, as the model produced it.
* ``truncation_strategy`` ``last_messages`` keeps the newest N thread messages; the current run's
  own tool rounds are always kept. ``max_prompt_tokens`` then drops the oldest messages (a tool
  round goes as a whole) until an estimate of four characters per token fits; if even the newest
  message does not fit, the run cannot start (:class:`RunIncomplete`).
* ``max_completion_tokens`` counts over the whole run: a later turn gets what earlier turns left.
* A run whose ``file_search`` tool has a store to search offers the model a function named
  ``file_search`` (``{"queries": [string, ...]}``, :data:`FILE_SEARCH_FUNCTION`); the backend
  runs it itself. ``tool_choice`` ``{"type": "file_search"}`` names that function.
* A run with the ``code_interpreter`` tool offers the model a function named ``code_interpreter``
  (``{"code": string}``, :data:`CODE_FUNCTION`), run by the backend in the thread's sandbox;
  ``tool_choice`` ``{"type": "code_interpreter"}`` names it. Its calls are replayed with the code
  as their arguments and the logs (and a line per image) as their output.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..code_interpreter import CODE_INTERPRETER, wire_input, wire_result_text
from ..file_search import wire_results_text
from .hosted import CODE_FUNCTION, FILE_SEARCH, FILE_SEARCH_FUNCTION

JSON = dict[str, Any]

# Run values the server fills in when nothing was asked for; sent only when the run asked for
# them, so that an upstream's own defaults otherwise apply.
PROTOCOL_DEFAULTS: Mapping[str, Any] = {
    "temperature": 1.0,
    "top_p": 1.0,
    "tool_choice": "auto",
    "parallel_tool_calls": True,
    "response_format": "auto",
}

HOSTED_HERE = ("function", FILE_SEARCH, CODE_INTERPRETER)  # tools this backend runs
HOSTED_FUNCTIONS = (FILE_SEARCH, CODE_INTERPRETER)  # the functions it offers for them

CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD_TOKENS = 4


class RunIncomplete(Exception):
    """The run ends ``incomplete`` before a request is sent; ``reason`` is its incomplete_details reason."""

    def __init__(self, reason: Literal["max_prompt_tokens", "max_completion_tokens"], detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RunSettings:
    """What a run asks of the model; ``None`` (or an empty tuple) means unset."""

    model: str
    instructions: str | None = None
    additional_instructions: str | None = None
    tools: tuple[Mapping[str, Any], ...] = ()
    tool_choice: str | Mapping[str, Any] | None = None
    parallel_tool_calls: bool | None = None
    temperature: float | None = None
    top_p: float | None = None
    response_format: str | Mapping[str, Any] | None = None
    max_completion_tokens: int | None = None
    max_prompt_tokens: int | None = None
    last_messages: int | None = None

    @classmethod
    def from_run(cls, run: Mapping[str, Any], model: str | None = None, asked: Collection[str] = ()) -> RunSettings:
        """The settings of a stored run object (its instructions already hold the additional ones).

        ``model`` overrides the run's model (the server's ``--upstream-model``). The server fills
        unset options with the protocol's defaults, so a value equal to its default counts as
        unset unless ``asked`` names it (the options the run's own request set).
        """

        def option(name: str) -> Any:
            value = run.get(name)
            if value is None or (name not in asked and value == PROTOCOL_DEFAULTS.get(name, ...)):
                return None
            return value

        truncation = run.get("truncation_strategy")
        last = truncation.get("last_messages") if isinstance(truncation, Mapping) else None
        if isinstance(truncation, Mapping) and truncation.get("type") != "last_messages":
            last = None
        return cls(
            model=model or str(run.get("model") or ""),
            instructions=run.get("instructions") or None,
            tools=tuple(run.get("tools") or ()),
            tool_choice=option("tool_choice"),
            parallel_tool_calls=option("parallel_tool_calls"),
            temperature=option("temperature"),
            top_p=option("top_p"),
            response_format=option("response_format"),
            max_completion_tokens=run.get("max_completion_tokens"),
            max_prompt_tokens=run.get("max_prompt_tokens"),
            last_messages=last if isinstance(last, int) else None,
        )


@dataclass(frozen=True, slots=True)
class Turn:
    """Chat messages that stay together when the context is cut (one message, or one tool round)."""

    messages: tuple[JSON, ...]
    counts_as_thread_message: bool
    pinned: bool = False  # the current run's own tool rounds are never cut

    def estimate_tokens(self) -> int:
        return sum(_estimate(m) for m in self.messages)


def unsupported_tool(tools: Sequence[Mapping[str, Any]], tool_choice: Any) -> tuple[str, str] | None:
    """``(message, param)`` for a 400 when a run asks for a tool this backend cannot execute:
    anything but a function, ``file_search`` or ``code_interpreter`` (the Foundry tools)."""
    for index, tool in enumerate(tools):
        kind = tool.get("type")
        if kind not in HOSTED_HERE:
            return (
                f"The chat-completions model backend runs only function, file_search and code_interpreter tools, "
                f"not '{kind}': remove "
                "it from the assistant, or pass the run its own 'tools' without it.",
                f"tools[{index}].type",
            )
    if isinstance(tool_choice, Mapping) and tool_choice.get("type") not in (None, *HOSTED_HERE):
        return (
            f"The chat-completions model backend runs only function, file_search and code_interpreter tools, not "
            f"'{tool_choice['type']}'.",
            "tool_choice",
        )
    return None


def system_message(instructions: str | None, additional: str | None = None) -> JSON | None:
    text = "\n\n".join(part for part in (instructions, additional) if part)
    return {"role": "system", "content": text} if text else None


def message_text(message: Mapping[str, Any]) -> str:
    """The text parts of an Assistants message, joined by newlines."""
    texts = []
    for part in message.get("content") or ():
        if isinstance(part, Mapping) and part.get("type") == "text":
            text = part.get("text")
            texts.append(str(text.get("value") or "") if isinstance(text, Mapping) else str(text or ""))
    return "\n".join(texts)


def chat_message(message: Mapping[str, Any]) -> JSON | None:
    """One thread message as a Chat Completions message; None for an empty assistant message.

    Text and ``image_url`` parts carry over; ``image_file`` parts name files an upstream cannot
    read, so they are left out.
    """
    role = message.get("role")
    if role == "assistant":
        text = message_text(message)
        return {"role": "assistant", "content": text} if text else None
    parts: list[JSON] = []
    for part in message.get("content") or ():
        if not isinstance(part, Mapping):
            continue
        if part.get("type") == "text":
            raw = part.get("text")
            value = raw.get("value") if isinstance(raw, Mapping) else raw
            parts.append({"type": "text", "text": str(value or "")})
        elif part.get("type") == "image_url" and isinstance(part.get("image_url"), Mapping):
            image = part["image_url"]
            url: JSON = {"url": str(image.get("url") or "")}
            if image.get("detail"):
                url["detail"] = image["detail"]
            parts.append({"type": "image_url", "image_url": url})
    if all(p["type"] == "text" for p in parts):
        return {"role": "user", "content": "\n".join(p["text"] for p in parts)}
    return {"role": "user", "content": parts}


def tool_round(
    steps: Sequence[Mapping[str, Any]], text: str | None = None, first_search: int = 0
) -> tuple[JSON, ...] | None:
    """Completed ``tool_calls`` steps of one model turn as the assistant's call message plus one
    tool message per call: function calls with their submitted outputs, file_search calls with the
    results the model read (``first_search`` numbers the first of them in its run, the ``n`` of
    their markers). The arguments of a file_search call are not kept in its step: it is replayed
    with ``{}``.

    None when the steps hold no call, or a function's output is missing (nothing an upstream accepts).
    """
    calls: list[JSON] = []
    replies: list[JSON] = []
    turn = first_search
    for step in steps:
        for c in _calls(step):
            if not c.get("id"):
                continue
            if c.get("type") == "function":
                function = c.get("function") or {}
                if function.get("output") is None:
                    return None
                name, arguments, output = (
                    function.get("name") or "",
                    function.get("arguments") or "",
                    function["output"],
                )
            elif c.get("type") == FILE_SEARCH:
                name, arguments, output = FILE_SEARCH, "{}", wire_results_text(c, turn)
                turn += 1
            elif c.get("type") == CODE_INTERPRETER:
                name, output = CODE_INTERPRETER, wire_result_text(c)
                arguments = json.dumps({"code": wire_input(c)}, ensure_ascii=False)
            else:
                continue
            calls.append({"id": c["id"], "type": "function", "function": {"name": name, "arguments": arguments}})
            replies.append({"role": "tool", "tool_call_id": c["id"], "content": str(output)})
    if not calls:
        return None
    assistant: JSON = {"role": "assistant"}
    if text:
        assistant["content"] = text
    assistant["tool_calls"] = calls
    return (assistant, *replies)


def _calls(step: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [c for c in (step.get("step_details") or {}).get("tool_calls") or () if isinstance(c, Mapping)]


def _has_function(step: Mapping[str, Any]) -> bool:
    return any(c.get("type") == "function" for c in _calls(step))


def tool_groups(steps: Sequence[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """A run's steps in model turns: a message step alone; a function-call step with the
    file_search steps that follow it (the engine opens the function step while the model streams
    and records the turn's searches after); file_search steps in a row together."""
    groups: list[list[Mapping[str, Any]]] = []
    for step in steps:
        last = groups[-1] if groups else None
        if (
            step.get("type") == "tool_calls"
            and not _has_function(step)
            and last is not None
            and last[-1].get("type") == "tool_calls"
        ):
            last.append(step)
        else:
            groups.append([step])
    return groups


def conversation(
    messages: Sequence[Mapping[str, Any]],
    steps_by_run: Mapping[str, Sequence[Mapping[str, Any]]],
    current_run_id: str | None = None,
) -> list[Turn]:
    """The thread as turns, in order, with the tool rounds of each run where they happened.

    ``messages`` are the thread's messages, oldest first; ``steps_by_run`` holds the steps (oldest
    first) of the runs whose rounds to replay, always including ``current_run_id``'s. Text a model
    wrote before a round with function calls is folded into that round's call message; a message
    whose search round came after its first words (the run went on by itself) follows the round.
    """
    by_id = {m.get("id"): m for m in messages}
    expanded: set[str] = set()
    turns: list[Turn] = []

    def expand(run_id: str) -> None:
        expanded.add(run_id)
        pinned = run_id == current_run_id
        groups = tool_groups(list(steps_by_run.get(run_id) or ()))
        held: str | None = None  # text a model wrote right before calling functions
        deferred: list[Turn] = []  # a message that goes on after a search round
        searches = 0
        for index, group in enumerate(groups):
            step = group[0]
            if step.get("type") == "message_creation":
                message_id = (step.get("step_details") or {}).get("message_creation", {}).get("message_id")
                message = by_id.get(message_id)
                if message is None:
                    continue
                following = groups[index + 1] if index + 1 < len(groups) else None
                before_round = following is not None and tool_round(following) is not None
                if following is not None and before_round and _has_function(following[0]):
                    held = message_text(message) or None
                    continue
                chat = chat_message(message)
                if chat is not None:
                    (deferred if before_round else turns).append(Turn((chat,), counts_as_thread_message=True))
            elif step.get("type") == "tool_calls":
                replay = tool_round(group, held, searches)
                searches += sum(1 for s in group for c in _calls(s) if c.get("type") == FILE_SEARCH)
                held = None
                if replay is not None:
                    turns.append(Turn(replay, counts_as_thread_message=False, pinned=pinned))
                turns.extend(deferred)
                deferred = []
        turns.extend(deferred)

    for message in messages:
        run_id = message.get("run_id")
        if isinstance(run_id, str) and run_id in steps_by_run:
            if run_id not in expanded:
                expand(run_id)
            continue
        chat = chat_message(message)
        if chat is not None:
            turns.append(Turn((chat,), counts_as_thread_message=True))
    if current_run_id is not None and current_run_id not in expanded:
        expand(current_run_id)
    return turns


def cut(turns: Sequence[Turn], last_messages: int | None) -> list[Turn]:
    """``truncation_strategy`` ``last_messages``: the newest N thread messages, plus pinned rounds.

    A replayed round goes with the message that follows it, so a cut never leaves a tool message
    without its call.
    """
    if last_messages is None:
        return list(turns)
    kept: list[Turn] = []
    remaining = max(last_messages, 0)
    following_kept = True
    for turn in reversed(turns):
        if turn.pinned:
            kept.append(turn)
        elif turn.counts_as_thread_message:
            following_kept = remaining > 0
            if following_kept:
                kept.append(turn)
                remaining -= 1
        elif following_kept:
            kept.append(turn)
    kept.reverse()
    return kept


def fit(system: JSON | None, turns: Sequence[Turn], max_prompt_tokens: int | None) -> list[Turn]:
    """Drop the oldest unpinned turns until the prompt estimate fits ``max_prompt_tokens``."""
    kept = list(turns)
    if max_prompt_tokens is None:
        return kept
    total = (_estimate(system) if system else 0) + sum(t.estimate_tokens() for t in kept)
    newest = max((i for i, t in enumerate(kept) if t.counts_as_thread_message), default=None)
    while total > max_prompt_tokens:
        index = next((i for i, t in enumerate(kept) if not t.pinned and i != newest), None)
        if index is None:
            raise RunIncomplete(
                "max_prompt_tokens",
                f"The prompt needs about {total} tokens, more than max_prompt_tokens ({max_prompt_tokens}).",
            )
        total -= kept.pop(index).estimate_tokens()
        if newest is not None and index < newest:
            newest -= 1
    return kept


def _estimate(message: Mapping[str, Any]) -> int:
    size = len(json.dumps(message, ensure_ascii=False, separators=(",", ":")))
    return MESSAGE_OVERHEAD_TOKENS + -(-size // CHARS_PER_TOKEN)


def tools_field(tools: Sequence[Mapping[str, Any]]) -> list[JSON]:
    """The run's function tools as Chat Completions tools (``strict`` included, unset keys left out)."""
    out: list[JSON] = []
    for tool in tools:
        if tool.get("type") != "function" or not isinstance(tool.get("function"), Mapping):
            continue
        function = {k: v for k, v in tool["function"].items() if v is not None}
        out.append({"type": "function", "function": function})
    return out


def response_format_field(value: str | Mapping[str, Any] | None) -> JSON | None:
    if not isinstance(value, Mapping) or value.get("type") not in ("text", "json_object", "json_schema"):
        return None  # "auto" and absent: the upstream's default
    if value["type"] != "json_schema":
        return {"type": value["type"]}
    schema = {k: v for k, v in (value.get("json_schema") or {}).items() if v is not None}
    return {"type": "json_schema", "json_schema": schema}


def build_request(
    settings: RunSettings,
    turns: Sequence[Turn],
    *,
    completion_tokens_used: int = 0,
    file_search: bool = False,
    code_interpreter: bool = False,
) -> JSON:
    """The streamed request body for one model turn of the run.

    ``completion_tokens_used`` is what earlier turns of the same run already produced;
    ``file_search``: offer the file_search function (the run has the tool and a store);
    ``code_interpreter``: offer the code_interpreter function (the run has the tool); raises
    :class:`RunIncomplete` when the run's budget leaves nothing for this turn or the prompt cannot fit.
    """
    system = system_message(settings.instructions, settings.additional_instructions)
    kept = fit(system, cut(turns, settings.last_messages), settings.max_prompt_tokens)
    messages = ([system] if system else []) + [m for turn in kept for m in turn.messages]
    if not messages:
        messages = [{"role": "user", "content": ""}]
    body: JSON = {"model": settings.model, "messages": messages}
    tools = tools_field(settings.tools)
    offered = {FILE_SEARCH: file_search, CODE_INTERPRETER: code_interpreter}
    for function in (FILE_SEARCH_FUNCTION, CODE_FUNCTION):
        name = function["function"]["name"]
        if offered[name] and not any(t["function"].get("name") == name for t in tools):
            tools.append(json.loads(json.dumps(function)))
    if tools:
        body["tools"] = tools
        named = settings.tool_choice.get("type") if isinstance(settings.tool_choice, Mapping) else None
        if settings.tool_choice is not None and offered.get(str(named), True):
            body["tool_choice"] = _tool_choice(settings.tool_choice)
        if settings.parallel_tool_calls is not None:
            body["parallel_tool_calls"] = settings.parallel_tool_calls
    if settings.temperature is not None:
        body["temperature"] = settings.temperature
    if settings.top_p is not None:
        body["top_p"] = settings.top_p
    response_format = response_format_field(settings.response_format)
    if response_format is not None:
        body["response_format"] = response_format
    if settings.max_completion_tokens is not None:
        left = settings.max_completion_tokens - completion_tokens_used
        if left <= 0:
            raise RunIncomplete(
                "max_completion_tokens",
                f"The run used its max_completion_tokens ({settings.max_completion_tokens}) in earlier turns.",
            )
        body["max_completion_tokens"] = left
    body["stream"] = True
    body["stream_options"] = {"include_usage": True}
    return body


def _tool_choice(value: str | Mapping[str, Any]) -> str | JSON:
    if isinstance(value, Mapping) and value.get("type") in HOSTED_FUNCTIONS:
        return {"type": "function", "function": {"name": str(value["type"])}}
    if isinstance(value, Mapping):
        return {"type": "function", "function": {"name": str((value.get("function") or {}).get("name") or "")}}
    return value


__all__ = [
    "CODE_FUNCTION",
    "FILE_SEARCH_FUNCTION",
    "PROTOCOL_DEFAULTS",
    "RunIncomplete",
    "RunSettings",
    "Turn",
    "build_request",
    "chat_message",
    "conversation",
    "cut",
    "fit",
    "message_text",
    "system_message",
    "tool_round",
    "tools_field",
    "unsupported_tool",
]
