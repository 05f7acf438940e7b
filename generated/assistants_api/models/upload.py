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
        "filename",
        "bytes",
        "purpose",
        "status",
        "expires_at",
        "file",
    )
)

from ..models.file_object_purpose import FileObjectPurpose
from ..models.upload_status import UploadStatus
from ..types import UNSET, Unset


@_attrs_define
class Upload:
    """An upload of a large file in parts."""

    id: str
    """ ID of the upload (`upload_...`). """

    object: Literal["upload"]
    """ Always `upload`. """

    created_at: int
    """ Unix time (seconds) the upload was started. """

    filename: str
    """ Name of the file it produces. """

    bytes: int
    """ Announced size of the file in bytes. """

    purpose: FileObjectPurpose
    """ What a stored file is for; besides the purposes a client can upload with, the API writes output files of its
    own. """

    status: UploadStatus
    """ Where an upload stands. """

    expires_at: int
    """ Unix time (seconds) after which a pending upload expires. """

    file: None | OpenAIFile | Unset = UNSET
    """ The file made from the parts, once the upload is completed. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        filename = self.filename
        bytes_ = self.bytes
        purpose = self.purpose.value if isinstance(self.purpose, FileObjectPurpose) else self.purpose

        status = self.status.value if isinstance(self.status, UploadStatus) else self.status

        expires_at = self.expires_at
        file: dict[str, Any] | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, OpenAIFile):
            file = self.file.to_dict() if isinstance(self.file, OpenAIFile) else self.file

        else:
            file = self.file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["filename"] = filename
        field_dict["bytes"] = bytes_
        field_dict["purpose"] = purpose
        field_dict["status"] = status
        field_dict["expires_at"] = expires_at
        if file is not UNSET:
            field_dict["file"] = file
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
                if _strict and object_ != "upload":
                    raise InvalidValue("expected 'upload'")
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
                    _status_member = UploadStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of UploadStatus")
                    else:
                        status = UploadStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "expires_at"
            expires_at = src_dict.get("expires_at", MISSING)
            if expires_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "expires_at"]
                expires_at = None
            else:
                if _strict and not (is_integer(expires_at)):
                    raise expected("integer", expires_at)

            _at = "file"
            file = src_dict.get("file", UNSET)
            if file is not UNSET:
                if file is None:
                    pass
                elif type(file) is dict:
                    file = OpenAIFile.from_dict(file, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(file))
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
        _obj.created_at = created_at
        _obj.filename = filename
        _obj.bytes = bytes_
        _obj.purpose = purpose
        _obj.status = status
        _obj.expires_at = expires_at
        _obj.file = file
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
from ..models.open_ai_file import OpenAIFile
