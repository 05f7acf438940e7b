from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class ListThreadsResponse:
    """One page of threads (`listThreads`, an Azure AI Foundry extension)."""

    object_: Literal["list"]
    """ Always `list`. """

    data: list[ThreadObject]

    first_id: None | str
    """ ID of the first item of the page (null when the page is empty). """

    last_id: None | str
    """ ID of the last item of the page (null when the page is empty). """

    has_more: bool
    """ Whether more items follow. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        object_ = self.object_
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        first_id: None | str
        first_id = self.first_id

        last_id: None | str
        last_id = self.last_id

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["object"] = object_
        field_dict["data"] = data
        field_dict["first_id"] = first_id
        field_dict["last_id"] = last_id
        field_dict["has_more"] = has_more
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        object_ = d.pop("object")
        if object_ != "list":
            raise ValueError(f"object must be 'list', not {object_!r}")
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = ThreadObject.from_dict(data_item_data)

            data.append(data_item)

        first_id: None | str
        _first_id_raw = d.pop("first_id")
        if isinstance(_first_id_raw, str):
            first_id = _first_id_raw
        elif _first_id_raw is None:
            first_id = None
        else:
            raise TypeError(f"first_id: no member of the union accepts {type(_first_id_raw).__name__}")

        last_id: None | str
        _last_id_raw = d.pop("last_id")
        if isinstance(_last_id_raw, str):
            last_id = _last_id_raw
        elif _last_id_raw is None:
            last_id = None
        else:
            raise TypeError(f"last_id: no member of the union accepts {type(_last_id_raw).__name__}")

        has_more = d.pop("has_more")

        obj = cls(
            object_=object_,
            data=data,
            first_id=first_id,
            last_id=last_id,
            has_more=has_more,
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
from ..models.thread_object import ThreadObject
