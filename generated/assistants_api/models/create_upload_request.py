from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "filename",
        "purpose",
        "bytes",
        "mime_type",
        "expires_after",
    )
)

from ..models.file_purpose import FilePurpose
from ..types import UNSET, Unset


@_attrs_define
class CreateUploadRequest:
    """The file an upload will produce, announced before its parts are sent."""

    filename: str
    """ Name of the file to create. """

    purpose: FilePurpose
    """ What an uploaded file is for. `assistants` is the purpose of files used by assistant tools and attachments.
    """

    bytes: int
    """ Exact size of the whole file in bytes (at most 8 GB). """

    mime_type: str
    """ MIME type of the file, e.g. `text/plain` or `application/pdf`. """

    expires_after: FileExpirationAfter | Unset = UNSET
    """ When an uploaded file expires, counted from its creation. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        filename = self.filename
        purpose = self.purpose.value if isinstance(self.purpose, FilePurpose) else self.purpose

        bytes_ = self.bytes
        mime_type = self.mime_type
        expires_after = (
            self.expires_after.to_dict() if isinstance(self.expires_after, FileExpirationAfter) else self.expires_after
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["filename"] = filename
        field_dict["purpose"] = purpose
        field_dict["bytes"] = bytes_
        field_dict["mime_type"] = mime_type
        if expires_after is not UNSET:
            field_dict["expires_after"] = expires_after
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
                    _purpose_member = FilePurpose._value2member_map_.get(purpose)
                    if _purpose_member is not None:
                        purpose = _purpose_member
                    elif _strict:
                        raise InvalidValue("not a value of FilePurpose")
                    else:
                        purpose = FilePurpose(purpose)
                elif _strict:
                    raise expected("string", purpose)

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

            _at = "mime_type"
            mime_type = src_dict.get("mime_type", MISSING)
            if mime_type is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "mime_type"]
                mime_type = None
            else:
                if _strict and not (type(mime_type) is str):
                    raise expected("string", mime_type)

            _at = "expires_after"
            expires_after = src_dict.get("expires_after", UNSET)
            if expires_after is not UNSET:
                if type(expires_after) is dict:
                    expires_after = FileExpirationAfter.from_dict(expires_after, _strict)
                elif _strict:
                    raise expected("object", expires_after)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 5 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.filename = filename
        _obj.purpose = purpose
        _obj.bytes = bytes_
        _obj.mime_type = mime_type
        _obj.expires_after = expires_after
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
from ..models.file_expiration_after import FileExpirationAfter
