from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.truncation_strategy_type import TruncationStrategyType
from ..types import UNSET, Unset


@_attrs_define
class TruncationStrategy:
    """How the thread is cut down before it is sent to the model."""

    type_: TruncationStrategyType
    """ `auto` drops messages from the middle of the thread to fit the
    model's context; `last_messages` keeps only the newest
    `last_messages` messages.
     """

    last_messages: int | None | Unset = UNSET
    """ How many of the newest messages are kept (only with `last_messages`). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_.value
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = TruncationStrategyType(d.pop("type"))

        last_messages: int | None | Unset
        _last_messages_raw = d.pop("last_messages", UNSET)
        if isinstance(_last_messages_raw, Unset):
            last_messages = UNSET
        elif isinstance(_last_messages_raw, int) and not isinstance(_last_messages_raw, bool):
            last_messages = _last_messages_raw
        elif _last_messages_raw is None:
            last_messages = None
        else:
            raise TypeError(f"last_messages: no member of the union accepts {type(_last_messages_raw).__name__}")

        obj = cls(
            type_=type_,
            last_messages=last_messages,
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
