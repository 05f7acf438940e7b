from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, InvalidValue, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "object",
        "search_query",
        "data",
        "has_more",
        "next_page",
    )
)


@_attrs_define
class VectorStoreSearchResultsPage:
    """The results of a vector store search."""

    object: Literal["vector_store.search_results.page"]
    """ Always `vector_store.search_results.page`. """

    search_query: list[str]
    """ The queries that were searched (after any rewriting). """

    data: list[VectorStoreSearchResult]

    has_more: bool
    """ Whether more results follow. """

    next_page: None | str
    """ Token of the next page, if any. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        object_ = self.object
        search_query = self.search_query

        data: Any
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                data_item = (
                    data_item_data.to_dict() if isinstance(data_item_data, VectorStoreSearchResult) else data_item_data
                )

                data.append(data_item)
        else:
            data = self.data

        has_more = self.has_more
        next_page: None | str
        next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = object_
        field_dict["search_query"] = search_query
        field_dict["data"] = data
        field_dict["has_more"] = has_more
        field_dict["next_page"] = next_page
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
            _at = "object"
            object_ = src_dict.get("object", MISSING)
            if object_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "object"]
                object_ = None
            else:
                if _strict and object_ != "vector_store.search_results.page":
                    raise InvalidValue("expected 'vector_store.search_results.page'")
            _at = "search_query"
            search_query = src_dict.get("search_query", MISSING)
            if search_query is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "search_query"]
                search_query = None
            else:
                if type(search_query) is list:
                    if _strict:
                        for _index, search_query_item_data in enumerate(search_query):
                            if not (type(search_query_item_data) is str):
                                raise expected("string", search_query_item_data).at(_index)
                elif _strict:
                    raise expected("array", search_query)

            _at = "data"
            data = src_dict.get("data", MISSING)
            if data is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "data"]
                data = None
            else:
                if type(data) is list:
                    _data_items = data
                    data = []
                    try:
                        for data_item_data in _data_items:
                            data_item = data_item_data
                            if type(data_item) is dict:
                                data_item = VectorStoreSearchResult.from_dict(data_item, _strict)
                            elif _strict:
                                raise expected("object", data_item)

                            data.append(data_item)
                    except InvalidValue as _error:
                        raise _error.at(len(data)) from None
                elif _strict:
                    raise expected("array", data)

            _at = "has_more"
            has_more = src_dict.get("has_more", MISSING)
            if has_more is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "has_more"]
                has_more = None
            else:
                if _strict and not (type(has_more) is bool):
                    raise expected("boolean", has_more)

            _at = "next_page"
            next_page = src_dict.get("next_page", MISSING)
            if next_page is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "next_page"]
                next_page = None
            else:
                if _strict and not (type(next_page) is str or next_page is None):
                    raise InvalidValue("expected string or null, got " + json_type(next_page))

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
        _obj.object = object_
        _obj.search_query = search_query
        _obj.data = data
        _obj.has_more = has_more
        _obj.next_page = next_page
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
from ..models.vector_store_search_result import VectorStoreSearchResult
