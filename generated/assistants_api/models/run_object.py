from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reasoning_effort import ReasoningEffort
from ..models.response_format_auto import ResponseFormatAuto
from ..models.run_status import RunStatus
from ..models.tool_choice_mode import ToolChoiceMode
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.code_interpreter_tool import CodeInterpreterTool
    from ..models.file_search_tool import FileSearchTool
    from ..models.function_tool import FunctionTool
    from ..models.metadata import Metadata
    from ..models.named_tool_choice import NamedToolChoice
    from ..models.response_format_json_object import ResponseFormatJsonObject
    from ..models.response_format_json_schema import ResponseFormatJsonSchema
    from ..models.response_format_text import ResponseFormatText
    from ..models.retrieval_tool import RetrievalTool
    from ..models.run_incomplete_details import RunIncompleteDetails
    from ..models.run_last_error import RunLastError
    from ..models.run_required_action import RunRequiredAction
    from ..models.run_usage import RunUsage
    from ..models.tool_resources import ToolResources
    from ..models.truncation_strategy import TruncationStrategy
    from ..models.unknown_response_format import UnknownResponseFormat
    from ..models.unknown_tool import UnknownTool


T = TypeVar("T", bound="RunObject")


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
    tools: list[CodeInterpreterTool | FileSearchTool | FunctionTool | RetrievalTool | UnknownTool]
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
        from ..models.run_incomplete_details import RunIncompleteDetails
        from ..models.run_last_error import RunLastError
        from ..models.run_required_action import RunRequiredAction
        from ..models.run_usage import RunUsage
        from ..models.tool_resources import ToolResources
        from ..models.truncation_strategy import TruncationStrategy
        from ..models.unknown_response_format import UnknownResponseFormat

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
        field_dict.update(
            {
                "id": id,
                "object": object_,
                "created_at": created_at,
                "thread_id": thread_id,
                "assistant_id": assistant_id,
                "status": status,
                "required_action": required_action,
                "last_error": last_error,
                "expires_at": expires_at,
                "started_at": started_at,
                "cancelled_at": cancelled_at,
                "failed_at": failed_at,
                "completed_at": completed_at,
                "incomplete_details": incomplete_details,
                "model": model,
                "instructions": instructions,
                "tools": tools,
                "metadata": metadata,
                "usage": usage,
                "max_prompt_tokens": max_prompt_tokens,
                "max_completion_tokens": max_completion_tokens,
                "truncation_strategy": truncation_strategy,
                "tool_choice": tool_choice,
                "parallel_tool_calls": parallel_tool_calls,
                "response_format": response_format,
            }
        )
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
        from ..models.code_interpreter_tool import CodeInterpreterTool
        from ..models.file_search_tool import FileSearchTool
        from ..models.function_tool import FunctionTool
        from ..models.metadata import Metadata
        from ..models.named_tool_choice import NamedToolChoice
        from ..models.response_format_json_object import ResponseFormatJsonObject
        from ..models.response_format_json_schema import ResponseFormatJsonSchema
        from ..models.response_format_text import ResponseFormatText
        from ..models.retrieval_tool import RetrievalTool
        from ..models.run_incomplete_details import RunIncompleteDetails
        from ..models.run_last_error import RunLastError
        from ..models.run_required_action import RunRequiredAction
        from ..models.run_usage import RunUsage
        from ..models.tool_resources import ToolResources
        from ..models.truncation_strategy import TruncationStrategy
        from ..models.unknown_response_format import UnknownResponseFormat
        from ..models.unknown_tool import UnknownTool

        d = dict(src_dict)
        id = d.pop("id")

        object_ = cast(Literal["thread.run"], d.pop("object"))
        if object_ != "thread.run":
            raise ValueError(f"object must match const 'thread.run', got '{object_}'")

        created_at = d.pop("created_at")

        thread_id = d.pop("thread_id")

        assistant_id = d.pop("assistant_id")

        status = RunStatus(d.pop("status"))

        def _parse_required_action(data: object) -> None | RunRequiredAction:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_action_type_0 = RunRequiredAction.from_dict(data)

                return required_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunRequiredAction, data)

        required_action = _parse_required_action(d.pop("required_action"))

        def _parse_last_error(data: object) -> None | RunLastError:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_error_type_0 = RunLastError.from_dict(data)

                return last_error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunLastError, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_expires_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        expires_at = _parse_expires_at(d.pop("expires_at"))

        def _parse_started_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_cancelled_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        cancelled_at = _parse_cancelled_at(d.pop("cancelled_at"))

        def _parse_failed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        failed_at = _parse_failed_at(d.pop("failed_at"))

        def _parse_completed_at(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        completed_at = _parse_completed_at(d.pop("completed_at"))

        def _parse_incomplete_details(data: object) -> None | RunIncompleteDetails:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                incomplete_details_type_0 = RunIncompleteDetails.from_dict(data)

                return incomplete_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunIncompleteDetails, data)

        incomplete_details = _parse_incomplete_details(d.pop("incomplete_details"))

        model = d.pop("model")

        instructions = d.pop("instructions")

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

        def _parse_usage(data: object) -> None | RunUsage:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = RunUsage.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RunUsage, data)

        usage = _parse_usage(d.pop("usage"))

        def _parse_max_prompt_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_prompt_tokens = _parse_max_prompt_tokens(d.pop("max_prompt_tokens"))

        def _parse_max_completion_tokens(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        max_completion_tokens = _parse_max_completion_tokens(d.pop("max_completion_tokens"))

        def _parse_truncation_strategy(data: object) -> None | TruncationStrategy:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                truncation_strategy_type_0 = TruncationStrategy.from_dict(data)

                return truncation_strategy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TruncationStrategy, data)

        truncation_strategy = _parse_truncation_strategy(d.pop("truncation_strategy"))

        def _parse_tool_choice(data: object) -> NamedToolChoice | None | ToolChoiceMode:
            if data is None:
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
            return cast(NamedToolChoice | None | ToolChoiceMode, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice"))

        parallel_tool_calls = d.pop("parallel_tool_calls")

        def _parse_response_format(
            data: object,
        ) -> (
            None
            | ResponseFormatAuto
            | ResponseFormatJsonObject
            | ResponseFormatJsonSchema
            | ResponseFormatText
            | UnknownResponseFormat
        ):
            if data is None:
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
                | UnknownResponseFormat,
                data,
            )

        response_format = _parse_response_format(d.pop("response_format"))

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

        run_object = cls(
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

        run_object.additional_properties = d
        return run_object

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
