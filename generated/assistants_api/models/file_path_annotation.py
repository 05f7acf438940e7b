from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_path import FilePath


T = TypeVar("T", bound="FilePathAnnotation")


@_attrs_define
class FilePathAnnotation:
    """Marks a span of the text that names a file the code interpreter produced."""

    type_: Literal["file_path"]
    """ Always `file_path`. """
    text: str
    """ The span of the message text that refers to the file. """
    file_path: FilePath
    """ The file a path annotation points to. """
    start_index: int
    """ Start offset of the span. """
    end_index: int
    """ End offset of the span. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        file_path = self.file_path.to_dict()

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "file_path": file_path,
                "start_index": start_index,
                "end_index": end_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_path import FilePath

        d = dict(src_dict)
        type_ = cast(Literal["file_path"], d.pop("type"))
        if type_ != "file_path":
            raise ValueError(f"type must match const 'file_path', got '{type_}'")

        text = d.pop("text")

        file_path = FilePath.from_dict(d.pop("file_path"))

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        file_path_annotation = cls(
            type_=type_,
            text=text,
            file_path=file_path,
            start_index=start_index,
            end_index=end_index,
        )

        file_path_annotation.additional_properties = d
        return file_path_annotation

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
