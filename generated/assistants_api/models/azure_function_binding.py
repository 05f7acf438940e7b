from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.azure_function_binding_type import AzureFunctionBindingType


@_attrs_define
class AzureFunctionBinding:
    """A storage queue the function reads from or writes to."""

    type_: AzureFunctionBindingType
    """ Always `storage_queue`. """

    storage_queue: AzureFunctionStorageQueue
    """ Where the queue lives. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_.value
        storage_queue = self.storage_queue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["storage_queue"] = storage_queue
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = AzureFunctionBindingType(d.pop("type"))

        storage_queue = AzureFunctionStorageQueue.from_dict(d.pop("storage_queue"))

        obj = cls(
            type_=type_,
            storage_queue=storage_queue,
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
from ..models.azure_function_storage_queue import AzureFunctionStorageQueue
