"""The scripted model: a deterministic stand-in for the LLM, one ``ModelBackend``.

Rules (the "last user message" is the text of the newest user message in the
run's context):

* Triggers, checked first: ``[fail]`` -> run ``failed`` (last_error code
  ``server_error``); ``[rate_limit]`` -> ``failed`` with code
  ``rate_limit_exceeded``; ``[expire]`` -> run ``expired``.
* Tokens are whitespace-separated words.  Prompt tokens = words of the run's
  instructions plus the text of every message in context (the engine has applied
  ``truncation_strategy`` already) plus submitted tool outputs.  If that
  exceeds ``max_prompt_tokens`` the run ends ``incomplete`` (reason
  ``max_prompt_tokens``) without a message.  If the answer has more words than
  ``max_completion_tokens`` it is cut to that many words, the
  message is ``incomplete`` (reason ``max_tokens``) and so is the run (reason
  ``max_completion_tokens``).
* Tool calls: every function tool of the run whose name occurs as a whole word
  in the last user message is called, in the order of the run's ``tools``
  (``tool_choice`` ``none`` disables this; a named ``tool_choice`` calls only
  that function; ``required`` calls the first function when none is named).
  Arguments are built from the function's JSON-schema ``parameters``: every
  declared property, in order; ``enum`` -> its first value; ``string`` -> the
  next unused word after the function's name in the message (punctuation
  stripped), or the property's name when words run out; ``integer``/``number``
  -> the next unused number in the message, else 0; ``boolean`` -> true;
  ``array`` -> []; ``object`` -> built the same way from its properties;
  anything else -> null.
* Functions not named, and JSON answers (``scripted_match``): with ``tool_choice`` ``auto`` and no
  function named (nor a store to search), the function sharing the most stemmed words with the
  message is called once; a ``json_schema`` or ``json_object`` ``response_format`` makes the text
  answer (below) a JSON document.
* Delivery: the answer is streamed in up to four deltas cut at word boundaries,
  ``pace`` seconds apart in all; with ``chunks`` set, in exactly that many pieces
  and no pause (short answers are padded with `` ok``).
* Text answers: ``You said: <last user message>`` (``Hello! How can I help
  you?`` when the thread has no user message).  After tool outputs were
  submitted: one line per call, ``The <name> tool returned: <output>``.
* file_search: when the run has the ``file_search`` tool and a vector store (the assistant's or
  the thread's), and the model would answer with text (no trigger, no function called,
  ``tool_choice`` not ``none``), it first searches for the last user message (one query, the
  tool's ``max_num_results`` and ``ranking_options``), then answers with the first
  ``QUOTE_WORDS`` words of the top result's text followed by its citation marker
  ``【n:0†file name】`` (a ``file_citation`` annotation); with no result:
  ``I found nothing about that in the files.``. Usage: the search step counts the prompt and the
  query's words; the answer's prompt adds the query and the results as the model read them
  (each result's marker and text), so the run's usage counts both rounds.
* code_interpreter: when the run has the tool and the model would answer with text, the code
  rules of :mod:`.scripted_code` pick code (a fenced Python block, else the "look at the data"
  program over the run's files, else an arithmetic expression); it is run, and the answer
  summarises its logs and links its files (no file_search then). Usage counts like a search.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from .base import Finish, ModelEvent, ModelRequest, TextDelta, ToolCall, Usage, message_text
from .code_interpreter import CodeInput, result_text
from .file_search import FileSearchCall, marker, results_text
from .scripted_code import code_answer, code_pieces, code_plan
from .scripted_match import json_answer, matched_call

_EDGE_PUNCTUATION = ".,;:!?\"'()[]{}<>"
_NUMBER_RE = re.compile(r"-?\d+(?:\.\d+)?")
QUOTE_WORDS = 60
NOTHING_FOUND = "I found nothing about that in the files."


def count_tokens(text: str) -> int:
    return len(text.split())


def last_user_text(messages: Sequence[Mapping[str, Any]]) -> str | None:
    """``messages`` in chronological order."""
    for message in reversed(messages):
        if message.get("role") == "user":
            return message_text(message)
    return None


@dataclass
class Decision:
    kind: str  # "fail" | "rate_limit" | "expire" | "prompt_limit" | "tools" | "text"
    text: str = ""
    tool_calls: list[tuple[str, str]] = field(default_factory=list)  # (name, arguments json)
    prompt_tokens: int = 0


def _mentions(text: str, name: str) -> bool:
    return re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", text) is not None


def build_arguments(parameters: Any, text: str, name: str) -> dict[str, Any]:
    """Arguments for ``name`` drawn from the words following it in ``text``."""
    match = re.search(r"(?<![A-Za-z0-9_])" + re.escape(name) + r"(?![A-Za-z0-9_])", text)
    rest = text[match.end() :] if match else text
    words = [w for w in (raw.strip(_EDGE_PUNCTUATION) for raw in rest.split()) if w]
    numbers = [n for n in _NUMBER_RE.findall(rest)]
    state = {"word": 0, "number": 0}

    def next_word(default: str) -> str:
        if state["word"] < len(words):
            state["word"] += 1
            return words[state["word"] - 1]
        return default

    def next_number(integer: bool) -> Any:
        if state["number"] < len(numbers):
            state["number"] += 1
            value = float(numbers[state["number"] - 1])
            return int(value) if integer else value
        return 0

    def value_for(prop_name: str, schema: Any) -> Any:
        if not isinstance(schema, dict):
            return None
        if schema.get("enum"):
            return schema["enum"][0]
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), None)
        if kind is None:
            for key in ("anyOf", "oneOf"):
                if schema.get(key):
                    return value_for(prop_name, schema[key][0])
        if kind == "string":
            return next_word(prop_name)
        if kind == "integer":
            return next_number(True)
        if kind == "number":
            return next_number(False)
        if kind == "boolean":
            return True
        if kind == "array":
            return []
        if kind == "object" or "properties" in schema:
            return {k: value_for(k, v) for k, v in (schema.get("properties") or {}).items()}
        return None

    if not isinstance(parameters, dict):
        return {}
    return {k: value_for(k, v) for k, v in (parameters.get("properties") or {}).items()}


def choose_tools(text: str, tools: list[dict[str, Any]], tool_choice: Any) -> list[tuple[str, str]]:
    functions = [t.get("function") or {} for t in tools if t.get("type") == "function"]
    if not functions or tool_choice == "none":
        return []
    if isinstance(tool_choice, dict) and tool_choice.get("type") == "function":
        wanted = (tool_choice.get("function") or {}).get("name")
        chosen = [f for f in functions if f.get("name") == wanted]
    else:
        chosen = [f for f in functions if f.get("name") and _mentions(text, f["name"])]
        if not chosen and tool_choice == "required":
            chosen = functions[:1]
    return [
        (f["name"], json.dumps(build_arguments(f.get("parameters"), text, f["name"]), separators=(",", ":")))
        for f in chosen
    ]


def answer(text: str | None) -> str:
    if text is None or not text.strip():
        return "Hello! How can I help you?"
    return f"You said: {text}"


def tool_answer(outputs: list[tuple[str, str]]) -> str:
    return "\n".join(f"The {name} tool returned: {output}" for name, output in outputs)


def decide(
    *,
    messages: Sequence[Mapping[str, Any]],
    instructions: str | None,
    tools: list[dict[str, Any]],
    tool_choice: Any,
    max_prompt_tokens: int | None,
    tool_outputs: list[tuple[str, str]] | None = None,
    response_format: Any = None,
    match: bool = True,
) -> Decision:
    """What the model does next for a run whose context is ``messages`` (already truncated)."""
    prompt_tokens = count_tokens(instructions or "") + sum(count_tokens(message_text(m)) for m in messages)
    if tool_outputs:
        prompt_tokens += sum(count_tokens(o) for _, o in tool_outputs)
    prompt_tokens = max(prompt_tokens, 1)
    text = last_user_text(messages)
    user = text or ""
    if tool_outputs is None:
        if "[fail]" in user:
            return Decision("fail", prompt_tokens=prompt_tokens)
        if "[rate_limit]" in user:
            return Decision("rate_limit", prompt_tokens=prompt_tokens)
        if "[expire]" in user:
            return Decision("expire", prompt_tokens=prompt_tokens)
    if max_prompt_tokens is not None and prompt_tokens > max_prompt_tokens:
        return Decision("prompt_limit", prompt_tokens=prompt_tokens)
    if tool_outputs is None:
        calls = choose_tools(user, tools, tool_choice)
        if not calls and match and tool_choice in (None, "auto"):  # scripted_match: no name, shared words
            calls = [found] if (found := matched_call(user, tools)) else []
        if calls:
            return Decision("tools", tool_calls=calls, prompt_tokens=prompt_tokens)
        said = answer(text)
        return Decision("text", text=json_answer(response_format, user, said) or said, prompt_tokens=prompt_tokens)
    said = tool_answer(tool_outputs)
    source = " ".join([*(o for _, o in tool_outputs), user])
    return Decision("text", text=json_answer(response_format, source, said) or said, prompt_tokens=prompt_tokens)


def grounded_answer(call: FileSearchCall) -> str:
    """The answer from a search: the top result's first words and its citation marker."""
    if not call.results:
        return NOTHING_FOUND
    top = call.results[0]
    quoted = truncate_words(" ".join(top.text.split()), QUOTE_WORDS)
    return f"{quoted} {marker(call.turn, 0, top.file_name)}"


