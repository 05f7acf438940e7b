from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "file",
        "purpose",
        "expires_after",
    )
)


from ..models.file_purpose import FilePurpose
from ..types import UNSET, File, Unset


@_attrs_define
class CreateFileRequest:
    """The `multipart/form-data` fields of a file upload. `expires_after` is
    sent as the fields `expires_after[anchor]` and `expires_after[seconds]`.

    """

    file: File
    """ The bytes of the file; the part's filename becomes the file's `filename`. """

    purpose: FilePurpose
    """ What an uploaded file is for. `assistants` is the purpose of files used by assistant tools and attachments.
    """

    expires_after: FileExpirationAfter | Unset = UNSET
    """ When an uploaded file expires, counted from its creation. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file = self.file
        purpose = self.purpose.value if isinstance(self.purpose, FilePurpose) else self.purpose

        expires_after = (
            self.expires_after.to_dict() if isinstance(self.expires_after, FileExpirationAfter) else self.expires_after
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file"] = file
        field_dict["purpose"] = purpose
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
            _at = "file"
            file = src_dict.get("file", MISSING)
            if file is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "file"]
                file = None
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
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.file = file
        _obj.purpose = purpose
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
