from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


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
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        text = self.text
        file_citation = self.file_citation.to_dict()
        start_index = self.start_index
        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["text"] = text
        field_dict["file_citation"] = file_citation
        field_dict["start_index"] = start_index
        field_dict["end_index"] = end_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "file_citation":
            raise ValueError(f"type must be 'file_citation', not {type_!r}")
        text = d.pop("text")
        file_citation = FileCitation.from_dict(d.pop("file_citation"))

        start_index = d.pop("start_index")
        end_index = d.pop("end_index")

        obj = cls(
            type_=type_,
            text=text,
            file_citation=file_citation,
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
from ..models.file_citation import FileCitation
