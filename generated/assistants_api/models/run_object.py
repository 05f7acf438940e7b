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
        "thread_id",
        "assistant_id",
        "status",
        "required_action",
        "last_error",
        "expires_at",
        "started_at",
        "cancelled_at",
        "failed_at",
        "completed_at",
        "incomplete_details",
        "model",
        "instructions",
        "tools",
        "metadata",
        "usage",
        "max_prompt_tokens",
        "max_completion_tokens",
        "truncation_strategy",
        "tool_choice",
        "parallel_tool_calls",
        "response_format",
        "temperature",
        "top_p",
        "reasoning_effort",
        "tool_resources",
    )
)

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

    object: Literal["thread.run"]
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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        id = self.id
        object_ = self.object
        created_at = self.created_at
        thread_id = self.thread_id
        assistant_id = self.assistant_id
        status = self.status.value if isinstance(self.status, RunStatus) else self.status

        required_action: dict[str, Any] | None
        if isinstance(self.required_action, RunRequiredAction):
            required_action = (
                self.required_action.to_dict()
                if isinstance(self.required_action, RunRequiredAction)
                else self.required_action
            )

        else:
            required_action = self.required_action

        last_error: dict[str, Any] | None
        if isinstance(self.last_error, RunLastError):
            last_error = self.last_error.to_dict() if isinstance(self.last_error, RunLastError) else self.last_error

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
            incomplete_details = (
                self.incomplete_details.to_dict()
                if isinstance(self.incomplete_details, RunIncompleteDetails)
                else self.incomplete_details
            )

        else:
            incomplete_details = self.incomplete_details

        model = self.model
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

        usage: dict[str, Any] | None
        if isinstance(self.usage, RunUsage):
            usage = self.usage.to_dict() if isinstance(self.usage, RunUsage) else self.usage

        else:
            usage = self.usage

        max_prompt_tokens: int | None
        max_prompt_tokens = self.max_prompt_tokens

        max_completion_tokens: int | None
        max_completion_tokens = self.max_completion_tokens

        truncation_strategy: dict[str, Any] | None
        if isinstance(self.truncation_strategy, TruncationStrategy):
            truncation_strategy = (
                self.truncation_strategy.to_dict()
                if isinstance(self.truncation_strategy, TruncationStrategy)
                else self.truncation_strategy
            )

        else:
            truncation_strategy = self.truncation_strategy

        tool_choice: dict[str, Any] | None | str
        if isinstance(self.tool_choice, ToolChoiceMode):
            tool_choice = self.tool_choice.value if isinstance(self.tool_choice, ToolChoiceMode) else self.tool_choice

        elif isinstance(self.tool_choice, NamedToolChoice):
            tool_choice = (
                self.tool_choice.to_dict() if isinstance(self.tool_choice, NamedToolChoice) else self.tool_choice
            )

        else:
            tool_choice = self.tool_choice

        parallel_tool_calls = self.parallel_tool_calls
        response_format: dict[str, Any] | None | str
        if isinstance(self.response_format, ResponseFormatAuto):
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
            reasoning_effort = (
                self.reasoning_effort.value
                if isinstance(self.reasoning_effort, ReasoningEffort)
                else self.reasoning_effort
            )

        else:
            reasoning_effort = self.reasoning_effort

        tool_resources: dict[str, Any] | None | Unset
        if isinstance(self.tool_resources, Unset):
            tool_resources = UNSET
        elif isinstance(self.tool_resources, ToolResources):
            tool_resources = (
                self.tool_resources.to_dict() if isinstance(self.tool_resources, ToolResources) else self.tool_resources
            )

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
                if _strict and object_ != "thread.run":
                    raise InvalidValue("expected 'thread.run'")
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

            _at = "thread_id"
            thread_id = src_dict.get("thread_id", MISSING)
            if thread_id is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "thread_id"]
                thread_id = None
            else:
                if _strict and not (type(thread_id) is str):
                    raise expected("string", thread_id)

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

            _at = "status"
            status = src_dict.get("status", MISSING)
            if status is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "status"]
                status = None
            else:
                if type(status) is str:
                    _status_member = RunStatus._value2member_map_.get(status)
                    if _status_member is not None:
                        status = _status_member
                    elif _strict:
                        raise InvalidValue("not a value of RunStatus")
                    else:
                        status = RunStatus(status)
                elif _strict:
                    raise expected("string", status)

            _at = "required_action"
            required_action = src_dict.get("required_action", MISSING)
            if required_action is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "required_action"]
                required_action = None
            else:
                if required_action is None:
                    pass
                elif type(required_action) is dict:
                    required_action = RunRequiredAction.from_dict(required_action, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(required_action))

            _at = "last_error"
            last_error = src_dict.get("last_error", MISSING)
            if last_error is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "last_error"]
                last_error = None
            else:
                if last_error is None:
                    pass
                elif type(last_error) is dict:
                    last_error = RunLastError.from_dict(last_error, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(last_error))

            _at = "expires_at"
            expires_at = src_dict.get("expires_at", MISSING)
            if expires_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "expires_at"]
                expires_at = None
            else:
                if _strict and not (is_integer(expires_at) or expires_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(expires_at))

            _at = "started_at"
            started_at = src_dict.get("started_at", MISSING)
            if started_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "started_at"]
                started_at = None
            else:
                if _strict and not (is_integer(started_at) or started_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(started_at))

            _at = "cancelled_at"
            cancelled_at = src_dict.get("cancelled_at", MISSING)
            if cancelled_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "cancelled_at"]
                cancelled_at = None
            else:
                if _strict and not (is_integer(cancelled_at) or cancelled_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(cancelled_at))

            _at = "failed_at"
            failed_at = src_dict.get("failed_at", MISSING)
            if failed_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "failed_at"]
                failed_at = None
            else:
                if _strict and not (is_integer(failed_at) or failed_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(failed_at))

            _at = "completed_at"
            completed_at = src_dict.get("completed_at", MISSING)
            if completed_at is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "completed_at"]
                completed_at = None
            else:
                if _strict and not (is_integer(completed_at) or completed_at is None):
                    raise InvalidValue("expected integer or null, got " + json_type(completed_at))

            _at = "incomplete_details"
            incomplete_details = src_dict.get("incomplete_details", MISSING)
            if incomplete_details is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "incomplete_details"]
                incomplete_details = None
            else:
                if incomplete_details is None:
                    pass
                elif type(incomplete_details) is dict:
                    incomplete_details = RunIncompleteDetails.from_dict(incomplete_details, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(incomplete_details))

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
                if _strict and not (type(instructions) is str):
                    raise expected("string", instructions)

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

            _at = "usage"
            usage = src_dict.get("usage", MISSING)
            if usage is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "usage"]
                usage = None
            else:
                if usage is None:
                    pass
                elif type(usage) is dict:
                    usage = RunUsage.from_dict(usage, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(usage))

            _at = "max_prompt_tokens"
            max_prompt_tokens = src_dict.get("max_prompt_tokens", MISSING)
            if max_prompt_tokens is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "max_prompt_tokens"]
                max_prompt_tokens = None
            else:
                if _strict and not (is_integer(max_prompt_tokens) or max_prompt_tokens is None):
                    raise InvalidValue("expected integer or null, got " + json_type(max_prompt_tokens))

            _at = "max_completion_tokens"
            max_completion_tokens = src_dict.get("max_completion_tokens", MISSING)
            if max_completion_tokens is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "max_completion_tokens"]
                max_completion_tokens = None
            else:
                if _strict and not (is_integer(max_completion_tokens) or max_completion_tokens is None):
                    raise InvalidValue("expected integer or null, got " + json_type(max_completion_tokens))

            _at = "truncation_strategy"
            truncation_strategy = src_dict.get("truncation_strategy", MISSING)
            if truncation_strategy is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "truncation_strategy"]
                truncation_strategy = None
            else:
                if truncation_strategy is None:
                    pass
                elif type(truncation_strategy) is dict:
                    truncation_strategy = TruncationStrategy.from_dict(truncation_strategy, _strict)
                elif _strict:
                    raise InvalidValue("expected null or object, got " + json_type(truncation_strategy))

            _at = "tool_choice"
            tool_choice = src_dict.get("tool_choice", MISSING)
            if tool_choice is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "tool_choice"]
                tool_choice = None
            else:
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

            _at = "parallel_tool_calls"
            parallel_tool_calls = src_dict.get("parallel_tool_calls", MISSING)
            if parallel_tool_calls is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "parallel_tool_calls"]
                parallel_tool_calls = None
            else:
                if _strict and not (type(parallel_tool_calls) is bool):
                    raise expected("boolean", parallel_tool_calls)

            _at = "response_format"
            response_format = src_dict.get("response_format", MISSING)
            if response_format is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "response_format"]
                response_format = None
            else:
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
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 29 - _absent - (0 if _missing is None else len(_missing)):
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
        _obj.thread_id = thread_id
        _obj.assistant_id = assistant_id
        _obj.status = status
        _obj.required_action = required_action
        _obj.last_error = last_error
        _obj.expires_at = expires_at
        _obj.started_at = started_at
        _obj.cancelled_at = cancelled_at
        _obj.failed_at = failed_at
        _obj.completed_at = completed_at
        _obj.incomplete_details = incomplete_details
        _obj.model = model
        _obj.instructions = instructions
        _obj.tools = tools
        _obj.metadata = metadata
        _obj.usage = usage
        _obj.max_prompt_tokens = max_prompt_tokens
        _obj.max_completion_tokens = max_completion_tokens
        _obj.truncation_strategy = truncation_strategy
        _obj.tool_choice = tool_choice
        _obj.parallel_tool_calls = parallel_tool_calls
        _obj.response_format = response_format
        _obj.temperature = temperature
        _obj.top_p = top_p
        _obj.reasoning_effort = reasoning_effort
        _obj.tool_resources = tool_resources
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
