from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class ErrorObject:
    """What went wrong, as reported by the API."""

    message: str
    """ Human readable explanation of the error. """

    type_: str
    """ Broad class of the error, e.g. `invalid_request_error`. """

    param: None | str
    """ The request parameter the error is about, if any. """

    code: None | str
    """ A machine readable error code, if any. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        message = self.message
        type_ = self.type_
        param: None | str
        param = self.param

        code: None | str
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["message"] = message
        field_dict["type"] = type_
        field_dict["param"] = param
        field_dict["code"] = code
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        message = d.pop("message")
        type_ = d.pop("type")
        param: None | str
        _param_raw = d.pop("param")
        if isinstance(_param_raw, str):
            param = _param_raw
        elif _param_raw is None:
            param = None
        else:
            raise TypeError(f"param: no member of the union accepts {type(_param_raw).__name__}")

        code: None | str
        _code_raw = d.pop("code")
        if isinstance(_code_raw, str):
            code = _code_raw
        elif _code_raw is None:
            code = None
        else:
            raise TypeError(f"code: no member of the union accepts {type(_code_raw).__name__}")

        obj = cls(
            message=message,
            type_=type_,
            param=param,
            code=code,
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
