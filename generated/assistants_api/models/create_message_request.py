from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment import MessageAttachment
    from ..models.message_content_image_file import MessageContentImageFile
    from ..models.message_content_image_url import MessageContentImageUrl
    from ..models.message_request_content_text import MessageRequestContentText
    from ..models.metadata import Metadata
    from ..models.unknown_message_content import UnknownMessageContent


T = TypeVar("T", bound="CreateMessageRequest")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_content_image_file import MessageContentImageFile
        from ..models.message_content_image_url import MessageContentImageUrl
        from ..models.message_request_content_text import MessageRequestContentText
        from ..models.metadata import Metadata

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
                ):
                    componentsschemas_message_request_content_parts_item = (
                        componentsschemas_message_request_content_parts_item_data.to_dict()
                    )
                else:
                    componentsschemas_message_request_content_parts_item = (
                        componentsschemas_message_request_content_parts_item_data.to_dict()
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
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_attachment import MessageAttachment
        from ..models.message_content_image_file import MessageContentImageFile
        from ..models.message_content_image_url import MessageContentImageUrl
        from ..models.message_request_content_text import MessageRequestContentText
        from ..models.metadata import Metadata
        from ..models.unknown_message_content import UnknownMessageContent

        d = dict(src_dict)
        role = MessageRole(d.pop("role"))

        def _parse_content(
            data: object,
        ) -> (
            list[MessageContentImageFile | MessageContentImageUrl | MessageRequestContentText | UnknownMessageContent]
            | str
        ):
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = []
                _content_type_1 = data
                for componentsschemas_message_request_content_parts_item_data in _content_type_1:

                    def _parse_componentsschemas_message_request_content_parts_item(
                        data: object,
                    ) -> (
                        MessageContentImageFile
                        | MessageContentImageUrl
                        | MessageRequestContentText
                        | UnknownMessageContent
                    ):
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_message_request_content_type_0 = MessageRequestContentText.from_dict(data)

                            return componentsschemas_message_request_content_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_message_request_content_type_1 = MessageContentImageFile.from_dict(data)

                            return componentsschemas_message_request_content_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_message_request_content_type_2 = MessageContentImageUrl.from_dict(data)

                            return componentsschemas_message_request_content_type_2
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_message_request_content_type_3 = UnknownMessageContent.from_dict(data)

                        return componentsschemas_message_request_content_type_3

                    componentsschemas_message_request_content_parts_item = (
                        _parse_componentsschemas_message_request_content_parts_item(
                            componentsschemas_message_request_content_parts_item_data
                        )
                    )

                    content_type_1.append(componentsschemas_message_request_content_parts_item)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    MessageContentImageFile | MessageContentImageUrl | MessageRequestContentText | UnknownMessageContent
                ]
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        def _parse_attachments(data: object) -> list[MessageAttachment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = MessageAttachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MessageAttachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        create_message_request = cls(
            role=role,
            content=content,
            attachments=attachments,
            metadata=metadata,
        )

        create_message_request.additional_properties = d
        return create_message_request

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
