from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_ai_search_query_type import AzureAISearchQueryType
from ..types import UNSET, InvalidValue, Unset, expected, is_integer


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

    filter: str | Unset = UNSET
    """ An OData filter applied to the search. """

    index_asset_id: str | Unset = UNSET
    """ ID of an index asset of the project, instead of a connection and a name. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index_connection_id = self.index_connection_id
        index_name = self.index_name
        query_type = self.query_type.value if isinstance(self.query_type, AzureAISearchQueryType) else self.query_type

        top_k = self.top_k
        filter_ = self.filter
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
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        d = dict(src_dict)
        _strict = strict
        _missing: list[str] | None = None
        try:
            _at: str = ""
            _at = "index_connection_id"
            index_connection_id = d.pop("index_connection_id", UNSET)
            if index_connection_id is not UNSET:
                if _strict and not (type(index_connection_id) is str):
                    raise expected("string", index_connection_id)

            _at = "index_name"
            index_name = d.pop("index_name", UNSET)
            if index_name is not UNSET:
                if _strict and not (type(index_name) is str):
                    raise expected("string", index_name)

            _at = "query_type"
            query_type = d.pop("query_type", UNSET)
            if query_type is not UNSET:
                if type(query_type) is str:
                    _query_type_member = AzureAISearchQueryType._value2member_map_.get(query_type)
                    if _query_type_member is not None:
                        query_type = _query_type_member
                    elif _strict:
                        raise InvalidValue("not a value of AzureAISearchQueryType")
                    else:
                        query_type = AzureAISearchQueryType(query_type)
                elif _strict:
                    raise expected("string", query_type)

            _at = "top_k"
            top_k = d.pop("top_k", UNSET)
            if top_k is not UNSET:
                if _strict and not (is_integer(top_k)):
                    raise expected("integer", top_k)

            _at = "filter"
            filter_ = d.pop("filter", UNSET)
            if filter_ is not UNSET:
                if _strict and not (type(filter_) is str):
                    raise expected("string", filter_)

            _at = "index_asset_id"
            index_asset_id = d.pop("index_asset_id", UNSET)
            if index_asset_id is not UNSET:
                if _strict and not (type(index_asset_id) is str):
                    raise expected("string", index_asset_id)

        except InvalidValue as _error:
            raise _error.at(_at) from None

        obj = cls(
            index_connection_id=index_connection_id,
            index_name=index_name,
            query_type=query_type,
            top_k=top_k,
            filter=filter_,
            index_asset_id=index_asset_id,
        )
        obj.additional_properties = d
        if _missing:
            obj.missing_fields = tuple(_missing)
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
