from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class FileSearchResult:
    """One file search hit."""

    file_id: str
    """ ID of the file the hit is in. """

    file_name: str
    """ Name of that file. """

    score: float
    """ Relevance from 0 to 1. """

    content: list[FileSearchResultContent] | Unset = UNSET
    """ Content of the hit; only present when asked for through `include[]`. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_id = self.file_id
        file_name = self.file_name
        score = self.score
        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["file_id"] = file_id
        field_dict["file_name"] = file_name
        field_dict["score"] = score
        if content is not UNSET:
            field_dict["content"] = content
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        file_id = d.pop("file_id")
        file_name = d.pop("file_name")
        score = d.pop("score")
        _content = d.pop("content", UNSET)
        content: list[FileSearchResultContent] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = FileSearchResultContent.from_dict(content_item_data)

                content.append(content_item)

        obj = cls(
            file_id=file_id,
            file_name=file_name,
            score=score,
            content=content,
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
from ..models.file_search_result_content import FileSearchResultContent
