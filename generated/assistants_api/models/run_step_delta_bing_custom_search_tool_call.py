from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaBingCustomSearchToolCall:
    """Azure AI Foundry extension. A Bing Custom Search query as it changes in a streamed step."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["bing_custom_search"]
    """ Always `bing_custom_search`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    bing_custom_search: RunStepDeltaBingCustomSearchToolCallBingCustomSearch | Unset = UNSET
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        bing_custom_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bing_custom_search, Unset):
            bing_custom_search = self.bing_custom_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if bing_custom_search is not UNSET:
            field_dict["bing_custom_search"] = bing_custom_search
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "bing_custom_search":
            raise ValueError(f"type must be 'bing_custom_search', not {type_!r}")
        id = d.pop("id", UNSET)
        _bing_custom_search = d.pop("bing_custom_search", UNSET)
        bing_custom_search: RunStepDeltaBingCustomSearchToolCallBingCustomSearch | Unset
        if isinstance(_bing_custom_search, Unset):
            bing_custom_search = UNSET
        else:
            bing_custom_search = RunStepDeltaBingCustomSearchToolCallBingCustomSearch.from_dict(_bing_custom_search)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            bing_custom_search=bing_custom_search,
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
from ..models.run_step_delta_bing_custom_search_tool_call_bing_custom_search import (
    RunStepDeltaBingCustomSearchToolCallBingCustomSearch,
)
