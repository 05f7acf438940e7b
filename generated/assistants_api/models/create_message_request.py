from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset


@_attrs_define
class CreateMessageRequest:
    """Body of `createMessage`; also an item of `messages` / `additional_messages`."""

    role: MessageRole
    """ Who wrote the message. """

    content: (
        list[MessageContentImageFile | MessageContentImageUrl | MessageRequestContentText | UnknownMessageContent] | str
    )
    """ The text of the message, or a list of text and image parts. """

    attachments: list[MessageAttachment] | None | Unset = UNSET
    """ Files to attach and the tools to add them to. """

    metadata: Metadata | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        role = self.role.value
        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for componentsschemas_message_request_content_parts_item_data in self.content:
                componentsschemas_message_request_content_parts_item: dict[str, Any]
                if (
                    isinstance(componentsschemas_message_request_content_parts_item_data, MessageRequestContentText)
                    or isinstance(componentsschemas_message_request_content_parts_item_data, MessageContentImageFile)
                    or isinstance(componentsschemas_message_request_content_parts_item_data, MessageContentImageUrl)
                    or isinstance(componentsschemas_message_request_content_parts_item_data, UnknownMessageContent)
                ):
                    componentsschemas_message_request_content_parts_item = (
                        componentsschemas_message_request_content_parts_item_data.to_dict()
                    )
                else:
                    componentsschemas_message_request_content_parts_item = (
                        componentsschemas_message_request_content_parts_item_data
                    )

                content.append(componentsschemas_message_request_content_parts_item)

        else:
            content = self.content

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["role"] = role
        field_dict["content"] = content
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        role = MessageRole(d.pop("role"))

        content: (
            list[MessageContentImageFile | MessageContentImageUrl | MessageRequestContentText | UnknownMessageContent]
            | str
        )
        _content_raw = d.pop("content")
        if isinstance(_content_raw, str):
            content = _content_raw
        elif isinstance(_content_raw, list):
            content_type_1 = []
            _content_type_1 = _content_raw
            for componentsschemas_message_request_content_parts_item_data in _content_type_1:
                componentsschemas_message_request_content_parts_item: (
                    MessageContentImageFile | MessageContentImageUrl | MessageRequestContentText | UnknownMessageContent
                )
                _componentsschemas_message_request_content_parts_item_raw = (
                    componentsschemas_message_request_content_parts_item_data
                )
                _componentsschemas_message_request_content_parts_item_tag = (
                    _componentsschemas_message_request_content_parts_item_raw.get("type")
                    if type(_componentsschemas_message_request_content_parts_item_raw) is dict
                    else None
                )
                if _componentsschemas_message_request_content_parts_item_tag == "text":
                    componentsschemas_message_request_content_parts_item = MessageRequestContentText.from_dict(
                        _componentsschemas_message_request_content_parts_item_raw
                    )
                elif _componentsschemas_message_request_content_parts_item_tag == "image_file":
                    componentsschemas_message_request_content_parts_item = MessageContentImageFile.from_dict(
                        _componentsschemas_message_request_content_parts_item_raw
                    )
                elif _componentsschemas_message_request_content_parts_item_tag == "image_url":
                    componentsschemas_message_request_content_parts_item = MessageContentImageUrl.from_dict(
                        _componentsschemas_message_request_content_parts_item_raw
                    )
                elif isinstance(_componentsschemas_message_request_content_parts_item_raw, dict):
                    componentsschemas_message_request_content_parts_item = UnknownMessageContent.from_dict(
                        _componentsschemas_message_request_content_parts_item_raw
                    )
                else:
                    raise TypeError(
                        f"/components/schemas/MessageRequestContentParts_item: no member of the union accepts {type(_componentsschemas_message_request_content_parts_item_raw).__name__}"
                    )

                content_type_1.append(componentsschemas_message_request_content_parts_item)

            content = content_type_1
        else:
            raise TypeError(f"content: no member of the union accepts {type(_content_raw).__name__}")

        attachments: list[MessageAttachment] | None | Unset
        _attachments_raw = d.pop("attachments", UNSET)
        if isinstance(_attachments_raw, Unset):
            attachments = UNSET
        elif isinstance(_attachments_raw, list):
            attachments_type_0 = []
            _attachments_type_0 = _attachments_raw
            for attachments_type_0_item_data in _attachments_type_0:
                attachments_type_0_item = MessageAttachment.from_dict(attachments_type_0_item_data)

                attachments_type_0.append(attachments_type_0_item)

            attachments = attachments_type_0
        elif _attachments_raw is None:
            attachments = None
        else:
            raise TypeError(f"attachments: no member of the union accepts {type(_attachments_raw).__name__}")

        metadata: Metadata | None | Unset
        _metadata_raw = d.pop("metadata", UNSET)
        if isinstance(_metadata_raw, Unset):
            metadata = UNSET
        elif _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

        obj = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
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
from ..models.message_attachment import MessageAttachment
from ..models.message_content_image_file import MessageContentImageFile
from ..models.message_content_image_url import MessageContentImageUrl
from ..models.message_request_content_text import MessageRequestContentText
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent
