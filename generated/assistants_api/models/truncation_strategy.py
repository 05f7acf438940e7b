from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "last_messages",
    )
)

from ..models.truncation_strategy_type import TruncationStrategyType
from ..types import UNSET, Unset


@_attrs_define
class TruncationStrategy:
    """How the thread is cut down before it is sent to the model."""

    type: TruncationStrategyType
    """ `auto` drops messages from the middle of the thread to fit the
    model's context; `last_messages` keeps only the newest
    `last_messages` messages.
     """

    last_messages: int | None | Unset = UNSET
    """ How many of the newest messages are kept (only with `last_messages`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type.value if isinstance(self.type, TruncationStrategyType) else self.type

        last_messages: int | None | Unset
        if isinstance(self.last_messages, Unset):
            last_messages = UNSET
        else:
            last_messages = self.last_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if last_messages is not UNSET:
            field_dict["last_messages"] = last_messages
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if type(type_) is str:
                    _type__member = TruncationStrategyType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of TruncationStrategyType")
                    else:
                        type_ = TruncationStrategyType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "last_messages"
            last_messages = src_dict.get("last_messages", UNSET)
            if last_messages is not UNSET:
                if _strict and not (is_integer(last_messages) or last_messages is None):
                    raise InvalidValue("expected integer or null, got " + json_type(last_messages))
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
        _obj.type = type_
        _obj.last_messages = last_messages
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
