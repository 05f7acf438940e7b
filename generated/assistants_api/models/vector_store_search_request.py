from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "query",
        "rewrite_query",
        "max_num_results",
        "filters",
        "ranking_options",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class VectorStoreSearchRequest:
    """A search of a vector store's chunks."""

    query: list[str] | str
    """ The query, or several queries searched together. """

    rewrite_query: bool | Unset = UNSET
    """ Let the server rewrite the query for retrieval before searching. """

    max_num_results: int | Unset = UNSET
    """ The most results to return (default 10). """

    filters: ComparisonFilter | CompoundFilter | Unset = UNSET
    """ A filter on file attributes. """

    ranking_options: VectorStoreSearchRankingOptions | Unset = UNSET
    """ How results are ranked and which are dropped. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        query: list[str] | str
        if isinstance(self.query, list):
            query = self.query

        else:
            query = self.query

        rewrite_query = self.rewrite_query
        max_num_results = self.max_num_results
        filters: dict[str, Any] | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, ComparisonFilter):
            filters = self.filters.to_dict() if isinstance(self.filters, ComparisonFilter) else self.filters

        elif isinstance(self.filters, CompoundFilter):
            filters = self.filters.to_dict() if isinstance(self.filters, CompoundFilter) else self.filters

        else:
            filters = self.filters

        ranking_options = (
            self.ranking_options.to_dict()
            if isinstance(self.ranking_options, VectorStoreSearchRankingOptions)
            else self.ranking_options
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["query"] = query
        if rewrite_query is not UNSET:
            field_dict["rewrite_query"] = rewrite_query
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if filters is not UNSET:
            field_dict["filters"] = filters
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
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
            _at = "query"
            query = src_dict.get("query", MISSING)
            if query is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "query"]
                query = None
            else:
                if type(query) is str:
                    pass
                elif type(query) is list:
                    query_type_1 = query
                    if type(query_type_1) is list:
                        if _strict:
                            for _index, query_type_1_item_data in enumerate(query_type_1):
                                if not (type(query_type_1_item_data) is str):
                                    raise expected("string", query_type_1_item_data).at(_index)
                    elif _strict:
                        raise expected("array", query_type_1)

                    query = query_type_1
                elif _strict:
                    raise InvalidValue("expected string or array, got " + json_type(query))

            _at = "rewrite_query"
            rewrite_query = src_dict.get("rewrite_query", UNSET)
            if rewrite_query is not UNSET:
                if _strict and not (type(rewrite_query) is bool):
                    raise expected("boolean", rewrite_query)
            else:
                _absent += 1
            _at = "max_num_results"
            max_num_results = src_dict.get("max_num_results", UNSET)
            if max_num_results is not UNSET:
                if _strict and not (is_integer(max_num_results)):
                    raise expected("integer", max_num_results)
            else:
                _absent += 1
            _at = "filters"
            filters = src_dict.get("filters", UNSET)
            if filters is not UNSET:
                if type(filters) is dict:
                    filters = ComparisonFilter.from_dict(filters, _strict)
                elif _strict:
                    raise InvalidValue("expected object, got " + json_type(filters))
            else:
                _absent += 1
            _at = "ranking_options"
            ranking_options = src_dict.get("ranking_options", UNSET)
            if ranking_options is not UNSET:
                if type(ranking_options) is dict:
                    ranking_options = VectorStoreSearchRankingOptions.from_dict(ranking_options, _strict)
                elif _strict:
                    raise expected("object", ranking_options)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 5 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.query = query
        _obj.rewrite_query = rewrite_query
        _obj.max_num_results = max_num_results
        _obj.filters = filters
        _obj.ranking_options = ranking_options
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
from ..models.compound_filter import CompoundFilter
from ..models.vector_store_search_ranking_options import VectorStoreSearchRankingOptions
