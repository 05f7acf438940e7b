from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_file_search_tool import AttachmentFileSearchTool
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.unknown_attachment_tool import UnknownAttachmentTool


T = TypeVar("T", bound="MessageAttachment")


@_attrs_define
class MessageAttachment:
    """A file attached to a message and the tools it is added to."""

    file_id: str | Unset = UNSET
    """ ID of the attached file. """
    tools: list[AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool] | Unset = UNSET
    """ Tools that get the file. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.attachment_file_search_tool import AttachmentFileSearchTool
        from ..models.code_interpreter_tool import CodeInterpreterTool

        file_id = self.file_id

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if isinstance(tools_item_data, CodeInterpreterTool) or isinstance(
                    tools_item_data, AttachmentFileSearchTool
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data.to_dict()

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment_file_search_tool import AttachmentFileSearchTool
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.unknown_attachment_tool import UnknownAttachmentTool

        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:

                def _parse_tools_item(
                    data: object,
                ) -> AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_tool_type_0 = CodeInterpreterTool.from_dict(data)

                        return componentsschemas_attachment_tool_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_attachment_tool_type_1 = AttachmentFileSearchTool.from_dict(data)

                        return componentsschemas_attachment_tool_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_attachment_tool_type_2 = UnknownAttachmentTool.from_dict(data)

                    return componentsschemas_attachment_tool_type_2

                tools_item = _parse_tools_item(tools_item_data)

                tools.append(tools_item)

        message_attachment = cls(
            file_id=file_id,
            tools=tools,
        )

        message_attachment.additional_properties = d
        return message_attachment

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
