from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "file_id",
        "tools",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_id = self.file_id
        tools: Any
        if isinstance(self.tools, list):
            tools = []
            for tools_item_data in self.tools:
                if isinstance(tools_item_data, CodeInterpreterTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, CodeInterpreterTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, AttachmentFileSearchTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, AttachmentFileSearchTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, UnknownAttachmentTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, UnknownAttachmentTool)
                        else tools_item_data
                    )

                else:
                    tools_item = tools_item_data

                tools.append(tools_item)
        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if tools is not UNSET:
            field_dict["tools"] = tools
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
            _at = "file_id"
            file_id = src_dict.get("file_id", UNSET)
            if file_id is not UNSET:
                if _strict and not (type(file_id) is str):
                    raise expected("string", file_id)
            else:
                _absent += 1
            _at = "tools"
            tools = src_dict.get("tools", UNSET)
            if tools is not UNSET:
                if type(tools) is list:
                    _tools_items = tools
                    tools = []
                    try:
                        for tools_item_data in _tools_items:
                            tools_item = tools_item_data
                            _tools_item_tag = tools_item.get("type") if type(tools_item) is dict else None
                            if _tools_item_tag == "code_interpreter":
                                tools_item = CodeInterpreterTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "file_search":
                                tools_item = AttachmentFileSearchTool.from_dict(tools_item, _strict)
                            elif type(tools_item) is dict:
                                tools_item = UnknownAttachmentTool.from_dict(tools_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(tools_item))

                            tools.append(tools_item)
                    except InvalidValue as _error:
                        raise _error.at(len(tools)) from None
                elif _strict:
                    raise expected("array", tools)
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
        _obj.file_id = file_id
        _obj.tools = tools
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

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
