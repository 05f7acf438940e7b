from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_format_auto import ResponseFormatAuto
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset


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

    tools: (
        list[
            AzureAISearchTool
            | AzureFunctionTool
            | BingCustomSearchTool
            | BingGroundingTool
            | CodeInterpreterTool
            | ConnectedAgentTool
            | DeepResearchTool
            | FabricDataAgentTool
            | FileSearchTool
            | FunctionTool
            | OpenApiTool
            | RetrievalTool
            | SharepointGroundingTool
            | UnknownTool
        ]
        | None
        | Unset
    ) = UNSET
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
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
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
                    or isinstance(tools_type_0_item_data, AzureAISearchTool)
                    or isinstance(tools_type_0_item_data, BingGroundingTool)
                    or isinstance(tools_type_0_item_data, BingCustomSearchTool)
                    or isinstance(tools_type_0_item_data, SharepointGroundingTool)
                    or isinstance(tools_type_0_item_data, FabricDataAgentTool)
                    or isinstance(tools_type_0_item_data, OpenApiTool)
                    or isinstance(tools_type_0_item_data, AzureFunctionTool)
                    or isinstance(tools_type_0_item_data, ConnectedAgentTool)
                    or isinstance(tools_type_0_item_data, DeepResearchTool)
                    or isinstance(tools_type_0_item_data, UnknownTool)
                ):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data

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
        field_dict["assistant_id"] = assistant_id
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
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        assistant_id = d.pop("assistant_id")
        _thread = d.pop("thread", UNSET)
        thread: CreateThreadRequest | Unset
        if isinstance(_thread, Unset):
            thread = UNSET
        else:
            thread = CreateThreadRequest.from_dict(_thread)

        model: None | str | Unset
        _model_raw = d.pop("model", UNSET)
        if isinstance(_model_raw, Unset):
            model = UNSET
        elif isinstance(_model_raw, str):
            model = _model_raw
        elif _model_raw is None:
            model = None
        else:
            raise TypeError(f"model: no member of the union accepts {type(_model_raw).__name__}")

        instructions: None | str | Unset
        _instructions_raw = d.pop("instructions", UNSET)
        if isinstance(_instructions_raw, Unset):
            instructions = UNSET
        elif isinstance(_instructions_raw, str):
            instructions = _instructions_raw
        elif _instructions_raw is None:
            instructions = None
        else:
            raise TypeError(f"instructions: no member of the union accepts {type(_instructions_raw).__name__}")

        tools: (
            list[
                AzureAISearchTool
                | AzureFunctionTool
                | BingCustomSearchTool
                | BingGroundingTool
                | CodeInterpreterTool
                | ConnectedAgentTool
                | DeepResearchTool
                | FabricDataAgentTool
                | FileSearchTool
                | FunctionTool
                | OpenApiTool
                | RetrievalTool
                | SharepointGroundingTool
                | UnknownTool
            ]
            | None
            | Unset
        )
        _tools_raw = d.pop("tools", UNSET)
        if isinstance(_tools_raw, Unset):
            tools = UNSET
        elif isinstance(_tools_raw, list):
            tools_type_0 = []
            _tools_type_0 = _tools_raw
            for tools_type_0_item_data in _tools_type_0:
                tools_type_0_item: (
                    AzureAISearchTool
                    | AzureFunctionTool
                    | BingCustomSearchTool
                    | BingGroundingTool
                    | CodeInterpreterTool
                    | ConnectedAgentTool
                    | DeepResearchTool
                    | FabricDataAgentTool
                    | FileSearchTool
                    | FunctionTool
                    | OpenApiTool
                    | RetrievalTool
                    | SharepointGroundingTool
                    | UnknownTool
                )
                _tools_type_0_item_raw = tools_type_0_item_data
                _tools_type_0_item_tag = (
                    _tools_type_0_item_raw.get("type") if type(_tools_type_0_item_raw) is dict else None
                )
                if _tools_type_0_item_tag == "code_interpreter":
                    tools_type_0_item = CodeInterpreterTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "file_search":
                    tools_type_0_item = FileSearchTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "function":
                    tools_type_0_item = FunctionTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "retrieval":
                    tools_type_0_item = RetrievalTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "azure_ai_search":
                    tools_type_0_item = AzureAISearchTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "bing_grounding":
                    tools_type_0_item = BingGroundingTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "bing_custom_search":
                    tools_type_0_item = BingCustomSearchTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "sharepoint_grounding":
                    tools_type_0_item = SharepointGroundingTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "fabric_dataagent":
                    tools_type_0_item = FabricDataAgentTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "openapi":
                    tools_type_0_item = OpenApiTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "azure_function":
                    tools_type_0_item = AzureFunctionTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "connected_agent":
                    tools_type_0_item = ConnectedAgentTool.from_dict(_tools_type_0_item_raw)
                elif _tools_type_0_item_tag == "deep_research":
                    tools_type_0_item = DeepResearchTool.from_dict(_tools_type_0_item_raw)
                elif isinstance(_tools_type_0_item_raw, dict):
                    tools_type_0_item = UnknownTool.from_dict(_tools_type_0_item_raw)
                else:
                    raise TypeError(
                        f"tools_type_0_item: no member of the union accepts {type(_tools_type_0_item_raw).__name__}"
                    )

                tools_type_0.append(tools_type_0_item)

            tools = tools_type_0
        elif _tools_raw is None:
            tools = None
        else:
            raise TypeError(f"tools: no member of the union accepts {type(_tools_raw).__name__}")

        tool_resources: None | ToolResources | Unset
        _tool_resources_raw = d.pop("tool_resources", UNSET)
        if isinstance(_tool_resources_raw, Unset):
            tool_resources = UNSET
        elif _tool_resources_raw is None:
            tool_resources = None
        elif isinstance(_tool_resources_raw, dict):
            tool_resources = ToolResources.from_dict(_tool_resources_raw)
        else:
            raise TypeError(f"tool_resources: no member of the union accepts {type(_tool_resources_raw).__name__}")

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

        temperature: float | None | Unset
        _temperature_raw = d.pop("temperature", UNSET)
        if isinstance(_temperature_raw, Unset):
            temperature = UNSET
        elif isinstance(_temperature_raw, (int, float)) and not isinstance(_temperature_raw, bool):
            temperature = float(_temperature_raw)
        elif _temperature_raw is None:
            temperature = None
        else:
            raise TypeError(f"temperature: no member of the union accepts {type(_temperature_raw).__name__}")

        top_p: float | None | Unset
        _top_p_raw = d.pop("top_p", UNSET)
        if isinstance(_top_p_raw, Unset):
            top_p = UNSET
        elif isinstance(_top_p_raw, (int, float)) and not isinstance(_top_p_raw, bool):
            top_p = float(_top_p_raw)
        elif _top_p_raw is None:
            top_p = None
        else:
            raise TypeError(f"top_p: no member of the union accepts {type(_top_p_raw).__name__}")

        stream: bool | None | Unset
        _stream_raw = d.pop("stream", UNSET)
        if isinstance(_stream_raw, Unset):
            stream = UNSET
        elif isinstance(_stream_raw, bool):
            stream = _stream_raw
        elif _stream_raw is None:
            stream = None
        else:
            raise TypeError(f"stream: no member of the union accepts {type(_stream_raw).__name__}")

        max_prompt_tokens: int | None | Unset
        _max_prompt_tokens_raw = d.pop("max_prompt_tokens", UNSET)
        if isinstance(_max_prompt_tokens_raw, Unset):
            max_prompt_tokens = UNSET
        elif isinstance(_max_prompt_tokens_raw, int) and not isinstance(_max_prompt_tokens_raw, bool):
            max_prompt_tokens = _max_prompt_tokens_raw
        elif _max_prompt_tokens_raw is None:
            max_prompt_tokens = None
        else:
            raise TypeError(
                f"max_prompt_tokens: no member of the union accepts {type(_max_prompt_tokens_raw).__name__}"
            )

        max_completion_tokens: int | None | Unset
        _max_completion_tokens_raw = d.pop("max_completion_tokens", UNSET)
        if isinstance(_max_completion_tokens_raw, Unset):
            max_completion_tokens = UNSET
        elif isinstance(_max_completion_tokens_raw, int) and not isinstance(_max_completion_tokens_raw, bool):
            max_completion_tokens = _max_completion_tokens_raw
        elif _max_completion_tokens_raw is None:
            max_completion_tokens = None
        else:
            raise TypeError(
                f"max_completion_tokens: no member of the union accepts {type(_max_completion_tokens_raw).__name__}"
            )

        truncation_strategy: None | TruncationStrategy | Unset
        _truncation_strategy_raw = d.pop("truncation_strategy", UNSET)
        if isinstance(_truncation_strategy_raw, Unset):
            truncation_strategy = UNSET
        elif _truncation_strategy_raw is None:
            truncation_strategy = None
        elif isinstance(_truncation_strategy_raw, dict):
            truncation_strategy = TruncationStrategy.from_dict(_truncation_strategy_raw)
        else:
            raise TypeError(
                f"truncation_strategy: no member of the union accepts {type(_truncation_strategy_raw).__name__}"
            )

        tool_choice: NamedToolChoice | None | ToolChoiceMode | Unset
        _tool_choice_raw = d.pop("tool_choice", UNSET)
        if isinstance(_tool_choice_raw, Unset):
            tool_choice = UNSET
        elif isinstance(_tool_choice_raw, str):
            tool_choice = ToolChoiceMode(_tool_choice_raw)
        elif _tool_choice_raw is None:
            tool_choice = None
        elif isinstance(_tool_choice_raw, dict):
            tool_choice = NamedToolChoice.from_dict(_tool_choice_raw)
        else:
            raise TypeError(f"tool_choice: no member of the union accepts {type(_tool_choice_raw).__name__}")

        parallel_tool_calls = d.pop("parallel_tool_calls", UNSET)
        response_format: (
            None
            | ResponseFormatAuto
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | UnknownResponseFormat
            | Unset
        )
        _response_format_raw = d.pop("response_format", UNSET)
        _response_format_tag = _response_format_raw.get("type") if type(_response_format_raw) is dict else None
        if isinstance(_response_format_raw, Unset):
            response_format = UNSET
        elif isinstance(_response_format_raw, str):
            response_format = ResponseFormatAuto(_response_format_raw)
        elif _response_format_tag == "text":
            response_format = ResponseFormatText.from_dict(_response_format_raw)
        elif _response_format_tag == "json_object":
            response_format = ResponseFormatJsonObject.from_dict(_response_format_raw)
        elif _response_format_tag == "json_schema":
            response_format = ResponseFormatJsonSchema.from_dict(_response_format_raw)
        elif _response_format_raw is None:
            response_format = None
        elif isinstance(_response_format_raw, dict):
            response_format = UnknownResponseFormat.from_dict(_response_format_raw)
        else:
            raise TypeError(f"response_format: no member of the union accepts {type(_response_format_raw).__name__}")

        obj = cls(
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
from ..models.azure_ai_search_tool import AzureAISearchTool
from ..models.azure_function_tool import AzureFunctionTool
from ..models.bing_custom_search_tool import BingCustomSearchTool
from ..models.bing_grounding_tool import BingGroundingTool
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.connected_agent_tool import ConnectedAgentTool
from ..models.create_thread_request import CreateThreadRequest
from ..models.deep_research_tool import DeepResearchTool
from ..models.fabric_data_agent_tool import FabricDataAgentTool
from ..models.file_search_tool import FileSearchTool
from ..models.function_tool import FunctionTool
from ..models.metadata import Metadata
from ..models.named_tool_choice import NamedToolChoice
from ..models.open_api_tool import OpenApiTool
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.retrieval_tool import RetrievalTool
from ..models.sharepoint_grounding_tool import SharepointGroundingTool
from ..models.tool_resources import ToolResources
from ..models.truncation_strategy import TruncationStrategy
from ..models.unknown_response_format import UnknownResponseFormat
from ..models.unknown_tool import UnknownTool
