from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "security_scheme",
    )
)

from ..models.open_api_auth_type import OpenApiAuthType
from ..types import UNSET, Unset


@_attrs_define
class OpenApiAuth:
    """How the service authenticates to the API."""

    type: OpenApiAuthType
    """ `anonymous`: no credentials. `connection`: the credentials of a project
    connection. `managed_identity`: a token of the project's managed identity
    for the given audience.
     """

    security_scheme: OpenApiSecurityScheme | Unset = UNSET
    """ The credentials' source; `connection_id` with `connection`, `audience` with `managed_identity`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type.value if isinstance(self.type, OpenApiAuthType) else self.type

        security_scheme = (
            self.security_scheme.to_dict()
            if isinstance(self.security_scheme, OpenApiSecurityScheme)
            else self.security_scheme
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if security_scheme is not UNSET:
            field_dict["security_scheme"] = security_scheme
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if type(type_) is str:
                    _type__member = OpenApiAuthType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of OpenApiAuthType")
                    else:
                        type_ = OpenApiAuthType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "security_scheme"
            security_scheme = src_dict.get("security_scheme", UNSET)
            if security_scheme is not UNSET:
                if type(security_scheme) is dict:
                    security_scheme = OpenApiSecurityScheme.from_dict(security_scheme, _strict)
                elif _strict:
                    raise expected("object", security_scheme)
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
        _obj.type = type_
        _obj.security_scheme = security_scheme
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
from ..models.open_api_security_scheme import OpenApiSecurityScheme
