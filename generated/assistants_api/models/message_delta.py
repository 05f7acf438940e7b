from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import (
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
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        role = self.role.value if isinstance(self.role, MessageRole) else self.role

        content: Any
        if isinstance(self.content, list):
            content = []
            for content_item_data in self.content:
                if isinstance(content_item_data, MessageDeltaContentText):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageDeltaContentText)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageDeltaContentImageFile):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageDeltaContentImageFile)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageDeltaContentImageUrl):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageDeltaContentImageUrl)
                        else content_item_data
                    )

                elif isinstance(content_item_data, MessageDeltaContentRefusal):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, MessageDeltaContentRefusal)
                        else content_item_data
                    )

                elif isinstance(content_item_data, UnknownMessageDeltaContent):
                    content_item = (
                        content_item_data.to_dict()
                        if isinstance(content_item_data, UnknownMessageDeltaContent)
                        else content_item_data
                    )

                else:
                    content_item = content_item_data

                content.append(content_item)
        else:
            content = self.content

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
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
            role = src_dict.get("role", UNSET)
            if role is not UNSET:
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
            else:
                _absent += 1
            _at = "content"
            content = src_dict.get("content", UNSET)
            if content is not UNSET:
                if type(content) is list:
                    _content_items = content
                    content = []
                    try:
                        for content_item_data in _content_items:
                            content_item = content_item_data
                            _content_item_tag = content_item.get("type") if type(content_item) is dict else None
                            if _content_item_tag == "text":
                                content_item = MessageDeltaContentText.from_dict(content_item, _strict)
                            elif _content_item_tag == "image_file":
                                content_item = MessageDeltaContentImageFile.from_dict(content_item, _strict)
                            elif _content_item_tag == "image_url":
                                content_item = MessageDeltaContentImageUrl.from_dict(content_item, _strict)
                            elif _content_item_tag == "refusal":
                                content_item = MessageDeltaContentRefusal.from_dict(content_item, _strict)
                            elif type(content_item) is dict:
                                content_item = UnknownMessageDeltaContent.from_dict(content_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(content_item))

                            content.append(content_item)
                    except InvalidValue as _error:
                        raise _error.at(len(content)) from None
                elif _strict:
                    raise expected("array", content)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 2 - _absent - (0 if _missing is None else len(_missing)):
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
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

    @property
    def text(self) -> str:
        """The text of `content`: its text parts joined (the pieces this delta adds); "" when it has none."""
        return joined_text(self.content, "")

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
