from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "storage_queue",
    )
)

from ..models.azure_function_binding_type import AzureFunctionBindingType


@_attrs_define
class AzureFunctionBinding:
    """A storage queue the function reads from or writes to."""

    type: AzureFunctionBindingType
    """ Always `storage_queue`. """

    storage_queue: AzureFunctionStorageQueue
    """ Where the queue lives. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type.value if isinstance(self.type, AzureFunctionBindingType) else self.type

        storage_queue = (
            self.storage_queue.to_dict()
            if isinstance(self.storage_queue, AzureFunctionStorageQueue)
            else self.storage_queue
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["storage_queue"] = storage_queue
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if type(type_) is str:
                    _type__member = AzureFunctionBindingType._value2member_map_.get(type_)
                    if _type__member is not None:
                        type_ = _type__member
                    elif _strict:
                        raise InvalidValue("not a value of AzureFunctionBindingType")
                    else:
                        type_ = AzureFunctionBindingType(type_)
                elif _strict:
                    raise expected("string", type_)

            _at = "storage_queue"
            storage_queue = src_dict.get("storage_queue", MISSING)
            if storage_queue is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "storage_queue"]
                storage_queue = None
            else:
                if type(storage_queue) is dict:
                    storage_queue = AzureFunctionStorageQueue.from_dict(storage_queue, _strict)
                elif _strict:
                    raise expected("object", storage_queue)

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
        _obj.type = type_
        _obj.storage_queue = storage_queue
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
from ..models.azure_function_storage_queue import AzureFunctionStorageQueue
