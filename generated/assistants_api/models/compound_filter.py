from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "filters",
    )
)

from ..models.compound_filter_type import CompoundFilterType


@_attrs_define
class CompoundFilter:
    """Combines filters."""

    type: CompoundFilterType
    """ Whether every filter (`and`) or any filter (`or`) has to pass. """

    filters: list[ComparisonFilter | CompoundFilter]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type.value if isinstance(self.type, CompoundFilterType) else self.type

        filters: Any
        if isinstance(self.filters, list):
            filters = []
            for filters_item_data in self.filters:
                if isinstance(filters_item_data, ComparisonFilter):
                    filters_item = (
                        filters_item_data.to_dict()
                        if isinstance(filters_item_data, ComparisonFilter)
                        else filters_item_data
                    )

                elif isinstance(filters_item_data, CompoundFilter):
                    filters_item = (
                        filters_item_data.to_dict()
                        if isinstance(filters_item_data, CompoundFilter)
                        else filters_item_data
                    )

                else:
                    filters_item = filters_item_data

                filters.append(filters_item)
        else:
            filters = self.filters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["filters"] = filters
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
                    _type__member = CompoundFilterType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of CompoundFilterType")
                    else:
                        type_ = CompoundFilterType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "filters"
            filters = src_dict.get("filters", MISSING)
            if filters is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "filters"]
                filters = None
            else:
                if type(filters) is list:
                    _filters_items = filters
                    filters = []
                    try:
                        for filters_item_data in _filters_items:
                            filters_item = filters_item_data
                            if type(filters_item) is dict:
                                filters_item = ComparisonFilter.from_dict(filters_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(filters_item))

                            filters.append(filters_item)
                    except InvalidValue as _error:
                        raise _error.at(len(filters)) from None
                elif _strict:
                    raise expected("array", filters)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 2 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.type = type_
        _obj.filters = filters
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


# Imported after the class is defined, so that models referring to each other can load.
from ..models.comparison_filter import ComparisonFilter
