from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.image_file import ImageFile


T = TypeVar("T", bound="MessageContentImageFile")


@_attrs_define
class MessageContentImageFile:
    """An image part referring to an uploaded file."""

    type_: Literal["image_file"]
    """ Always `image_file`. """
    image_file: ImageFile
    """ An image stored as an uploaded file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        image_file = self.image_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "image_file": image_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.image_file import ImageFile

        d = dict(src_dict)
        type_ = cast(Literal["image_file"], d.pop("type"))
        if type_ != "image_file":
            raise ValueError(f"type must match const 'image_file', got '{type_}'")

        image_file = ImageFile.from_dict(d.pop("image_file"))

        message_content_image_file = cls(
            type_=type_,
            image_file=image_file,
        )

        message_content_image_file.additional_properties = d
        return message_content_image_file

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
