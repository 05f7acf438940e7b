from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class OpenApiToolSettings:
    """The API to call, and how to authenticate to it."""

    name: str
    """ Name of the tool, as the model sees it. """

    spec: OpenApiToolSettingsSpec
    """ The OpenAPI document of the API, as a JSON object. """

    auth: OpenApiAuth
    """ How the service authenticates to the API. """

    description: str | Unset = UNSET
    """ What the API is for; the model reads this to decide when to call it. """

    default_params: list[str] | Unset = UNSET
    """ Names of parameters that take their default value from the document. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name = self.name
        spec = self.spec.to_dict()
        auth = self.auth.to_dict()
        description = self.description
        default_params: list[str] | Unset = UNSET
        if not isinstance(self.default_params, Unset):
            default_params = self.default_params

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["name"] = name
        field_dict["spec"] = spec
        field_dict["auth"] = auth
        if description is not UNSET:
            field_dict["description"] = description
        if default_params is not UNSET:
            field_dict["default_params"] = default_params
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        name = d.pop("name")
        spec = OpenApiToolSettingsSpec.from_dict(d.pop("spec"))

        auth = OpenApiAuth.from_dict(d.pop("auth"))

        description = d.pop("description", UNSET)
        default_params = cast(list[str], d.pop("default_params", UNSET))

        obj = cls(
            name=name,
            spec=spec,
            auth=auth,
            description=description,
            default_params=default_params,
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
from ..models.open_api_auth import OpenApiAuth
from ..models.open_api_tool_settings_spec import OpenApiToolSettingsSpec
