from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "type",
        "bing_custom_search",
    )
)


@_attrs_define
class RunStepBingCustomSearchToolCall:
    """Azure AI Foundry extension. A Bing Custom Search query made in a step."""

    id: str
    """ ID of the call. """

    type: Literal["bing_custom_search"]
    """ Always `bing_custom_search`. """

    bing_custom_search: RunStepBingCustomSearchToolCallBingCustomSearch
    """ What the service reports about the call, as string pairs (the service keeps this open). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        type_ = self.type
        bing_custom_search = (
            self.bing_custom_search.to_dict()
            if isinstance(self.bing_custom_search, RunStepBingCustomSearchToolCallBingCustomSearch)
            else self.bing_custom_search
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["type"] = type_
        field_dict["bing_custom_search"] = bing_custom_search
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
            _at = "id"
            id = src_dict.get("id", MISSING)
            if id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "id"]
                id = None
            else:
                if _strict and not (type(id) is str):
                    raise expected("string", id)

            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if _strict and type_ != "bing_custom_search":
                    raise InvalidValue("expected 'bing_custom_search'")
            _at = "bing_custom_search"
            bing_custom_search = src_dict.get("bing_custom_search", MISSING)
            if bing_custom_search is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "bing_custom_search"]
                bing_custom_search = None
            else:
                if type(bing_custom_search) is dict:
                    bing_custom_search = RunStepBingCustomSearchToolCallBingCustomSearch.from_dict(
                        bing_custom_search, _strict
                    )
                elif _strict:
                    raise expected("object", bing_custom_search)

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
        _obj.id = id
        _obj.type = type_
        _obj.bing_custom_search = bing_custom_search
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
from ..models.run_step_bing_custom_search_tool_call_bing_custom_search import (
    RunStepBingCustomSearchToolCallBingCustomSearch,
)
