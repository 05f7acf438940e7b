"""A JSON value built from a JSON Schema, deterministically, with strings and numbers taken from a
text where they fit: what the scripted model answers under ``response_format`` ``json_schema``
and what it passes as a matched function's arguments.

    build(schema, "Ada Lovelace was born in 1815 in London", strict=True)

Rules, applied at every depth (``$ref`` into the same document resolved first, ``allOf`` merged):

* ``const`` -> it; ``enum`` -> its first value; a list of types, ``anyOf`` and ``oneOf`` -> the first
  that is not ``null`` (else ``null``).
* ``object`` -> every property in order (required ones and, past ``MAX_DEPTH``, only those; with
  ``strict`` all, as strict schemas require); ``minProperties`` topped up with ``extra_N`` keys
  only where ``additionalProperties`` is not ``false``.
* ``array`` -> ``minItems`` items, at least one (none past ``MAX_DEPTH``), at most ``maxItems``;
  ``prefixItems`` each built from their own schema; ``uniqueItems`` kept distinct.
* ``string`` -> a property named like free text (``query``, ``text``, ``question``, ...) gets the
  whole text; otherwise the next unused phrase of the text (``words.phrases``: quoted phrases,
  proper names, content words) that fits ``minLength``/``maxLength``/``pattern``/``format``; else a
  value made for the ``format``, else the property's name padded or cut to the lengths, else (a
  ``pattern`` it does not match) a string made from the pattern (``pattern_text.sample``).
* ``integer``/``number`` -> the next unused number of the text within ``minimum``/``maximum``
  (exclusive bounds and ``multipleOf`` honoured), else the bound-respecting value nearest 0.
* ``boolean`` -> true; ``null`` -> null.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from .pattern_text import sample
from .words import numbers, phrases, stem, tokens

T = TypeVar("T")

MAX_DEPTH = 8
"""Past this nesting (a recursive schema), arrays get only their ``minItems`` and objects only
their required properties, so the value stays finite."""

_FREE_TEXT_NAMES = """
    text query question prompt message content input body description summary answer comment note
    request response feedback explanation reason sentence search topic instructions
"""
FREE_TEXT = frozenset(stem(w) for w in _FREE_TEXT_NAMES.split())

FORMATS = {
    "date-time": "2024-01-01T00:00:00Z",
    "date": "2024-01-01",
    "time": "00:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "127.0.0.1",
    "ipv6": "::1",
    "uuid": "00000000-0000-4000-8000-000000000000",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "iri-reference": "https://example.com/",
}
_FORMAT_CHECKS: dict[str, Callable[[str], bool]] = {
    "date-time": lambda s: re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)", s) is not None,
    "date": lambda s: re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])", s) is not None,
    "email": lambda s: re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", s) is not None,
    "ipv4": lambda s: re.fullmatch(r"((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)", s) is not None,
    "uri": lambda s: re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*://\S+", s) is not None,
}


class Source:
    """The text's phrases and numbers, each handed out once."""

    def __init__(self, text: str, skip: frozenset[str] = frozenset()) -> None:
        self.text = " ".join(text.split())
        self._phrases = phrases(text, skip)
        self._numbers = numbers(text)
        self._used_phrases: set[int] = set()
        self._used_numbers: set[int] = set()

    def phrase(self, fits: Callable[[str], bool]) -> str | None:
        return _take(self._phrases, self._used_phrases, fits)

    def number(self, fits: Callable[[float], bool]) -> float | None:
        return _take(self._numbers, self._used_numbers, fits)


def _take(values: list[T], used: set[int], fits: Callable[[T], bool]) -> T | None:
    """The first of ``values`` not ``used`` yet that ``fits``, marked used."""
    for i, candidate in enumerate(values):
        if i not in used and fits(candidate):
            used.add(i)
            return candidate
    return None


def build(schema: Any, text: str = "", *, strict: bool = False, skip: frozenset[str] = frozenset()) -> Any:
    """A value valid against ``schema`` (a JSON Schema document), drawn from ``text`` (leaving out
    the words whose stems are in ``skip``)."""
    return _Builder(schema, Source(text, skip), strict).value(schema, "value", 0)


