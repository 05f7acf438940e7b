from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class ConnectionListSettings:
    """The project connections a tool works through."""

    connection_list: list[ToolConnection]
    """ The connection (one entry). """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        connection_list = []
        for connection_list_item_data in self.connection_list:
            connection_list_item = connection_list_item_data.to_dict()
            connection_list.append(connection_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["connection_list"] = connection_list
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        connection_list = []
        _connection_list = d.pop("connection_list")
        for connection_list_item_data in _connection_list:
            connection_list_item = ToolConnection.from_dict(connection_list_item_data)

            connection_list.append(connection_list_item)

        obj = cls(
            connection_list=connection_list,
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
from ..models.tool_connection import ToolConnection
