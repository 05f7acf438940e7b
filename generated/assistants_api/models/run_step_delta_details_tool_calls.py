from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from assistants_core.types import MISSING, UNSET, InvalidValue, Unset, expected, json_type
from attrs import define as _attrs_define
from attrs import field as _attrs_field

_new = object.__new__
_FIELDS = frozenset(
    (
        "type",
        "tool_calls",
    )
)

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaDetailsToolCalls:
    """Change of a tool call step."""

    type: Literal["tool_calls"]
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
    missing_fields: tuple[str, ...] = _attrs_field(init=False, default=())
    """Required fields the answer left out (they read as None); empty for a complete answer."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        type_ = self.type
        tool_calls: Any
        if isinstance(self.tool_calls, list):
            tool_calls = []
            for tool_calls_item_data in self.tool_calls:
                if isinstance(tool_calls_item_data, RunStepDeltaCodeInterpreterToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaCodeInterpreterToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaFileSearchToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaFileSearchToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaFunctionToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaFunctionToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaAzureAISearchToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaAzureAISearchToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaBingGroundingToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaBingGroundingToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaBingCustomSearchToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaBingCustomSearchToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaSharepointGroundingToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaSharepointGroundingToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaFabricDataAgentToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaFabricDataAgentToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaOpenApiToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaOpenApiToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaAzureFunctionToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaAzureFunctionToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, RunStepDeltaConnectedAgentToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, RunStepDeltaConnectedAgentToolCall)
                        else tool_calls_item_data
                    )

                elif isinstance(tool_calls_item_data, UnknownRunStepDeltaToolCall):
                    tool_calls_item = (
                        tool_calls_item_data.to_dict()
                        if isinstance(tool_calls_item_data, UnknownRunStepDeltaToolCall)
                        else tool_calls_item_data
                    )

                else:
                    tool_calls_item = tool_calls_item_data

                tool_calls.append(tool_calls_item)
        else:
            tool_calls = self.tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["type"] = type_
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
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
            _at = "type"
            type_ = src_dict.get("type", MISSING)
            if type_ is MISSING:
                if _strict:
                    raise InvalidValue("required field is missing")
                _missing = [*(_missing or ()), "type"]
                type_ = None
            else:
                if _strict and type_ != "tool_calls":
                    raise InvalidValue("expected 'tool_calls'")
            _at = "tool_calls"
            tool_calls = src_dict.get("tool_calls", UNSET)
            if tool_calls is not UNSET:
                if type(tool_calls) is list:
                    _tool_calls_items = tool_calls
                    tool_calls = []
                    try:
                        for tool_calls_item_data in _tool_calls_items:
                            tool_calls_item = tool_calls_item_data
                            _tool_calls_item_tag = (
                                tool_calls_item.get("type") if type(tool_calls_item) is dict else None
                            )
                            if _tool_calls_item_tag == "code_interpreter":
                                tool_calls_item = RunStepDeltaCodeInterpreterToolCall.from_dict(
                                    tool_calls_item, _strict
                                )
                            elif _tool_calls_item_tag == "file_search":
                                tool_calls_item = RunStepDeltaFileSearchToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "function":
                                tool_calls_item = RunStepDeltaFunctionToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "azure_ai_search":
                                tool_calls_item = RunStepDeltaAzureAISearchToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "bing_grounding":
                                tool_calls_item = RunStepDeltaBingGroundingToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "bing_custom_search":
                                tool_calls_item = RunStepDeltaBingCustomSearchToolCall.from_dict(
                                    tool_calls_item, _strict
                                )
                            elif _tool_calls_item_tag == "sharepoint_grounding":
                                tool_calls_item = RunStepDeltaSharepointGroundingToolCall.from_dict(
                                    tool_calls_item, _strict
                                )
                            elif _tool_calls_item_tag == "fabric_dataagent":
                                tool_calls_item = RunStepDeltaFabricDataAgentToolCall.from_dict(
                                    tool_calls_item, _strict
                                )
                            elif _tool_calls_item_tag == "openapi":
                                tool_calls_item = RunStepDeltaOpenApiToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "azure_function":
                                tool_calls_item = RunStepDeltaAzureFunctionToolCall.from_dict(tool_calls_item, _strict)
                            elif _tool_calls_item_tag == "connected_agent":
                                tool_calls_item = RunStepDeltaConnectedAgentToolCall.from_dict(tool_calls_item, _strict)
                            elif type(tool_calls_item) is dict:
                                tool_calls_item = UnknownRunStepDeltaToolCall.from_dict(tool_calls_item, _strict)
                            elif _strict:
                                raise InvalidValue("expected object, got " + json_type(tool_calls_item))

                            tool_calls.append(tool_calls_item)
                    except InvalidValue as _error:
                        raise _error.at(len(tool_calls)) from None
                elif _strict:
                    raise expected("array", tool_calls)
            else:
                _absent += 1
            # Only when the object has more keys than the fields found here is there anything
            # the spec does not name (usually there is not, and nothing is copied).
            if len(src_dict) == 2 - _absent - (0 if _missing is None else len(_missing)):
                d: dict[str, Any] = {}
            else:
                d = {key: value for key, value in src_dict.items() if key not in _FIELDS}
        except InvalidValue as _error:
            raise _error.at(_at) from None

        # Filled in directly rather than through __init__: each slot is stored once, and no
        # default is built only to be replaced (decoding is on every call's path).
        _obj = _new(cls)
        _obj.type = type_
        _obj.tool_calls = tool_calls
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
