from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class MessageAttachment:
    """A file attached to a message and the tools it is added to."""

    file_id: str | Unset = UNSET
    """ ID of the attached file. """

    tools: list[AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool] | Unset = UNSET
    """ Tools that get the file. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_id = self.file_id
        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item: dict[str, Any]
                if (
                    isinstance(tools_item_data, CodeInterpreterTool)
                    or isinstance(tools_item_data, AttachmentFileSearchTool)
                    or isinstance(tools_item_data, UnknownAttachmentTool)
                ):
                    tools_item = tools_item_data.to_dict()
                else:
                    tools_item = tools_item_data

                tools.append(tools_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        file_id = d.pop("file_id", UNSET)
        _tools = d.pop("tools", UNSET)
        tools: list[AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item: AttachmentFileSearchTool | CodeInterpreterTool | UnknownAttachmentTool
                _tools_item_raw = tools_item_data
                _tools_item_tag = _tools_item_raw.get("type") if type(_tools_item_raw) is dict else None
                if _tools_item_tag == "code_interpreter":
                    tools_item = CodeInterpreterTool.from_dict(_tools_item_raw)
                elif _tools_item_tag == "file_search":
                    tools_item = AttachmentFileSearchTool.from_dict(_tools_item_raw)
                elif isinstance(_tools_item_raw, dict):
                    tools_item = UnknownAttachmentTool.from_dict(_tools_item_raw)
                else:
                    raise TypeError(f"tools_item: no member of the union accepts {type(_tools_item_raw).__name__}")

                tools.append(tools_item)

        obj = cls(
            file_id=file_id,
            tools=tools,
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
from ..models.attachment_file_search_tool import AttachmentFileSearchTool
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.unknown_attachment_tool import UnknownAttachmentTool
