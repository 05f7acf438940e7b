from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class CreateThreadRequest:
    """Body of `createThread`, also the `thread` of `createThreadAndRun`."""

    messages: list[CreateMessageRequest] | Unset = UNSET
    """ Messages to start the thread with. """

    tool_resources: CreateToolResources | None | Unset = UNSET

    metadata: Metadata | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if messages is not UNSET:
            field_dict["messages"] = messages
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[CreateMessageRequest] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = CreateMessageRequest.from_dict(messages_item_data)

                messages.append(messages_item)

        tool_resources: CreateToolResources | None | Unset
        _tool_resources_raw = d.pop("tool_resources", UNSET)
        if isinstance(_tool_resources_raw, Unset):
            tool_resources = UNSET
        elif _tool_resources_raw is None:
            tool_resources = None
        elif isinstance(_tool_resources_raw, dict):
            tool_resources = CreateToolResources.from_dict(_tool_resources_raw)
        else:
            raise TypeError(f"tool_resources: no member of the union accepts {type(_tool_resources_raw).__name__}")

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
            messages=messages,
            tool_resources=tool_resources,
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
from ..models.create_message_request import CreateMessageRequest
from ..models.create_tool_resources import CreateToolResources
from ..models.metadata import Metadata
