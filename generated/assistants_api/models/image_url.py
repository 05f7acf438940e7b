from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        url = self.url
        detail: str | Unset = UNSET
        if not isinstance(self.detail, Unset):
            detail = self.detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["url"] = url
        if detail is not UNSET:
            field_dict["detail"] = detail
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        url = d.pop("url")
        _detail = d.pop("detail", UNSET)
        detail: ImageDetail | Unset
        if isinstance(_detail, Unset):
            detail = UNSET
        else:
            detail = ImageDetail(_detail)

        obj = cls(
            url=url,
            detail=detail,
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
