from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class FileSearchToolSettings:
    """Tuning of the file search tool."""

    max_num_results: int | Unset = UNSET
    """ Upper bound on the number of chunks handed to the model (default 20 for gpt-4 models, 5 for gpt-3.5-turbo).
    """

    ranking_options: FileSearchRankingOptions | Unset = UNSET
    """ How file search results are ranked and filtered. Without it the server picks the ranker itself. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        max_num_results = self.max_num_results
        ranking_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ranking_options, Unset):
            ranking_options = self.ranking_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        max_num_results = d.pop("max_num_results", UNSET)
        _ranking_options = d.pop("ranking_options", UNSET)
        ranking_options: FileSearchRankingOptions | Unset
        if isinstance(_ranking_options, Unset):
            ranking_options = UNSET
        else:
            ranking_options = FileSearchRankingOptions.from_dict(_ranking_options)

        obj = cls(
            max_num_results=max_num_results,
            ranking_options=ranking_options,
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
from ..models.file_search_ranking_options import FileSearchRankingOptions