def truncate_words(text: str, limit: int) -> str:
    """The first ``limit`` whitespace-separated words of ``text`` (spacing kept)."""
    if limit <= 0:
        return ""
    matches = list(re.finditer(r"\S+", text))
    if len(matches) <= limit:
        return text
    return text[: matches[limit - 1].end()]


def split_chunks(text: str, count: int) -> list[str]:
    """``text`` cut into ``count`` non-empty pieces (padded with " ok" if too short)."""
    count = max(1, count)
    while len(text) < count:
        text += " ok"
    size, extra = divmod(len(text), count)
    chunks: list[str] = []
    start = 0
    for i in range(count):
        end = start + size + (1 if i < extra else 0)
        chunks.append(text[start:end])
        start = end
    return chunks


def word_chunks(text: str, count: int = 4) -> list[str]:
    """Up to ``count`` pieces cut at word boundaries (for ordinary streams)."""
    words = re.findall(r"\S+\s*", text)
    if len(words) <= 1:
        return [text] if text else []
    per = max(1, -(-len(words) // count))
    return ["".join(words[i : i + per]) for i in range(0, len(words), per)]


class ScriptedModel:
    """The scripted model as a ``ModelBackend`` (the server's default)."""

    async def respond(self, request: ModelRequest) -> AsyncIterator[ModelEvent]:
        outputs = None
        if request.tool_results is not None:
            outputs = [(r.name, r.output) for r in request.tool_results]
        run = request.run
        decision = decide(
            messages=request.messages,
            instructions=request.instructions,
            tools=request.tools,
            tool_choice=run.get("tool_choice"),
            max_prompt_tokens=run.get("max_prompt_tokens"),
            tool_outputs=outputs,
            response_format=run.get("response_format"),
            match=request.file_search is None,  # a store to search: file_search answers first
        )
        prompt = decision.prompt_tokens
        if decision.kind == "fail":
            yield Usage(prompt, 0)
            yield Finish("failed", "server_error", "The scripted model failed as the message asked ([fail]).")
            return
        if decision.kind == "rate_limit":
            yield Finish("failed", "rate_limit_exceeded", "Rate limit reached, as the message asked ([rate_limit]).")
            return
        if decision.kind == "expire":
            yield Finish("expired")
            return
        if decision.kind == "prompt_limit":
            yield Usage(prompt, 0)
            yield Finish("max_prompt_tokens")
            return
        if decision.kind == "tools":
            for name, arguments in decision.tool_calls:
                yield ToolCall(name, arguments)
            completion = sum(count_tokens(f"{n} {a}") for n, a in decision.tool_calls)
            yield Usage(prompt, completion)
            yield Finish("tool_calls")
            return
        text = decision.text
        searched = 0  # tokens of the search round, beside the answer's
        query = last_user_text(request.messages) or ""
        runner = request.code_interpreter
        code = code_plan(query, runner.file_names) if runner is not None and outputs is None else None
        if runner is not None and code is not None and run.get("tool_choice") != "none":
            for piece in code_pieces(code):
                yield CodeInput(piece)
            ran = replace(await runner(code), prompt_tokens=prompt, completion_tokens=count_tokens(code))
            yield ran
            searched, query = prompt + ran.completion_tokens, code
            prompt += ran.completion_tokens + count_tokens(result_text(ran))
            text = code_answer(ran)
        elif request.file_search is not None and outputs is None and run.get("tool_choice") != "none" and query.strip():
            call = await request.file_search([query])
            call = replace(call, prompt_tokens=prompt, completion_tokens=count_tokens(query))
            yield call
            searched = prompt + call.completion_tokens
            prompt += call.completion_tokens + count_tokens(results_text(call))
            text = grounded_answer(call)
            text = json_answer(run.get("response_format"), f"{text} {query}", text) or text
        limit = run.get("max_completion_tokens")
        truncated = isinstance(limit, int) and count_tokens(text) > limit
        if truncated and isinstance(limit, int):
            text = truncate_words(text, limit)
        pieces = split_chunks(text, request.chunks) if request.chunks else word_chunks(text)
        gap = 0.0 if request.chunks else request.pace / max(len(pieces), 1)
        for piece in pieces:
            yield TextDelta(piece)
            if gap:
                await asyncio.sleep(gap)
        completion = count_tokens("".join(pieces))
        if searched:
            yield Usage(prompt + searched - count_tokens(query), completion + count_tokens(query))
        else:
            yield Usage(prompt, completion)
        yield Finish("max_completion_tokens" if truncated else "stop")
