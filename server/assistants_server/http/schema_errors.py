"""Schema failures in the API's words: a jsonschema error turned into the typed 400 the API
would answer (missing and unknown parameters, sizes, types), quoting at most a short prefix of
the offending value."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..errors import ErrorReply, quote


def json_path(parts: Iterable[Any]) -> str:
    """``tools[0].function.name``; a key is cut to a short prefix (it may be the bad value itself)."""
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + quote(part)
    return text


# The API's own words for a size past a limit: {limit} is the schema's, {size} the value's.
_SIZES = {
    "maxLength": "string too long. Expected a string with maximum length {limit}, but got a string with length {size}",
    "minLength": "string too short. Expected a string with minimum length {limit}, but got a string with length {size}",
    "maxItems": "array too long. Expected an array with maximum length {limit}, but got an array with length {size}",
    "minItems": "array too short. Expected an array with minimum length {limit}, but got an array with length {size}",
    "maxProperties": "too many keys. Expected an object with at most {limit} keys, but got an object with {size}",
}


def message(error: Any) -> str:
    """jsonschema's message with the offending value cut to a short prefix."""
    whole = repr(error.instance)
    short = quote(whole)
    return quote(error.message.replace(whole, short) if whole != short else error.message, 300)


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


def describe(error: Any) -> ErrorReply:
    parts = list(error.absolute_path)
    instance = error.instance
    validator = error.validator
    if validator == "required" and isinstance(instance, dict):
        missing = [name for name in error.validator_value if name not in instance]
        param = json_path([*parts, missing[0] if missing else "?"])
        return ErrorReply(
            400, f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter"
        )
    if validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
        known = set((error.schema.get("properties") or {}).keys())
        extra = [name for name in instance if name not in known]
        param = json_path([*parts, extra[0] if extra else "?"])
        return ErrorReply(
            400, f"Unrecognized request argument supplied: {param}", param=param, code="unknown_parameter"
        )
    path = json_path(parts) or None
    if validator in _SIZES and isinstance(error.instance, str | list | dict):
        told = _SIZES[validator].format(limit=error.validator_value, size=len(error.instance))
        return ErrorReply(400, f"Invalid '{path or 'body'}': {told} instead.", param=path, code="invalid_value")
    if validator == "pattern" and isinstance(instance, str) and "\u0000" in instance:
        # the spec's Metadata keys and values: `pattern: '^[^\u0000]*$'`
        text = f"Invalid value for '{path or 'body'}': the NUL character (\\u0000) is not allowed here."
        return ErrorReply(400, text, param=path, code="invalid_value")
    if validator == "type":
        expected = error.validator_value
        if isinstance(expected, list):
            expected = " or ".join(expected)
        text = f"Invalid type for '{path}': expected {expected}, but got {_type_name(instance)} instead."
        return ErrorReply(400, text, param=path, code="invalid_type")
    where = f"'{path}'" if path else "the request body"
    return ErrorReply(400, f"Invalid value for {where}: {message(error)}", param=path, code="invalid_value")


def _member(error: Any) -> Any:
    """Which member of its ``anyOf``/``oneOf`` parent a context error came from."""
    path = error.relative_schema_path
    return path[0] if path else None


def _discriminated(union: Any) -> Any:
    """The member of the union error ``union`` (``anyOf``/``oneOf`` of objects told apart by a
    ``type`` enum or const) whose ``type`` accepts the instance's, or None when no single one does."""
    if union.validator not in ("anyOf", "oneOf") or not union.context:
        return None
    if not isinstance(union.instance, dict) or "type" not in union.instance:
        return None
    members = union.validator_value if isinstance(union.validator_value, list) else []
    rejecting = {
        _member(e) for e in union.context if list(e.relative_path) == ["type"] and e.validator in ("enum", "const")
    }
    # a member that wants no object at all (a string, null) is no candidate either
    not_objects = {_member(e) for e in union.context if not list(e.relative_path) and e.validator == "type"}
    accepting = [i for i in range(len(members)) if i not in rejecting | not_objects]
    if not rejecting or len(accepting) != 1:
        return None
    return accepting[0]


def pick(errors: Iterable[Any]) -> Any:
    """jsonschema's ``best_match``, except that in a union whose members are told apart by their
    ``type`` (a filter: comparison or compound) the error reported is one of the member the given
    ``type`` names, not the other member's "'eq' is not one of ['and', 'or']"."""
    from jsonschema.exceptions import best_match

    error = best_match(errors)
    for _ in range(64):  # each step moves into a strictly smaller part of the instance or schema
        if error is None:
            return None
        chain = [error]
        while chain[-1].parent is not None:
            chain.append(chain[-1].parent)
        redirected = None
        for depth in range(len(chain) - 1, -1, -1):  # outermost union first
            union = chain[depth]
            member = _discriminated(union)
            if member is None:
                continue
            taken = _member(chain[depth - 1]) if depth > 0 else None
            if taken != member:
                redirected = best_match([e for e in union.context if _member(e) == member])
                break
        if redirected is None:
            return error
        error = redirected
    return error
