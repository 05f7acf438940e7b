from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_api_auth_type import OpenApiAuthType
from ..types import UNSET, Unset


@_attrs_define
class OpenApiAuth:
    """How the service authenticates to the API."""

    type_: OpenApiAuthType
    """ `anonymous`: no credentials. `connection`: the credentials of a project
    connection. `managed_identity`: a token of the project's managed identity
    for the given audience.
     """

    security_scheme: OpenApiSecurityScheme | Unset = UNSET
    """ The credentials' source; `connection_id` with `connection`, `audience` with `managed_identity`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_.value
        security_scheme: dict[str, Any] | Unset = UNSET
        if not isinstance(self.security_scheme, Unset):
            security_scheme = self.security_scheme.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if security_scheme is not UNSET:
            field_dict["security_scheme"] = security_scheme
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = OpenApiAuthType(d.pop("type"))

        _security_scheme = d.pop("security_scheme", UNSET)
        security_scheme: OpenApiSecurityScheme | Unset
        if isinstance(_security_scheme, Unset):
            security_scheme = UNSET
        else:
            security_scheme = OpenApiSecurityScheme.from_dict(_security_scheme)

        obj = cls(
            type_=type_,
            security_scheme=security_scheme,
        )
        obj.additional_properties = d
        return obj

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
