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
        "data",
        "first_id",
        "last_id",
        "has_more",
    )
)


@_attrs_define
class ListFilesResponse:
    """One page of files."""

    object: Literal["list"]
    """ Always `list`. """

    data: list[OpenAIFile]

    first_id: None | str
    """ ID of the first file of the page (null when the page is empty). """

    last_id: None | str
    """ ID of the last file of the page (null when the page is empty). """

    has_more: bool
    """ Whether more files follow. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        object_ = self.object
        data: Any
        if isinstance(self.data, list):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict() if isinstance(data_item_data, OpenAIFile) else data_item_data

                data.append(data_item)
        else:
            data = self.data

        first_id: None | str
        first_id = self.first_id

        last_id: None | str
        last_id = self.last_id

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = object_
        field_dict["data"] = data
        field_dict["first_id"] = first_id
        field_dict["last_id"] = last_id
        field_dict["has_more"] = has_more
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
                if _strict and object_ != "list":
                    raise InvalidValue("expected 'list'")
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
                                data_item = OpenAIFile.from_dict(data_item, _strict)
                            elif _strict:
                                raise expected("object", data_item)

                            data.append(data_item)
                    except InvalidValue as _error:
                        raise _error.at(len(data)) from None
                elif _strict:
                    raise expected("array", data)

            _at = "first_id"
            first_id = src_dict.get("first_id", MISSING)
            if first_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "first_id"]
                first_id = None
            else:
                if _strict and not (type(first_id) is str or first_id is None):
                    raise InvalidValue("expected string or null, got " + json_type(first_id))

            _at = "last_id"
            last_id = src_dict.get("last_id", MISSING)
            if last_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "last_id"]
                last_id = None
            else:
                if _strict and not (type(last_id) is str or last_id is None):
                    raise InvalidValue("expected string or null, got " + json_type(last_id))

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
        _obj.data = data
        _obj.first_id = first_id
        _obj.last_id = last_id
        _obj.has_more = has_more
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
from ..models.open_ai_file import OpenAIFile
