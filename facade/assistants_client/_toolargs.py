"""A tool call's JSON arguments as the function's annotated types, and its result as JSON text;
no I/O.

`bind(fn, arguments)` checks the decoded arguments against `fn`'s parameters and builds each
value its hint asks for: a dataclass or attrs instance from an object, an Enum member from its
value, a tuple or set from an array, and so on (the hints `_toolschema` writes schemas for);
an unannotated or `Any` parameter gets the JSON value as it came. A `null` for a parameter that
has a default and does not take None leaves it out (what a strict-mode schema makes the model
send for "not given"). Anything that does not fit raises ToolArgumentsError naming where, which
the tool loop reports to the model as the call's output.

`encode_result` writes what a function returned: a str as it is; anything else as JSON, with
dataclasses, attrs and pydantic models, enums, sets and tuples, dates as their ISO text.
"""

from __future__ import annotations

import dataclasses
import datetime
import enum
import inspect
import json
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

from ._toolschema import _ARRAYS, _MAPPINGS, _NONE, _class_fields, _is_attrs, _is_typeddict, _strip_required

__all__ = ["ToolArgumentsError", "bind", "convert", "encode_result"]


class ToolArgumentsError(ValueError):
    """A tool call's arguments do not fit the function's parameters; `.path` names where
    ("city", "trip.stops[2]", "" for the whole of them)."""

    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path


