from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "deep_research_model",
        "deep_research_bing_grounding_connections",
    )
)


@_attrs_define
class DeepResearchSettings:
    """The research model and the Bing connection it searches through."""

    deep_research_model: str
    """ Deployment name of the research model. """

    deep_research_bing_grounding_connections: list[ToolConnection]
    """ The Bing grounding connection (one entry). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        deep_research_model = self.deep_research_model
        deep_research_bing_grounding_connections: Any
        if isinstance(self.deep_research_bing_grounding_connections, list):
            deep_research_bing_grounding_connections = []
            for deep_research_bing_grounding_connections_item_data in self.deep_research_bing_grounding_connections:
                deep_research_bing_grounding_connections_item = (
                    deep_research_bing_grounding_connections_item_data.to_dict()
                    if isinstance(deep_research_bing_grounding_connections_item_data, ToolConnection)
                    else deep_research_bing_grounding_connections_item_data
                )

                deep_research_bing_grounding_connections.append(deep_research_bing_grounding_connections_item)
        else:
            deep_research_bing_grounding_connections = self.deep_research_bing_grounding_connections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["deep_research_model"] = deep_research_model
        field_dict["deep_research_bing_grounding_connections"] = deep_research_bing_grounding_connections
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
            _at = "deep_research_model"
            deep_research_model = src_dict.get("deep_research_model", MISSING)
            if deep_research_model is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "deep_research_model"]
                deep_research_model = None
            else:
                if _strict and not (type(deep_research_model) is str):
                    raise expected("string", deep_research_model)

            _at = "deep_research_bing_grounding_connections"
            deep_research_bing_grounding_connections = src_dict.get("deep_research_bing_grounding_connections", MISSING)
            if deep_research_bing_grounding_connections is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "deep_research_bing_grounding_connections"]
                deep_research_bing_grounding_connections = None
            else:
                if type(deep_research_bing_grounding_connections) is list:
                    _deep_research_bing_grounding_connections_items = deep_research_bing_grounding_connections
                    deep_research_bing_grounding_connections = []
                    try:
                        for (
                            deep_research_bing_grounding_connections_item_data
                        ) in _deep_research_bing_grounding_connections_items:
                            deep_research_bing_grounding_connections_item = (
                                deep_research_bing_grounding_connections_item_data
                            )
                            if type(deep_research_bing_grounding_connections_item) is dict:
                                deep_research_bing_grounding_connections_item = ToolConnection.from_dict(
                                    deep_research_bing_grounding_connections_item, _strict
                                )
                            elif _strict:
                                raise expected("object", deep_research_bing_grounding_connections_item)

                            deep_research_bing_grounding_connections.append(
                                deep_research_bing_grounding_connections_item
                            )
                    except InvalidValue as _error:
                        raise _error.at(len(deep_research_bing_grounding_connections)) from None
                elif _strict:
                    raise expected("array", deep_research_bing_grounding_connections)

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
        _obj.deep_research_model = deep_research_model
        _obj.deep_research_bing_grounding_connections = deep_research_bing_grounding_connections
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
from ..models.tool_connection import ToolConnection
