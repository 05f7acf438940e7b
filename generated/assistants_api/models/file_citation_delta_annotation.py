from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class FileCitationDeltaAnnotation:
    """A file citation arriving in a message delta."""

    index: int
    """ Position of the annotation in the text's annotation list. """

    type_: Literal["file_citation"]
    """ Always `file_citation`. """

    text: str | Unset = UNSET
    """ The span of the text replaced by the citation. """

    file_citation: FileCitationDelta | Unset = UNSET
    """ The part of a file citation that changed. """

    start_index: int | Unset = UNSET
    """ Start offset of the span. """

    end_index: int | Unset = UNSET
    """ End offset of the span. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        text = self.text
        file_citation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_citation, Unset):
            file_citation = self.file_citation.to_dict()
        start_index = self.start_index
        end_index = self.end_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if text is not UNSET:
            field_dict["text"] = text
        if file_citation is not UNSET:
            field_dict["file_citation"] = file_citation
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "file_citation":
            raise ValueError(f"type must be 'file_citation', not {type_!r}")
        text = d.pop("text", UNSET)
        _file_citation = d.pop("file_citation", UNSET)
        file_citation: FileCitationDelta | Unset
        if isinstance(_file_citation, Unset):
            file_citation = UNSET
        else:
            file_citation = FileCitationDelta.from_dict(_file_citation)

        start_index = d.pop("start_index", UNSET)
        end_index = d.pop("end_index", UNSET)

        obj = cls(
            index=index,
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
from ..models.file_citation_delta import FileCitationDelta
