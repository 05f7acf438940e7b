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
        "bytes",
        "created_at",
        "filename",
        "purpose",
        "status",
        "expires_at",
        "status_details",
    )
)

from ..models.file_object_purpose import FileObjectPurpose
from ..models.file_object_status import FileObjectStatus
from ..types import UNSET, Unset


@_attrs_define
class OpenAIFile:
    """A stored file, as the API describes it (its bytes come from `downloadFile`)."""

    id: str
    """ ID of the file (`file-...`). """

    object: Literal["file"]
    """ Always `file`. """

    bytes: int
    """ Size of the file in bytes. """

    created_at: int
    """ Unix time (seconds) of the upload. """

    filename: str
    """ The name the file was uploaded under. Only a label; nothing is stored under it. """

    purpose: FileObjectPurpose
    """ What a stored file is for; besides the purposes a client can upload with, the API writes output files of its
    own. """

    status: FileObjectStatus
    """ Former processing state of a file; kept for older readers. """

    expires_at: int | None | Unset = UNSET
    """ Unix time (seconds) at which the file expires, or null when it does not. """

    status_details: None | str | Unset = UNSET
    """ Why processing failed, for the former `error` status. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        bytes_ = self.bytes
        created_at = self.created_at
        filename = self.filename
        purpose = self.purpose.value if isinstance(self.purpose, FileObjectPurpose) else self.purpose

        status = self.status.value if isinstance(self.status, FileObjectStatus) else self.status

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        status_details: None | str | Unset
        if isinstance(self.status_details, Unset):
            status_details = UNSET
        else:
            status_details = self.status_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["bytes"] = bytes_
        field_dict["created_at"] = created_at
        field_dict["filename"] = filename
        field_dict["purpose"] = purpose
        field_dict["status"] = status
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if status_details is not UNSET:
            field_dict["status_details"] = status_details
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
                if _strict and object_ != "file":
                    raise InvalidValue("expected 'file'")
            _at = "bytes"
            bytes_ = src_dict.get("bytes", MISSING)
            if bytes_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "bytes"]
                bytes_ = None
            else:
                if _strict and not (is_integer(bytes_)):
                    raise expected("integer", bytes_)

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

            _at = "filename"
            filename = src_dict.get("filename", MISSING)
            if filename is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "filename"]
                filename = None
            else:
                if _strict and not (type(filename) is str):
                    raise expected("string", filename)

            _at = "purpose"
            purpose = src_dict.get("purpose", MISSING)
            if purpose is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "purpose"]
                purpose = None
            else:
                if type(purpose) is str:
                    _purpose_member = FileObjectPurpose._value2member_map_.get(purpose)
                    if _purpose_member is not None:
                        purpose = _purpose_member
                    elif _strict:
                        raise InvalidValue("not a value of FileObjectPurpose")
                    else:
                        purpose = FileObjectPurpose(purpose)
                elif _strict:
                    raise expected("string", purpose)

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = FileObjectStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of FileObjectStatus")
                    else:
                        status = FileObjectStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "expires_at"
            expires_at = src_dict.get("expires_at", UNSET)
            if expires_at is not UNSET:
                if _strict and not (is_integer(expires_at) or expires_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(expires_at))
            else:
                _absent += 1
            _at = "status_details"
            status_details = src_dict.get("status_details", UNSET)
            if status_details is not UNSET:
                if _strict and not (type(status_details) is str or status_details is None):
                    raise InvalidValue("expected string or null, got " + json_type(status_details))
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
        _obj.bytes = bytes_
        _obj.created_at = created_at
        _obj.filename = filename
        _obj.purpose = purpose
        _obj.status = status
        _obj.expires_at = expires_at
        _obj.status_details = status_details
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
