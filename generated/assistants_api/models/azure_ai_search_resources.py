from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(("indexes",))

from ..types import UNSET, Unset


@_attrs_define
class AzureAISearchResources:
    """Azure AI Foundry extension. The search index the `azure_ai_search` tool queries."""

    indexes: list[AzureAISearchIndex] | Unset = UNSET
    """ The index (at most one). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        indexes: Any
        if isinstance(self.indexes, list):
            indexes = []
            for indexes_item_data in self.indexes:
                indexes_item = (
                    indexes_item_data.to_dict()
                    if isinstance(indexes_item_data, AzureAISearchIndex)
                    else indexes_item_data
                )

                indexes.append(indexes_item)
        else:
            indexes = self.indexes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if indexes is not UNSET:
            field_dict["indexes"] = indexes
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
            _at = "indexes"
            indexes = src_dict.get("indexes", UNSET)
            if indexes is not UNSET:
                if type(indexes) is list:
                    _indexes_items = indexes
                    indexes = []
                    try:
                        for indexes_item_data in _indexes_items:
                            indexes_item = indexes_item_data
                            if type(indexes_item) is dict:
                                indexes_item = AzureAISearchIndex.from_dict(indexes_item, _strict)
                            elif _strict:
                                raise expected("object", indexes_item)

                            indexes.append(indexes_item)
                    except InvalidValue as _error:
                        raise _error.at(len(indexes)) from None
                elif _strict:
                    raise expected("array", indexes)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 1 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.indexes = indexes
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
from ..models.azure_ai_search_index import AzureAISearchIndex
