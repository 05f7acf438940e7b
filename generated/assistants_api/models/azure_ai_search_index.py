from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "index_connection_id",
        "index_name",
        "query_type",
        "top_k",
        "filter",
        "index_asset_id",
    )
)

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
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "index_connection_id"
            index_connection_id = src_dict.get("index_connection_id", UNSET)
            if index_connection_id is not UNSET:
                if _strict and not (type(index_connection_id) is str):
                    raise expected("string", index_connection_id)
            else:
                _absent += 1
            _at = "index_name"
            index_name = src_dict.get("index_name", UNSET)
            if index_name is not UNSET:
                if _strict and not (type(index_name) is str):
                    raise expected("string", index_name)
            else:
                _absent += 1
            _at = "query_type"
            query_type = src_dict.get("query_type", UNSET)
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
            else:
                _absent += 1
            _at = "top_k"
            top_k = src_dict.get("top_k", UNSET)
            if top_k is not UNSET:
                if _strict and not (is_integer(top_k)):
                    raise expected("integer", top_k)
            else:
                _absent += 1
            _at = "filter"
            filter_ = src_dict.get("filter", UNSET)
            if filter_ is not UNSET:
                if _strict and not (type(filter_) is str):
                    raise expected("string", filter_)
            else:
                _absent += 1
            _at = "index_asset_id"
            index_asset_id = src_dict.get("index_asset_id", UNSET)
            if index_asset_id is not UNSET:
                if _strict and not (type(index_asset_id) is str):
                    raise expected("string", index_asset_id)
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
        _obj.index_connection_id = index_connection_id
        _obj.index_name = index_name
        _obj.query_type = query_type
        _obj.top_k = top_k
        _obj.filter = filter_
        _obj.index_asset_id = index_asset_id
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
