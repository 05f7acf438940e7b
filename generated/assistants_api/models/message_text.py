from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_citation_annotation import FileCitationAnnotation
    from ..models.file_path_annotation import FilePathAnnotation
    from ..models.unknown_annotation import UnknownAnnotation


T = TypeVar("T", bound="MessageText")


@_attrs_define
class MessageText:
    """Text with its annotations."""

    value: str
    """ The text itself. """
    annotations: list[FileCitationAnnotation | FilePathAnnotation | UnknownAnnotation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_citation_annotation import FileCitationAnnotation
        from ..models.file_path_annotation import FilePathAnnotation

        value = self.value

        annotations = []
        for annotations_item_data in self.annotations:
            annotations_item: dict[str, Any]
            if isinstance(annotations_item_data, FileCitationAnnotation) or isinstance(
                annotations_item_data, FilePathAnnotation
            ):
                annotations_item = annotations_item_data.to_dict()
            else:
                annotations_item = annotations_item_data.to_dict()

            annotations.append(annotations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "annotations": annotations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_citation_annotation import FileCitationAnnotation
        from ..models.file_path_annotation import FilePathAnnotation
        from ..models.unknown_annotation import UnknownAnnotation

        d = dict(src_dict)
        value = d.pop("value")

        annotations = []
        _annotations = d.pop("annotations")
        for annotations_item_data in _annotations:

            def _parse_annotations_item(
                data: object,
            ) -> FileCitationAnnotation | FilePathAnnotation | UnknownAnnotation:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_text_annotation_type_0 = FileCitationAnnotation.from_dict(data)

                    return componentsschemas_text_annotation_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_text_annotation_type_1 = FilePathAnnotation.from_dict(data)

                    return componentsschemas_text_annotation_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_text_annotation_type_2 = UnknownAnnotation.from_dict(data)

                return componentsschemas_text_annotation_type_2

            annotations_item = _parse_annotations_item(annotations_item_data)

            annotations.append(annotations_item)

        message_text = cls(
            value=value,
            annotations=annotations,
        )

        message_text.additional_properties = d
        return message_text

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
