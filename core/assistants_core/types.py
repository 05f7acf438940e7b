"""Shared types of the generated code: the UNSET marker and what decoding reports.

Decoding is tolerant by default: a value the spec does not allow is kept as it came, and a
required field the host left out reads as None and is named in the model's `missing_fields`.
With `strict=True` the first such value raises `InvalidValue`, whose path says where it is.
"""

from typing import Any, Literal


class Unset:
    """The type of UNSET: a field or parameter that was not given (as opposed to None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


class Missing:
    """The type of MISSING: what decoding reads where a required field was left out."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = Missing()

_JSON_TYPES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}


def json_type(value: Any) -> str:
    """The JSON name of a decoded value's type (`null`, `object`, `string`, ...)."""
    if value is None:
        return "null"
    return _JSON_TYPES.get(type(value), type(value).__name__)


class InvalidValue(ValueError):
    """A value the spec does not allow, met while decoding strictly.

    `path` lists the keys and indexes from the decoded object down to the value; the message
    never quotes the value itself, so a huge value cannot make a huge message.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.path: list[str | int] = []

    def at(self, segment: str | int) -> "InvalidValue":
        """Prefix the path with the key or index the value was found under; returns self."""
        self.path.insert(0, segment)
        return self

    @property
    def json_path(self) -> str:
        """The path as text: `data[3].content[0].text.value`."""
        text = ""
        for segment in self.path:
            text += f"[{segment}]" if isinstance(segment, int) else (f".{segment}" if text else segment)
        return text

    def __str__(self) -> str:
        return f"{self.json_path}: {self.reason}" if self.path else self.reason


def expected(kind: str, value: Any) -> InvalidValue:
    """The error for a value of the wrong JSON type."""
    return InvalidValue(f"expected {kind}, got {json_type(value)}")


def is_integer(value: Any) -> bool:
    """A JSON integer: an int that is not a bool, or a float with no fractional part."""
    kind = type(value)
    return kind is int or (kind is float and value.is_integer())


def is_number(value: Any) -> bool:
    """A JSON number: an int or a float, never a bool."""
    kind = type(value)
    return kind is int or kind is float


File = Any
"""The value of a multipart request's binary field: a file source (a path, bytes, a binary file
object or a `(filename, content[, content_type])` tuple; see assistants_core.multipart)."""

FileTypes = Any
"""What a binary field becomes in `to_dict()`: the same file source, streamed when sent."""


def joined_text(content: Any, separator: str) -> str:
    """The `.text` of a model whose `content` holds text parts: a string content as it is, else
    each part's text (a string, or an object's `value`) joined by `separator`."""
    if isinstance(content, str):
        return content
    pieces = []
    for part in content if isinstance(content, list) else ():
        text = getattr(part, "text", None)
        value = text if isinstance(text, str) else getattr(text, "value", None)
        if isinstance(value, str):
            pieces.append(value)
    return separator.join(pieces)


__all__ = [
    "joined_text",
    "MISSING",
    "UNSET",
    "File",
    "FileTypes",
    "InvalidValue",
    "Missing",
    "Unset",
    "expected",
    "is_integer",
    "is_number",
    "json_type",
]
