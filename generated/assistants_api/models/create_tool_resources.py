from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class CreateToolResources:
    """Tool resources given on creation."""

    code_interpreter: CodeInterpreterResources | Unset = UNSET
    """ Files the code interpreter can read. """

    file_search: CreateFileSearchResources | Unset = UNSET
    """ Vector stores for file search on creation: either IDs of existing
    stores or `vector_stores` to build a new store from files on the fly.
     """

    azure_ai_search: AzureAISearchResources | Unset = UNSET
    """ Azure AI Foundry extension. The search index the `azure_ai_search` tool queries. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()
        file_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.file_search, Unset):
            file_search = self.file_search.to_dict()
        azure_ai_search: dict[str, Any] | Unset = UNSET
        if not isinstance(self.azure_ai_search, Unset):
            azure_ai_search = self.azure_ai_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        if azure_ai_search is not UNSET:
            field_dict["azure_ai_search"] = azure_ai_search
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: CodeInterpreterResources | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = CodeInterpreterResources.from_dict(_code_interpreter)

        _file_search = d.pop("file_search", UNSET)
        file_search: CreateFileSearchResources | Unset
        if isinstance(_file_search, Unset):
            file_search = UNSET
        else:
            file_search = CreateFileSearchResources.from_dict(_file_search)

        _azure_ai_search = d.pop("azure_ai_search", UNSET)
        azure_ai_search: AzureAISearchResources | Unset
        if isinstance(_azure_ai_search, Unset):
            azure_ai_search = UNSET
        else:
            azure_ai_search = AzureAISearchResources.from_dict(_azure_ai_search)

        obj = cls(
            code_interpreter=code_interpreter,
            file_search=file_search,
            azure_ai_search=azure_ai_search,
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
from ..models.azure_ai_search_resources import AzureAISearchResources
from ..models.code_interpreter_resources import CodeInterpreterResources
from ..models.create_file_search_resources import CreateFileSearchResources
