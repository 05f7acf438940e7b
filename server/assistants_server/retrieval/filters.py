"""The attribute filter of a vector store search, as pure functions: ``filter_problem`` checks a
filter tree (beyond what the spec's schema says: nesting depth, list values for ``in``/``nin``)
and ``matches`` decides whether one file's attributes pass it.

Comparison rules: ``eq``/``ne`` compare values of the same kind (a boolean is not a number);
``gt``/``gte``/``lt``/``lte`` compare numbers with numbers and strings with strings, anything
else fails; ``in``/``nin`` test membership in the filter's list. A file without the key passes
only ``ne`` and ``nin``.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Mapping
from typing import Any

MAX_DEPTH = 8
"""How deep compound filters may nest (a lone comparison is depth 1)."""
MAX_FILTERS = 64
"""How many filters one compound filter may hold."""

COMPARISONS = ("eq", "ne", "gt", "gte", "lt", "lte", "in", "nin")
COMPOUNDS = ("and", "or")
_ORDER: dict[str, Callable[[Any, Any], bool]] = {
    "gt": operator.gt,
    "gte": operator.ge,
    "lt": operator.lt,
    "lte": operator.le,
}


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    return "other"


def filter_problem(node: Any, param: str = "filters", depth: int = 1) -> tuple[str, str] | None:
    """What is wrong with filter `node`, as ``(param, message)``, or None if it can be applied."""
    if depth > MAX_DEPTH:
        return param, f"Invalid '{param}': filters nest at most {MAX_DEPTH} levels deep."
    if not isinstance(node, Mapping):
        return param, f"Invalid '{param}': expected a filter object."
    kind = node.get("type")
    if kind in COMPOUNDS:
        children = node.get("filters")
        if not isinstance(children, list):
            return f"{param}.filters", f"Missing required parameter: '{param}.filters'."
        if len(children) > MAX_FILTERS:
            return f"{param}.filters", f"Invalid '{param}.filters': at most {MAX_FILTERS} filters."
        for i, child in enumerate(children):
            problem = filter_problem(child, f"{param}.filters[{i}]", depth + 1)
            if problem is not None:
                return problem
        return None
    if kind not in COMPARISONS:
        return f"{param}.type", f"Invalid '{param}.type': expected one of {', '.join(COMPARISONS + COMPOUNDS)}."
    if not isinstance(node.get("key"), str):
        return f"{param}.key", f"Missing required parameter: '{param}.key'."
    if "value" not in node:
        return f"{param}.value", f"Missing required parameter: '{param}.value'."
    value = node["value"]
    if kind in ("in", "nin"):
        if not isinstance(value, list) or any(_kind(v) not in ("string", "number") for v in value):
            return f"{param}.value", f"Invalid '{param}.value': '{kind}' takes a list of strings and numbers."
    elif _kind(value) == "other":
        return f"{param}.value", f"Invalid '{param}.value': expected a string, a number or a boolean."
    return None


def _compare(kind: str, have: Any, want: Any) -> bool:
    if kind in ("in", "nin"):
        found = any(_kind(have) == _kind(v) and have == v for v in want)
        return found if kind == "in" else not found
    same = _kind(have) == _kind(want)
    if kind == "eq":
        return same and have == want
    if kind == "ne":
        return not (same and have == want)
    if not same or _kind(have) not in ("number", "string"):
        return False
    return _ORDER[kind](have, want)


def matches(node: Mapping[str, Any], attributes: Mapping[str, Any] | None) -> bool:
    """Whether a file with `attributes` passes the (checked) filter `node`."""
    kind = node["type"]
    if kind == "and":
        return all(matches(child, attributes) for child in node["filters"])
    if kind == "or":
        return any(matches(child, attributes) for child in node["filters"])
    attributes = attributes or {}
    if node["key"] not in attributes:
        return kind in ("ne", "nin")
    return _compare(kind, attributes[node["key"]], node["value"])
