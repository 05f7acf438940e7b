from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset


@_attrs_define
class MessageDelta:
    """The fields of a message that changed."""

    role: MessageRole | Unset = UNSET
    """ Who wrote the message. """

    content: (
        list[
            MessageDeltaContentImageFile
            | MessageDeltaContentImageUrl
            | MessageDeltaContentRefusal
            | MessageDeltaContentText
            | UnknownMessageDeltaContent
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        role: str | Unset = UNSET
        if not isinstance(self.role, Unset):
            role = self.role.value

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item: dict[str, Any]
                if (
                    isinstance(content_item_data, MessageDeltaContentText)
                    or isinstance(content_item_data, MessageDeltaContentImageFile)
                    or isinstance(content_item_data, MessageDeltaContentImageUrl)
                    or isinstance(content_item_data, MessageDeltaContentRefusal)
                    or isinstance(content_item_data, UnknownMessageDeltaContent)
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data

                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        _role = d.pop("role", UNSET)
        role: MessageRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = MessageRole(_role)

        _content = d.pop("content", UNSET)
        content: (
            list[
                MessageDeltaContentImageFile
                | MessageDeltaContentImageUrl
                | MessageDeltaContentRefusal
                | MessageDeltaContentText
                | UnknownMessageDeltaContent
            ]
            | Unset
        ) = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item: (
                    MessageDeltaContentImageFile
                    | MessageDeltaContentImageUrl
                    | MessageDeltaContentRefusal
                    | MessageDeltaContentText
                    | UnknownMessageDeltaContent
                )
                _content_item_raw = content_item_data
                _content_item_tag = _content_item_raw.get("type") if type(_content_item_raw) is dict else None
                if _content_item_tag == "text":
                    content_item = MessageDeltaContentText.from_dict(_content_item_raw)
                elif _content_item_tag == "image_file":
                    content_item = MessageDeltaContentImageFile.from_dict(_content_item_raw)
                elif _content_item_tag == "image_url":
                    content_item = MessageDeltaContentImageUrl.from_dict(_content_item_raw)
                elif _content_item_tag == "refusal":
                    content_item = MessageDeltaContentRefusal.from_dict(_content_item_raw)
                elif isinstance(_content_item_raw, dict):
                    content_item = UnknownMessageDeltaContent.from_dict(_content_item_raw)
                else:
                    raise TypeError(f"content_item: no member of the union accepts {type(_content_item_raw).__name__}")

                content.append(content_item)

        obj = cls(
            role=role,
            content=content,
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
from ..models.message_delta_content_image_file import MessageDeltaContentImageFile
from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl
from ..models.message_delta_content_refusal import MessageDeltaContentRefusal
from ..models.message_delta_content_text import MessageDeltaContentText
from ..models.unknown_message_delta_content import UnknownMessageDeltaContent
