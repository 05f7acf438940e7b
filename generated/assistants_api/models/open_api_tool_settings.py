from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "name",
        "spec",
        "auth",
        "description",
        "default_params",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        name = self.name
        spec = self.spec.to_dict() if isinstance(self.spec, OpenApiToolSettingsSpec) else self.spec

        auth = self.auth.to_dict() if isinstance(self.auth, OpenApiAuth) else self.auth

        description = self.description
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
            name = src_dict.get("name", MISSING)
            if name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "name"]
                name = None
            else:
                if _strict and not (type(name) is str):
                    raise expected("string", name)

            _at = "spec"
            spec = src_dict.get("spec", MISSING)
            if spec is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "spec"]
                spec = None
            else:
                if type(spec) is dict:
                    spec = OpenApiToolSettingsSpec.from_dict(spec, _strict)
                elif _strict:
                    raise expected("object", spec)

            _at = "auth"
            auth = src_dict.get("auth", MISSING)
            if auth is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "auth"]
                auth = None
            else:
                if type(auth) is dict:
                    auth = OpenApiAuth.from_dict(auth, _strict)
                elif _strict:
                    raise expected("object", auth)

            _at = "description"
            description = src_dict.get("description", UNSET)
            if description is not UNSET:
                if _strict and not (type(description) is str):
                    raise expected("string", description)
            else:
                _absent += 1
            _at = "default_params"
            default_params = src_dict.get("default_params", UNSET)
            if default_params is not UNSET:
                if type(default_params) is list:
                    if _strict:
                        for _index, default_params_item_data in enumerate(default_params):
                            if not (type(default_params_item_data) is str):
                                raise expected("string", default_params_item_data).at(_index)
                elif _strict:
                    raise expected("array", default_params)
            else:
                _absent += 1
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
        _obj.name = name
        _obj.spec = spec
        _obj.auth = auth
        _obj.description = description
        _obj.default_params = default_params
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
from ..models.open_api_auth import OpenApiAuth
from ..models.open_api_tool_settings_spec import OpenApiToolSettingsSpec
