from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import (
    MISSING,
    UNSET,
    InvalidValue,
    Unset,
    expected,
    joined_text,
    json_type,
)
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "role",
        "content",
        "attachments",
        "metadata",
    )
)

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
    """ The text of the message (at most 256,000 characters), or a list of text and image parts. """

    attachments: list[MessageAttachment] | None | Unset = UNSET
    """ Files to attach and the tools to add them to. """

    metadata: Metadata | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        role = self.role.value if isinstance(self.role, MessageRole) else self.role

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            if isinstance(self.content, list):
                content = []
                for componentsschemas_message_request_content_parts_item_data in self.content:
                    if isinstance(componentsschemas_message_request_content_parts_item_data, MessageRequestContentText):
                        componentsschemas_message_request_content_parts_item = (
                            componentsschemas_message_request_content_parts_item_data.to_dict()
                            if isinstance(
                                componentsschemas_message_request_content_parts_item_data, MessageRequestContentText
                            )
                            else componentsschemas_message_request_content_parts_item_data
                        )

                    elif isinstance(componentsschemas_message_request_content_parts_item_data, MessageContentImageFile):
                        componentsschemas_message_request_content_parts_item = (
                            componentsschemas_message_request_content_parts_item_data.to_dict()
                            if isinstance(
                                componentsschemas_message_request_content_parts_item_data, MessageContentImageFile
                            )
                            else componentsschemas_message_request_content_parts_item_data
                        )

                    elif isinstance(componentsschemas_message_request_content_parts_item_data, MessageContentImageUrl):
                        componentsschemas_message_request_content_parts_item = (
                            componentsschemas_message_request_content_parts_item_data.to_dict()
                            if isinstance(
                                componentsschemas_message_request_content_parts_item_data, MessageContentImageUrl
                            )
                            else componentsschemas_message_request_content_parts_item_data
                        )

                    elif isinstance(componentsschemas_message_request_content_parts_item_data, UnknownMessageContent):
                        componentsschemas_message_request_content_parts_item = (
                            componentsschemas_message_request_content_parts_item_data.to_dict()
                            if isinstance(
                                componentsschemas_message_request_content_parts_item_data, UnknownMessageContent
                            )
                            else componentsschemas_message_request_content_parts_item_data
                        )

                    else:
                        componentsschemas_message_request_content_parts_item = (
                            componentsschemas_message_request_content_parts_item_data
                        )

                    content.append(componentsschemas_message_request_content_parts_item)
            else:
                content = self.content

        else:
            content = self.content

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
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

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

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
                if type(content) is str:
                    pass
                elif type(content) is list:
                    content_type_1 = content
                    if type(content_type_1) is list:
                        _content_type_1_items = content_type_1
                        content_type_1 = []
                        try:
                            for componentsschemas_message_request_content_parts_item_data in _content_type_1_items:
                                componentsschemas_message_request_content_parts_item = (
                                    componentsschemas_message_request_content_parts_item_data
                                )
                                _componentsschemas_message_request_content_parts_item_tag = (
                                    componentsschemas_message_request_content_parts_item.get("type")
                                    if type(componentsschemas_message_request_content_parts_item) is dict
                                    else None
                                )
                                if _componentsschemas_message_request_content_parts_item_tag == "text":
                                    componentsschemas_message_request_content_parts_item = (
                                        MessageRequestContentText.from_dict(
                                            componentsschemas_message_request_content_parts_item, _strict
                                        )
                                    )
                                elif _componentsschemas_message_request_content_parts_item_tag == "image_file":
                                    componentsschemas_message_request_content_parts_item = (
                                        MessageContentImageFile.from_dict(
                                            componentsschemas_message_request_content_parts_item, _strict
                                        )
                                    )
                                elif _componentsschemas_message_request_content_parts_item_tag == "image_url":
                                    componentsschemas_message_request_content_parts_item = (
                                        MessageContentImageUrl.from_dict(
                                            componentsschemas_message_request_content_parts_item, _strict
                                        )
                                    )
                                elif type(componentsschemas_message_request_content_parts_item) is dict:
                                    componentsschemas_message_request_content_parts_item = (
                                        UnknownMessageContent.from_dict(
                                            componentsschemas_message_request_content_parts_item, _strict
                                        )
                                    )
                                elif _strict:
                                    raise InvalidValue(
                                        "expected object, got "
                                        + json_type(componentsschemas_message_request_content_parts_item)
                                    )

                                content_type_1.append(componentsschemas_message_request_content_parts_item)
                        except InvalidValue as _error:
                            raise _error.at(len(content_type_1)) from None
                    elif _strict:
                        raise expected("array", content_type_1)

                    content = content_type_1
                elif _strict:
                    raise InvalidValue("expected string or array, got " + json_type(content))

            _at = "attachments"
            attachments = src_dict.get("attachments", UNSET)
            if attachments is not UNSET:
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
            else:
                _absent += 1
            _at = "metadata"
            metadata = src_dict.get("metadata", UNSET)
            if metadata is not UNSET:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 4 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.role = role
        _obj.content = content
        _obj.attachments = attachments
        _obj.metadata = metadata
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def text(self) -> str:
        """The text of `content`, as it is when a string, else its text parts joined by newlines; "" when it has none."""
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
from ..models.message_request_content_text import MessageRequestContentText
from ..models.metadata import Metadata
from ..models.unknown_message_content import UnknownMessageContent