class _Builder:
    def __init__(self, root: Any, source: Source, strict: bool) -> None:
        self.root = root
        self.source = source
        self.strict = strict

    def resolve(self, schema: Any, seen: int = 0) -> Any:
        """``schema`` with ``$ref`` (into this document) followed and ``allOf`` merged in."""
        if not isinstance(schema, Mapping):
            return schema
        if isinstance(schema.get("$ref"), str) and seen < 32:
            target = self.pointer(schema["$ref"])
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            schema = {**self.resolve(target, seen + 1), **rest} if isinstance(target, Mapping) else rest
        if isinstance(schema.get("allOf"), list):
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            for part in schema["allOf"]:
                part = self.resolve(part, seen + 1)
                if not isinstance(part, Mapping):
                    continue
                for key, value in part.items():
                    if key == "properties":
                        merged["properties"] = {**merged.get("properties", {}), **value}
                    elif key == "required":
                        merged["required"] = [*merged.get("required", []), *value]
                    else:
                        merged.setdefault(key, value)
            schema = merged
        return schema

    def pointer(self, ref: str) -> Any:
        if not ref.startswith("#"):
            return {}
        node: Any = self.root
        for part in ref[1:].split("/")[1:]:
            part = part.replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return {}
        return node

    def value(self, schema: Any, name: str, depth: int) -> Any:
        schema = self.resolve(schema)
        if schema is True or not isinstance(schema, Mapping):
            return name if schema is True else None
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return schema["enum"][0]
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                pick = next((b for b in branches if self.kind(self.resolve(b)) != "null"), branches[0])
                own = {k: v for k, v in schema.items() if k not in ("anyOf", "oneOf")}
                return self.value({**own, **self.resolve(pick)}, name, depth)
        kind = self.kind(schema)
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            return self.array(schema, name, depth)
        if kind == "string":
            return self.string(schema, name)
        if kind in ("integer", "number"):
            return self.number(schema, kind == "integer")
        if kind == "boolean":
            return True
        return None

    @staticmethod
    def kind(schema: Any) -> str | None:
        if not isinstance(schema, Mapping):
            return None
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = next((k for k in kind if k != "null"), "null" if kind else None)
        if isinstance(kind, str):
            return kind
        if "properties" in schema or "required" in schema or "additionalProperties" in schema:
            return "object"
        if "items" in schema or "prefixItems" in schema:
            return "array"
        if any(k in schema for k in ("minLength", "maxLength", "pattern", "format")):
            return "string"
        if any(k in schema for k in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf")):
            return "number"
        return None

    def object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        declared = schema.get("properties")
        properties: Mapping[str, Any] = declared if isinstance(declared, Mapping) else {}
        required = [r for r in schema.get("required") or [] if isinstance(r, str)]
        out: dict[str, Any] = {}
        for key, sub in properties.items():
            if key in required or depth < MAX_DEPTH or self.strict:
                out[key] = self.value(sub, key, depth + 1)
        extra = schema.get("additionalProperties", True)
        for key in required:  # required but not declared: whatever additionalProperties allows
            if key not in out:
                out[key] = self.value(extra if isinstance(extra, Mapping) else {"type": "string"}, key, depth + 1)
        wanted = schema.get("minProperties")
        if isinstance(wanted, int) and extra is not False:
            n = 1
            while len(out) < wanted and n <= wanted + len(out):
                key = f"extra_{n}"
                if key not in out:
                    out[key] = self.value(extra if isinstance(extra, Mapping) else {"type": "string"}, key, depth + 1)
                n += 1
        return out

    def array(self, schema: Mapping[str, Any], name: str, depth: int) -> list[Any]:
        low = _count(schema, "minItems") or 0
        high = _count(schema, "maxItems")
        count = low if depth >= MAX_DEPTH else max(low, 1)
        if high is not None:
            count = min(count, high)
        listed = schema.get("prefixItems")
        prefix: list[Any] = listed if isinstance(listed, list) else []
        items = schema.get("items", {})
        out: list[Any] = []
        singular = name[:-1] if name.endswith("s") and len(name) > 3 else name
        for i in range(count):
            sub = prefix[i] if i < len(prefix) else items
            value = self.value(sub, singular, depth + 1)
            if schema.get("uniqueItems") and value in out:
                value = self.distinct(sub, singular, depth, out)
            out.append(value)
        return out

    def distinct(self, sub: Any, name: str, depth: int, taken: list[Any]) -> Any:
        """Another value for ``sub`` unlike those ``taken`` (unique items), where one is easy."""
        resolved = self.resolve(sub)
        if isinstance(resolved, Mapping) and isinstance(resolved.get("enum"), list):
            return next((v for v in resolved["enum"] if v not in taken), resolved["enum"][0])
        for n in range(2, len(taken) + 3):
            value = self.value(sub, f"{name} {n}", depth + 1)
            if isinstance(value, int | float) and not isinstance(value, bool) and value in taken:
                value = self.number_after(resolved, value, taken)
            if isinstance(value, str) and value in taken and isinstance(resolved, Mapping):
                numbered = f"{value} {n}"
                value = numbered if self.string_fits(resolved, numbered) else value
            if value not in taken:
                return value
        return self.value(sub, name, depth + 1)

    def number_after(self, schema: Any, value: float, taken: list[Any]) -> float:
        step = schema.get("multipleOf", 1) if isinstance(schema, Mapping) else 1
        candidate = value
        for _ in range(len(taken) + 1):
            candidate += step
            if candidate not in taken and self.number_fits(schema, candidate, isinstance(value, int)):
                return candidate
        return value

    def string(self, schema: Mapping[str, Any], name: str) -> str:
        def fits(text: str) -> bool:
            return self.string_fits(schema, text)

        if set(stem(w) for w in tokens(name)) & FREE_TEXT and self.source.text and fits(self.source.text):
            return self.source.text
        found = self.source.phrase(fits)
        if found is not None:
            return found
        made = FORMATS.get(str(schema.get("format")), name)
        low = _count(schema, "minLength") or 0
        high = _count(schema, "maxLength")
        if len(made) < low:
            made = (made + " ") * (low // (len(made) + 1) + 1)
            made = made[:low] if made[low - 1 : low] != " " else made[: low - 1] + "x"
        if high is not None and len(made) > high:
            made = made[:high]
        pattern = schema.get("pattern")
        if isinstance(pattern, str) and not fits(made):
            drawn = sample(pattern)  # a string the pattern matches, made from its parse
            if drawn is not None and (fits(drawn) or not fits(made)):
                return drawn
        return made

    @staticmethod
    def string_fits(schema: Mapping[str, Any], text: str) -> bool:
        low, high = schema.get("minLength"), schema.get("maxLength")
        if (isinstance(low, int) and len(text) < low) or (isinstance(high, int) and len(text) > high):
            return False
        pattern = schema.get("pattern")
        if isinstance(pattern, str):
            try:
                if re.search(pattern, text) is None:
                    return False
            except re.error:
                return False
        check = _FORMAT_CHECKS.get(str(schema.get("format")))
        if check is not None:
            return check(text)
        return "format" not in schema or schema["format"] not in FORMATS

    def number(self, schema: Mapping[str, Any], integer: bool) -> float | int:
        found = self.source.number(lambda n: self.number_fits(schema, n, integer))
        if found is not None:
            return int(found) if integer else found
        return self.nearest_zero(schema, integer)

    @staticmethod
    def number_fits(schema: Any, n: float, integer: bool) -> bool:
        if not isinstance(schema, Mapping):
            return True
        if integer and n != int(n):
            return False
        for key in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            bound = schema.get(key)
            if not isinstance(bound, int | float) or isinstance(bound, bool):
                continue
            inside = {
                "minimum": n >= bound,
                "maximum": n <= bound,
                "exclusiveMinimum": n > bound,
                "exclusiveMaximum": n < bound,
            }[key]
            if not inside:
                return False
        step = schema.get("multipleOf")
        if isinstance(step, int | float) and step > 0:
            quotient = n / step
            if abs(quotient - round(quotient)) > 1e-9:
                return False
        return True

    def nearest_zero(self, schema: Mapping[str, Any], integer: bool) -> float | int:
        """The value nearest 0 that the bounds and ``multipleOf`` allow."""
        low = _bound(schema, "minimum", "exclusiveMinimum", max)
        high = _bound(schema, "maximum", "exclusiveMaximum", min)
        step = schema.get("multipleOf")
        unit: float = step if isinstance(step, int | float) and step > 0 else (1 if integer else 0)
        if integer and unit and unit != int(unit):
            unit = _lcm_with_one(unit)
        start = 0.0
        if (low is not None and start < low[0]) or (low is not None and start == low[0] and low[1]):
            start = low[0]
        elif high is not None and (start > high[0] or (start == high[0] and high[1])):
            start = high[0]
        candidates: list[float] = []
        if unit:
            base = math.floor(start / unit)
            candidates = [k * unit for k in (base, base + 1, base - 1, base + 2, base - 2)]
        else:
            candidates = [start]
            if low is not None:
                candidates.append(low[0] + (1 if high is None else (high[0] - low[0]) / 2))
            if high is not None:
                candidates.append(high[0] - (1 if low is None else (high[0] - low[0]) / 2))
        for candidate in sorted(candidates, key=lambda c: (abs(c), c < 0)):
            value = round(candidate) if integer else candidate
            if self.number_fits(schema, value, integer):
                return value
        return round(start) if integer else start


def _count(schema: Mapping[str, Any], key: str) -> int | None:
    """A count keyword (``minItems``, ``maxLength``, ...) when it is a whole number."""
    value = schema.get(key)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _bound(schema: Mapping[str, Any], inclusive: str, exclusive: str, pick: Any) -> tuple[float, bool] | None:
    """The tighter of an inclusive and an exclusive bound: (value, exclusive?)."""
    bounds: list[tuple[float, bool]] = []
    for key, is_exclusive in ((inclusive, False), (exclusive, True)):
        value = schema.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            bounds.append((float(value), is_exclusive))
    if not bounds:
        return None
    best = pick(b[0] for b in bounds)
    return (best, any(b[1] for b in bounds if b[0] == best))


def _lcm_with_one(step: float) -> float:
    """The smallest multiple of ``step`` that is a whole number (at most 1000 steps on)."""
    for k in range(1, 1001):
        if abs(step * k - round(step * k)) < 1e-9:
            return round(step * k)
    return 1.0
