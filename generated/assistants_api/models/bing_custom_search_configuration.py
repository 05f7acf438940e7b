from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        connection_id = d.pop("connection_id")
        instance_name = d.pop("instance_name")
        market = d.pop("market", UNSET)
        set_lang = d.pop("set_lang", UNSET)
        count = d.pop("count", UNSET)
        freshness = d.pop("freshness", UNSET)

        obj = cls(
            connection_id=connection_id,
            instance_name=instance_name,
            market=market,
            set_lang=set_lang,
            count=count,
            freshness=freshness,
        )
        obj.additional_properties = d
        return obj

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
