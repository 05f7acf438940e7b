from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.auto_chunking_strategy import AutoChunkingStrategy
    from ..models.metadata import Metadata
    from ..models.static_chunking_strategy import StaticChunkingStrategy
    from ..models.unknown_chunking_strategy import UnknownChunkingStrategy


T = TypeVar("T", bound="VectorStoreHelper")


@_attrs_define
class VectorStoreHelper:
    """A vector store created together with the assistant or thread."""

    file_ids: list[str] | Unset = UNSET
    """ IDs of the files to put into the store. """
    chunking_strategy: AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset = UNSET
    """ How files are split into chunks. Defaults to `auto`. """
    metadata: Metadata | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.auto_chunking_strategy import AutoChunkingStrategy
        from ..models.metadata import Metadata
        from ..models.static_chunking_strategy import StaticChunkingStrategy

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        chunking_strategy: dict[str, Any] | Unset
        if isinstance(self.chunking_strategy, Unset):
            chunking_strategy = UNSET
        elif isinstance(self.chunking_strategy, AutoChunkingStrategy) or isinstance(
            self.chunking_strategy, StaticChunkingStrategy
        ):
            chunking_strategy = self.chunking_strategy.to_dict()
        else:
            chunking_strategy = self.chunking_strategy.to_dict()

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids
        if chunking_strategy is not UNSET:
            field_dict["chunking_strategy"] = chunking_strategy
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.auto_chunking_strategy import AutoChunkingStrategy
        from ..models.metadata import Metadata
        from ..models.static_chunking_strategy import StaticChunkingStrategy
        from ..models.unknown_chunking_strategy import UnknownChunkingStrategy

        d = dict(src_dict)
        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        def _parse_chunking_strategy(
            data: object,
        ) -> AutoChunkingStrategy | StaticChunkingStrategy | UnknownChunkingStrategy | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chunking_strategy_type_0 = AutoChunkingStrategy.from_dict(data)

                return componentsschemas_chunking_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_chunking_strategy_type_1 = StaticChunkingStrategy.from_dict(data)

                return componentsschemas_chunking_strategy_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_chunking_strategy_type_2 = UnknownChunkingStrategy.from_dict(data)

            return componentsschemas_chunking_strategy_type_2

        chunking_strategy = _parse_chunking_strategy(d.pop("chunking_strategy", UNSET))

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        vector_store_helper = cls(
            file_ids=file_ids,
            chunking_strategy=chunking_strategy,
            metadata=metadata,
        )

        vector_store_helper.additional_properties = d
        return vector_store_helper

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
