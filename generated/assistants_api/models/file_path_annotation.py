from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


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
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        text = self.text
        file_path = self.file_path.to_dict()
        start_index = self.start_index
        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["text"] = text
        field_dict["file_path"] = file_path
        field_dict["start_index"] = start_index
        field_dict["end_index"] = end_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "file_path":
            raise ValueError(f"type must be 'file_path', not {type_!r}")
        text = d.pop("text")
        file_path = FilePath.from_dict(d.pop("file_path"))

        start_index = d.pop("start_index")
        end_index = d.pop("end_index")

        obj = cls(
            type_=type_,
            text=text,
            file_path=file_path,
            start_index=start_index,
            end_index=end_index,
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
from ..models.file_path import FilePath
