from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.file_search_ranker import FileSearchRanker


@_attrs_define
class FileSearchCallRankingOptions:
    """The ranking a file search call used."""

    ranker: FileSearchRanker
    """ The ranker that orders file search results. """

    score_threshold: float
    """ Score below which hits were dropped. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        ranker = self.ranker.value
        score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["ranker"] = ranker
        field_dict["score_threshold"] = score_threshold
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        ranker = FileSearchRanker(d.pop("ranker"))

        score_threshold = d.pop("score_threshold")

        obj = cls(
            ranker=ranker,
            score_threshold=score_threshold,
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
