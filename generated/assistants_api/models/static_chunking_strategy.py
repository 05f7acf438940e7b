from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.static_chunking_settings import StaticChunkingSettings


T = TypeVar("T", bound="StaticChunkingStrategy")


@_attrs_define
class StaticChunkingStrategy:
    """Fixed chunk size and overlap."""

    type_: Literal["static"]
    """ Always `static`. """
    static: StaticChunkingSettings
    """ Sizes for static chunking. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        static = self.static.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "static": static,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.static_chunking_settings import StaticChunkingSettings

        d = dict(src_dict)
        type_ = cast(Literal["static"], d.pop("type"))
        if type_ != "static":
            raise ValueError(f"type must match const 'static', got '{type_}'")

        static = StaticChunkingSettings.from_dict(d.pop("static"))

        static_chunking_strategy = cls(
            type_=type_,
            static=static,
        )

        static_chunking_strategy.additional_properties = d
        return static_chunking_strategy

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
