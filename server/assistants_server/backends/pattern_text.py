"""A short string a regular expression matches, for a JSON Schema ``pattern`` the message had no
fitting words for: ``sample(r"^[A-Z]{3}-\\d{2}$")`` -> ``"AAA-00"``.

Read from Python's own parse of the expression: each repeat its least count, a class its first
member, an alternation its first branch, lookarounds and anchors nothing. The result is checked
with ``re.search``; ``None`` when it does not match (back-references, say) or the expression
does not compile.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

_parser: Any = importlib.import_module("re._parser")

MAX_LENGTH = 1000
"""A pattern asking for more than this many characters gets None."""

_CATEGORY = {"CATEGORY_DIGIT": "0", "CATEGORY_WORD": "a", "CATEGORY_SPACE": " "}
_NOT_CATEGORY = {"CATEGORY_NOT_DIGIT": "a", "CATEGORY_NOT_WORD": "-", "CATEGORY_NOT_SPACE": "a"}


def sample(pattern: str) -> str | None:
    """A string ``re.search(pattern, it)`` matches, short and deterministic, or None."""
    try:
        parsed = _parser.parse(pattern)
        text = _emit(list(parsed), 0)
    except (re.error, _Unsupported, RecursionError):
        return None
    if text is None or len(text) > MAX_LENGTH:
        return None
    try:
        return text if re.search(pattern, text) else None
    except re.error:
        return None


class _Unsupported(Exception):
    pass


def _emit(items: list[Any], depth: int) -> str | None:
    if depth > 50:
        raise _Unsupported
    out: list[str] = []
    for op, arg in items:
        piece = _one(str(op), arg, depth)
        if piece is None:
            return None
        out.append(piece)
        if sum(map(len, out)) > MAX_LENGTH:
            return None
    return "".join(out)


def _one(op: str, arg: Any, depth: int) -> str | None:
    if op == "LITERAL":
        return chr(arg)
    if op == "NOT_LITERAL":
        return "a" if arg != ord("a") else "b"
    if op == "ANY":
        return "a"
    if op == "IN":
        return _member(arg)
    if op in ("AT", "ASSERT", "ASSERT_NOT"):
        return ""
    if op == "SUBPATTERN":
        return _emit(list(arg[-1]), depth + 1)
    if op == "ATOMIC_GROUP":
        return _emit(list(arg), depth + 1)
    if op == "BRANCH":
        return _emit(list(arg[1][0]), depth + 1)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        low, _high, body = arg
        if low > MAX_LENGTH:
            return None
        one = _emit(list(body), depth + 1)
        return None if one is None else one * low
    if op == "CATEGORY":
        return _CATEGORY.get(str(arg)) or _NOT_CATEGORY.get(str(arg))
    raise _Unsupported(op)


def _member(members: list[Any]) -> str | None:
    """The first character a character class takes (a negated class: one outside it)."""
    if members and str(members[0][0]) == "NEGATE":
        excluded = members[1:]
        for candidate in "aA0-_ x":
            if not any(_in(candidate, op, arg) for op, arg in excluded):
                return candidate
        return None
    for op, arg in members:
        name = str(op)
        if name == "LITERAL":
            return chr(arg)
        if name == "RANGE":
            return chr(arg[0])
        if name == "CATEGORY":
            return _CATEGORY.get(str(arg)) or _NOT_CATEGORY.get(str(arg))
    return None


def _in(char: str, op: Any, arg: Any) -> bool:
    name = str(op)
    if name == "LITERAL":
        return bool(ord(char) == arg)
    if name == "RANGE":
        return bool(arg[0] <= ord(char) <= arg[1])
    if name == "CATEGORY":
        kind = str(arg)
        tests = {
            "CATEGORY_DIGIT": char.isdigit(),
            "CATEGORY_NOT_DIGIT": not char.isdigit(),
            "CATEGORY_WORD": char.isalnum() or char == "_",
            "CATEGORY_NOT_WORD": not (char.isalnum() or char == "_"),
            "CATEGORY_SPACE": char.isspace(),
            "CATEGORY_NOT_SPACE": not char.isspace(),
        }
        return bool(tests.get(kind, True))
    return True
