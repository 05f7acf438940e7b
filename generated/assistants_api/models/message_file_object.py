from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class MessageFileObject:
    """First beta only (`assistants=v1`) link between a file and a message."""

    id: str
    """ ID of the file (`file-...`). """

    object_: Literal["thread.message.file"]
    """ Always `thread.message.file`. """

    created_at: int
    """ Time the file was attached, Unix seconds. """

    message_id: str
    """ ID of the message the file belongs to. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object_
        created_at = self.created_at
        message_id = self.message_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["message_id"] = message_id
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "thread.message.file":
            raise ValueError(f"object must be 'thread.message.file', not {object_!r}")
        created_at = d.pop("created_at")
        message_id = d.pop("message_id")

        obj = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            message_id=message_id,
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
