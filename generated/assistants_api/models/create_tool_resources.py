from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "code_interpreter",
        "file_search",
        "azure_ai_search",
    )
)

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        code_interpreter = (
            self.code_interpreter.to_dict()
            if isinstance(self.code_interpreter, CodeInterpreterResources)
            else self.code_interpreter
        )

        file_search = (
            self.file_search.to_dict() if isinstance(self.file_search, CreateFileSearchResources) else self.file_search
        )

        azure_ai_search = (
            self.azure_ai_search.to_dict()
            if isinstance(self.azure_ai_search, AzureAISearchResources)
            else self.azure_ai_search
        )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        if file_search is not UNSET:
            field_dict["file_search"] = file_search
        if azure_ai_search is not UNSET:
            field_dict["azure_ai_search"] = azure_ai_search
        if self.missing_fields:
            for name in self.missing_fields:
                field_dict.pop(name, None)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], strict: bool = False) -> Self:
        """Decode JSON data: tolerant by default, or strict (InvalidValue for what the spec does not allow)."""
        _strict = strict
        _missing: list[str] | None = None
        _absent = 0
        try:
            _at: str = ""
            _at = "code_interpreter"
            code_interpreter = src_dict.get("code_interpreter", UNSET)
            if code_interpreter is not UNSET:
                if type(code_interpreter) is dict:
                    code_interpreter = CodeInterpreterResources.from_dict(code_interpreter, _strict)
                elif _strict:
                    raise expected("object", code_interpreter)
            else:
                _absent += 1
            _at = "file_search"
            file_search = src_dict.get("file_search", UNSET)
            if file_search is not UNSET:
                if type(file_search) is dict:
                    file_search = CreateFileSearchResources.from_dict(file_search, _strict)
                elif _strict:
                    raise expected("object", file_search)
            else:
                _absent += 1
            _at = "azure_ai_search"
            azure_ai_search = src_dict.get("azure_ai_search", UNSET)
            if azure_ai_search is not UNSET:
                if type(azure_ai_search) is dict:
                    azure_ai_search = AzureAISearchResources.from_dict(azure_ai_search, _strict)
                elif _strict:
                    raise expected("object", azure_ai_search)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 3 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.code_interpreter = code_interpreter
        _obj.file_search = file_search
        _obj.azure_ai_search = azure_ai_search
        _obj.additional_properties = d
        _obj.missing_fields = () if _missing is None else tuple(_missing)
        return _obj

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
