from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class AzureAISearchResources:
    """Azure AI Foundry extension. The search index the `azure_ai_search` tool queries."""

    indexes: list[AzureAISearchIndex] | Unset = UNSET
    """ The index (at most one). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        indexes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.indexes, Unset):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = indexes_item_data.to_dict()
                indexes.append(indexes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        _indexes = d.pop("indexes", UNSET)
        indexes: list[AzureAISearchIndex] | Unset = UNSET
        if _indexes is not UNSET:
            indexes = []
            for indexes_item_data in _indexes:
                indexes_item = AzureAISearchIndex.from_dict(indexes_item_data)

                indexes.append(indexes_item)

        obj = cls(
            indexes=indexes,
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
from ..models.azure_ai_search_index import AzureAISearchIndex
