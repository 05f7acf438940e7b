from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "in_progress",
        "completed",
        "failed",
        "cancelled",
        "total",
    )
)


@_attrs_define
class VectorStoreFileCounts:
    """How many of the store's (or the batch's) files are in each status."""

    in_progress: int
    """ Files still being processed. """

    completed: int
    """ Files ready to be searched. """

    failed: int
    """ Files that could not be processed. """

    cancelled: int
    """ Files whose processing was cancelled. """

    total: int
    """ All files. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        in_progress = self.in_progress
        completed = self.completed
        failed = self.failed
        cancelled = self.cancelled
        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["in_progress"] = in_progress
        field_dict["completed"] = completed
        field_dict["failed"] = failed
        field_dict["cancelled"] = cancelled
        field_dict["total"] = total
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "in_progress"
            in_progress = src_dict.get("in_progress", MISSING)
            if in_progress is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "in_progress"]
                in_progress = None
            else:
                if _strict and not (is_integer(in_progress)):
                    raise expected("integer", in_progress)

            _at = "completed"
            completed = src_dict.get("completed", MISSING)
            if completed is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "completed"]
                completed = None
            else:
                if _strict and not (is_integer(completed)):
                    raise expected("integer", completed)

            _at = "failed"
            failed = src_dict.get("failed", MISSING)
            if failed is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "failed"]
                failed = None
            else:
                if _strict and not (is_integer(failed)):
                    raise expected("integer", failed)

            _at = "cancelled"
            cancelled = src_dict.get("cancelled", MISSING)
            if cancelled is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "cancelled"]
                cancelled = None
            else:
                if _strict and not (is_integer(cancelled)):
                    raise expected("integer", cancelled)

            _at = "total"
            total = src_dict.get("total", MISSING)
            if total is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "total"]
                total = None
            else:
                if _strict and not (is_integer(total)):
                    raise expected("integer", total)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 5 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.in_progress = in_progress
        _obj.completed = completed
        _obj.failed = failed
        _obj.cancelled = cancelled
        _obj.total = total
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
