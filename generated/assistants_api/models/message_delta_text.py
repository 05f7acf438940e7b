from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_citation_delta_annotation import FileCitationDeltaAnnotation
    from ..models.file_path_delta_annotation import FilePathDeltaAnnotation
    from ..models.unknown_annotation_delta import UnknownAnnotationDelta


T = TypeVar("T", bound="MessageDeltaText")


@_attrs_define
class MessageDeltaText:
    """A new piece of text and the annotations that came with it."""

    value: str | Unset = UNSET
    """ The text to append. """
    annotations: list[FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_citation_delta_annotation import FileCitationDeltaAnnotation
        from ..models.file_path_delta_annotation import FilePathDeltaAnnotation

        value = self.value

        annotations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any]
                if isinstance(annotations_item_data, FileCitationDeltaAnnotation) or isinstance(
                    annotations_item_data, FilePathDeltaAnnotation
                ):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data.to_dict()

                annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value is not UNSET:
            field_dict["value"] = value
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_citation_delta_annotation import FileCitationDeltaAnnotation
        from ..models.file_path_delta_annotation import FilePathDeltaAnnotation
        from ..models.unknown_annotation_delta import UnknownAnnotationDelta

        d = dict(src_dict)
        value = d.pop("value", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta] | Unset = (
            UNSET
        )
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
                    data: object,
                ) -> FileCitationDeltaAnnotation | FilePathDeltaAnnotation | UnknownAnnotationDelta:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_text_annotation_delta_type_0 = FileCitationDeltaAnnotation.from_dict(data)

                        return componentsschemas_text_annotation_delta_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_text_annotation_delta_type_1 = FilePathDeltaAnnotation.from_dict(data)

                        return componentsschemas_text_annotation_delta_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_text_annotation_delta_type_2 = UnknownAnnotationDelta.from_dict(data)

                    return componentsschemas_text_annotation_delta_type_2

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        message_delta_text = cls(
            value=value,
            annotations=annotations,
        )

        message_delta_text.additional_properties = d
        return message_delta_text

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
