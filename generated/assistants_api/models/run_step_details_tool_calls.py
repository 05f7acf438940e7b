from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field


@_attrs_define
class RunStepDetailsToolCalls:
    """Details of a step that called tools."""

    type_: Literal["tool_calls"]
    """ Always `tool_calls`. """

    tool_calls: list[
        RunStepAzureAISearchToolCall
        | RunStepAzureFunctionToolCall
        | RunStepBingCustomSearchToolCall
        | RunStepBingGroundingToolCall
        | RunStepCodeInterpreterToolCall
        | RunStepConnectedAgentToolCall
        | RunStepFabricDataAgentToolCall
        | RunStepFileSearchToolCall
        | RunStepFunctionToolCall
        | RunStepOpenApiToolCall
        | RunStepSharepointGroundingToolCall
        | UnknownRunStepToolCall
    ]
    """ The calls made in this step. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item: dict[str, Any]
            if (
                isinstance(tool_calls_item_data, RunStepCodeInterpreterToolCall)
                or isinstance(tool_calls_item_data, RunStepFileSearchToolCall)
                or isinstance(tool_calls_item_data, RunStepFunctionToolCall)
                or isinstance(tool_calls_item_data, RunStepAzureAISearchToolCall)
                or isinstance(tool_calls_item_data, RunStepBingGroundingToolCall)
                or isinstance(tool_calls_item_data, RunStepBingCustomSearchToolCall)
                or isinstance(tool_calls_item_data, RunStepSharepointGroundingToolCall)
                or isinstance(tool_calls_item_data, RunStepFabricDataAgentToolCall)
                or isinstance(tool_calls_item_data, RunStepOpenApiToolCall)
                or isinstance(tool_calls_item_data, RunStepAzureFunctionToolCall)
                or isinstance(tool_calls_item_data, RunStepConnectedAgentToolCall)
                or isinstance(tool_calls_item_data, UnknownRunStepToolCall)
            ):
                tool_calls_item = tool_calls_item_data.to_dict()
            else:
                tool_calls_item = tool_calls_item_data

            tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        field_dict["tool_calls"] = tool_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "tool_calls":
            raise ValueError(f"type must be 'tool_calls', not {type_!r}")
        tool_calls = []
        _tool_calls = d.pop("tool_calls")
        for tool_calls_item_data in _tool_calls:
            tool_calls_item: (
                RunStepAzureAISearchToolCall
                | RunStepAzureFunctionToolCall
                | RunStepBingCustomSearchToolCall
                | RunStepBingGroundingToolCall
                | RunStepCodeInterpreterToolCall
                | RunStepConnectedAgentToolCall
                | RunStepFabricDataAgentToolCall
                | RunStepFileSearchToolCall
                | RunStepFunctionToolCall
                | RunStepOpenApiToolCall
                | RunStepSharepointGroundingToolCall
                | UnknownRunStepToolCall
            )
            _tool_calls_item_raw = tool_calls_item_data
            _tool_calls_item_tag = _tool_calls_item_raw.get("type") if type(_tool_calls_item_raw) is dict else None
            if _tool_calls_item_tag == "code_interpreter":
                tool_calls_item = RunStepCodeInterpreterToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "file_search":
                tool_calls_item = RunStepFileSearchToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "function":
                tool_calls_item = RunStepFunctionToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "azure_ai_search":
                tool_calls_item = RunStepAzureAISearchToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "bing_grounding":
                tool_calls_item = RunStepBingGroundingToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "bing_custom_search":
                tool_calls_item = RunStepBingCustomSearchToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "sharepoint_grounding":
                tool_calls_item = RunStepSharepointGroundingToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "fabric_dataagent":
                tool_calls_item = RunStepFabricDataAgentToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "openapi":
                tool_calls_item = RunStepOpenApiToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "azure_function":
                tool_calls_item = RunStepAzureFunctionToolCall.from_dict(_tool_calls_item_raw)
            elif _tool_calls_item_tag == "connected_agent":
                tool_calls_item = RunStepConnectedAgentToolCall.from_dict(_tool_calls_item_raw)
            elif isinstance(_tool_calls_item_raw, dict):
                tool_calls_item = UnknownRunStepToolCall.from_dict(_tool_calls_item_raw)
            else:
                raise TypeError(
                    f"tool_calls_item: no member of the union accepts {type(_tool_calls_item_raw).__name__}"
                )

            tool_calls.append(tool_calls_item)

        obj = cls(
            type_=type_,
            tool_calls=tool_calls,
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
from ..models.run_step_azure_ai_search_tool_call import RunStepAzureAISearchToolCall
from ..models.run_step_azure_function_tool_call import RunStepAzureFunctionToolCall
from ..models.run_step_bing_custom_search_tool_call import RunStepBingCustomSearchToolCall
from ..models.run_step_bing_grounding_tool_call import RunStepBingGroundingToolCall
from ..models.run_step_code_interpreter_tool_call import RunStepCodeInterpreterToolCall
from ..models.run_step_connected_agent_tool_call import RunStepConnectedAgentToolCall
from ..models.run_step_fabric_data_agent_tool_call import RunStepFabricDataAgentToolCall
from ..models.run_step_file_search_tool_call import RunStepFileSearchToolCall
from ..models.run_step_function_tool_call import RunStepFunctionToolCall
from ..models.run_step_open_api_tool_call import RunStepOpenApiToolCall
from ..models.run_step_sharepoint_grounding_tool_call import RunStepSharepointGroundingToolCall
from ..models.unknown_run_step_tool_call import UnknownRunStepToolCall
