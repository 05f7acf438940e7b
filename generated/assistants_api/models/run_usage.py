from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "completion_tokens",
        "prompt_tokens",
        "total_tokens",
    )
)


@_attrs_define
class RunUsage:
    """Tokens used by a run or run step; null until it has finished."""

    completion_tokens: int
    """ Tokens generated. """

    prompt_tokens: int
    """ Tokens read. """

    total_tokens: int
    """ Sum of both. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        completion_tokens = self.completion_tokens
        prompt_tokens = self.prompt_tokens
        total_tokens = self.total_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["completion_tokens"] = completion_tokens
        field_dict["prompt_tokens"] = prompt_tokens
        field_dict["total_tokens"] = total_tokens
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
            _at = "completion_tokens"
            completion_tokens = src_dict.get("completion_tokens", MISSING)
            if completion_tokens is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "completion_tokens"]
                completion_tokens = None
            else:
                if _strict and not (is_integer(completion_tokens)):
                    raise expected("integer", completion_tokens)

            _at = "prompt_tokens"
            prompt_tokens = src_dict.get("prompt_tokens", MISSING)
            if prompt_tokens is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "prompt_tokens"]
                prompt_tokens = None
            else:
                if _strict and not (is_integer(prompt_tokens)):
                    raise expected("integer", prompt_tokens)

            _at = "total_tokens"
            total_tokens = src_dict.get("total_tokens", MISSING)
            if total_tokens is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "total_tokens"]
                total_tokens = None
            else:
                if _strict and not (is_integer(total_tokens)):
                    raise expected("integer", total_tokens)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.completion_tokens = completion_tokens
        _obj.prompt_tokens = prompt_tokens
        _obj.total_tokens = total_tokens
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
