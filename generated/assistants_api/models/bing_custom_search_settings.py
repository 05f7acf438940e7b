from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class BingCustomSearchSettings:
    """Which Bing Custom Search instance to search."""

    search_configurations: list[BingCustomSearchConfiguration]
    """ The search set-up (one entry). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        search_configurations = []
        for search_configurations_item_data in self.search_configurations:
            search_configurations_item = search_configurations_item_data.to_dict()
            search_configurations.append(search_configurations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["search_configurations"] = search_configurations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        search_configurations = []
        _search_configurations = d.pop("search_configurations")
        for search_configurations_item_data in _search_configurations:
            search_configurations_item = BingCustomSearchConfiguration.from_dict(search_configurations_item_data)

            search_configurations.append(search_configurations_item)

        obj = cls(
            search_configurations=search_configurations,
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


# Imported after the class is defined, so that models referring to each other can load.
from ..models.bing_custom_search_configuration import BingCustomSearchConfiguration
