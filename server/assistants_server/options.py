"""Settings declared once: each is a dataclass field whose metadata holds its help text and how
the command line spells it, so the settings object and the command line come from one table.

    port: int = option(0, "port; 0 picks a free one (default)")

A field declared without ``option`` (or with ``help=None``) is not on the command line. The
flag is the field's name with dashes (``--upstream-base-url``) unless ``flag`` says otherwise;
a boolean that defaults to False is a switch, one that defaults to True is turned off by its
``flag`` (``--no-validate-requests``).
"""

from __future__ import annotations

import argparse
import dataclasses
import types
import typing
from collections.abc import Callable
from typing import Any

_KEY = "assistants_server.option"


def option(
    default: Any = dataclasses.MISSING,
    help: str | None = None,
    *,
    factory: Callable[[], Any] | None = None,
    flag: str | None = None,
    metavar: str | None = None,
    choices: tuple[str, ...] | None = None,
    group: str | None = None,
    parse: Callable[[str], Any] | None = None,
    secret: bool = False,
) -> Any:
    """A dataclass field with its command-line form (`secret`: kept out of the repr)."""
    meta = {_KEY: {"help": help, "flag": flag, "metavar": metavar, "choices": choices, "group": group, "parse": parse}}
    if factory is not None:
        return dataclasses.field(default_factory=factory, metadata=meta, repr=not secret)
    return dataclasses.field(default=default, metadata=meta, repr=not secret)


def _value_type(hint: Any) -> Any:
    """`float | None` -> float."""
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        members = [a for a in typing.get_args(hint) if a is not type(None)]
        return members[0]
    return hint


def _default(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return f.default


def add_arguments(parser: argparse.ArgumentParser, cls: type, groups: dict[str, Any] | None = None) -> None:
    """Add every option of the dataclass `cls` to `parser`, in declaration order."""
    groups = {} if groups is None else groups
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        meta = f.metadata.get(_KEY)
        if not meta or meta["help"] is None:
            continue
        target = parser
        if meta["group"]:
            target = groups.setdefault(meta["group"], parser.add_argument_group(meta["group"]))
        flag = meta["flag"] or "--" + f.name.replace("_", "-")
        default = _default(f)
        kind = _value_type(hints[f.name])
        if kind is bool:
            action = "store_false" if default else "store_true"
            target.add_argument(flag, dest=f.name, action=action, help=meta["help"])
            continue
        extra = {k: meta[k] for k in ("metavar", "choices") if meta[k] is not None}
        target.add_argument(flag, dest=f.name, type=meta["parse"] or kind, default=default, help=meta["help"], **extra)


def values(args: argparse.Namespace, cls: type) -> dict[str, Any]:
    """The values `args` holds for the options of `cls`, by field name."""
    return {f.name: getattr(args, f.name) for f in dataclasses.fields(cls) if hasattr(args, f.name)}
