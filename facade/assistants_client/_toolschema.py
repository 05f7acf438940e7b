"""Function tool definitions from Python callables, with no I/O.

`function_tool(get_weather)` is the `{"type": "function", "function": {...}}` an assistant or a
run takes in `tools`: the name is the function's `__name__`, the description its docstring's
first paragraph, and the parameters a JSON schema built from the type hints, each parameter
described by its entry in the docstring's "Args:" (Google), "Parameters" (NumPy) or ":param x:"
(reST) section. A parameter with a default is not required.

Hints understood: str, int, float, bool, None, Any, Literal, Enum (its values), list / Sequence /
set / tuple, dict[str, X], X | None and other unions, Annotated[X, "description"], TypedDict
(total, NotRequired / Required), dataclasses and attrs classes, nested in one another. Anything
else, a recursive type, `*args`, `**kwargs` or a positional-only parameter raises
ToolDefinitionError naming the function and the parameter.

`strict=True` gives a strict-mode schema: every property required (what may be left out
becomes nullable instead: the tool loop then calls without it, so its default applies) and
`additionalProperties: false` on every object; a free-form dict or an unannotated parameter
cannot be written so and raises ToolDefinitionError.
"""

from __future__ import annotations

import dataclasses
import enum
import inspect
import re
import types
import typing
from collections.abc import Callable, Mapping, Sequence
from typing import Any

__all__ = ["ToolDefinitionError", "function_tool", "parse_docstring", "schema_of"]

JSON = dict[str, Any]

_SCALARS: dict[Any, str] = {str: "string", int: "integer", float: "number", bool: "boolean"}
_ARRAYS = (list, tuple, set, frozenset, Sequence, typing.Sequence, list, set)
_MAPPINGS = (dict, Mapping, dict, typing.Mapping)
_NONE = type(None)
_QUALIFIERS = tuple(
    q for q in (typing.NotRequired, typing.Required, getattr(typing, "ReadOnly", None)) if q is not None
)


class ToolDefinitionError(TypeError):
    """A callable whose parameters cannot be written as a JSON schema: `.function` and
    `.parameter` name it (`.parameter` is a path such as "city" or "trip.stops[]")."""

    def __init__(self, message: str, *, function: str, parameter: str | None) -> None:
        where = f"{function}({parameter})" if parameter else function
        super().__init__(f"{where}: {message}")
        self.function = function
        self.parameter = parameter


class _Unsupported(Exception):
    """Raised deep in schema_of; function_tool turns it into a ToolDefinitionError."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


# -- docstrings -------------------------------------------------------------------------------------

_SECTION = re.compile(r"^\s*(Args|Arguments|Parameters|Params)\s*:?\s*$")
_OTHER_SECTION = re.compile(
    r"^\s*(Returns?|Yields?|Raises?|Examples?|Notes?|See Also|Attributes|Warns?|References)\s*:?\s*$"
)
_UNDERLINE = re.compile(r"^\s*-{3,}\s*$")
_GOOGLE_ENTRY = re.compile(r"^(\*{0,2}\w+)\s*(\([^)]*\))?\s*:\s*(.*)$")
_NUMPY_ENTRY = re.compile(r"^(\*{0,2}\w+)\s*(:.*)?$")
_REST_PARAM = re.compile(r"^\s*:param\s+(?:[^:]*\s)?(\w+)\s*:\s*(.*)$")


def parse_docstring(doc: str | None) -> tuple[str, dict[str, str]]:
    """The summary (the first paragraph, lines joined) and each parameter's description."""
    lines = inspect.cleandoc(doc or "").splitlines()
    summary: list[str] = []
    for line in lines:
        if not line.strip() or _SECTION.match(line) or _REST_PARAM.match(line) or line.lstrip().startswith(":"):
            if summary or line.strip():
                break
            continue
        summary.append(line.strip())
    params = _rest_params(lines) or _section_params(lines)
    return " ".join(summary), params


