from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "part_ids",
        "md5",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class CompleteUploadRequest:
    """The order of the parts, and optionally a checksum of the whole."""

    part_ids: list[str]
    """ Every part of the upload, in the order their bytes are joined. """

    md5: str | Unset = UNSET
    """ Hexadecimal MD5 digest the joined bytes must have. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        part_ids = self.part_ids

        md5 = self.md5

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["part_ids"] = part_ids
        if md5 is not UNSET:
            field_dict["md5"] = md5
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
            _at = "part_ids"
            part_ids = src_dict.get("part_ids", MISSING)
            if part_ids is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "part_ids"]
                part_ids = None
            else:
                if type(part_ids) is list:
                    if _strict:
                        for _index, part_ids_item_data in enumerate(part_ids):
                            if not (type(part_ids_item_data) is str):
                                raise expected("string", part_ids_item_data).at(_index)
                elif _strict:
                    raise expected("array", part_ids)

            _at = "md5"
            md5 = src_dict.get("md5", UNSET)
            if md5 is not UNSET:
                if _strict and not (type(md5) is str):
                    raise expected("string", md5)
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
        _obj.part_ids = part_ids
        _obj.md5 = md5
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
