from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "code",
        "message",
    )
)

from ..models.vector_store_file_last_error_code import VectorStoreFileLastErrorCode


@_attrs_define
class VectorStoreFileLastError:
    """The error that ended a file's processing."""

    code: VectorStoreFileLastErrorCode
    """ Why processing a file failed. """

    message: str
    """ What went wrong, for people. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        code = self.code.value if isinstance(self.code, VectorStoreFileLastErrorCode) else self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["code"] = code
        field_dict["message"] = message
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
            _at = "code"
            code = src_dict.get("code", MISSING)
            if code is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "code"]
                code = None
            else:
                if type(code) is str:
                    _code_member = VectorStoreFileLastErrorCode._value2member_map_.get(code)
                    if _code_member is not None:
                        code = _code_member
                    elif _strict:
                        raise InvalidValue("not a value of VectorStoreFileLastErrorCode")
                    else:
                        code = VectorStoreFileLastErrorCode(code)
                elif _strict:
                    raise expected("string", code)

            _at = "message"
            message = src_dict.get("message", MISSING)
            if message is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "message"]
                message = None
            else:
                if _strict and not (type(message) is str):
                    raise expected("string", message)

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
        _obj.code = code
        _obj.message = message
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
