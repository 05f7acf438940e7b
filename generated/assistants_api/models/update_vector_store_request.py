from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "name",
        "expires_after",
        "metadata",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class UpdateVectorStoreRequest:
    """Fields of a vector store to change; fields left out keep their value."""

    name: None | str | Unset = UNSET
    """ New name of the store. """

    expires_after: None | Unset | VectorStoreExpirationAfter = UNSET
    """ New expiration policy, or null to remove it. """

    metadata: Metadata | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expires_after: dict[str, Any] | None | Unset
        if isinstance(self.expires_after, Unset):
            expires_after = UNSET
        elif isinstance(self.expires_after, VectorStoreExpirationAfter):
            expires_after = (
                self.expires_after.to_dict()
                if isinstance(self.expires_after, VectorStoreExpirationAfter)
                else self.expires_after
            )

        else:
            expires_after = self.expires_after

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if name is not UNSET:
            field_dict["name"] = name
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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
            _at = "name"
            name = src_dict.get("name", UNSET)
            if name is not UNSET:
                if _strict and not (type(name) is str or name is None):
                    raise InvalidValue("expected string or null, got " + json_type(name))
            else:
                _absent += 1
            _at = "expires_after"
            expires_after = src_dict.get("expires_after", UNSET)
            if expires_after is not UNSET:
                if expires_after is None:
                    pass
                elif type(expires_after) is dict:
                    expires_after = VectorStoreExpirationAfter.from_dict(expires_after, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(expires_after))
            else:
                _absent += 1
            _at = "metadata"
            metadata = src_dict.get("metadata", UNSET)
            if metadata is not UNSET:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.name = name
        _obj.expires_after = expires_after
        _obj.metadata = metadata
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
from ..models.metadata import Metadata
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
