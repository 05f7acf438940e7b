from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class CodeInterpreterImageOutputDelta:
    """An image output arriving in a delta."""

    index: int
    """ Position of the output in the outputs list. """

    type_: Literal["image"]
    """ Always `image`. """

    image: CodeInterpreterImageDelta | Unset = UNSET
    """ An image file arriving in a delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        image: dict[str, Any] | Unset = UNSET
        if not isinstance(self.image, Unset):
            image = self.image.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if image is not UNSET:
            field_dict["image"] = image
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "image":
            raise ValueError(f"type must be 'image', not {type_!r}")
        _image = d.pop("image", UNSET)
        image: CodeInterpreterImageDelta | Unset
        if isinstance(_image, Unset):
            image = UNSET
        else:
            image = CodeInterpreterImageDelta.from_dict(_image)

        obj = cls(
            index=index,
            type_=type_,
            image=image,
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
from ..models.code_interpreter_image_delta import CodeInterpreterImageDelta
