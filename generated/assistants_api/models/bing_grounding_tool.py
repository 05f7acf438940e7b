from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class BingGroundingTool:
    """Azure AI Foundry extension. Grounds answers in Bing web search results, through a project connection."""

    type_: Literal["bing_grounding"]
    """ Always `bing_grounding`. """

    bing_grounding: BingGroundingSettings
    """ Which Bing connection to search through, and how. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        bing_grounding = self.bing_grounding.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["bing_grounding"] = bing_grounding
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "bing_grounding":
            raise ValueError(f"type must be 'bing_grounding', not {type_!r}")
        bing_grounding = BingGroundingSettings.from_dict(d.pop("bing_grounding"))

        obj = cls(
            type_=type_,
            bing_grounding=bing_grounding,
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
from ..models.bing_grounding_settings import BingGroundingSettings