def _rest_params(lines: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    current = None
    for line in lines:
        match = _REST_PARAM.match(line)
        if match:
            current = match.group(1)
            params[current] = match.group(2).strip()
        elif current and line.strip() and not line.lstrip().startswith(":") and line.startswith((" ", "\t")):
            params[current] = f"{params[current]} {line.strip()}".strip()
        else:
            current = None
    return params


def _section_params(lines: list[str]) -> dict[str, str]:
    """A Google "Args:" section (`name (type): text`) or a NumPy "Parameters" one (`name : type`
    then the text indented below)."""
    params: dict[str, str] = {}
    inside, numpy, current, entry_indent = False, False, None, -1
    for index, line in enumerate(lines):
        if _SECTION.match(line):
            inside, current, entry_indent = True, None, -1
            numpy = index + 1 < len(lines) and bool(_UNDERLINE.match(lines[index + 1]))
            continue
        if not inside or _UNDERLINE.match(line):
            continue
        if _OTHER_SECTION.match(line) and (index + 1 >= len(lines) or not line.startswith(" " * (entry_indent + 1))):
            inside = False
            continue
        if not line.strip():
            continue
        indent = len(line) - len(line.lstrip())
        if entry_indent < 0:
            entry_indent = indent
        if indent <= entry_indent:
            match = (_NUMPY_ENTRY if numpy else _GOOGLE_ENTRY).match(line.strip())
            if match is None:
                inside = False
                continue
            current = match.group(1).lstrip("*")
            params[current] = "" if numpy else match.group(3).strip()
        elif current is not None:
            params[current] = f"{params[current]} {line.strip()}".strip()
    return params


# -- type hints to JSON schema ----------------------------------------------------------------------


def _is_typeddict(hint: Any) -> bool:
    return typing.is_typeddict(hint)


def _is_attrs(hint: Any) -> bool:
    return isinstance(hint, type) and hasattr(hint, "__attrs_attrs__")


def _nullable(schema: JSON) -> JSON:
    if schema.get("type") == "null" or any(member.get("type") == "null" for member in schema.get("anyOf", ())):
        return schema
    return {"anyOf": [schema, {"type": "null"}]}


def _literal(values: tuple[Any, ...], path: str) -> JSON:
    for value in values:
        if not (value is None or isinstance(value, str | int | float | bool | enum.Enum)):
            raise _Unsupported(f"Literal value {value!r} is not JSON", path)
    plain = [value.value if isinstance(value, enum.Enum) else value for value in values]
    kinds = {_SCALARS.get(type(value), "null") for value in plain}
    schema: JSON = {"enum": plain}
    if len(kinds) == 1:
        schema = {"type": kinds.pop(), **schema}
    return schema


def _object(fields: list[tuple[str, Any, bool, str | None]], path: str, strict: bool, seen: tuple[Any, ...]) -> JSON:
    """An object schema from (name, hint, required, description) rows."""
    properties: JSON = {}
    required = []
    for name, hint, needed, description in fields:
        schema = schema_of(hint, f"{path}.{name}" if path else name, strict=strict, _seen=seen)
        if description:
            schema = {**schema, "description": description}
        if strict and not needed:
            schema = _nullable(schema)
        properties[name] = schema
        if needed or strict:
            required.append(name)
    out: JSON = {"type": "object", "properties": properties, "required": required}
    if strict:
        out["additionalProperties"] = False
    return out


def _class_fields(hint: type, path: str) -> list[tuple[str, Any, bool, str | None]]:
    """The (name, hint, required, description) rows of a TypedDict, dataclass or attrs class."""
    try:
        hints = typing.get_type_hints(hint, include_extras=True)
    except Exception as exc:  # a forward reference that does not resolve
        raise _Unsupported(f"cannot read the type hints of {hint.__name__}: {exc}", path) from None
    described = parse_docstring(hint.__doc__)[1]
    if _is_typeddict(hint):
        needed: frozenset[str] = getattr(hint, "__required_keys__", frozenset())
        return [(key, _strip_required(h), _required(key, h, needed), described.get(key)) for key, h in hints.items()]
    if dataclasses.is_dataclass(hint):
        rows = []
        for field in dataclasses.fields(hint):
            if not field.init:
                continue
            required = field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
            rows.append((field.name, hints.get(field.name, Any), required, described.get(field.name)))
        return rows
    import attrs  # a dependency of the generated models

    rows = []
    for attribute in attrs.fields(hint):
        if not attribute.init:
            continue
        name = attribute.alias or attribute.name
        required = attribute.default is attrs.NOTHING
        rows.append((name, hints.get(attribute.name, Any), required, described.get(attribute.name)))
    return rows


def _required(name: str, hint: Any, required_keys: frozenset[str]) -> bool:
    """A TypedDict key's required-ness: its own NotRequired / Required first (with postponed
    annotations, Python 3.11's `__required_keys__` cannot see them), else the class's totality."""
    origin = typing.get_origin(hint)
    if origin is typing.NotRequired:
        return False
    if origin is typing.Required:
        return True
    return name in required_keys


def _strip_required(hint: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in _QUALIFIERS:
        return _strip_required(typing.get_args(hint)[0])
    return hint


def schema_of(hint: Any, path: str = "", *, strict: bool = False, _seen: tuple[Any, ...] = ()) -> JSON:
    """The JSON schema of values of type `hint`; `path` names where it is, for errors."""
    hint = _strip_required(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        schema = schema_of(args[0], path, strict=strict, _seen=_seen)
        notes = [note for note in hint.__metadata__ if isinstance(note, str)]
        return {**schema, "description": " ".join(notes)} if notes else schema
    if hint is Any or hint is inspect.Parameter.empty:
        if strict:
            raise _Unsupported("strict mode needs a type hint here (Any allows every JSON value)", path)
        return {}
    if hint is None or hint is _NONE:
        return {"type": "null"}
    if hint in _SCALARS:
        return {"type": _SCALARS[hint]}
    if origin is typing.Literal:
        return _literal(args, path)
    if origin in (typing.Union, types.UnionType):
        members = [schema_of(arg, path, strict=strict, _seen=_seen) for arg in args if arg is not _NONE]
        schema = members[0] if len(members) == 1 else {"anyOf": members}
        return _nullable(schema) if _NONE in args else schema
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _literal(tuple(member.value for member in hint), path)
    if hint in _ARRAYS or origin in _ARRAYS:
        return _array(hint, origin, args, path, strict, _seen)
    if hint in _MAPPINGS or origin in _MAPPINGS:
        if strict:
            raise _Unsupported("strict mode needs every object's properties named (use a TypedDict or dataclass)", path)
        if args and args[0] is not str:
            raise _Unsupported(f"JSON object keys are strings, not {args[0]!r}", path)
        value = schema_of(args[1], f"{path}[]", strict=strict, _seen=_seen) if args else {}
        return {"type": "object", "additionalProperties": value or True}
    if _is_typeddict(hint) or dataclasses.is_dataclass(hint) or _is_attrs(hint):
        if hint in _seen:
            raise _Unsupported(f"{hint.__name__} refers to itself, which a tool schema cannot say", path)
        schema = _object(_class_fields(hint, path), path, strict, (*_seen, hint))
        summary = parse_docstring(hint.__doc__)[0] if hint.__doc__ and not _generated_doc(hint) else ""
        return {**schema, "description": summary} if summary else schema
    raise _Unsupported(f"no JSON schema for the type hint {hint!r}", path)


def _generated_doc(hint: type) -> bool:
    """A dataclass without a docstring gets its signature as one: not a description."""
    return bool(dataclasses.is_dataclass(hint) and (hint.__doc__ or "").startswith(f"{hint.__name__}("))


def _array(hint: Any, origin: Any, args: tuple[Any, ...], path: str, strict: bool, seen: tuple[Any, ...]) -> JSON:
    if (hint is tuple or origin is tuple) and args and not (len(args) == 2 and args[1] is Ellipsis):
        items = [schema_of(arg, f"{path}[{index}]", strict=strict, _seen=seen) for index, arg in enumerate(args)]
        return {"type": "array", "prefixItems": items, "minItems": len(items), "maxItems": len(items)}
    item = schema_of(args[0], f"{path}[]", strict=strict, _seen=seen) if args else {}
    if not args and strict:
        raise _Unsupported("strict mode needs the type of the items (list[str], ...)", path)
    schema: JSON = {"type": "array", "items": item}
    if hint in (set, frozenset) or origin in (set, frozenset, set):
        schema["uniqueItems"] = True
    return schema


# -- callables --------------------------------------------------------------------------------------


def parameters(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    """The parameters a tool call fills (by keyword); ToolDefinitionError for what cannot be."""
    name = getattr(fn, "__name__", repr(fn))
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError) as exc:
        raise ToolDefinitionError(f"has no signature to read: {exc}", function=name, parameter=None) from None
    out = []
    for parameter in signature.parameters.values():
        if parameter.kind in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD):
            raise ToolDefinitionError("*args and **kwargs cannot be described", function=name, parameter=parameter.name)
        if parameter.kind is inspect.Parameter.POSITIONAL_ONLY:
            raise ToolDefinitionError(
                "a positional-only parameter cannot be passed by name", function=name, parameter=parameter.name
            )
        out.append(parameter)
    return out


def hints_of(fn: Callable[..., Any]) -> dict[str, Any]:
    name = getattr(fn, "__name__", repr(fn))
    try:
        return typing.get_type_hints(fn, include_extras=True)
    except Exception as exc:  # a forward reference that does not resolve
        raise ToolDefinitionError(f"cannot read its type hints: {exc}", function=name, parameter=None) from None


def function_tool(
    fn: Callable[..., Any], *, name: str | None = None, description: str | None = None, strict: bool = False
) -> JSON:
    """The function tool definition of `fn` (see the module docstring): a dict for `tools=[...]`."""
    tool_name: str = name or getattr(fn, "__name__", "") or ""
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,64}", tool_name):
        raise ToolDefinitionError(
            "a tool name is 1 to 64 letters, digits, '_' or '-' (pass name=)",
            function=tool_name or repr(fn),
            parameter=None,
        )
    summary, described = parse_docstring(fn.__doc__)
    hints = hints_of(fn)
    rows = [
        (p.name, hints.get(p.name, p.annotation), p.default is inspect.Parameter.empty, described.get(p.name))
        for p in parameters(fn)
    ]
    try:
        schema = _object(rows, "", strict, ())
    except _Unsupported as exc:
        raise ToolDefinitionError(str(exc), function=tool_name, parameter=exc.path or None) from None
    function: JSON = {"name": tool_name}
    if description or summary:
        function["description"] = description or summary
    function["parameters"] = schema
    if strict:
        function["strict"] = True
    return {"type": "function", "function": function}
