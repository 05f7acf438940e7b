from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "ranking_options",
        "results",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class FileSearchCall:
    """Settings and hits of a file search call."""

    ranking_options: FileSearchCallRankingOptions | Unset = UNSET
    """ The ranking a file search call used. """

    results: list[FileSearchResult] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        ranking_options = (
            self.ranking_options.to_dict()
            if isinstance(self.ranking_options, FileSearchCallRankingOptions)
            else self.ranking_options
        )

        results: Any
        if isinstance(self.results, list):
            results = []
            for results_item_data in self.results:
                results_item = (
                    results_item_data.to_dict()
                    if isinstance(results_item_data, FileSearchResult)
                    else results_item_data
                )

                results.append(results_item)
        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
        if results is not UNSET:
            field_dict["results"] = results
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
            _at = "ranking_options"
            ranking_options = src_dict.get("ranking_options", UNSET)
            if ranking_options is not UNSET:
                if type(ranking_options) is dict:
                    ranking_options = FileSearchCallRankingOptions.from_dict(ranking_options, _strict)
                elif _strict:
                    raise expected("object", ranking_options)
            else:
                _absent += 1
            _at = "results"
            results = src_dict.get("results", UNSET)
            if results is not UNSET:
                if type(results) is list:
                    _results_items = results
                    results = []
                    try:
                        for results_item_data in _results_items:
                            results_item = results_item_data
                            if type(results_item) is dict:
                                results_item = FileSearchResult.from_dict(results_item, _strict)
                            elif _strict:
                                raise expected("object", results_item)

                            results.append(results_item)
                    except InvalidValue as _error:
                        raise _error.at(len(results)) from None
                elif _strict:
                    raise expected("array", results)
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
        _obj.ranking_options = ranking_options
        _obj.results = results
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


# Imported after the class is defined, so that models referring to each other can load.
from ..models.file_search_call_ranking_options import FileSearchCallRankingOptions
from ..models.file_search_result import FileSearchResult
