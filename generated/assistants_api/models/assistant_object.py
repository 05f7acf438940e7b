from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..types import UNSET, Unset


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

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
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
                or isinstance(tools_item_data, AzureAISearchTool)
                or isinstance(tools_item_data, BingGroundingTool)
                or isinstance(tools_item_data, BingCustomSearchTool)
                or isinstance(tools_item_data, SharepointGroundingTool)
                or isinstance(tools_item_data, FabricDataAgentTool)
                or isinstance(tools_item_data, OpenApiTool)
                or isinstance(tools_item_data, AzureFunctionTool)
                or isinstance(tools_item_data, ConnectedAgentTool)
                or isinstance(tools_item_data, DeepResearchTool)
                or isinstance(tools_item_data, UnknownTool)
            ):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data

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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "assistant":
            raise ValueError(f"object must be 'assistant', not {object_!r}")
        created_at = d.pop("created_at")
        name: None | str
        _name_raw = d.pop("name")
        if isinstance(_name_raw, str):
            name = _name_raw
        elif _name_raw is None:
            name = None
        else:
            raise TypeError(f"name: no member of the union accepts {type(_name_raw).__name__}")

        description: None | str
        _description_raw = d.pop("description")
        if isinstance(_description_raw, str):
            description = _description_raw
        elif _description_raw is None:
            description = None
        else:
            raise TypeError(f"description: no member of the union accepts {type(_description_raw).__name__}")

        model = d.pop("model")
        instructions: None | str
        _instructions_raw = d.pop("instructions")
        if isinstance(_instructions_raw, str):
            instructions = _instructions_raw
        elif _instructions_raw is None:
            instructions = None
        else:
            raise TypeError(f"instructions: no member of the union accepts {type(_instructions_raw).__name__}")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item: (
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
            _tools_item_raw = tools_item_data
            _tools_item_tag = _tools_item_raw.get("type") if type(_tools_item_raw) is dict else None
            if _tools_item_tag == "code_interpreter":
                tools_item = CodeInterpreterTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "file_search":
                tools_item = FileSearchTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "function":
                tools_item = FunctionTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "retrieval":
                tools_item = RetrievalTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "azure_ai_search":
                tools_item = AzureAISearchTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "bing_grounding":
                tools_item = BingGroundingTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "bing_custom_search":
                tools_item = BingCustomSearchTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "sharepoint_grounding":
                tools_item = SharepointGroundingTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "fabric_dataagent":
                tools_item = FabricDataAgentTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "openapi":
                tools_item = OpenApiTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "azure_function":
                tools_item = AzureFunctionTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "connected_agent":
                tools_item = ConnectedAgentTool.from_dict(_tools_item_raw)
            elif _tools_item_tag == "deep_research":
                tools_item = DeepResearchTool.from_dict(_tools_item_raw)
            elif isinstance(_tools_item_raw, dict):
                tools_item = UnknownTool.from_dict(_tools_item_raw)
            else:
                raise TypeError(f"tools_item: no member of the union accepts {type(_tools_item_raw).__name__}")

            tools.append(tools_item)

        metadata: Metadata | None
        _metadata_raw = d.pop("metadata")
        if _metadata_raw is None:
            metadata = None
        elif isinstance(_metadata_raw, dict):
            metadata = Metadata.from_dict(_metadata_raw)
        else:
            raise TypeError(f"metadata: no member of the union accepts {type(_metadata_raw).__name__}")

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

        reasoning_effort: None | ReasoningEffort | Unset
        _reasoning_effort_raw = d.pop("reasoning_effort", UNSET)
        if isinstance(_reasoning_effort_raw, Unset):
            reasoning_effort = UNSET
        elif isinstance(_reasoning_effort_raw, str):
            reasoning_effort = ReasoningEffort(_reasoning_effort_raw)
        elif _reasoning_effort_raw is None:
            reasoning_effort = None
        else:
            raise TypeError(f"reasoning_effort: no member of the union accepts {type(_reasoning_effort_raw).__name__}")

        file_ids = cast(list[str], d.pop("file_ids", UNSET))

        obj = cls(
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
