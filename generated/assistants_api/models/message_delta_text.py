from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class MessageDeltaText:
    """A new piece of text and the annotations that came with it."""

    value: str | Unset = UNSET
    """ The text to append. """

    annotations: list[FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta] | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        value = self.value
        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if (
                    isinstance(annotations_item_data, FileCitationDeltaAnnotation)
                    or isinstance(annotations_item_data, FilePathDeltaAnnotation)
                    or isinstance(annotations_item_data, UnknownAnnotationDelta)
                ):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data

                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if value is not UNSET:
            field_dict["value"] = value
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        value = d.pop("value", UNSET)
        _annotations = d.pop("annotations", UNSET)
        annotations: list[FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta] | Unset = (
            UNSET
        )
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:
                annotations_item: FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta
                _annotations_item_raw = annotations_item_data
                _annotations_item_tag = (
                    _annotations_item_raw.get("type") if type(_annotations_item_raw) is dict else None
                )
                if _annotations_item_tag == "file_citation":
                    annotations_item = FileCitationDeltaAnnotation.from_dict(_annotations_item_raw)
                elif _annotations_item_tag == "file_path":
                    annotations_item = FilePathDeltaAnnotation.from_dict(_annotations_item_raw)
                elif isinstance(_annotations_item_raw, dict):
                    annotations_item = UnknownAnnotationDelta.from_dict(_annotations_item_raw)
                else:
                    raise TypeError(
                        f"annotations_item: no member of the union accepts {type(_annotations_item_raw).__name__}"
                    )

                annotations.append(annotations_item)

        obj = cls(
            value=value,
            annotations=annotations,
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
from ..models.file_citation_delta_annotation import FileCitationDeltaAnnotation
from ..models.file_path_delta_annotation import FilePathDeltaAnnotation
from ..models.unknown_annotation_delta import UnknownAnnotationDelta