def _kind(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def convert(value: Any, hint: Any, path: str = "") -> Any:
    """`value` (decoded JSON) as the type `hint` names; ToolArgumentsError if it does not fit."""
    hint = _strip_required(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return convert(value, args[0], path)
    if hint is Any or hint is inspect.Parameter.empty:
        return value
    if hint is None or hint is _NONE:
        if value is not None:
            raise ToolArgumentsError(f"expected null, got {_kind(value)}", path)
        return None
    if hint is bool or hint is str:
        if not isinstance(value, hint):
            raise ToolArgumentsError(f"expected {hint.__name__}, got {_kind(value)}", path)
        return value
    if hint is int:
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if not isinstance(value, int) or isinstance(value, bool):
            raise ToolArgumentsError(f"expected int, got {_kind(value)}", path)
        return value
    if hint is float:
        if not isinstance(value, int | float) or isinstance(value, bool):
            raise ToolArgumentsError(f"expected float, got {_kind(value)}", path)
        return float(value)
    if origin is typing.Literal:
        for allowed in args:
            plain = allowed.value if isinstance(allowed, enum.Enum) else allowed
            if plain == value and type(plain) is type(value):
                return allowed
        raise ToolArgumentsError(f"expected one of {[getattr(a, 'value', a) for a in args]!r}, got {value!r}", path)
    if origin in (typing.Union, types.UnionType):
        return _union(value, args, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            allowed = [member.value for member in hint]
            raise ToolArgumentsError(f"expected one of {allowed!r}, got {value!r}", path) from None
    if hint in _ARRAYS or origin in _ARRAYS:
        return _array(value, hint, origin, args, path)
    if hint in _MAPPINGS or origin in _MAPPINGS:
        if not isinstance(value, dict):
            raise ToolArgumentsError(f"expected object, got {_kind(value)}", path)
        item = args[1] if args else Any
        return {key: convert(item_value, item, f"{path}.{key}") for key, item_value in value.items()}
    if _is_typeddict(hint) or dataclasses.is_dataclass(hint) or _is_attrs(hint):
        return _instance(value, hint, path)
    return value  # a hint the schema side refuses: only reached through a mapping of functions


def _union(value: Any, args: tuple[Any, ...], path: str) -> Any:
    if value is None and _NONE in args:
        return None
    failures = []
    for member in args:
        if member is _NONE:
            continue
        try:
            return convert(value, member, path)
        except ToolArgumentsError as exc:
            failures.append(str(exc))
    raise ToolArgumentsError(f"fits none of the allowed types ({'; '.join(failures)})", path)


def _array(value: Any, hint: Any, origin: Any, args: tuple[Any, ...], path: str) -> Any:
    if not isinstance(value, list):
        raise ToolArgumentsError(f"expected array, got {_kind(value)}", path)
    container = origin or hint
    if container is tuple and args and not (len(args) == 2 and args[1] is Ellipsis):
        if len(value) != len(args):
            raise ToolArgumentsError(f"expected {len(args)} items, got {len(value)}", path)
        return tuple(
            convert(item, arg, f"{path}[{index}]") for index, (item, arg) in enumerate(zip(value, args, strict=True))
        )
    item_hint = args[0] if args else Any
    items = [convert(item, item_hint, f"{path}[{index}]") for index, item in enumerate(value)]
    if container is tuple:
        return tuple(items)
    if container in (set, frozenset, set):
        return frozenset(items) if container is frozenset else set(items)
    return items


def _instance(value: Any, hint: type, path: str) -> Any:
    if not isinstance(value, dict):
        raise ToolArgumentsError(f"expected object, got {_kind(value)}", path)
    fields = {name: (field_hint, needed) for name, field_hint, needed, _ in _class_fields(hint, path)}
    unknown = sorted(set(value) - set(fields))
    if unknown:
        raise ToolArgumentsError(f"unexpected properties {unknown!r}", path)
    kwargs = {}
    for name, (field_hint, needed) in fields.items():
        where = f"{path}.{name}" if path else name
        if name not in value or (value[name] is None and not needed and not _takes_none(field_hint)):
            if needed:
                raise ToolArgumentsError("required property is missing", where)
            continue
        kwargs[name] = convert(value[name], field_hint, where)
    return kwargs if _is_typeddict(hint) else hint(**kwargs)


def _takes_none(hint: Any) -> bool:
    hint = _strip_required(hint)
    if hint is Any or hint is None or hint is _NONE or hint is inspect.Parameter.empty:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Annotated:
        return _takes_none(args[0])
    if origin is typing.Literal:
        return None in args
    return origin in (typing.Union, types.UnionType) and any(_takes_none(arg) for arg in args)


def bind(fn: Callable[..., Any], arguments: Mapping[str, Any]) -> dict[str, Any]:
    """The keyword arguments to call `fn` with, from a tool call's decoded `arguments`."""
    from ._toolschema import ToolDefinitionError, hints_of, parameters

    try:
        params = parameters(fn)
        hints = hints_of(fn)
    except ToolDefinitionError:  # a callable with **kwargs etc. (mapping form): called as it is
        return dict(arguments)
    known = {parameter.name for parameter in params}
    unknown = sorted(set(arguments) - known)
    if unknown:
        raise ToolArgumentsError(f"unexpected arguments {unknown!r}")
    kwargs = {}
    for parameter in params:
        hint = hints.get(parameter.name, parameter.annotation)
        has_default = parameter.default is not inspect.Parameter.empty
        value = arguments.get(parameter.name, inspect.Parameter.empty)
        if value is inspect.Parameter.empty or (value is None and has_default and not _takes_none(hint)):
            if not has_default:
                raise ToolArgumentsError("required argument is missing", parameter.name)
            continue
        kwargs[parameter.name] = convert(value, hint, parameter.name)
    return kwargs


def _plain(value: Any) -> Any:
    """json.dumps's fallback for what JSON has no word for."""
    if isinstance(value, enum.Enum):
        return value.value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if _is_attrs(type(value)):
        import attrs

        return attrs.asdict(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    dump = getattr(value, "model_dump", None) or getattr(value, "to_dict", None)
    if callable(dump):
        return dump()
    return str(value)


def encode_result(result: Any) -> str:
    """The output the model sees for a function's result: a str as it is, else JSON."""
    if isinstance(result, str):
        return result
    return json.dumps(result, default=_plain, ensure_ascii=False)
