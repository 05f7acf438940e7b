from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.create_tool_resources import CreateToolResources
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_tool import FunctionTool
    from ..models.metadata import Metadata
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.retrieval_tool import RetrievalTool
    from ..models.unknown_response_format import UnknownResponseFormat
    from ..models.unknown_tool import UnknownTool


T = TypeVar("T", bound="CreateAssistantRequest")


@_attrs_define
class CreateAssistantRequest:
    """Body of `createAssistant`."""

    model: str
    """ ID of the model to use. """
    name: None | str | Unset = UNSET
    """ Display name. """
    description: None | str | Unset = UNSET
    """ Free text description. """
    instructions: None | str | Unset = UNSET
    """ System instructions. """
    reasoning_effort: None | ReasoningEffort | Unset = UNSET
    tools: list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool] | Unset = UNSET
    """ Tools to enable. """
    tool_resources: CreateToolResources | None | Unset = UNSET
    metadata: Metadata | None | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.create_tool_resources import CreateToolResources
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.unknown_response_format import UnknownResponseFormat

        model = self.model

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
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

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, CreateToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.create_tool_resources import CreateToolResources
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.unknown_response_format import UnknownResponseFormat
        from ..models.unknown_tool import UnknownTool

        d = dict(src_dict)
        model = d.pop("model")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

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

        _tools = d.pop("tools", UNSET)
        tools: list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
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

        def _parse_tool_resources(data: object) -> CreateToolResources | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_resources_type_0 = CreateToolResources.from_dict(data)

                return tool_resources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateToolResources | None | Unset, data)

        tool_resources = _parse_tool_resources(d.pop("tool_resources", UNSET))

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

        create_assistant_request = cls(
            model=model,
            name=name,
            description=description,
            instructions=instructions,
            reasoning_effort=reasoning_effort,
            tools=tools,
            tool_resources=tool_resources,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            response_format=response_format,
        )

        create_assistant_request.additional_properties = d
        return create_assistant_request

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
