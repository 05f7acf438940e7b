from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer, is_number, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "assistant_id",
        "model",
        "reasoning_effort",
        "instructions",
        "additional_instructions",
        "additional_messages",
        "tools",
        "metadata",
        "temperature",
        "top_p",
        "stream",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
    )
)

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset


@_attrs_define
class CreateRunRequest:
    """Body of `createRun`."""

    assistant_id: str
    """ ID of the assistant to run. """

    model: None | str | Unset = UNSET
    """ Overrides the assistant's model for this run. """

    reasoning_effort: None | ReasoningEffort | Unset = UNSET

    instructions: None | str | Unset = UNSET
    """ Replaces the assistant's instructions for this run. """

    additional_instructions: None | str | Unset = UNSET
    """ Appended to the instructions for this run only. """

    additional_messages: list[CreateMessageRequest] | None | Unset = UNSET
    """ Messages added to the thread before the run starts. """

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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        assistant_id = self.assistant_id
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = (
                self.reasoning_effort.value
                if isinstance(self.reasoning_effort, ReasoningEffort)
                else self.reasoning_effort
            )

        else:
            reasoning_effort = self.reasoning_effort

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        additional_instructions: None | str | Unset
        if isinstance(self.additional_instructions, Unset):
            additional_instructions = UNSET
        else:
            additional_instructions = self.additional_instructions

        additional_messages: list[dict[str, Any]] | None | Unset
        if isinstance(self.additional_messages, Unset):
            additional_messages = UNSET
        elif isinstance(self.additional_messages, list):
            if isinstance(self.additional_messages, list):
                additional_messages = []
                for additional_messages_type_0_item_data in self.additional_messages:
                    additional_messages_type_0_item = (
                        additional_messages_type_0_item_data.to_dict()
                        if isinstance(additional_messages_type_0_item_data, CreateMessageRequest)
                        else additional_messages_type_0_item_data
                    )

                    additional_messages.append(additional_messages_type_0_item)
            else:
                additional_messages = self.additional_messages

        else:
            additional_messages = self.additional_messages

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            if isinstance(self.tools, list):
                tools = []
                for tools_type_0_item_data in self.tools:
                    if isinstance(tools_type_0_item_data, CodeInterpreterTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, CodeInterpreterTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, FileSearchTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, FileSearchTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, FunctionTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, FunctionTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, RetrievalTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, RetrievalTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, AzureAISearchTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, AzureAISearchTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, BingGroundingTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, BingGroundingTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, BingCustomSearchTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, BingCustomSearchTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, SharepointGroundingTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, SharepointGroundingTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, FabricDataAgentTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, FabricDataAgentTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, OpenApiTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, OpenApiTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, AzureFunctionTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, AzureFunctionTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, ConnectedAgentTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, ConnectedAgentTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, DeepResearchTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, DeepResearchTool)
                            else tools_type_0_item_data
                        )

                    elif isinstance(tools_type_0_item_data, UnknownTool):
                        tools_type_0_item = (
                            tools_type_0_item_data.to_dict()
                            if isinstance(tools_type_0_item_data, UnknownTool)
                            else tools_type_0_item_data
                        )

                    else:
                        tools_type_0_item = tools_type_0_item_data

                    tools.append(tools_type_0_item)
            else:
                tools = self.tools

        else:
            tools = self.tools

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

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
            truncation_strategy = (
                self.truncation_strategy.to_dict()
                if isinstance(self.truncation_strategy, TruncationStrategy)
                else self.truncation_strategy
            )

        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value if isinstance(self.tool_choice, ToolChoiceMode) else self.tool_choice

        elif isinstance(self.tool_choice, NamedToolChoice):
            tool_choice = (
                self.tool_choice.to_dict() if isinstance(self.tool_choice, NamedToolChoice) else self.tool_choice
            )

        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls
        response_format: dict[str, Any] | None | str | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, ResponseFormatAuto):
            response_format = (
                self.response_format.value
                if isinstance(self.response_format, ResponseFormatAuto)
                else self.response_format
            )

        elif isinstance(self.response_format, ResponseFormatText):
            response_format = (
                self.response_format.to_dict()
                if isinstance(self.response_format, ResponseFormatText)
                else self.response_format
            )

        elif isinstance(self.response_format, ResponseFormatJsonObject):
            response_format = (
                self.response_format.to_dict()
                if isinstance(self.response_format, ResponseFormatJsonObject)
                else self.response_format
            )

        elif isinstance(self.response_format, ResponseFormatJsonSchema):
            response_format = (
                self.response_format.to_dict()
                if isinstance(self.response_format, ResponseFormatJsonSchema)
                else self.response_format
            )

        elif isinstance(self.response_format, UnknownResponseFormat):
            response_format = (
                self.response_format.to_dict()
                if isinstance(self.response_format, UnknownResponseFormat)
                else self.response_format
            )

        else:
            response_format = self.response_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["assistant_id"] = assistant_id
        if model is not UNSET:
            field_dict["model"] = model
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if additional_instructions is not UNSET:
            field_dict["additional_instructions"] = additional_instructions
        if additional_messages is not UNSET:
            field_dict["additional_messages"] = additional_messages
        if tools is not UNSET:
            field_dict["tools"] = tools
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
            _at = "assistant_id"
            assistant_id = src_dict.get("assistant_id", MISSING)
            if assistant_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "assistant_id"]
                assistant_id = None
            else:
                if _strict and not (type(assistant_id) is str):
                    raise expected("string", assistant_id)

            _at = "model"
            model = src_dict.get("model", UNSET)
            if model is not UNSET:
                if _strict and not (type(model) is str or model is None):
                    raise InvalidValue("expected string or null, got " + json_type(model))
            else:
                _absent += 1
            _at = "reasoning_effort"
            reasoning_effort = src_dict.get("reasoning_effort", UNSET)
            if reasoning_effort is not UNSET:
                if type(reasoning_effort) is str and (
                    not _strict or reasoning_effort in ReasoningEffort._value2member_map_
                ):
                    reasoning_effort = ReasoningEffort._value2member_map_.get(reasoning_effort) or ReasoningEffort(
                        reasoning_effort
                    )
                elif reasoning_effort is None:
                    pass
                elif _strict:
                    raise InvalidValue(
                        "expected a value of ReasoningEffort or null, got " + json_type(reasoning_effort)
                    )
            else:
                _absent += 1
            _at = "instructions"
            instructions = src_dict.get("instructions", UNSET)
            if instructions is not UNSET:
                if _strict and not (type(instructions) is str or instructions is None):
                    raise InvalidValue("expected string or null, got " + json_type(instructions))
            else:
                _absent += 1
            _at = "additional_instructions"
            additional_instructions = src_dict.get("additional_instructions", UNSET)
            if additional_instructions is not UNSET:
                if _strict and not (type(additional_instructions) is str or additional_instructions is None):
                    raise InvalidValue("expected string or null, got " + json_type(additional_instructions))
            else:
                _absent += 1
            _at = "additional_messages"
            additional_messages = src_dict.get("additional_messages", UNSET)
            if additional_messages is not UNSET:
                if type(additional_messages) is list:
                    additional_messages_type_0 = additional_messages
                    if type(additional_messages_type_0) is list:
                        _additional_messages_type_0_items = additional_messages_type_0
                        additional_messages_type_0 = []
                        try:
                            for additional_messages_type_0_item_data in _additional_messages_type_0_items:
                                additional_messages_type_0_item = additional_messages_type_0_item_data
                                if type(additional_messages_type_0_item) is dict:
                                    additional_messages_type_0_item = CreateMessageRequest.from_dict(
                                        additional_messages_type_0_item, _strict
                                    )
                                elif _strict:
                                    raise expected("object", additional_messages_type_0_item)

                                additional_messages_type_0.append(additional_messages_type_0_item)
                        except InvalidValue as _error:
                            raise _error.at(len(additional_messages_type_0)) from None
                    elif _strict:
                        raise expected("array", additional_messages_type_0)

                    additional_messages = additional_messages_type_0
                elif additional_messages is None:
                    pass
                elif _strict:
                    raise InvalidValue("expected array or null, got " + json_type(additional_messages))
            else:
                _absent += 1
            _at = "tools"
            tools = src_dict.get("tools", UNSET)
            if tools is not UNSET:
                if type(tools) is list:
                    tools_type_0 = tools
                    if type(tools_type_0) is list:
                        _tools_type_0_items = tools_type_0
                        tools_type_0 = []
                        try:
                            for tools_type_0_item_data in _tools_type_0_items:
                                tools_type_0_item = tools_type_0_item_data
                                _tools_type_0_item_tag = (
                                    tools_type_0_item.get("type") if type(tools_type_0_item) is dict else None
                                )
                                if _tools_type_0_item_tag == "code_interpreter":
                                    tools_type_0_item = CodeInterpreterTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "file_search":
                                    tools_type_0_item = FileSearchTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "function":
                                    tools_type_0_item = FunctionTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "retrieval":
                                    tools_type_0_item = RetrievalTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "azure_ai_search":
                                    tools_type_0_item = AzureAISearchTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "bing_grounding":
                                    tools_type_0_item = BingGroundingTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "bing_custom_search":
                                    tools_type_0_item = BingCustomSearchTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "sharepoint_grounding":
                                    tools_type_0_item = SharepointGroundingTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "fabric_dataagent":
                                    tools_type_0_item = FabricDataAgentTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "openapi":
                                    tools_type_0_item = OpenApiTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "azure_function":
                                    tools_type_0_item = AzureFunctionTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "connected_agent":
                                    tools_type_0_item = ConnectedAgentTool.from_dict(tools_type_0_item, _strict)
                                elif _tools_type_0_item_tag == "deep_research":
                                    tools_type_0_item = DeepResearchTool.from_dict(tools_type_0_item, _strict)
                                elif type(tools_type_0_item) is dict:
                                    tools_type_0_item = UnknownTool.from_dict(tools_type_0_item, _strict)
                                elif _strict:
                                    raise InvalidValue("expected object, got " + json_type(tools_type_0_item))

                                tools_type_0.append(tools_type_0_item)
                        except InvalidValue as _error:
                            raise _error.at(len(tools_type_0)) from None
                    elif _strict:
                        raise expected("array", tools_type_0)

                    tools = tools_type_0
                elif tools is None:
                    pass
                elif _strict:
                    raise InvalidValue("expected array or null, got " + json_type(tools))
            else:
                _absent += 1
            _at = "metadata"
            metadata = src_dict.get("metadata", UNSET)
            if metadata is not UNSET:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))
            else:
                _absent += 1
            _at = "temperature"
            temperature = src_dict.get("temperature", UNSET)
            if temperature is not UNSET:
                if _strict and not (is_number(temperature) or temperature is None):
                    raise InvalidValue("expected number or null, got " + json_type(temperature))
            else:
                _absent += 1
            _at = "top_p"
            top_p = src_dict.get("top_p", UNSET)
            if top_p is not UNSET:
                if _strict and not (is_number(top_p) or top_p is None):
                    raise InvalidValue("expected number or null, got " + json_type(top_p))
            else:
                _absent += 1
            _at = "stream"
            stream = src_dict.get("stream", UNSET)
            if stream is not UNSET:
                if _strict and not (type(stream) is bool or stream is None):
                    raise InvalidValue("expected boolean or null, got " + json_type(stream))
            else:
                _absent += 1
            _at = "max_prompt_tokens"
            max_prompt_tokens = src_dict.get("max_prompt_tokens", UNSET)
            if max_prompt_tokens is not UNSET:
                if _strict and not (is_integer(max_prompt_tokens) or max_prompt_tokens is None):
                    raise InvalidValue("expected integer or null, got " + json_type(max_prompt_tokens))
            else:
                _absent += 1
            _at = "max_completion_tokens"
            max_completion_tokens = src_dict.get("max_completion_tokens", UNSET)
            if max_completion_tokens is not UNSET:
                if _strict and not (is_integer(max_completion_tokens) or max_completion_tokens is None):
                    raise InvalidValue("expected integer or null, got " + json_type(max_completion_tokens))
            else:
                _absent += 1
            _at = "truncation_strategy"
            truncation_strategy = src_dict.get("truncation_strategy", UNSET)
            if truncation_strategy is not UNSET:
                if truncation_strategy is None:
                    pass
                elif type(truncation_strategy) is dict:
                    truncation_strategy = TruncationStrategy.from_dict(truncation_strategy, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(truncation_strategy))
            else:
                _absent += 1
            _at = "tool_choice"
            tool_choice = src_dict.get("tool_choice", UNSET)
            if tool_choice is not UNSET:
                if type(tool_choice) is str and (not _strict or tool_choice in ToolChoiceMode._value2member_map_):
                    tool_choice = ToolChoiceMode._value2member_map_.get(tool_choice) or ToolChoiceMode(tool_choice)
                elif tool_choice is None:
                    pass
                elif type(tool_choice) is dict:
                    tool_choice = NamedToolChoice.from_dict(tool_choice, _strict)
                elif _strict:
                    raise InvalidValue(
                        "expected a value of ToolChoiceMode or null or object, got " + json_type(tool_choice)
                    )
            else:
                _absent += 1
            _at = "parallel_tool_calls"
            parallel_tool_calls = src_dict.get("parallel_tool_calls", UNSET)
            if parallel_tool_calls is not UNSET:
                if _strict and not (type(parallel_tool_calls) is bool):
                    raise expected("boolean", parallel_tool_calls)
            else:
                _absent += 1
            _at = "response_format"
            response_format = src_dict.get("response_format", UNSET)
            if response_format is not UNSET:
                _response_format_tag = response_format.get("type") if type(response_format) is dict else None
                if type(response_format) is str and (
                    not _strict or response_format in ResponseFormatAuto._value2member_map_
                ):
                    response_format = ResponseFormatAuto._value2member_map_.get(response_format) or ResponseFormatAuto(
                        response_format
                    )
                elif _response_format_tag == "text":
                    response_format = ResponseFormatText.from_dict(response_format, _strict)
                elif _response_format_tag == "json_object":
                    response_format = ResponseFormatJsonObject.from_dict(response_format, _strict)
                elif _response_format_tag == "json_schema":
                    response_format = ResponseFormatJsonSchema.from_dict(response_format, _strict)
                elif response_format is None:
                    pass
                elif type(response_format) is dict:
                    response_format = UnknownResponseFormat.from_dict(response_format, _strict)
                elif _strict:
                    raise InvalidValue(
                        "expected a value of ResponseFormatAuto or null or object, got " + json_type(response_format)
                    )
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 17 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.assistant_id = assistant_id
        _obj.model = model
        _obj.reasoning_effort = reasoning_effort
        _obj.instructions = instructions
        _obj.additional_instructions = additional_instructions
        _obj.additional_messages = additional_messages
        _obj.tools = tools
        _obj.metadata = metadata
        _obj.temperature = temperature
        _obj.top_p = top_p
        _obj.stream = stream
        _obj.max_prompt_tokens = max_prompt_tokens
        _obj.max_completion_tokens = max_completion_tokens
        _obj.truncation_strategy = truncation_strategy
        _obj.tool_choice = tool_choice
        _obj.parallel_tool_calls = parallel_tool_calls
        _obj.response_format = response_format
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
from ..models.azure_ai_search_tool import AzureAISearchTool
from ..models.azure_function_tool import AzureFunctionTool
from ..models.bing_custom_search_tool import BingCustomSearchTool
from ..models.bing_grounding_tool import BingGroundingTool
from ..models.code_interpreter_tool import CodeInterpreterTool
from ..models.connected_agent_tool import ConnectedAgentTool
from ..models.create_message_request import CreateMessageRequest
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
from ..models.truncation_strategy import TruncationStrategy
from ..models.unknown_response_format import UnknownResponseFormat
from ..models.unknown_tool import UnknownTool
