from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, InvalidValue, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "value",
        "annotations",
    )
)


@_attrs_define
class MessageText:
    """Text with its annotations."""

    value: str
    """ The text itself. """

    annotations: list[FileCitationAnnotation | FilePathAnnotation | UnknownAnnotation]

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        value = self.value
        annotations: Any
        if isinstance(self.annotations, list):
            annotations = []
            for annotations_item_data in self.annotations:
                if isinstance(annotations_item_data, FileCitationAnnotation):
                    annotations_item = (
                        annotations_item_data.to_dict()
                        if isinstance(annotations_item_data, FileCitationAnnotation)
                        else annotations_item_data
                    )

                elif isinstance(annotations_item_data, FilePathAnnotation):
                    annotations_item = (
                        annotations_item_data.to_dict()
                        if isinstance(annotations_item_data, FilePathAnnotation)
                        else annotations_item_data
                    )

                elif isinstance(annotations_item_data, UnknownAnnotation):
                    annotations_item = (
                        annotations_item_data.to_dict()
                        if isinstance(annotations_item_data, UnknownAnnotation)
                        else annotations_item_data
                    )

                else:
                    annotations_item = annotations_item_data

                annotations.append(annotations_item)
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["value"] = value
        field_dict["annotations"] = annotations
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
            _at = "value"
            value = src_dict.get("value", MISSING)
            if value is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "value"]
                value = None
            else:
                if _strict and not (type(value) is str):
                    raise expected("string", value)

            _at = "annotations"
            annotations = src_dict.get("annotations", MISSING)
            if annotations is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "annotations"]
                annotations = None
            else:
                if type(annotations) is list:
                    _annotations_items = annotations
                    annotations = []
                    try:
                        for annotations_item_data in _annotations_items:
                            annotations_item = annotations_item_data
                            _annotations_item_tag = (
                                annotations_item.get("type") if type(annotations_item) is dict else None
                            )
                            if _annotations_item_tag == "file_citation":
                                annotations_item = FileCitationAnnotation.from_dict(annotations_item, _strict)
                            elif _annotations_item_tag == "file_path":
                                annotations_item = FilePathAnnotation.from_dict(annotations_item, _strict)
                            elif type(annotations_item) is dict:
                                annotations_item = UnknownAnnotation.from_dict(annotations_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(annotations_item))

                            annotations.append(annotations_item)
                    except InvalidValue as _error:
                        raise _error.at(len(annotations)) from None
                elif _strict:
                    raise expected("array", annotations)

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
        _obj.value = value
        _obj.annotations = annotations
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
from ..models.file_citation_annotation import FileCitationAnnotation
from ..models.file_path_annotation import FilePathAnnotation
from ..models.unknown_annotation import UnknownAnnotation
