from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class VectorStoreHelper:
    """A vector store created together with the assistant or thread."""

    file_ids: list[str] | Unset = UNSET
    """ IDs of the files to put into the store. """

    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = UNSET
    """ How files are split into chunks. Defaults to `auto`. """

    metadata: Metadata | None | Unset = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif (
            isinstance(self.chunking_strategy, AutoChunkingStrategy)
            or isinstance(self.chunking_strategy, StaticChunkingStrategy)
            or isinstance(self.chunking_strategy, UnknownChunkingStrategy)
        ):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset
        _chunking_strategy_raw = d.pop("chunking_strategy", UNSET)
        _chunking_strategy_tag = _chunking_strategy_raw.get("type") if type(_chunking_strategy_raw) is dict else None
        if isinstance(_chunking_strategy_raw, Unset):
            chunking_strategy = UNSET
        elif _chunking_strategy_tag == "auto":
            chunking_strategy = AutoChunkingStrategy.from_dict(_chunking_strategy_raw)
        elif _chunking_strategy_tag == "static":
            chunking_strategy = StaticChunkingStrategy.from_dict(_chunking_strategy_raw)
        elif isinstance(_chunking_strategy_raw, dict):
            chunking_strategy = UnknownChunkingStrategy.from_dict(_chunking_strategy_raw)
        else:
            raise TypeError(
                f"chunking_strategy: no member of the union accepts {type(_chunking_strategy_raw).__name__}"
            )

        metadata: Metadata | None | Unset
        _metadata_raw = d.pop("metadata", UNSET)
        if isinstance(_metadata_raw, Unset):
            metadata = UNSET
        elif _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

        obj = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
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
from ..models.auto_chunking_strategy import AutoChunkingStrategy
from ..models.metadata import Metadata
from ..models.static_chunking_strategy import StaticChunkingStrategy
from ..models.unknown_chunking_strategy import UnknownChunkingStrategy
