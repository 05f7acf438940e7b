from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, InvalidValue, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "object",
        "created_at",
        "vector_store_id",
        "status",
        "file_counts",
    )
)

from ..models.vector_store_file_batch_status import VectorStoreFileBatchStatus


@_attrs_define
class VectorStoreFileBatchObject:
    """A group of files added to a vector store together."""

    id: str
    """ ID of the batch (`vsfb_...`). """

    object: Literal["vector_store.files_batch"]
    """ Always `vector_store.files_batch`. """

    created_at: int
    """ Unix time (seconds) of creation. """

    vector_store_id: str
    """ ID of the store. """

    status: VectorStoreFileBatchStatus
    """ Where a batch stands. """

    file_counts: VectorStoreFileCounts
    """ How many of the store's (or the batch's) files are in each status. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        vector_store_id = self.vector_store_id
        status = self.status.value if isinstance(self.status, VectorStoreFileBatchStatus) else self.status

        file_counts = (
            self.file_counts.to_dict() if isinstance(self.file_counts, VectorStoreFileCounts) else self.file_counts
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["vector_store_id"] = vector_store_id
        field_dict["status"] = status
        field_dict["file_counts"] = file_counts
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
            _at = "id"
            id = src_dict.get("id", MISSING)
            if id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "id"]
                id = None
            else:
                if _strict and not (type(id) is str):
                    raise expected("string", id)

            _at = "object"
            object_ = src_dict.get("object", MISSING)
            if object_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "object"]
                object_ = None
            else:
                if _strict and object_ != "vector_store.files_batch":
                    raise InvalidValue("expected 'vector_store.files_batch'")
            _at = "created_at"
            created_at = src_dict.get("created_at", MISSING)
            if created_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "created_at"]
                created_at = None
            else:
                if _strict and not (is_integer(created_at)):
                    raise expected("integer", created_at)

            _at = "vector_store_id"
            vector_store_id = src_dict.get("vector_store_id", MISSING)
            if vector_store_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "vector_store_id"]
                vector_store_id = None
            else:
                if _strict and not (type(vector_store_id) is str):
                    raise expected("string", vector_store_id)

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = VectorStoreFileBatchStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of VectorStoreFileBatchStatus")
                    else:
                        status = VectorStoreFileBatchStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "file_counts"
            file_counts = src_dict.get("file_counts", MISSING)
            if file_counts is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "file_counts"]
                file_counts = None
            else:
                if type(file_counts) is dict:
                    file_counts = VectorStoreFileCounts.from_dict(file_counts, _strict)
                elif _strict:
                    raise expected("object", file_counts)

            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 6 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.id = id
        _obj.object = object_
        _obj.created_at = created_at
        _obj.vector_store_id = vector_store_id
        _obj.status = status
        _obj.file_counts = file_counts
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
from ..models.vector_store_file_counts import VectorStoreFileCounts
