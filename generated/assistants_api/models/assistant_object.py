from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_tool import FunctionTool
    from ..models.metadata import Metadata
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.retrieval_tool import RetrievalTool
    from ..models.tool_resources import ToolResources
    from ..models.unknown_response_format import UnknownResponseFormat
    from ..models.unknown_tool import UnknownTool


T = TypeVar("T", bound="AssistantObject")


@_attrs_define
class AssistantObject:
    """An assistant: a model with instructions and tools that runs can use."""

    id: str
    """ Assistant ID, starting with `asst_`. """
    object_: Literal["assistant"]
    """ Always `assistant`. """
    created_at: int
    """ Creation time, Unix seconds. """
    name: None | str
    """ Display name. """
    description: None | str
    """ Free text description. """
    model: str
    """ ID of the model the assistant uses. """
    instructions: None | str
    """ System instructions the assistant follows. """
    tools: list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool]
    """ Tools enabled for the assistant (at most 128). """
    metadata: Metadata | None
    tool_resources: None | ToolResources | Unset = UNSET
    """ Files and vector stores the tools use. """
    temperature: float | None | Unset = UNSET
    """ Sampling temperature from 0 to 2. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling mass from 0 to 1. """
    response_format: (
        None
        | ResponseFormatAuto
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownResponseFormat
        | Unset
    ) = UNSET
    """ Answer format; see `ResponseFormatOption`. """
    reasoning_effort: None | ReasoningEffort | Unset = UNSET
    """ Reasoning effort for reasoning models. """
    file_ids: list[str] | Unset = UNSET
    """ First beta only (`assistants=v1`) list of attached file IDs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.tool_resources import ToolResources
        from ..models.unknown_response_format import UnknownResponseFormat

        id = self.id

        object_ = self.object_

        created_at = self.created_at

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        model = self.model

        instructions: None | str
        instructions = self.instructions

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if (
                isinstance(tools_item_data, CodeInterpreterTool)
                or isinstance(tools_item_data, FileSearchTool)
                or isinstance(tools_item_data, FunctionTool)
                or isinstance(tools_item_data, RetrievalTool)
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        top_p: float | None | Unset
        if isinstance(self.top_p, Unset):
            top_p = UNSET
        else:
            top_p = self.top_p

        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatAuto):
            response_format = self.response_format.value
        elif (
            isinstance(self.response_format, ResponseFormatText)
            or isinstance(self.response_format, ResponseFormatJsonObject)
            or isinstance(self.response_format, ResponseFormatJsonSchema)
            or isinstance(self.response_format, UnknownResponseFormat)
        ):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        file_ids: list[str] | Unset = UNSET
        if not isinstance(self.file_ids, Unset):
            file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "name": name,
                "description": description,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "metadata": metadata,
            }
        )
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if file_ids is not UNSET:
            field_dict["file_ids"] = file_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.tool_resources import ToolResources
        from ..models.unknown_response_format import UnknownResponseFormat
        from ..models.unknown_tool import UnknownTool

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["assistant"], d.pop("object"))
        if object_ != "assistant":
            raise ValueError(f"object must match const 'assistant', got '{object_}'")

        created_at = d.pop("created_at")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        model = d.pop("model")

        def _parse_instructions(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        instructions = _parse_instructions(d.pop("instructions"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:

            def _parse_tools_item(
                data: object,
            ) -> CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_assistant_tool_type_0 = CodeInterpreterTool.from_dict(data)

                    return componentsschemas_assistant_tool_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_assistant_tool_type_1 = FileSearchTool.from_dict(data)

                    return componentsschemas_assistant_tool_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_assistant_tool_type_2 = FunctionTool.from_dict(data)

                    return componentsschemas_assistant_tool_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_assistant_tool_type_3 = RetrievalTool.from_dict(data)

                    return componentsschemas_assistant_tool_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_assistant_tool_type_4 = UnknownTool.from_dict(data)

                return componentsschemas_assistant_tool_type_4

            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        def _parse_metadata(data: object) -> Metadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        def _parse_tool_resources(data: object) -> None | ToolResources | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = ToolResources.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolResources | Unset, data)

        tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

        def _parse_temperature(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        def _parse_top_p(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        top_p = _parse_top_p(d.pop("top_p", UNSET))

        def _parse_response_format(
            data: object,
        ) -> (
            None
            | ResponseFormatAuto
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | UnknownResponseFormat
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_response_format_option_type_0 = ResponseFormatAuto(data)

                return componentsschemas_response_format_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_option_type_1 = ResponseFormatText.from_dict(data)

                return componentsschemas_response_format_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_option_type_2 = ResponseFormatJsonObject.from_dict(data)

                return componentsschemas_response_format_option_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_option_type_3 = ResponseFormatJsonSchema.from_dict(data)

                return componentsschemas_response_format_option_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_response_format_option_type_4 = UnknownResponseFormat.from_dict(data)

                return componentsschemas_response_format_option_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ResponseFormatAuto
                | ResponseFormatJsonObject
                | ResponseFormatJsonSchema
                | ResponseFormatText
                | UnknownResponseFormat
                | Unset,
                data,
            )

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_reasoning_effort(data: object) -> None | ReasoningEffort | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                reasoning_effort_type_0 = ReasoningEffort(data)

                return reasoning_effort_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReasoningEffort | Unset, data)

        reasoning_effort = _parse_reasoning_effort(d.pop("reasoning_effort", UNSET))

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        assistant_object = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            name=name,
            description=description,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            tool_resources=tool_resources,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
            reasoning_effort=reasoning_effort,
            file_ids=file_ids,
        )

        assistant_object.additional_properties = d
        return assistant_object

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
