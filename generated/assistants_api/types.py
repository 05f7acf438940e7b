"""UNSET, MISSING and what decoding reports: the hand-written `assistants_core.types`, re-exported under this package."""

from assistants_core.types import (
    MISSING,
    UNSET,
    InvalidValue,
    Missing,
    Unset,
    expected,
    is_integer,
    is_number,
    json_type,
)

__all__ = [
    "MISSING",
    "UNSET",
    "InvalidValue",
    "Missing",
    "Unset",
    "expected",
    "is_integer",
    "is_number",
    "json_type",
]
