from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, is_number
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "ranker",
        "score_threshold",
        "hybrid_search",
    )
)

from ..models.vector_store_search_ranker import VectorStoreSearchRanker
from ..types import UNSET, Unset


@_attrs_define
class VectorStoreSearchRankingOptions:
    """How results are ranked and which are dropped."""

    ranker: VectorStoreSearchRanker | Unset = UNSET
    """ The ranker a search uses; `none` keeps the order of retrieval. """

    score_threshold: float | Unset = UNSET
    """ Results scoring below this value (0 to 1) are dropped. """

    hybrid_search: HybridSearchOptions | Unset = UNSET
    """ Weights of the two retrievals a hybrid search blends. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        ranker = self.ranker.value if isinstance(self.ranker, VectorStoreSearchRanker) else self.ranker

        score_threshold = self.score_threshold
        hybrid_search = (
            self.hybrid_search.to_dict() if isinstance(self.hybrid_search, HybridSearchOptions) else self.hybrid_search
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search
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
            _at = "ranker"
            ranker = src_dict.get("ranker", UNSET)
            if ranker is not UNSET:
                if type(ranker) is str:
                    _ranker_member = VectorStoreSearchRanker._value2member_map_.get(ranker)
                    if _ranker_member is not None:
                        ranker = _ranker_member
                    elif _strict:
                        raise InvalidValue("not a value of VectorStoreSearchRanker")
                    else:
                        ranker = VectorStoreSearchRanker(ranker)
                elif _strict:
                    raise expected("string", ranker)
            else:
                _absent += 1
            _at = "score_threshold"
            score_threshold = src_dict.get("score_threshold", UNSET)
            if score_threshold is not UNSET:
                if _strict and not (is_number(score_threshold)):
                    raise expected("number", score_threshold)
            else:
                _absent += 1
            _at = "hybrid_search"
            hybrid_search = src_dict.get("hybrid_search", UNSET)
            if hybrid_search is not UNSET:
                if type(hybrid_search) is dict:
                    hybrid_search = HybridSearchOptions.from_dict(hybrid_search, _strict)
                elif _strict:
                    raise expected("object", hybrid_search)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.ranker = ranker
        _obj.score_threshold = score_threshold
        _obj.hybrid_search = hybrid_search
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
from ..models.hybrid_search_options import HybridSearchOptions
