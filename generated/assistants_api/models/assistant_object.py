from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, is_integer, is_number, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "id",
        "object",
        "created_at",
        "name",
        "description",
        "model",
        "instructions",
        "tools",
        "metadata",
        "tool_resources",
        "temperature",
        "top_p",
        "response_format",
        "reasoning_effort",
        "file_ids",
    )
)

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..types import UNSET, Unset


@_attrs_define
class AssistantObject:
    """An assistant: a model with instructions and tools that runs can use."""

    id: str
    """ Assistant ID, starting with `asst_`. """

    object: Literal["assistant"]
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

    tools: list[
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
    """Fields the spec does not (yet) describe, kept as they came."""
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        name: None | str
        name = self.name

        description: None | str
        description = self.description

        model = self.model
        instructions: None | str
        instructions = self.instructions

        tools: Any
        if isinstance(self.tools, list):
            tools = []
            for tools_item_data in self.tools:
                if isinstance(tools_item_data, CodeInterpreterTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, CodeInterpreterTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, FileSearchTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, FileSearchTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, FunctionTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, FunctionTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, RetrievalTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, RetrievalTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, AzureAISearchTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, AzureAISearchTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, BingGroundingTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, BingGroundingTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, BingCustomSearchTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, BingCustomSearchTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, SharepointGroundingTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, SharepointGroundingTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, FabricDataAgentTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, FabricDataAgentTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, OpenApiTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, OpenApiTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, AzureFunctionTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, AzureFunctionTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, ConnectedAgentTool):
                    tools_item = (
                        tools_item_data.to_dict()
                        if isinstance(tools_item_data, ConnectedAgentTool)
                        else tools_item_data
                    )

                elif isinstance(tools_item_data, DeepResearchTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, DeepResearchTool) else tools_item_data
                    )

                elif isinstance(tools_item_data, UnknownTool):
                    tools_item = (
                        tools_item_data.to_dict() if isinstance(tools_item_data, UnknownTool) else tools_item_data
                    )

                else:
                    tools_item = tools_item_data

                tools.append(tools_item)
        else:
            tools = self.tools

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict() if isinstance(self.metadata, Metadata) else self.metadata

        else:
            metadata = self.metadata

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ToolResources):
            tool_resources = (
                self.tool_resources.to_dict() if isinstance(self.tool_resources, ToolResources) else self.tool_resources
            )

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

        file_ids = self.file_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["name"] = name
        field_dict["description"] = description
        field_dict["model"] = model
        field_dict["instructions"] = instructions
        field_dict["tools"] = tools
        field_dict["metadata"] = metadata
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
            _at = "id"
            id = src_dict.get("id", MISSING)
            if id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "id"]
                id = None
            else:
                if _strict and not (type(id) is str):
                    raise expected("string", id)

            _at = "object"
            object_ = src_dict.get("object", MISSING)
            if object_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "object"]
                object_ = None
            else:
                if _strict and object_ != "assistant":
                    raise InvalidValue("expected 'assistant'")
            _at = "created_at"
            created_at = src_dict.get("created_at", MISSING)
            if created_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "created_at"]
                created_at = None
            else:
                if _strict and not (is_integer(created_at)):
                    raise expected("integer", created_at)

            _at = "name"
            name = src_dict.get("name", MISSING)
            if name is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "name"]
                name = None
            else:
                if _strict and not (type(name) is str or name is None):
                    raise InvalidValue("expected string or null, got " + json_type(name))

            _at = "description"
            description = src_dict.get("description", MISSING)
            if description is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "description"]
                description = None
            else:
                if _strict and not (type(description) is str or description is None):
                    raise InvalidValue("expected string or null, got " + json_type(description))

            _at = "model"
            model = src_dict.get("model", MISSING)
            if model is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "model"]
                model = None
            else:
                if _strict and not (type(model) is str):
                    raise expected("string", model)

            _at = "instructions"
            instructions = src_dict.get("instructions", MISSING)
            if instructions is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "instructions"]
                instructions = None
            else:
                if _strict and not (type(instructions) is str or instructions is None):
                    raise InvalidValue("expected string or null, got " + json_type(instructions))

            _at = "tools"
            tools = src_dict.get("tools", MISSING)
            if tools is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "tools"]
                tools = None
            else:
                if type(tools) is list:
                    _tools_items = tools
                    tools = []
                    try:
                        for tools_item_data in _tools_items:
                            tools_item = tools_item_data
                            _tools_item_tag = tools_item.get("type") if type(tools_item) is dict else None
                            if _tools_item_tag == "code_interpreter":
                                tools_item = CodeInterpreterTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "file_search":
                                tools_item = FileSearchTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "function":
                                tools_item = FunctionTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "retrieval":
                                tools_item = RetrievalTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "azure_ai_search":
                                tools_item = AzureAISearchTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "bing_grounding":
                                tools_item = BingGroundingTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "bing_custom_search":
                                tools_item = BingCustomSearchTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "sharepoint_grounding":
                                tools_item = SharepointGroundingTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "fabric_dataagent":
                                tools_item = FabricDataAgentTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "openapi":
                                tools_item = OpenApiTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "azure_function":
                                tools_item = AzureFunctionTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "connected_agent":
                                tools_item = ConnectedAgentTool.from_dict(tools_item, _strict)
                            elif _tools_item_tag == "deep_research":
                                tools_item = DeepResearchTool.from_dict(tools_item, _strict)
                            elif type(tools_item) is dict:
                                tools_item = UnknownTool.from_dict(tools_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(tools_item))

                            tools.append(tools_item)
                    except InvalidValue as _error:
                        raise _error.at(len(tools)) from None
                elif _strict:
                    raise expected("array", tools)

            _at = "metadata"
            metadata = src_dict.get("metadata", MISSING)
            if metadata is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "metadata"]
                metadata = None
            else:
                if metadata is None:
                    pass
                elif type(metadata) is dict:
                    metadata = Metadata.from_dict(metadata, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(metadata))

            _at = "tool_resources"
            tool_resources = src_dict.get("tool_resources", UNSET)
            if tool_resources is not UNSET:
                if tool_resources is None:
                    pass
                elif type(tool_resources) is dict:
                    tool_resources = ToolResources.from_dict(tool_resources, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(tool_resources))
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
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 15 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.id = id
        _obj.object = object_
        _obj.created_at = created_at
        _obj.name = name
        _obj.description = description
        _obj.model = model
        _obj.instructions = instructions
        _obj.tools = tools
        _obj.metadata = metadata
        _obj.tool_resources = tool_resources
        _obj.temperature = temperature
        _obj.top_p = top_p
        _obj.response_format = response_format
        _obj.reasoning_effort = reasoning_effort
        _obj.file_ids = file_ids
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
from ..models.deep_research_tool import DeepResearchTool
from ..models.fabric_data_agent_tool import FabricDataAgentTool
from ..models.file_search_tool import FileSearchTool
from ..models.function_tool import FunctionTool
from ..models.metadata import Metadata
from ..models.open_api_tool import OpenApiTool
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.retrieval_tool import RetrievalTool
from ..models.sharepoint_grounding_tool import SharepointGroundingTool
from ..models.tool_resources import ToolResources
from ..models.unknown_response_format import UnknownResponseFormat
from ..models.unknown_tool import UnknownTool
