from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.message_attachment import MessageAttachment
    from ..models.message_content_image_file import MessageContentImageFile
    from ..models.message_content_image_url import MessageContentImageUrl
    from ..models.message_content_refusal import MessageContentRefusal
    from ..models.message_content_text import MessageContentText
    from ..models.message_incomplete_details import MessageIncompleteDetails
    from ..models.metadata import Metadata
    from ..models.unknown_message_content import UnknownMessageContent


T = TypeVar("T", bound="MessageObject")


@_attrs_define
class MessageObject:
    """A message in a thread, written by the user or by the assistant."""

    id: str
    """ Message ID, starting with `msg_`. """
    object_: Literal["thread.message"]
    """ Always `thread.message`. """
    created_at: int
    """ Creation time, Unix seconds. """
    thread_id: str
    """ ID of the thread the message is in. """
    status: MessageStatus
    """ Where the message is in its life cycle. """
    incomplete_details: MessageIncompleteDetails | None
    """ Why the message is incomplete; null otherwise. """
    completed_at: int | None
    """ Time the message was completed, Unix seconds. """
    incomplete_at: int | None
    """ Time the message was marked incomplete, Unix seconds. """
    role: MessageRole
    """ Who wrote the message. """
    content: list[
        MessageContentImageFile
        | MessageContentImageUrl
        | MessageContentRefusal
        | MessageContentText
        | UnknownMessageContent
    ]
    """ The content, as a list of parts. """
    assistant_id: None | str
    """ For assistant messages, the assistant that wrote it. """
    run_id: None | str
    """ For messages created by a run, the run's ID; null for messages added by hand. """
    attachments: list[MessageAttachment] | None
    """ Files attached to the message. """
    metadata: Metadata | None
    file_ids: list[str] | Unset = UNSET
    """ First beta only (`assistants=v1`) list of attached file IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.message_content_image_file import MessageContentImageFile
        from ..models.message_content_image_url import MessageContentImageUrl
        from ..models.message_content_refusal import MessageContentRefusal
        from ..models.message_content_text import MessageContentText
        from ..models.message_incomplete_details import MessageIncompleteDetails
        from ..models.metadata import Metadata

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        thread_id = self.thread_id

        status = self.status.value

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, MessageIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        completed_at: int | None
        completed_at = self.completed_at

        incomplete_at: int | None
        incomplete_at = self.incomplete_at

        role = self.role.value

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if (
                isinstance(content_item_data, MessageContentText)
                or isinstance(content_item_data, MessageContentImageFile)
                or isinstance(content_item_data, MessageContentImageUrl)
                or isinstance(content_item_data, MessageContentRefusal)
            ):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        assistant_id: None | str
        assistant_id = self.assistant_id

        run_id: None | str
        run_id = self.run_id

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "thread_id": thread_id,
                "status": status,
                "incomplete_details": incomplete_details,
                "completed_at": completed_at,
                "incomplete_at": incomplete_at,
                "role": role,
                "content": content,
                "assistant_id": assistant_id,
                "run_id": run_id,
                "attachments": attachments,
                "metadata": metadata,
            }
        )
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.message_attachment import MessageAttachment
        from ..models.message_content_image_file import MessageContentImageFile
        from ..models.message_content_image_url import MessageContentImageUrl
        from ..models.message_content_refusal import MessageContentRefusal
        from ..models.message_content_text import MessageContentText
        from ..models.message_incomplete_details import MessageIncompleteDetails
        from ..models.metadata import Metadata
        from ..models.unknown_message_content import UnknownMessageContent

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["thread.message"], d.pop("object"))
        if object_ != "thread.message":
            raise ValueError(f"object must match const 'thread.message', got '{object_}'")

        created_at = d.pop("created_at")

        thread_id = d.pop("thread_id")

        status = MessageStatus(d.pop("status"))

        def _parse_incomplete_details(data: object) -> MessageIncompleteDetails | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = MessageIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageIncompleteDetails | None, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details"))

        def _parse_completed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_incomplete_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        incomplete_at = _parse_incomplete_at(d.pop("incomplete_at"))

        role = MessageRole(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                MessageContentImageFile
                | MessageContentImageUrl
                | MessageContentRefusal
                | MessageContentText
                | UnknownMessageContent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_type_0 = MessageContentText.from_dict(data)

                    return componentsschemas_message_content_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_type_1 = MessageContentImageFile.from_dict(data)

                    return componentsschemas_message_content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_type_2 = MessageContentImageUrl.from_dict(data)

                    return componentsschemas_message_content_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_content_type_3 = MessageContentRefusal.from_dict(data)

                    return componentsschemas_message_content_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_content_type_4 = UnknownMessageContent.from_dict(data)

                return componentsschemas_message_content_type_4

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        def _parse_assistant_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        assistant_id = _parse_assistant_id(d.pop("assistant_id"))

        def _parse_run_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        run_id = _parse_run_id(d.pop("run_id"))

        def _parse_attachments(data: object) -> list[MessageAttachment] | None:
            if data is None:
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
            return cast(list[MessageAttachment] | None, data)

        attachments = _parse_attachments(d.pop("attachments"))

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        message_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            status=status,
            incomplete_details=incomplete_details,
            completed_at=completed_at,
            incomplete_at=incomplete_at,
            role=role,
            content=content,
            assistant_id=assistant_id,
            run_id=run_id,
            attachments=attachments,
            metadata=metadata,
            file_ids=file_ids,
        )

        message_object.additional_properties = d
        return message_object

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
