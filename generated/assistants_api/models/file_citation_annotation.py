from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation


T = TypeVar("T", bound="FileCitationAnnotation")


@_attrs_define
class FileCitationAnnotation:
    """Marks a span of the text that cites a file found by file search."""

    type_: Literal["file_citation"]
    """ Always `file_citation`. """
    text: str
    """ The span of the message text that is replaced by the citation. """
    file_citation: FileCitation
    """ The file a citation points to. """
    start_index: int
    """ Start offset of the span. """
    end_index: int
    """ End offset of the span. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        file_citation = self.file_citation.to_dict()

        start_index = self.start_index

        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
                "file_citation": file_citation,
                "start_index": start_index,
                "end_index": end_index,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_citation import FileCitation

        d = dict(src_dict)
        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        text = d.pop("text")

        file_citation = FileCitation.from_dict(d.pop("file_citation"))

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        file_citation_annotation = cls(
            type_=type_,
            text=text,
            file_citation=file_citation,
            start_index=start_index,
            end_index=end_index,
        )

        file_citation_annotation.additional_properties = d
        return file_citation_annotation

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
