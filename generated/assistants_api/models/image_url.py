from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "url",
        "detail",
    )
)

from ..models.image_detail import ImageDetail
from ..types import UNSET, Unset


@_attrs_define
class ImageUrl:
    """An image on the web."""

    url: str
    """ Address of the image (jpeg, jpg, png, gif or webp). """

    detail: ImageDetail | Unset = UNSET
    """ Resolution the model looks at the image with; `low` uses fewer tokens. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        url = self.url
        detail = self.detail.value if isinstance(self.detail, ImageDetail) else self.detail

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["url"] = url
        if detail is not UNSET:
            field_dict["detail"] = detail
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
            _at = "url"
            url = src_dict.get("url", MISSING)
            if url is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "url"]
                url = None
            else:
                if _strict and not (type(url) is str):
                    raise expected("string", url)

            _at = "detail"
            detail = src_dict.get("detail", UNSET)
            if detail is not UNSET:
                if type(detail) is str:
                    _detail_member = ImageDetail._value2member_map_.get(detail)
                    if _detail_member is not None:
                        detail = _detail_member
                    elif _strict:
                        raise InvalidValue("not a value of ImageDetail")
                    else:
                        detail = ImageDetail(detail)
                elif _strict:
                    raise expected("string", detail)
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
        _obj.url = url
        _obj.detail = detail
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
