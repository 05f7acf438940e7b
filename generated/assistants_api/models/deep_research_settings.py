from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class DeepResearchSettings:
    """The research model and the Bing connection it searches through."""

    deep_research_model: str
    """ Deployment name of the research model. """

    deep_research_bing_grounding_connections: list[ToolConnection]
    """ The Bing grounding connection (one entry). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        deep_research_model = self.deep_research_model
        deep_research_bing_grounding_connections = []
        for deep_research_bing_grounding_connections_item_data in self.deep_research_bing_grounding_connections:
            deep_research_bing_grounding_connections_item = deep_research_bing_grounding_connections_item_data.to_dict()
            deep_research_bing_grounding_connections.append(deep_research_bing_grounding_connections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["deep_research_model"] = deep_research_model
        field_dict["deep_research_bing_grounding_connections"] = deep_research_bing_grounding_connections
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        deep_research_model = d.pop("deep_research_model")
        deep_research_bing_grounding_connections = []
        _deep_research_bing_grounding_connections = d.pop("deep_research_bing_grounding_connections")
        for deep_research_bing_grounding_connections_item_data in _deep_research_bing_grounding_connections:
            deep_research_bing_grounding_connections_item = ToolConnection.from_dict(
                deep_research_bing_grounding_connections_item_data
            )

            deep_research_bing_grounding_connections.append(deep_research_bing_grounding_connections_item)

        obj = cls(
            deep_research_model=deep_research_model,
            deep_research_bing_grounding_connections=deep_research_bing_grounding_connections,
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
from ..models.tool_connection import ToolConnection
