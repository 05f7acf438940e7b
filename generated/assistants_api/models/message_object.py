from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import (
    MISSING,
    UNSET,
    InvalidValue,
    Unset,
    expected,
    is_integer,
    joined_text,
    json_type,
)
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "object",
        "created_at",
        "thread_id",
        "status",
        "incomplete_details",
        "completed_at",
        "incomplete_at",
        "role",
        "content",
        "assistant_id",
        "run_id",
        "attachments",
        "metadata",
        "file_ids",
    )
)

from ..models.message_role import MessageRole
from ..models.message_status import MessageStatus
from ..types import UNSET, Unset


@_attrs_define
class MessageObject:
    """A message in a thread, written by the user or by the assistant."""

    id: str
    """ Message ID, starting with `msg_`. """

    object: Literal["thread.message"]
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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        thread_id = self.thread_id
        status = self.status.value if isinstance(self.status, MessageStatus) else self.status

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, MessageIncompleteDetails):
            incomplete_details = (
                self.incomplete_details.to_dict()
                if isinstance(self.incomplete_details, MessageIncompleteDetails)
                else self.incomplete_details
            )

        else:
            incomplete_details = self.incomplete_details

        completed_at: int | None
        completed_at = self.completed_at

        incomplete_at: int | None
        incomplete_at = self.incomplete_at

        role = self.role.value if isinstance(self.role, MessageRole) else self.role

        content: Any
        if isinstance(self.content, list):
            content = []
            for content_item_data in self.content:
                if isinstance(content_item_data, MessageContentText):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageContentText)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageContentImageFile):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageContentImageFile)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageContentImageUrl):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageContentImageUrl)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageContentRefusal):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageContentRefusal)
                        else content_item_data
                    )

                elif isinstance(content_item_data, UnknownMessageContent):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, UnknownMessageContent)
                        else content_item_data
                    )

                else:
                    content_item = content_item_data

                content.append(content_item)
        else:
            content = self.content

        assistant_id: None | str
        assistant_id = self.assistant_id

        run_id: None | str
        run_id = self.run_id

        attachments: list[dict[str, Any]] | None
        if isinstance(self.attachments, list):
            if isinstance(self.attachments, list):
                attachments = []
                for attachments_type_0_item_data in self.attachments:
                    attachments_type_0_item = (
                        attachments_type_0_item_data.to_dict()
                        if isinstance(attachments_type_0_item_data, MessageAttachment)
                        else attachments_type_0_item_data
                    )

                    attachments.append(attachments_type_0_item)
            else:
                attachments = self.attachments

        else:
            attachments = self.attachments

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

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
            _at = "id"
            id = src_dict.get("id", MISSING)
            if id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "id"]
                id = None
            else:
                if _strict and not (type(id) is str):
                    raise expected("string", id)

            _at = "object"
            object_ = src_dict.get("object", MISSING)
            if object_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "object"]
                object_ = None
            else:
                if _strict and object_ != "thread.message":
                    raise InvalidValue("expected 'thread.message'")
            _at = "created_at"
            created_at = src_dict.get("created_at", MISSING)
            if created_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "created_at"]
                created_at = None
            else:
                if _strict and not (is_integer(created_at)):
                    raise expected("integer", created_at)

            _at = "thread_id"
            thread_id = src_dict.get("thread_id", MISSING)
            if thread_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "thread_id"]
                thread_id = None
            else:
                if _strict and not (type(thread_id) is str):
                    raise expected("string", thread_id)

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = MessageStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of MessageStatus")
                    else:
                        status = MessageStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "incomplete_details"
            incomplete_details = src_dict.get("incomplete_details", MISSING)
            if incomplete_details is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "incomplete_details"]
                incomplete_details = None
            else:
                if incomplete_details is None:
                    pass
                elif type(incomplete_details) is dict:
                    incomplete_details = MessageIncompleteDetails.from_dict(incomplete_details, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(incomplete_details))

            _at = "completed_at"
            completed_at = src_dict.get("completed_at", MISSING)
            if completed_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "completed_at"]
                completed_at = None
            else:
                if _strict and not (is_integer(completed_at) or completed_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(completed_at))

            _at = "incomplete_at"
            incomplete_at = src_dict.get("incomplete_at", MISSING)
            if incomplete_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "incomplete_at"]
                incomplete_at = None
            else:
                if _strict and not (is_integer(incomplete_at) or incomplete_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(incomplete_at))

            _at = "role"
            role = src_dict.get("role", MISSING)
            if role is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "role"]
                role = None
            else:
                if type(role) is str:
                    _role_member = MessageRole._value2member_map_.get(role)
                    if _role_member is not None:
                        role = _role_member
                    elif _strict:
                        raise InvalidValue("not a value of MessageRole")
                    else:
                        role = MessageRole(role)
                elif _strict:
                    raise expected("string", role)

            _at = "content"
            content = src_dict.get("content", MISSING)
            if content is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "content"]
                content = None
            else:
                if type(content) is list:
                    _content_items = content
                    content = []
                    try:
                        for content_item_data in _content_items:
                            content_item = content_item_data
                            _content_item_tag = content_item.get("type") if type(content_item) is dict else None
                            if _content_item_tag == "text":
                                content_item = MessageContentText.from_dict(content_item, _strict)
                            elif _content_item_tag == "image_file":
                                content_item = MessageContentImageFile.from_dict(content_item, _strict)
                            elif _content_item_tag == "image_url":
                                content_item = MessageContentImageUrl.from_dict(content_item, _strict)
                            elif _content_item_tag == "refusal":
                                content_item = MessageContentRefusal.from_dict(content_item, _strict)
                            elif type(content_item) is dict:
                                content_item = UnknownMessageContent.from_dict(content_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(content_item))

                            content.append(content_item)
                    except InvalidValue as _error:
                        raise _error.at(len(content)) from None
                elif _strict:
                    raise expected("array", content)

            _at = "assistant_id"
            assistant_id = src_dict.get("assistant_id", MISSING)
            if assistant_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "assistant_id"]
                assistant_id = None
            else:
                if _strict and not (type(assistant_id) is str or assistant_id is None):
                    raise InvalidValue("expected string or null, got " + json_type(assistant_id))

            _at = "run_id"
            run_id = src_dict.get("run_id", MISSING)
            if run_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "run_id"]
                run_id = None
            else:
                if _strict and not (type(run_id) is str or run_id is None):
                    raise InvalidValue("expected string or null, got " + json_type(run_id))

            _at = "attachments"
            attachments = src_dict.get("attachments", MISSING)
            if attachments is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "attachments"]
                attachments = None
            else:
                if type(attachments) is list:
                    attachments_type_0 = attachments
                    if type(attachments_type_0) is list:
                        _attachments_type_0_items = attachments_type_0
                        attachments_type_0 = []
                        try:
                            for attachments_type_0_item_data in _attachments_type_0_items:
                                attachments_type_0_item = attachments_type_0_item_data
                                if type(attachments_type_0_item) is dict:
                                    attachments_type_0_item = MessageAttachment.from_dict(
                                        attachments_type_0_item, _strict
                                    )
                                elif _strict:
                                    raise expected("object", attachments_type_0_item)

                                attachments_type_0.append(attachments_type_0_item)
                        except InvalidValue as _error:
                            raise _error.at(len(attachments_type_0)) from None
                    elif _strict:
                        raise expected("array", attachments_type_0)

                    attachments = attachments_type_0
                elif attachments is None:
                    pass
                elif _strict:
                    raise InvalidValue("expected array or null, got " + json_type(attachments))

            _at = "metadata"
            metadata = src_dict.get("metadata", MISSING)
            if metadata is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "metadata"]
                metadata = None
            else:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))

            _at = "file_ids"
            file_ids = src_dict.get("file_ids", UNSET)
            if file_ids is not UNSET:
                if type(file_ids) is list:
                    if _strict:
                        for _index, file_ids_item_data in enumerate(file_ids):
                            if not (type(file_ids_item_data) is str):
                                raise expected("string", file_ids_item_data).at(_index)
                elif _strict:
                    raise expected("array", file_ids)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 15 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.id = id
        _obj.object = object_
        _obj.created_at = created_at
        _obj.thread_id = thread_id
        _obj.status = status
        _obj.incomplete_details = incomplete_details
        _obj.completed_at = completed_at
        _obj.incomplete_at = incomplete_at
        _obj.role = role
        _obj.content = content
        _obj.assistant_id = assistant_id
        _obj.run_id = run_id
        _obj.attachments = attachments
        _obj.metadata = metadata
        _obj.file_ids = file_ids
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def text(self) -> str:
        """The text of `content`: its text parts joined by newlines; "" when it has none."""
        return joined_text(self.content, "\n")

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
