from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaDetailsToolCalls:
    """Change of a tool call step."""

    type_: Literal["tool_calls"]
    """ Always `tool_calls`. """

    tool_calls: (
        list[
            RunStepDeltaAzureAISearchToolCall
            | RunStepDeltaAzureFunctionToolCall
            | RunStepDeltaBingCustomSearchToolCall
            | RunStepDeltaBingGroundingToolCall
            | RunStepDeltaCodeInterpreterToolCall
            | RunStepDeltaConnectedAgentToolCall
            | RunStepDeltaFabricDataAgentToolCall
            | RunStepDeltaFileSearchToolCall
            | RunStepDeltaFunctionToolCall
            | RunStepDeltaOpenApiToolCall
            | RunStepDeltaSharepointGroundingToolCall
            | UnknownRunStepDeltaToolCall
        ]
        | Unset
    ) = UNSET

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type_
        tool_calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_calls, Unset):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                tool_calls_item: dict[str, Any]
                if (
                    isinstance(tool_calls_item_data, RunStepDeltaCodeInterpreterToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaFileSearchToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaFunctionToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaAzureAISearchToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaBingGroundingToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaBingCustomSearchToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaSharepointGroundingToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaFabricDataAgentToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaOpenApiToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaAzureFunctionToolCall)
                    or isinstance(tool_calls_item_data, RunStepDeltaConnectedAgentToolCall)
                    or isinstance(tool_calls_item_data, UnknownRunStepDeltaToolCall)
                ):
                    tool_calls_item = tool_calls_item_data.to_dict()
                else:
                    tool_calls_item = tool_calls_item_data

                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        type_ = d.pop("type")
        if type_ != "tool_calls":
            raise ValueError(f"type must be 'tool_calls', not {type_!r}")
        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: (
            list[
                RunStepDeltaAzureAISearchToolCall
                | RunStepDeltaAzureFunctionToolCall
                | RunStepDeltaBingCustomSearchToolCall
                | RunStepDeltaBingGroundingToolCall
                | RunStepDeltaCodeInterpreterToolCall
                | RunStepDeltaConnectedAgentToolCall
                | RunStepDeltaFabricDataAgentToolCall
                | RunStepDeltaFileSearchToolCall
                | RunStepDeltaFunctionToolCall
                | RunStepDeltaOpenApiToolCall
                | RunStepDeltaSharepointGroundingToolCall
                | UnknownRunStepDeltaToolCall
            ]
            | Unset
        ) = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:
                tool_calls_item: (
                    RunStepDeltaAzureAISearchToolCall
                    | RunStepDeltaAzureFunctionToolCall
                    | RunStepDeltaBingCustomSearchToolCall
                    | RunStepDeltaBingGroundingToolCall
                    | RunStepDeltaCodeInterpreterToolCall
                    | RunStepDeltaConnectedAgentToolCall
                    | RunStepDeltaFabricDataAgentToolCall
                    | RunStepDeltaFileSearchToolCall
                    | RunStepDeltaFunctionToolCall
                    | RunStepDeltaOpenApiToolCall
                    | RunStepDeltaSharepointGroundingToolCall
                    | UnknownRunStepDeltaToolCall
                )
                _tool_calls_item_raw = tool_calls_item_data
                _tool_calls_item_tag = _tool_calls_item_raw.get("type") if type(_tool_calls_item_raw) is dict else None
                if _tool_calls_item_tag == "code_interpreter":
                    tool_calls_item = RunStepDeltaCodeInterpreterToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "file_search":
                    tool_calls_item = RunStepDeltaFileSearchToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "function":
                    tool_calls_item = RunStepDeltaFunctionToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "azure_ai_search":
                    tool_calls_item = RunStepDeltaAzureAISearchToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "bing_grounding":
                    tool_calls_item = RunStepDeltaBingGroundingToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "bing_custom_search":
                    tool_calls_item = RunStepDeltaBingCustomSearchToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "sharepoint_grounding":
                    tool_calls_item = RunStepDeltaSharepointGroundingToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "fabric_dataagent":
                    tool_calls_item = RunStepDeltaFabricDataAgentToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "openapi":
                    tool_calls_item = RunStepDeltaOpenApiToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "azure_function":
                    tool_calls_item = RunStepDeltaAzureFunctionToolCall.from_dict(_tool_calls_item_raw)
                elif _tool_calls_item_tag == "connected_agent":
                    tool_calls_item = RunStepDeltaConnectedAgentToolCall.from_dict(_tool_calls_item_raw)
                elif isinstance(_tool_calls_item_raw, dict):
                    tool_calls_item = UnknownRunStepDeltaToolCall.from_dict(_tool_calls_item_raw)
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
from ..models.run_step_delta_azure_ai_search_tool_call import RunStepDeltaAzureAISearchToolCall
from ..models.run_step_delta_azure_function_tool_call import RunStepDeltaAzureFunctionToolCall
from ..models.run_step_delta_bing_custom_search_tool_call import RunStepDeltaBingCustomSearchToolCall
from ..models.run_step_delta_bing_grounding_tool_call import RunStepDeltaBingGroundingToolCall
from ..models.run_step_delta_code_interpreter_tool_call import RunStepDeltaCodeInterpreterToolCall
from ..models.run_step_delta_connected_agent_tool_call import RunStepDeltaConnectedAgentToolCall
from ..models.run_step_delta_fabric_data_agent_tool_call import RunStepDeltaFabricDataAgentToolCall
from ..models.run_step_delta_file_search_tool_call import RunStepDeltaFileSearchToolCall
from ..models.run_step_delta_function_tool_call import RunStepDeltaFunctionToolCall
from ..models.run_step_delta_open_api_tool_call import RunStepDeltaOpenApiToolCall
from ..models.run_step_delta_sharepoint_grounding_tool_call import RunStepDeltaSharepointGroundingToolCall
from ..models.unknown_run_step_delta_tool_call import UnknownRunStepDeltaToolCall
