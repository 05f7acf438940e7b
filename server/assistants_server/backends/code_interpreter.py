"""The code_interpreter tool as a backend sees it: pure, no I/O.

When a run has the ``code_interpreter`` tool, the engine hands the backend a :class:`CodeRunner`
in ``ModelRequest.code_interpreter``: it knows the names of the files the run's code finds under
``/mnt/data`` (``file_names``) and runs code in the thread's sandbox session. A backend streams
the code it writes as :class:`CodeInput` pieces (the engine opens a ``tool_calls`` step with a
``code_interpreter`` call on the first piece and sends each piece as a ``thread.run.step.delta``),
then awaits the runner with the whole code and yields the :class:`CodeCall` it got back (the
engine sends the outputs as one more delta and completes the step). Its answer links the files
the code wrote as ``sandbox:/mnt/data/NAME``: the engine turns each such link that names a file
of the run into a ``file_path`` annotation, and each image becomes an ``image_file`` part of the
answer message.

A sandbox that cannot be made raises :class:`CodeUnavailable` from the runner: the run fails with
``last_error`` naming what is missing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

JSON = dict[str, Any]
CODE_INTERPRETER = "code_interpreter"
MOUNT = "/mnt/data/"
LINK_PREFIX = "sandbox:" + MOUNT
_CODE_KEY = re.compile(r'\{\s*"code"\s*:\s*"')
NO_OUTPUT = "(the code printed nothing)"


class CodeUnavailable(Exception):
    """No sandbox can run the code here; ``reason`` says what is missing."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class CodeInput:
    """A piece of the code a backend is writing (a model event). The first piece of a run's
    code, or one with a ``call_id`` other than the open call's, opens a new call."""

    text: str
    call_id: str | None = None


@dataclass(frozen=True)
class MadeFile:
    """A file the code wrote under ``/mnt/data``, stored as a File."""

    name: str  # its path under /mnt/data
    file_id: str


@dataclass(frozen=True)
class CodeCall:
    """One execution (a model event): the code, its printed text (tracebacks and a limit's note
    included), the File ids of its images in order, and the files it wrote."""

    code: str
    logs: str
    images: tuple[str, ...] = ()
    files: tuple[MadeFile, ...] = ()
    limit: str | None = None  # "timeout", "memory", ... when one was hit
    prompt_tokens: int = 0  # what the model read to write this code, and wrote
    completion_tokens: int = 0
    call_id: str | None = None  # the call its CodeInput pieces opened (default: the last one open)


class CodeRunner(Protocol):
    """Runs code in the run's thread's sandbox session, the run's files under ``/mnt/data``."""

    @property
    def file_names(self) -> Sequence[str]:
        """The names of the run's files under ``/mnt/data`` (as the sandbox writes them)."""
        ...

    def __call__(self, code: str) -> Awaitable[CodeCall]: ...


def has_tool(tools: Iterable[Mapping[str, Any]]) -> bool:
    return any(isinstance(t, Mapping) and t.get("type") == CODE_INTERPRETER for t in tools)


def link(name: str) -> str:
    return LINK_PREFIX + name


def wire_outputs(call: CodeCall) -> list[JSON]:
    """The call's ``outputs`` as a step shows them: its logs (when it printed any), then its images."""
    outputs: list[JSON] = []
    if call.logs:
        outputs.append({"type": "logs", "logs": call.logs})
    outputs.extend({"type": "image", "image": {"file_id": file_id}} for file_id in call.images)
    return outputs


def wire_call(call_id: str, code: str, outputs: Sequence[JSON] = ()) -> JSON:
    """The step's ``code_interpreter`` tool call."""
    return {"id": call_id, "type": CODE_INTERPRETER, "code_interpreter": {"input": code, "outputs": list(outputs)}}


def result_text(call: CodeCall) -> str:
    """What the model reads back: the logs, then a line per image and per file written (with the
    link to write in the answer)."""
    lines = [call.logs.rstrip("\n") if call.logs else NO_OUTPUT]
    lines.extend(f"[image {i + 1} shown to the user as file {file_id}]" for i, file_id in enumerate(call.images))
    lines.extend(f"[file written: {link(f.name)}]" for f in call.files)
    return "\n".join(lines)


def wire_result_text(call: Mapping[str, Any]) -> str:
    """``result_text`` of a recorded call (its wire form): what the model read back then, less
    the files written (a step does not keep them)."""
    outputs = (call.get(CODE_INTERPRETER) or {}).get("outputs") or ()
    logs = "".join(str(o.get("logs") or "") for o in outputs if isinstance(o, Mapping) and o.get("type") == "logs")
    images = tuple(
        str((o.get("image") or {}).get("file_id") or "")
        for o in outputs
        if isinstance(o, Mapping) and o.get("type") == "image"
    )
    return result_text(CodeCall("", logs, images))


def wire_input(call: Mapping[str, Any]) -> str:
    return str((call.get(CODE_INTERPRETER) or {}).get("input") or "")


def partial_code(arguments: str) -> str:
    """The code so far in the streamed JSON arguments ``{"code": "..."}`` of a code call: the
    string's characters decoded up to the last complete one (an escape cut in half waits)."""
    found = _CODE_KEY.search(arguments)
    if found is None:
        return ""
    rest = arguments[found.end() :]
    cut, index = 0, 0
    while index < len(rest):
        char = rest[index]
        if char == '"':
            break
        step = 1 if char != "\\" else (6 if rest[index + 1 : index + 2] == "u" else 2)
        if index + step > len(rest):
            break
        index += step
        cut = index
    try:
        return str(json.loads('"' + rest[:cut] + '"'))
    except ValueError:  # a broken escape: what came before it
        return ""


def call_code(arguments: str) -> str:
    """The code of a finished code call's arguments: ``{"code": ...}``, or the text itself when
    it is not that JSON (some models send the bare code)."""
    try:
        value = json.loads(arguments or "{}")
    except ValueError:
        return arguments
    if isinstance(value, dict) and isinstance(value.get("code"), str):
        return str(value["code"])
    return arguments if not isinstance(value, dict) else ""


def file_paths(text: str, made: Mapping[str, str], *, complete: bool = True) -> Iterator[JSON]:
    """The ``file_path`` annotations for the ``sandbox:/mnt/data/NAME`` links in `text` that name
    a file the run's code wrote (`made`: name -> File id; names may hold spaces, the longest
    that fits wins). With ``complete`` false, a link that reaches the end of `text` is left out:
    more of it may still come."""
    names = sorted(made, key=len, reverse=True)
    start = text.find(LINK_PREFIX)
    while start >= 0:
        rest = start + len(LINK_PREFIX)
        name = next((n for n in names if text.startswith(n, rest)), None)
        end = rest + len(name) if name is not None else rest
        if name is not None and (complete or end < len(text)):
            yield {
                "type": "file_path",
                "text": text[start:end],
                "start_index": start,
                "end_index": end,
                "file_path": {"file_id": made[name]},
            }
        start = text.find(LINK_PREFIX, max(end, start + 1))
