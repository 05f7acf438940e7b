from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "max_num_results",
        "ranking_options",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        max_num_results = self.max_num_results
        ranking_options = (
            self.ranking_options.to_dict()
            if isinstance(self.ranking_options, FileSearchRankingOptions)
            else self.ranking_options
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options
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
            _at = "max_num_results"
            max_num_results = src_dict.get("max_num_results", UNSET)
            if max_num_results is not UNSET:
                if _strict and not (is_integer(max_num_results)):
                    raise expected("integer", max_num_results)
            else:
                _absent += 1
            _at = "ranking_options"
            ranking_options = src_dict.get("ranking_options", UNSET)
            if ranking_options is not UNSET:
                if type(ranking_options) is dict:
                    ranking_options = FileSearchRankingOptions.from_dict(ranking_options, _strict)
                elif _strict:
                    raise expected("object", ranking_options)
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
        _obj.max_num_results = max_num_results
        _obj.ranking_options = ranking_options
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
from ..models.file_search_ranking_options import FileSearchRankingOptions
