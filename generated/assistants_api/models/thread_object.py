from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.metadata import Metadata
    from ..models.tool_resources import ToolResources


T = TypeVar("T", bound="ThreadObject")


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

    def to_dict(self) -> dict[str, Any]:
        from ..models.metadata import Metadata
        from ..models.tool_resources import ToolResources

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
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "tool_resources": tool_resources,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metadata import Metadata
        from ..models.tool_resources import ToolResources

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["thread"], d.pop("object"))
        if object_ != "thread":
            raise ValueError(f"object must match const 'thread', got '{object_}'")

        created_at = d.pop("created_at")

        def _parse_tool_resources(data: object) -> None | ToolResources:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = ToolResources.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolResources, data)

        tool_resources = _parse_tool_resources(d.pop("tool_resources"))

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

        thread_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            tool_resources=tool_resources,
            metadata=metadata,
        )

        thread_object.additional_properties = d
        return thread_object

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
