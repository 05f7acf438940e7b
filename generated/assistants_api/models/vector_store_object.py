from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "object",
        "created_at",
        "name",
        "usage_bytes",
        "file_counts",
        "status",
        "last_active_at",
        "metadata",
        "description",
        "expires_after",
        "expires_at",
    )
)

from ..models.vector_store_status import VectorStoreStatus
from ..types import UNSET, Unset


@_attrs_define
class VectorStoreObject:
    """A searchable collection of processed files."""

    id: str
    """ ID of the vector store (`vs_...`). """

    object: Literal["vector_store"]
    """ Always `vector_store`. """

    created_at: int
    """ Unix time (seconds) of creation. """

    name: None | str
    """ Name of the store. """

    usage_bytes: int
    """ Bytes the store's processed files take. """

    file_counts: VectorStoreFileCounts
    """ How many of the store's (or the batch's) files are in each status. """

    status: VectorStoreStatus
    """ `in_progress` while files are being processed, `completed` when none is, `expired` after the expiration
    policy ran out. """

    last_active_at: int | None
    """ Unix time (seconds) the store was last used. """

    metadata: Metadata | None

    description: None | str | Unset = UNSET
    """ What the store holds, in the owner's words. """

    expires_after: VectorStoreExpirationAfter | Unset = UNSET
    """ Expire the store a number of days after it was last used. """

    expires_at: int | None | Unset = UNSET
    """ Unix time (seconds) at which the store will expire, if it has an expiration policy. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        name: None | str
        name = self.name

        usage_bytes = self.usage_bytes
        file_counts = (
            self.file_counts.to_dict() if isinstance(self.file_counts, VectorStoreFileCounts) else self.file_counts
        )

        status = self.status.value if isinstance(self.status, VectorStoreStatus) else self.status

        last_active_at: int | None
        last_active_at = self.last_active_at

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        expires_after = (
            self.expires_after.to_dict()
            if isinstance(self.expires_after, VectorStoreExpirationAfter)
            else self.expires_after
        )

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["name"] = name
        field_dict["usage_bytes"] = usage_bytes
        field_dict["file_counts"] = file_counts
        field_dict["status"] = status
        field_dict["last_active_at"] = last_active_at
        field_dict["metadata"] = metadata
        if description is not UNSET:
            field_dict["description"] = description
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
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
                if _strict and object_ != "vector_store":
                    raise InvalidValue("expected 'vector_store'")
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

            _at = "name"
            name = src_dict.get("name", MISSING)
            if name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "name"]
                name = None
            else:
                if _strict and not (type(name) is str or name is None):
                    raise InvalidValue("expected string or null, got " + json_type(name))

            _at = "usage_bytes"
            usage_bytes = src_dict.get("usage_bytes", MISSING)
            if usage_bytes is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "usage_bytes"]
                usage_bytes = None
            else:
                if _strict and not (is_integer(usage_bytes)):
                    raise expected("integer", usage_bytes)

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

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = VectorStoreStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of VectorStoreStatus")
                    else:
                        status = VectorStoreStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "last_active_at"
            last_active_at = src_dict.get("last_active_at", MISSING)
            if last_active_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "last_active_at"]
                last_active_at = None
            else:
                if _strict and not (is_integer(last_active_at) or last_active_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(last_active_at))

            _at = "metadata"
            metadata = src_dict.get("metadata", MISSING)
            if metadata is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "metadata"]
                metadata = None
            else:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))

            _at = "description"
            description = src_dict.get("description", UNSET)
            if description is not UNSET:
                if _strict and not (type(description) is str or description is None):
                    raise InvalidValue("expected string or null, got " + json_type(description))
            else:
                _absent += 1
            _at = "expires_after"
            expires_after = src_dict.get("expires_after", UNSET)
            if expires_after is not UNSET:
                if type(expires_after) is dict:
                    expires_after = VectorStoreExpirationAfter.from_dict(expires_after, _strict)
                elif _strict:
                    raise expected("object", expires_after)
            else:
                _absent += 1
            _at = "expires_at"
            expires_at = src_dict.get("expires_at", UNSET)
            if expires_at is not UNSET:
                if _strict and not (is_integer(expires_at) or expires_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(expires_at))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 12 - _absent - (0 if _missing is None else len(_missing)):
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
        _obj.name = name
        _obj.usage_bytes = usage_bytes
        _obj.file_counts = file_counts
        _obj.status = status
        _obj.last_active_at = last_active_at
        _obj.metadata = metadata
        _obj.description = description
        _obj.expires_after = expires_after
        _obj.expires_at = expires_at
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
from ..models.metadata import Metadata
from ..models.vector_store_expiration_after import VectorStoreExpirationAfter
from ..models.vector_store_file_counts import VectorStoreFileCounts
