from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_auto import ResponseFormatAuto
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_tool import FunctionTool
    from ..models.metadata import Metadata
    from ..models.named_tool_choice import NamedToolChoice
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.retrieval_tool import RetrievalTool
    from ..models.tool_resources import ToolResources
    from ..models.truncation_strategy import TruncationStrategy
    from ..models.unknown_response_format import UnknownResponseFormat
    from ..models.unknown_tool import UnknownTool


T = TypeVar("T", bound="CreateThreadAndRunRequest")


@_attrs_define
class CreateThreadAndRunRequest:
    """Body of `createThreadAndRun`."""

    assistant_id: str
    """ ID of the assistant to run. """
    thread: CreateThreadRequest | Unset = UNSET
    """ Body of `createThread`, also the `thread` of `createThreadAndRun`. """
    model: None | str | Unset = UNSET
    """ Overrides the assistant's model for this run. """
    instructions: None | str | Unset = UNSET
    """ Replaces the assistant's instructions for this run. """
    tools: list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool] | None | Unset = (
        UNSET
    )
    """ Replaces the assistant's tools for this run. """
    tool_resources: None | ToolResources | Unset = UNSET
    """ Tool resources for the run; these replace the assistant's. """
    metadata: Metadata | None | Unset = UNSET
    temperature: float | None | Unset = UNSET
    """ Sampling temperature from 0 to 2. """
    top_p: float | None | Unset = UNSET
    """ Nucleus sampling mass from 0 to 1. """
    stream: bool | None | Unset = UNSET
    """ When true the answer is an event stream (`text/event-stream`) instead of the run object. """
    max_prompt_tokens: int | None | Unset = UNSET
    """ Upper bound on prompt tokens over the whole run. """
    max_completion_tokens: int | None | Unset = UNSET
    """ Upper bound on completion tokens over the whole run. """
    truncation_strategy: None | TruncationStrategy | Unset = UNSET
    tool_choice: NamedToolChoice | None | ToolChoiceMode | Unset = UNSET
    parallel_tool_calls: bool | Unset = True
    """ Whether the model may ask for several function calls at once. """
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
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.named_tool_choice import NamedToolChoice
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.tool_resources import ToolResources
        from ..models.truncation_strategy import TruncationStrategy
        from ..models.unknown_response_format import UnknownResponseFormat

        assistant_id = self.assistant_id

        thread: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thread, Unset):
            thread = self.thread.to_dict()

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if (
                    isinstance(tools_type_0_item_data, CodeInterpreterTool)
                    or isinstance(tools_type_0_item_data, FileSearchTool)
                    or isinstance(tools_type_0_item_data, FunctionTool)
                    or isinstance(tools_type_0_item_data, RetrievalTool)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ToolResources):
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

        stream: bool | None | Unset
        if isinstance(self.stream, Unset):
            stream = UNSET
        else:
            stream = self.stream

        max_prompt_tokens: int | None | Unset
        if isinstance(self.max_prompt_tokens, Unset):
            max_prompt_tokens = UNSET
        else:
            max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None | Unset
        if isinstance(self.max_completion_tokens, Unset):
            max_completion_tokens = UNSET
        else:
            max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None | Unset
        if isinstance(self.truncation_strategy, Unset):
            truncation_strategy = UNSET
        elif isinstance(self.truncation_strategy, TruncationStrategy):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, NamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls

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
                "assistant_id": assistant_id,
            }
        )
        if thread is not UNSET:
            field_dict["thread"] = thread
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
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
        if stream is not UNSET:
            field_dict["stream"] = stream
        if max_prompt_tokens is not UNSET:
            field_dict["max_prompt_tokens"] = max_prompt_tokens
        if max_completion_tokens is not UNSET:
            field_dict["max_completion_tokens"] = max_completion_tokens
        if truncation_strategy is not UNSET:
            field_dict["truncation_strategy"] = truncation_strategy
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.create_thread_request import CreateThreadRequest
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.named_tool_choice import NamedToolChoice
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.tool_resources import ToolResources
        from ..models.truncation_strategy import TruncationStrategy
        from ..models.unknown_response_format import UnknownResponseFormat
        from ..models.unknown_tool import UnknownTool

        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")

        _thread = d.pop("thread", UNSET)
        thread: CreateThreadRequest | Unset
        if isinstance(_thread, Unset):
            thread = UNSET
        else:
            thread = CreateThreadRequest.from_dict(_thread)

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_tools(
            data: object,
        ) -> list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(
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

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool] | None | Unset,
                data,
            )

        tools = _parse_tools(d.pop("tools", UNSET))

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

        def _parse_stream(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        stream = _parse_stream(d.pop("stream", UNSET))

        def _parse_max_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_prompt_tokens = _parse_max_prompt_tokens(d.pop("max_prompt_tokens", UNSET))

        def _parse_max_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens", UNSET))

        def _parse_truncation_strategy(data: object) -> None | TruncationStrategy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_strategy_type_0 = TruncationStrategy.from_dict(data)

                return truncation_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TruncationStrategy | Unset, data)

        truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy", UNSET))

        def _parse_tool_choice(data: object) -> NamedToolChoice | None | ToolChoiceMode | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_tool_choice_option_type_0 = ToolChoiceMode(data)

                return componentsschemas_tool_choice_option_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_tool_choice_option_type_1 = NamedToolChoice.from_dict(data)

                return componentsschemas_tool_choice_option_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NamedToolChoice | None | ToolChoiceMode | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)

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

        create_thread_and_run_request = cls(
            assistant_id=assistant_id,
            thread=thread,
            model=model,
            instructions=instructions,
            tools=tools,
            tool_resources=tool_resources,
            metadata=metadata,
            temperature=temperature,
            top_p=top_p,
            stream=stream,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
        )

        create_thread_and_run_request.additional_properties = d
        return create_thread_and_run_request

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
