from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_number, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "key",
        "value",
    )
)

from ..models.comparison_filter_type import ComparisonFilterType


@_attrs_define
class ComparisonFilter:
    """Keeps the files whose attribute `key` compares as asked with `value`."""

    type: ComparisonFilterType
    """ How an attribute is compared with the value. """

    key: str
    """ The attribute compared. """

    value: bool | float | list[float | str] | str
    """ The value compared with; a list for `in` and `nin`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type.value if isinstance(self.type, ComparisonFilterType) else self.type

        key = self.key
        value: bool | float | list[float | str] | str
        if isinstance(self.value, list):
            if isinstance(self.value, list):
                value = []
                for value_type_3_item_data in self.value:
                    value_type_3_item = value_type_3_item_data

                    value.append(value_type_3_item)
            else:
                value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["key"] = key
        field_dict["value"] = value
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if type(type_) is str:
                    _type__member = ComparisonFilterType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of ComparisonFilterType")
                    else:
                        type_ = ComparisonFilterType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "key"
            key = src_dict.get("key", MISSING)
            if key is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "key"]
                key = None
            else:
                if _strict and not (type(key) is str):
                    raise expected("string", key)

            _at = "value"
            value = src_dict.get("value", MISSING)
            if value is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "value"]
                value = None
            else:
                if type(value) is str or is_number(value) or type(value) is bool:
                    pass
                elif type(value) is list:
                    value_type_3 = value
                    if type(value_type_3) is list:
                        _value_type_3_items = value_type_3
                        value_type_3 = []
                        try:
                            for value_type_3_item_data in _value_type_3_items:
                                value_type_3_item = value_type_3_item_data
                                if _strict and not (type(value_type_3_item) is str or is_number(value_type_3_item)):
                                    raise InvalidValue("expected string or number, got " + json_type(value_type_3_item))

                                value_type_3.append(value_type_3_item)
                        except InvalidValue as _error:
                            raise _error.at(len(value_type_3)) from None
                    elif _strict:
                        raise expected("array", value_type_3)

                    value = value_type_3
                elif _strict:
                    raise InvalidValue("expected string or number or boolean or array, got " + json_type(value))

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
        _obj.type = type_
        _obj.key = key
        _obj.value = value
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
