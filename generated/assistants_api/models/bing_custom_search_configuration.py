from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "connection_id",
        "instance_name",
        "market",
        "set_lang",
        "count",
        "freshness",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class BingCustomSearchConfiguration:
    """One Bing Custom Search set-up."""

    connection_id: str
    """ ID of the project connection to the Bing Custom Search resource. """

    instance_name: str
    """ Name of the custom search configuration instance. """

    market: str | Unset = UNSET
    """ Market the results come from, e.g. `en-US`. """

    set_lang: str | Unset = UNSET
    """ Language of the user interface strings. """

    count: int | Unset = UNSET
    """ How many results to hand to the model. """

    freshness: str | Unset = UNSET
    """ Age filter, as for `bing_grounding`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        connection_id = self.connection_id
        instance_name = self.instance_name
        market = self.market
        set_lang = self.set_lang
        count = self.count
        freshness = self.freshness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["connection_id"] = connection_id
        field_dict["instance_name"] = instance_name
        if market is not UNSET:
            field_dict["market"] = market
        if set_lang is not UNSET:
            field_dict["set_lang"] = set_lang
        if count is not UNSET:
            field_dict["count"] = count
        if freshness is not UNSET:
            field_dict["freshness"] = freshness
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
            _at = "connection_id"
            connection_id = src_dict.get("connection_id", MISSING)
            if connection_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "connection_id"]
                connection_id = None
            else:
                if _strict and not (type(connection_id) is str):
                    raise expected("string", connection_id)

            _at = "instance_name"
            instance_name = src_dict.get("instance_name", MISSING)
            if instance_name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "instance_name"]
                instance_name = None
            else:
                if _strict and not (type(instance_name) is str):
                    raise expected("string", instance_name)

            _at = "market"
            market = src_dict.get("market", UNSET)
            if market is not UNSET:
                if _strict and not (type(market) is str):
                    raise expected("string", market)
            else:
                _absent += 1
            _at = "set_lang"
            set_lang = src_dict.get("set_lang", UNSET)
            if set_lang is not UNSET:
                if _strict and not (type(set_lang) is str):
                    raise expected("string", set_lang)
            else:
                _absent += 1
            _at = "count"
            count = src_dict.get("count", UNSET)
            if count is not UNSET:
                if _strict and not (is_integer(count)):
                    raise expected("integer", count)
            else:
                _absent += 1
            _at = "freshness"
            freshness = src_dict.get("freshness", UNSET)
            if freshness is not UNSET:
                if _strict and not (type(freshness) is str):
                    raise expected("string", freshness)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 6 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.connection_id = connection_id
        _obj.instance_name = instance_name
        _obj.market = market
        _obj.set_lang = set_lang
        _obj.count = count
        _obj.freshness = freshness
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
