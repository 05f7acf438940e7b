from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_delta_content_image_file import MessageDeltaContentImageFile
    from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl
    from ..models.message_delta_content_refusal import MessageDeltaContentRefusal
    from ..models.message_delta_content_text import MessageDeltaContentText
    from ..models.unknown_message_delta_content import UnknownMessageDeltaContent


T = TypeVar("T", bound="MessageDelta")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_delta_content_image_file import MessageDeltaContentImageFile
        from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl
        from ..models.message_delta_content_refusal import MessageDeltaContentRefusal
        from ..models.message_delta_content_text import MessageDeltaContentText

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
                ):
                    content_item = content_item_data.to_dict()
                else:
                    content_item = content_item_data.to_dict()

                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_delta_content_image_file import MessageDeltaContentImageFile
        from ..models.message_delta_content_image_url import MessageDeltaContentImageUrl
        from ..models.message_delta_content_refusal import MessageDeltaContentRefusal
        from ..models.message_delta_content_text import MessageDeltaContentText
        from ..models.unknown_message_delta_content import UnknownMessageDeltaContent

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

                def _parse_content_item(
                    data: object,
                ) -> (
                    MessageDeltaContentImageFile
                    | MessageDeltaContentImageUrl
                    | MessageDeltaContentRefusal
                    | MessageDeltaContentText
                    | UnknownMessageDeltaContent
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_delta_content_type_0 = MessageDeltaContentText.from_dict(data)

                        return componentsschemas_message_delta_content_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_delta_content_type_1 = MessageDeltaContentImageFile.from_dict(data)

                        return componentsschemas_message_delta_content_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_delta_content_type_2 = MessageDeltaContentImageUrl.from_dict(data)

                        return componentsschemas_message_delta_content_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_delta_content_type_3 = MessageDeltaContentRefusal.from_dict(data)

                        return componentsschemas_message_delta_content_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_delta_content_type_4 = UnknownMessageDeltaContent.from_dict(data)

                    return componentsschemas_message_delta_content_type_4

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

        message_delta = cls(
            role=role,
            content=content,
        )

        message_delta.additional_properties = d
        return message_delta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
