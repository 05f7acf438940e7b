from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import InvalidValue, is_number, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__


@_attrs_define
class VectorStoreFileAttributes:
    """Key/value pairs stored with a file in a vector store, for filtering
    searches: at most 16 keys of up to 64 characters; values are strings
    of up to 512 characters, numbers or booleans.

    """

    additional_properties: dict[str, bool | float | str] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""

        field_dict: dict[str, Any] = {}
        for extra_name, extra in self.additional_properties.items():
            field_dict[extra_name] = extra

        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        try:
            _at: str = ""
            d = dict(src_dict)
            additional_properties = {}
            for extra_name, extra_data in d.items():
                _at = extra_name
                additional_property = extra_data
                if _strict and not (
                    type(additional_property) is str
                    or is_number(additional_property)
                    or type(additional_property) is bool
                ):
                    raise InvalidValue("expected string or number or boolean, got " + json_type(additional_property))

                additional_properties[extra_name] = additional_property
            d = additional_properties
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties)

    def __getitem__(self, key: str) -> bool | float | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: bool | float | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
