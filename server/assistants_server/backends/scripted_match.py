"""The scripted model's last tool rule and its structured answers: what it does for programs
written for a real model.

* ``matched_call``: with ``tool_choice`` ``auto`` and no function named in the message, the
  function tool whose name or description shares the most stemmed words with the message
  (``words.stems``: case folded, stop words left out) is called, once; a word of the name counts
  twice, one of the description once; a tie goes to the first in the run's tools. Its arguments
  are built from its ``parameters`` by ``schema_answer.build`` with the message as the source,
  less the words it shares with the function (``weather`` in "What's the weather in Oslo?").
* ``json_answer``: the text the model answers under a ``response_format``: with ``json_schema``
  one JSON document valid against the schema (``schema_answer.build``, ``strict`` honoured), with
  ``json_object`` an object ``{"answer": <what it would have said>}``; ``None`` otherwise.

    matched_call("What's the weather in New York?", [fetch_weather_tool])
    # ('fetch_weather', '{"location":"New York"}')
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from .schema_answer import build
from .words import stems


def _compact(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def score(message_stems: set[str], function: Mapping[str, Any]) -> int:
    """How much ``function`` (a tool's ``function`` object) has to do with the message."""
    name = set(stems(str(function.get("name") or "")))
    description = set(stems(str(function.get("description") or ""))) - name
    return 2 * len(message_stems & name) + len(message_stems & description)


def matched_call(text: str, tools: Sequence[Mapping[str, Any]]) -> tuple[str, str] | None:
    """(name, arguments JSON) of the function that best matches ``text``, or None."""
    message = set(stems(text))
    if not message:
        return None
    best: tuple[int, Mapping[str, Any]] | None = None
    for tool in tools:
        function = tool.get("function") if tool.get("type") == "function" else None
        if not isinstance(function, Mapping) or not function.get("name"):
            continue
        points = score(message, function)
        if points and (best is None or points > best[0]):
            best = (points, function)
    if best is None:
        return None
    function = best[1]
    parameters = function.get("parameters")
    about = frozenset(stems(f"{function.get('name')} {function.get('description') or ''}"))
    # the words the message shares with the function say what it is about, not its arguments
    arguments = build(parameters, text, strict=bool(function.get("strict")), skip=about) if parameters else {}
    if not isinstance(arguments, dict):
        arguments = {}
    return str(function["name"]), _compact(arguments)


def json_answer(response_format: Any, source: str, prose: str) -> str | None:
    """The answer under ``response_format``: a JSON text, or None for a plain-text format.

    ``source`` is what strings and numbers are drawn from (the user's message, or the tool
    outputs and the message); ``prose`` what the model would have said as text."""
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_object":
        return _compact({"answer": prose})
    if kind != "json_schema":
        return None
    spec = response_format.get("json_schema")
    if not isinstance(spec, Mapping):
        return _compact({"answer": prose})
    schema = spec.get("schema")
    if not isinstance(schema, Mapping):
        return _compact({"answer": prose})  # no schema given: any JSON object is valid
    return _compact(build(schema, source, strict=bool(spec.get("strict"))))
