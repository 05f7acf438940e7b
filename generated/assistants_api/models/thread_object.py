from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class ThreadObject:
    """A conversation that holds messages and that runs work on."""

    id: str
    """ Thread ID, starting with `thread_`. """

    object_: Literal["thread"]
    """ Always `thread`. """

    created_at: int
    """ Creation time, Unix seconds. """

    tool_resources: None | ToolResources
    """ Files and vector stores the tools use in this thread. """

    metadata: Metadata | None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object_
        created_at = self.created_at
        tool_resources: dict[str, Any] | None
        if isinstance(self.tool_resources, ToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["tool_resources"] = tool_resources
        field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "thread":
            raise ValueError(f"object must be 'thread', not {object_!r}")
        created_at = d.pop("created_at")
        tool_resources: None | ToolResources
        _tool_resources_raw = d.pop("tool_resources")
        if _tool_resources_raw is None:
            tool_resources = None
        elif isinstance(_tool_resources_raw, dict):
            tool_resources = ToolResources.from_dict(_tool_resources_raw)
        else:
            raise TypeError(f"tool_resources: no member of the union accepts {type(_tool_resources_raw).__name__}")

        metadata: Metadata | None
        _metadata_raw = d.pop("metadata")
        if _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

        obj = cls(
            id=id,
            object_=object_,
            created_at=created_at,
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
from ..models.metadata import Metadata
from ..models.tool_resources import ToolResources
