from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.run_step_delta_code_interpreter_tool_call import RunStepDeltaCodeInterpreterToolCall
    from ..models.run_step_delta_file_search_tool_call import RunStepDeltaFileSearchToolCall
    from ..models.run_step_delta_function_tool_call import RunStepDeltaFunctionToolCall
    from ..models.unknown_run_step_delta_tool_call import UnknownRunStepDeltaToolCall


T = TypeVar("T", bound="RunStepDeltaDetailsToolCalls")


@_attrs_define
class RunStepDeltaDetailsToolCalls:
    """Change of a tool call step."""

    type_: Literal["tool_calls"]
    """ Always `tool_calls`. """
    tool_calls: (
        list[
            RunStepDeltaCodeInterpreterToolCall
            | RunStepDeltaFileSearchToolCall
            | RunStepDeltaFunctionToolCall
            | UnknownRunStepDeltaToolCall
        ]
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_step_delta_code_interpreter_tool_call import RunStepDeltaCodeInterpreterToolCall
        from ..models.run_step_delta_file_search_tool_call import RunStepDeltaFileSearchToolCall
        from ..models.run_step_delta_function_tool_call import RunStepDeltaFunctionToolCall

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
                ):
                    tool_calls_item = tool_calls_item_data.to_dict()
                else:
                    tool_calls_item = tool_calls_item_data.to_dict()

                tool_calls.append(tool_calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_delta_code_interpreter_tool_call import RunStepDeltaCodeInterpreterToolCall
        from ..models.run_step_delta_file_search_tool_call import RunStepDeltaFileSearchToolCall
        from ..models.run_step_delta_function_tool_call import RunStepDeltaFunctionToolCall
        from ..models.unknown_run_step_delta_tool_call import UnknownRunStepDeltaToolCall

        d = dict(src_dict)
        type_ = cast(Literal["tool_calls"], d.pop("type"))
        if type_ != "tool_calls":
            raise ValueError(f"type must match const 'tool_calls', got '{type_}'")

        _tool_calls = d.pop("tool_calls", UNSET)
        tool_calls: (
            list[
                RunStepDeltaCodeInterpreterToolCall
                | RunStepDeltaFileSearchToolCall
                | RunStepDeltaFunctionToolCall
                | UnknownRunStepDeltaToolCall
            ]
            | Unset
        ) = UNSET
        if _tool_calls is not UNSET:
            tool_calls = []
            for tool_calls_item_data in _tool_calls:

                def _parse_tool_calls_item(
                    data: object,
                ) -> (
                    RunStepDeltaCodeInterpreterToolCall
                    | RunStepDeltaFileSearchToolCall
                    | RunStepDeltaFunctionToolCall
                    | UnknownRunStepDeltaToolCall
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_run_step_delta_tool_call_type_0 = (
                            RunStepDeltaCodeInterpreterToolCall.from_dict(data)
                        )

                        return componentsschemas_run_step_delta_tool_call_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_run_step_delta_tool_call_type_1 = RunStepDeltaFileSearchToolCall.from_dict(
                            data
                        )

                        return componentsschemas_run_step_delta_tool_call_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_run_step_delta_tool_call_type_2 = RunStepDeltaFunctionToolCall.from_dict(data)

                        return componentsschemas_run_step_delta_tool_call_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_run_step_delta_tool_call_type_3 = UnknownRunStepDeltaToolCall.from_dict(data)

                    return componentsschemas_run_step_delta_tool_call_type_3

                tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

                tool_calls.append(tool_calls_item)

        run_step_delta_details_tool_calls = cls(
            type_=type_,
            tool_calls=tool_calls,
        )

        run_step_delta_details_tool_calls.additional_properties = d
        return run_step_delta_details_tool_calls

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
