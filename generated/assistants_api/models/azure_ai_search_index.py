from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_ai_search_query_type import AzureAISearchQueryType
from ..types import UNSET, Unset


@_attrs_define
class AzureAISearchIndex:
    """One Azure AI Search index, named through a project connection or an index asset."""

    index_connection_id: str | Unset = UNSET
    """ ID of the project connection to the search service. """

    index_name: str | Unset = UNSET
    """ Name of the index in that service. """

    query_type: AzureAISearchQueryType | Unset = UNSET
    """ How the index is queried (keyword, semantic ranking, vectors, or a hybrid of them). """

    top_k: int | Unset = UNSET
    """ How many documents to hand to the model. """

    filter_: str | Unset = UNSET
    """ An OData filter applied to the search. """

    index_asset_id: str | Unset = UNSET
    """ ID of an index asset of the project, instead of a connection and a name. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index_connection_id = self.index_connection_id
        index_name = self.index_name
        query_type: str | Unset = UNSET
        if not isinstance(self.query_type, Unset):
            query_type = self.query_type.value

        top_k = self.top_k
        filter_ = self.filter_
        index_asset_id = self.index_asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if index_connection_id is not UNSET:
            field_dict["index_connection_id"] = index_connection_id
        if index_name is not UNSET:
            field_dict["index_name"] = index_name
        if query_type is not UNSET:
            field_dict["query_type"] = query_type
        if top_k is not UNSET:
            field_dict["top_k"] = top_k
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if index_asset_id is not UNSET:
            field_dict["index_asset_id"] = index_asset_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index_connection_id = d.pop("index_connection_id", UNSET)
        index_name = d.pop("index_name", UNSET)
        _query_type = d.pop("query_type", UNSET)
        query_type: AzureAISearchQueryType | Unset
        if isinstance(_query_type, Unset):
            query_type = UNSET
        else:
            query_type = AzureAISearchQueryType(_query_type)

        top_k = d.pop("top_k", UNSET)
        filter_ = d.pop("filter", UNSET)
        index_asset_id = d.pop("index_asset_id", UNSET)

        obj = cls(
            index_connection_id=index_connection_id,
            index_name=index_name,
            query_type=query_type,
            top_k=top_k,
            filter_=filter_,
            index_asset_id=index_asset_id,
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
