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
        "usage_bytes",
        "created_at",
        "vector_store_id",
        "status",
        "last_error",
        "chunking_strategy",
        "attributes",
    )
)

from ..models.vector_store_file_status import VectorStoreFileStatus
from ..types import UNSET, Unset


@_attrs_define
class VectorStoreFileObject:
    """A file as a member of one vector store."""

    id: str
    """ ID of the file (the same `file-...` ID as the file itself). """

    object: Literal["vector_store.file"]
    """ Always `vector_store.file`. """

    usage_bytes: int
    """ Bytes the processed file takes in the store. """

    created_at: int
    """ Unix time (seconds) the file was added to the store. """

    vector_store_id: str
    """ ID of the store. """

    status: VectorStoreFileStatus
    """ Processing state of a file in a vector store; only `completed` files are searched. """

    last_error: None | VectorStoreFileLastError
    """ Why processing failed; null unless the status is `failed`. """

    chunking_strategy: OtherChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = UNSET
    """ How a file was chunked. `auto` is reported as the static sizes it stands for. """

    attributes: None | Unset | VectorStoreFileAttributes = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        usage_bytes = self.usage_bytes
        created_at = self.created_at
        vector_store_id = self.vector_store_id
        status = self.status.value if isinstance(self.status, VectorStoreFileStatus) else self.status

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, VectorStoreFileLastError):
            last_error = (
                self.last_error.to_dict() if isinstance(self.last_error, VectorStoreFileLastError) else self.last_error
            )

        else:
            last_error = self.last_error

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, StaticChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, StaticChunkingStrategy)
                else self.chunking_strategy
            )

        elif isinstance(self.chunking_strategy, OtherChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, OtherChunkingStrategy)
                else self.chunking_strategy
            )

        elif isinstance(self.chunking_strategy, UnknownChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, UnknownChunkingStrategy)
                else self.chunking_strategy
            )

        else:
            chunking_strategy = self.chunking_strategy

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributes):
            attributes = (
                self.attributes.to_dict() if isinstance(self.attributes, VectorStoreFileAttributes) else self.attributes
            )

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["usage_bytes"] = usage_bytes
        field_dict["created_at"] = created_at
        field_dict["vector_store_id"] = vector_store_id
        field_dict["status"] = status
        field_dict["last_error"] = last_error
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
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
                if _strict and object_ != "vector_store.file":
                    raise InvalidValue("expected 'vector_store.file'")
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
                    _status_member = VectorStoreFileStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of VectorStoreFileStatus")
                    else:
                        status = VectorStoreFileStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "last_error"
            last_error = src_dict.get("last_error", MISSING)
            if last_error is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "last_error"]
                last_error = None
            else:
                if last_error is None:
                    pass
                elif type(last_error) is dict:
                    last_error = VectorStoreFileLastError.from_dict(last_error, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(last_error))

            _at = "chunking_strategy"
            chunking_strategy = src_dict.get("chunking_strategy", UNSET)
            if chunking_strategy is not UNSET:
                _chunking_strategy_tag = chunking_strategy.get("type") if type(chunking_strategy) is dict else None
                if _chunking_strategy_tag == "static":
                    chunking_strategy = StaticChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif _chunking_strategy_tag == "other":
                    chunking_strategy = OtherChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif type(chunking_strategy) is dict:
                    chunking_strategy = UnknownChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif _strict:
                    raise InvalidValue("expected object, got " + json_type(chunking_strategy))
            else:
                _absent += 1
            _at = "attributes"
            attributes = src_dict.get("attributes", UNSET)
            if attributes is not UNSET:
                if attributes is None:
                    pass
                elif type(attributes) is dict:
                    attributes = VectorStoreFileAttributes.from_dict(attributes, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(attributes))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 9 - _absent - (0 if _missing is None else len(_missing)):
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
        _obj.usage_bytes = usage_bytes
        _obj.created_at = created_at
        _obj.vector_store_id = vector_store_id
        _obj.status = status
        _obj.last_error = last_error
        _obj.chunking_strategy = chunking_strategy
        _obj.attributes = attributes
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
from ..models.other_chunking_strategy import OtherChunkingStrategy
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
from ..models.vector_store_file_attributes import VectorStoreFileAttributes
from ..models.vector_store_file_last_error import VectorStoreFileLastError
