from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset


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
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
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
                or isinstance(content_item_data, UnknownMessageContent)
            ):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data

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
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["thread_id"] = thread_id
        field_dict["status"] = status
        field_dict["incomplete_details"] = incomplete_details
        field_dict["completed_at"] = completed_at
        field_dict["incomplete_at"] = incomplete_at
        field_dict["role"] = role
        field_dict["content"] = content
        field_dict["assistant_id"] = assistant_id
        field_dict["run_id"] = run_id
        field_dict["attachments"] = attachments
        field_dict["metadata"] = metadata
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "thread.message":
            raise ValueError(f"object must be 'thread.message', not {object_!r}")
        created_at = d.pop("created_at")
        thread_id = d.pop("thread_id")
        status = MessageStatus(d.pop("status"))

        incomplete_details: MessageIncompleteDetails | None
        _incomplete_details_raw = d.pop("incomplete_details")
        if _incomplete_details_raw is None:
            incomplete_details = None
        elif isinstance(_incomplete_details_raw, dict):
            incomplete_details = MessageIncompleteDetails.from_dict(_incomplete_details_raw)
        else:
            raise TypeError(
                f"incomplete_details: no member of the union accepts {type(_incomplete_details_raw).__name__}"
            )

        completed_at: int | None
        _completed_at_raw = d.pop("completed_at")
        if isinstance(_completed_at_raw, int) and not isinstance(_completed_at_raw, bool):
            completed_at = _completed_at_raw
        elif _completed_at_raw is None:
            completed_at = None
        else:
            raise TypeError(f"completed_at: no member of the union accepts {type(_completed_at_raw).__name__}")

        incomplete_at: int | None
        _incomplete_at_raw = d.pop("incomplete_at")
        if isinstance(_incomplete_at_raw, int) and not isinstance(_incomplete_at_raw, bool):
            incomplete_at = _incomplete_at_raw
        elif _incomplete_at_raw is None:
            incomplete_at = None
        else:
            raise TypeError(f"incomplete_at: no member of the union accepts {type(_incomplete_at_raw).__name__}")

        role = MessageRole(d.pop("role"))

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item: (
                MessageContentImageFile
                | MessageContentImageUrl
                | MessageContentRefusal
                | MessageContentText
                | UnknownMessageContent
            )
            _content_item_raw = content_item_data
            _content_item_tag = _content_item_raw.get("type") if type(_content_item_raw) is dict else None
            if _content_item_tag == "text":
                content_item = MessageContentText.from_dict(_content_item_raw)
            elif _content_item_tag == "image_file":
                content_item = MessageContentImageFile.from_dict(_content_item_raw)
            elif _content_item_tag == "image_url":
                content_item = MessageContentImageUrl.from_dict(_content_item_raw)
            elif _content_item_tag == "refusal":
                content_item = MessageContentRefusal.from_dict(_content_item_raw)
            elif isinstance(_content_item_raw, dict):
                content_item = UnknownMessageContent.from_dict(_content_item_raw)
            else:
                raise TypeError(f"content_item: no member of the union accepts {type(_content_item_raw).__name__}")

            content.append(content_item)

        assistant_id: None | str
        _assistant_id_raw = d.pop("assistant_id")
        if isinstance(_assistant_id_raw, str):
            assistant_id = _assistant_id_raw
        elif _assistant_id_raw is None:
            assistant_id = None
        else:
            raise TypeError(f"assistant_id: no member of the union accepts {type(_assistant_id_raw).__name__}")

        run_id: None | str
        _run_id_raw = d.pop("run_id")
        if isinstance(_run_id_raw, str):
            run_id = _run_id_raw
        elif _run_id_raw is None:
            run_id = None
        else:
            raise TypeError(f"run_id: no member of the union accepts {type(_run_id_raw).__name__}")

        attachments: list[MessageAttachment] | None
        _attachments_raw = d.pop("attachments")
        if isinstance(_attachments_raw, list):
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

        metadata: Metadata | None
        _metadata_raw = d.pop("metadata")
        if _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        obj = cls(
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
from ..models.message_content_refusal import MessageContentRefusal
from ..models.message_content_text import MessageContentText
from ..models.message_incomplete_details import MessageIncompleteDetails
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent
