from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class MessageDeltaContentText:
    """Change of a text part."""

    index: int
    """ Position of the part in the message's content list. """

    type_: Literal["text"]
    """ Always `text`. """

    text: MessageDeltaText | Unset = UNSET
    """ A new piece of text and the annotations that came with it. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        text: dict[str, Any] | Unset = UNSET
        if not isinstance(self.text, Unset):
            text = self.text.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "text":
            raise ValueError(f"type must be 'text', not {type_!r}")
        _text = d.pop("text", UNSET)
        text: MessageDeltaText | Unset
        if isinstance(_text, Unset):
            text = UNSET
        else:
            text = MessageDeltaText.from_dict(_text)

        obj = cls(
            index=index,
            type_=type_,
            text=text,
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
from ..models.message_delta_text import MessageDeltaText
