from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..models.run_status import RunStatus
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset


@_attrs_define
class RunObject:
    """One execution of an assistant on a thread."""

    id: str
    """ Run ID, starting with `run_`. """

    object_: Literal["thread.run"]
    """ Always `thread.run`. """

    created_at: int
    """ Creation time, Unix seconds. """

    thread_id: str
    """ ID of the thread the run works on. """

    assistant_id: str
    """ ID of the assistant that runs. """

    status: RunStatus
    """ Life cycle of a run: `queued` → `in_progress` → (`requires_action` ↔
    `in_progress`) → one of `completed`, `incomplete`, `failed`,
    `cancelled` (via `cancelling`) or `expired`.
     """

    required_action: None | RunRequiredAction
    """ Set while the status is `requires_action`; null otherwise. """

    last_error: None | RunLastError
    """ The error that ended the run; null unless it failed. """

    expires_at: int | None
    """ Time the run will expire if it does not finish, Unix seconds. """

    started_at: int | None
    """ Time the run started, Unix seconds. """

    cancelled_at: int | None
    """ Time the run was cancelled, Unix seconds. """

    failed_at: int | None
    """ Time the run failed, Unix seconds. """

    completed_at: int | None
    """ Time the run completed, Unix seconds. """

    incomplete_details: None | RunIncompleteDetails
    """ Why the run is incomplete; null otherwise. """

    model: str
    """ Model the run uses. """

    instructions: str
    """ Instructions the run uses. """

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
    """ Tools the run may use. """

    metadata: Metadata | None

    usage: None | RunUsage
    """ Token usage; null until the run reaches a final state. """

    max_prompt_tokens: int | None
    """ Upper bound on prompt tokens over the whole run. """

    max_completion_tokens: int | None
    """ Upper bound on completion tokens over the whole run. """

    truncation_strategy: None | TruncationStrategy

    tool_choice: NamedToolChoice | None | ToolChoiceMode

    parallel_tool_calls: bool
    """ Whether the model may ask for several function calls at once. """

    response_format: (
        None
        | ResponseFormatAuto
        | ResponseFormatJsonObject
        | ResponseFormatJsonSchema
        | ResponseFormatText
        | UnknownResponseFormat
    )

    temperature: float | None | Unset = UNSET
    """ Sampling temperature of the run. """

    top_p: float | None | Unset = UNSET
    """ Nucleus sampling mass of the run. """

    reasoning_effort: None | ReasoningEffort | Unset = UNSET

    tool_resources: None | ToolResources | Unset = UNSET
    """ Tool resources of the run, where the server reports them. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object_
        created_at = self.created_at
        thread_id = self.thread_id
        assistant_id = self.assistant_id
        status = self.status.value
        required_action: dict[str, Any] | None
        if isinstance(self.required_action, RunRequiredAction):
            required_action = self.required_action.to_dict()
        else:
            required_action = self.required_action

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunLastError):
            last_error = self.last_error.to_dict()
        else:
            last_error = self.last_error

        expires_at: int | None
        expires_at = self.expires_at

        started_at: int | None
        started_at = self.started_at

        cancelled_at: int | None
        cancelled_at = self.cancelled_at

        failed_at: int | None
        failed_at = self.failed_at

        completed_at: int | None
        completed_at = self.completed_at

        incomplete_details: dict[str, Any] | None
        if isinstance(self.incomplete_details, RunIncompleteDetails):
            incomplete_details = self.incomplete_details.to_dict()
        else:
            incomplete_details = self.incomplete_details

        model = self.model
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

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunUsage):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        max_prompt_tokens: int | None
        max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None
        max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None
        if isinstance(self.truncation_strategy, TruncationStrategy):
            truncation_strategy = self.truncation_strategy.to_dict()
        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str
        if isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value
        elif isinstance(self.tool_choice, NamedToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls
        response_format: dict[str, Any] | None | str
        if isinstance(self.response_format, ResponseFormatAuto):
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

        reasoning_effort: None | str | Unset
        if isinstance(self.reasoning_effort, Unset):
            reasoning_effort = UNSET
        elif isinstance(self.reasoning_effort, ReasoningEffort):
            reasoning_effort = self.reasoning_effort.value
        else:
            reasoning_effort = self.reasoning_effort

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ToolResources):
            tool_resources = self.tool_resources.to_dict()
        else:
            tool_resources = self.tool_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["id"] = id
        field_dict["object"] = object_
        field_dict["created_at"] = created_at
        field_dict["thread_id"] = thread_id
        field_dict["assistant_id"] = assistant_id
        field_dict["status"] = status
        field_dict["required_action"] = required_action
        field_dict["last_error"] = last_error
        field_dict["expires_at"] = expires_at
        field_dict["started_at"] = started_at
        field_dict["cancelled_at"] = cancelled_at
        field_dict["failed_at"] = failed_at
        field_dict["completed_at"] = completed_at
        field_dict["incomplete_details"] = incomplete_details
        field_dict["model"] = model
        field_dict["instructions"] = instructions
        field_dict["tools"] = tools
        field_dict["metadata"] = metadata
        field_dict["usage"] = usage
        field_dict["max_prompt_tokens"] = max_prompt_tokens
        field_dict["max_completion_tokens"] = max_completion_tokens
        field_dict["truncation_strategy"] = truncation_strategy
        field_dict["tool_choice"] = tool_choice
        field_dict["parallel_tool_calls"] = parallel_tool_calls
        field_dict["response_format"] = response_format
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if reasoning_effort is not UNSET:
            field_dict["reasoning_effort"] = reasoning_effort
        if tool_resources is not UNSET:
            field_dict["tool_resources"] = tool_resources
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        id = d.pop("id")
        object_ = d.pop("object")
        if object_ != "thread.run":
            raise ValueError(f"object must be 'thread.run', not {object_!r}")
        created_at = d.pop("created_at")
        thread_id = d.pop("thread_id")
        assistant_id = d.pop("assistant_id")
        status = RunStatus(d.pop("status"))

        required_action: None | RunRequiredAction
        _required_action_raw = d.pop("required_action")
        if _required_action_raw is None:
            required_action = None
        elif isinstance(_required_action_raw, dict):
            required_action = RunRequiredAction.from_dict(_required_action_raw)
        else:
            raise TypeError(f"required_action: no member of the union accepts {type(_required_action_raw).__name__}")

        last_error: None | RunLastError
        _last_error_raw = d.pop("last_error")
        if _last_error_raw is None:
            last_error = None
        elif isinstance(_last_error_raw, dict):
            last_error = RunLastError.from_dict(_last_error_raw)
        else:
            raise TypeError(f"last_error: no member of the union accepts {type(_last_error_raw).__name__}")

        expires_at: int | None
        _expires_at_raw = d.pop("expires_at")
        if isinstance(_expires_at_raw, int) and not isinstance(_expires_at_raw, bool):
            expires_at = _expires_at_raw
        elif _expires_at_raw is None:
            expires_at = None
        else:
            raise TypeError(f"expires_at: no member of the union accepts {type(_expires_at_raw).__name__}")

        started_at: int | None
        _started_at_raw = d.pop("started_at")
        if isinstance(_started_at_raw, int) and not isinstance(_started_at_raw, bool):
            started_at = _started_at_raw
        elif _started_at_raw is None:
            started_at = None
        else:
            raise TypeError(f"started_at: no member of the union accepts {type(_started_at_raw).__name__}")

        cancelled_at: int | None
        _cancelled_at_raw = d.pop("cancelled_at")
        if isinstance(_cancelled_at_raw, int) and not isinstance(_cancelled_at_raw, bool):
            cancelled_at = _cancelled_at_raw
        elif _cancelled_at_raw is None:
            cancelled_at = None
        else:
            raise TypeError(f"cancelled_at: no member of the union accepts {type(_cancelled_at_raw).__name__}")

        failed_at: int | None
        _failed_at_raw = d.pop("failed_at")
        if isinstance(_failed_at_raw, int) and not isinstance(_failed_at_raw, bool):
            failed_at = _failed_at_raw
        elif _failed_at_raw is None:
            failed_at = None
        else:
            raise TypeError(f"failed_at: no member of the union accepts {type(_failed_at_raw).__name__}")

        completed_at: int | None
        _completed_at_raw = d.pop("completed_at")
        if isinstance(_completed_at_raw, int) and not isinstance(_completed_at_raw, bool):
            completed_at = _completed_at_raw
        elif _completed_at_raw is None:
            completed_at = None
        else:
            raise TypeError(f"completed_at: no member of the union accepts {type(_completed_at_raw).__name__}")

        incomplete_details: None | RunIncompleteDetails
        _incomplete_details_raw = d.pop("incomplete_details")
        if _incomplete_details_raw is None:
            incomplete_details = None
        elif isinstance(_incomplete_details_raw, dict):
            incomplete_details = RunIncompleteDetails.from_dict(_incomplete_details_raw)
        else:
            raise TypeError(
                f"incomplete_details: no member of the union accepts {type(_incomplete_details_raw).__name__}"
            )

        model = d.pop("model")
        instructions = d.pop("instructions")
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

        usage: None | RunUsage
        _usage_raw = d.pop("usage")
        if _usage_raw is None:
            usage = None
        elif isinstance(_usage_raw, dict):
            usage = RunUsage.from_dict(_usage_raw)
        else:
            raise TypeError(f"usage: no member of the union accepts {type(_usage_raw).__name__}")

        max_prompt_tokens: int | None
        _max_prompt_tokens_raw = d.pop("max_prompt_tokens")
        if isinstance(_max_prompt_tokens_raw, int) and not isinstance(_max_prompt_tokens_raw, bool):
            max_prompt_tokens = _max_prompt_tokens_raw
        elif _max_prompt_tokens_raw is None:
            max_prompt_tokens = None
        else:
            raise TypeError(
                f"max_prompt_tokens: no member of the union accepts {type(_max_prompt_tokens_raw).__name__}"
            )

        max_completion_tokens: int | None
        _max_completion_tokens_raw = d.pop("max_completion_tokens")
        if isinstance(_max_completion_tokens_raw, int) and not isinstance(_max_completion_tokens_raw, bool):
            max_completion_tokens = _max_completion_tokens_raw
        elif _max_completion_tokens_raw is None:
            max_completion_tokens = None
        else:
            raise TypeError(
                f"max_completion_tokens: no member of the union accepts {type(_max_completion_tokens_raw).__name__}"
            )

        truncation_strategy: None | TruncationStrategy
        _truncation_strategy_raw = d.pop("truncation_strategy")
        if _truncation_strategy_raw is None:
            truncation_strategy = None
        elif isinstance(_truncation_strategy_raw, dict):
            truncation_strategy = TruncationStrategy.from_dict(_truncation_strategy_raw)
        else:
            raise TypeError(
                f"truncation_strategy: no member of the union accepts {type(_truncation_strategy_raw).__name__}"
            )

        tool_choice: NamedToolChoice | None | ToolChoiceMode
        _tool_choice_raw = d.pop("tool_choice")
        if isinstance(_tool_choice_raw, str):
            tool_choice = ToolChoiceMode(_tool_choice_raw)
        elif _tool_choice_raw is None:
            tool_choice = None
        elif isinstance(_tool_choice_raw, dict):
            tool_choice = NamedToolChoice.from_dict(_tool_choice_raw)
        else:
            raise TypeError(f"tool_choice: no member of the union accepts {type(_tool_choice_raw).__name__}")

        parallel_tool_calls = d.pop("parallel_tool_calls")
        response_format: (
            None
            | ResponseFormatAuto
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | UnknownResponseFormat
        )
        _response_format_raw = d.pop("response_format")
        _response_format_tag = _response_format_raw.get("type") if type(_response_format_raw) is dict else None
        if isinstance(_response_format_raw, str):
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

        obj = cls(
            id=id,
            object_=object_,
            created_at=created_at,
            thread_id=thread_id,
            assistant_id=assistant_id,
            status=status,
            required_action=required_action,
            last_error=last_error,
            expires_at=expires_at,
            started_at=started_at,
            cancelled_at=cancelled_at,
            failed_at=failed_at,
            completed_at=completed_at,
            incomplete_details=incomplete_details,
            model=model,
            instructions=instructions,
            tools=tools,
            metadata=metadata,
            usage=usage,
            max_prompt_tokens=max_prompt_tokens,
            max_completion_tokens=max_completion_tokens,
            truncation_strategy=truncation_strategy,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            response_format=response_format,
            temperature=temperature,
            top_p=top_p,
            reasoning_effort=reasoning_effort,
            tool_resources=tool_resources,
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
from ..models.named_tool_choice import NamedToolChoice
from ..models.open_api_tool import OpenApiTool
from ..models.response_format_json_object import ResponseFormatJsonObject
from ..models.response_format_json_schema import ResponseFormatJsonSchema
from ..models.response_format_text import ResponseFormatText
from ..models.retrieval_tool import RetrievalTool
from ..models.run_incomplete_details import RunIncompleteDetails
from ..models.run_last_error import RunLastError
from ..models.run_required_action import RunRequiredAction
from ..models.run_usage import RunUsage
from ..models.sharepoint_grounding_tool import SharepointGroundingTool
from ..models.tool_resources import ToolResources
from ..models.truncation_strategy import TruncationStrategy
from ..models.unknown_response_format import UnknownResponseFormat
from ..models.unknown_tool import UnknownTool
