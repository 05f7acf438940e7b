from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_number
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "embedding_weight",
        "text_weight",
    )
)


@_attrs_define
class HybridSearchOptions:
    """Weights of the two retrievals a hybrid search blends."""

    embedding_weight: float
    """ Weight of the semantic (embedding) match. """

    text_weight: float
    """ Weight of the keyword (text) match. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        embedding_weight = self.embedding_weight
        text_weight = self.text_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["embedding_weight"] = embedding_weight
        field_dict["text_weight"] = text_weight
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
            _at = "embedding_weight"
            embedding_weight = src_dict.get("embedding_weight", MISSING)
            if embedding_weight is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "embedding_weight"]
                embedding_weight = None
            else:
                if _strict and not (is_number(embedding_weight)):
                    raise expected("number", embedding_weight)

            _at = "text_weight"
            text_weight = src_dict.get("text_weight", MISSING)
            if text_weight is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "text_weight"]
                text_weight = None
            else:
                if _strict and not (is_number(text_weight)):
                    raise expected("number", text_weight)

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
        _obj.embedding_weight = embedding_weight
        _obj.text_weight = text_weight
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
