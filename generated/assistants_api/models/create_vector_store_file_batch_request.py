from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "file_ids",
        "files",
        "chunking_strategy",
        "attributes",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class CreateVectorStoreFileBatchRequest:
    """Many files to add to a vector store; send `file_ids` or `files`, not both."""

    file_ids: list[str] | Unset = UNSET
    """ IDs of uploaded files, all taking the batch's `attributes` and `chunking_strategy`. """

    files: list[VectorStoreBatchFile] | Unset = UNSET
    """ Files each with their own attributes and chunking. """

    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = UNSET
    """ How files are split into chunks. Defaults to `auto`. """

    attributes: None | Unset | VectorStoreFileAttributes = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_ids = self.file_ids

        files: Any
        if isinstance(self.files, list):
            files = []
            for files_item_data in self.files:
                files_item = (
                    files_item_data.to_dict() if isinstance(files_item_data, VectorStoreBatchFile) else files_item_data
                )

                files.append(files_item)
        else:
            files = self.files

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, AutoChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, AutoChunkingStrategy)
                else self.chunking_strategy
            )

        elif isinstance(self.chunking_strategy, StaticChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, StaticChunkingStrategy)
                else self.chunking_strategy
            )

        elif isinstance(self.chunking_strategy, UnknownChunkingStrategy):
            chunking_strategy = (
                self.chunking_strategy.to_dict()
                if isinstance(self.chunking_strategy, UnknownChunkingStrategy)
                else self.chunking_strategy
            )

        else:
            chunking_strategy = self.chunking_strategy

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, VectorStoreFileAttributes):
            attributes = (
                self.attributes.to_dict() if isinstance(self.attributes, VectorStoreFileAttributes) else self.attributes
            )

        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if files is not UNSET:
            field_dict["files"] = files
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
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
            _at = "file_ids"
            file_ids = src_dict.get("file_ids", UNSET)
            if file_ids is not UNSET:
                if type(file_ids) is list:
                    if _strict:
                        for _index, file_ids_item_data in enumerate(file_ids):
                            if not (type(file_ids_item_data) is str):
                                raise expected("string", file_ids_item_data).at(_index)
                elif _strict:
                    raise expected("array", file_ids)
            else:
                _absent += 1
            _at = "files"
            files = src_dict.get("files", UNSET)
            if files is not UNSET:
                if type(files) is list:
                    _files_items = files
                    files = []
                    try:
                        for files_item_data in _files_items:
                            files_item = files_item_data
                            if type(files_item) is dict:
                                files_item = VectorStoreBatchFile.from_dict(files_item, _strict)
                            elif _strict:
                                raise expected("object", files_item)

                            files.append(files_item)
                    except InvalidValue as _error:
                        raise _error.at(len(files)) from None
                elif _strict:
                    raise expected("array", files)
            else:
                _absent += 1
            _at = "chunking_strategy"
            chunking_strategy = src_dict.get("chunking_strategy", UNSET)
            if chunking_strategy is not UNSET:
                _chunking_strategy_tag = chunking_strategy.get("type") if type(chunking_strategy) is dict else None
                if _chunking_strategy_tag == "auto":
                    chunking_strategy = AutoChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif _chunking_strategy_tag == "static":
                    chunking_strategy = StaticChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif type(chunking_strategy) is dict:
                    chunking_strategy = UnknownChunkingStrategy.from_dict(chunking_strategy, _strict)
                elif _strict:
                    raise InvalidValue("expected object, got " + json_type(chunking_strategy))
            else:
                _absent += 1
            _at = "attributes"
            attributes = src_dict.get("attributes", UNSET)
            if attributes is not UNSET:
                if attributes is None:
                    pass
                elif type(attributes) is dict:
                    attributes = VectorStoreFileAttributes.from_dict(attributes, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(attributes))
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 4 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.file_ids = file_ids
        _obj.files = files
        _obj.chunking_strategy = chunking_strategy
        _obj.attributes = attributes
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
from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
from ..models.vector_store_batch_file import VectorStoreBatchFile
from ..models.vector_store_file_attributes import VectorStoreFileAttributes
