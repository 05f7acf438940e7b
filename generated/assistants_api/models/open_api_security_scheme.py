from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class OpenApiSecurityScheme:
    """The credentials' source; `connection_id` with `connection`, `audience` with `managed_identity`."""

    connection_id: str | Unset = UNSET
    """ ID of the project connection holding the credentials. """

    audience: str | Unset = UNSET
    """ Audience (scope) of the managed identity's token. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        connection_id = self.connection_id
        audience = self.audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if connection_id is not UNSET:
            field_dict["connection_id"] = connection_id
        if audience is not UNSET:
            field_dict["audience"] = audience
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        connection_id = d.pop("connection_id", UNSET)
        audience = d.pop("audience", UNSET)

        obj = cls(
            connection_id=connection_id,
            audience=audience,
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
