from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "vector_store_ids",
        "vector_stores",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class CreateFileSearchResources:
    """Vector stores for file search on creation: either IDs of existing
    stores or `vector_stores` to build a new store from files on the fly.

    """

    vector_store_ids: list[str] | Unset = UNSET
    """ IDs of existing vector stores (at most one). """

    vector_stores: list[VectorStoreHelper] | Unset = UNSET
    """ A vector store to create from files and attach (at most one). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        vector_store_ids = self.vector_store_ids

        vector_stores: Any
        if isinstance(self.vector_stores, list):
            vector_stores = []
            for vector_stores_item_data in self.vector_stores:
                vector_stores_item = (
                    vector_stores_item_data.to_dict()
                    if isinstance(vector_stores_item_data, VectorStoreHelper)
                    else vector_stores_item_data
                )

                vector_stores.append(vector_stores_item)
        else:
            vector_stores = self.vector_stores

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if vector_store_ids is not UNSET:
            field_dict["vector_store_ids"] = vector_store_ids
        if vector_stores is not UNSET:
            field_dict["vector_stores"] = vector_stores
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
            _at = "vector_store_ids"
            vector_store_ids = src_dict.get("vector_store_ids", UNSET)
            if vector_store_ids is not UNSET:
                if type(vector_store_ids) is list:
                    if _strict:
                        for _index, vector_store_ids_item_data in enumerate(vector_store_ids):
                            if not (type(vector_store_ids_item_data) is str):
                                raise expected("string", vector_store_ids_item_data).at(_index)
                elif _strict:
                    raise expected("array", vector_store_ids)
            else:
                _absent += 1
            _at = "vector_stores"
            vector_stores = src_dict.get("vector_stores", UNSET)
            if vector_stores is not UNSET:
                if type(vector_stores) is list:
                    _vector_stores_items = vector_stores
                    vector_stores = []
                    try:
                        for vector_stores_item_data in _vector_stores_items:
                            vector_stores_item = vector_stores_item_data
                            if type(vector_stores_item) is dict:
                                vector_stores_item = VectorStoreHelper.from_dict(vector_stores_item, _strict)
                            elif _strict:
                                raise expected("object", vector_stores_item)

                            vector_stores.append(vector_stores_item)
                    except InvalidValue as _error:
                        raise _error.at(len(vector_stores)) from None
                elif _strict:
                    raise expected("array", vector_stores)
            else:
                _absent += 1
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
        _obj.vector_store_ids = vector_store_ids
        _obj.vector_stores = vector_stores
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
from ..models.vector_store_helper import VectorStoreHelper
