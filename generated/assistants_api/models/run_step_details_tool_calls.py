from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.run_step_code_interpreter_tool_call import RunStepCodeInterpreterToolCall
    from ..models.run_step_file_search_tool_call import RunStepFileSearchToolCall
    from ..models.run_step_function_tool_call import RunStepFunctionToolCall
    from ..models.unknown_run_step_tool_call import UnknownRunStepToolCall


T = TypeVar("T", bound="RunStepDetailsToolCalls")


@_attrs_define
class RunStepDetailsToolCalls:
    """Details of a step that called tools."""

    type_: Literal["tool_calls"]
    """ Always `tool_calls`. """
    tool_calls: list[
        RunStepCodeInterpreterToolCall | RunStepFileSearchToolCall | RunStepFunctionToolCall | UnknownRunStepToolCall
    ]
    """ The calls made in this step. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.run_step_code_interpreter_tool_call import RunStepCodeInterpreterToolCall
        from ..models.run_step_file_search_tool_call import RunStepFileSearchToolCall
        from ..models.run_step_function_tool_call import RunStepFunctionToolCall

        type_ = self.type_

        tool_calls = []
        for tool_calls_item_data in self.tool_calls:
            tool_calls_item: dict[str, Any]
            if (
                isinstance(tool_calls_item_data, RunStepCodeInterpreterToolCall)
                or isinstance(tool_calls_item_data, RunStepFileSearchToolCall)
                or isinstance(tool_calls_item_data, RunStepFunctionToolCall)
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
                "tool_calls": tool_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.run_step_code_interpreter_tool_call import RunStepCodeInterpreterToolCall
        from ..models.run_step_file_search_tool_call import RunStepFileSearchToolCall
        from ..models.run_step_function_tool_call import RunStepFunctionToolCall
        from ..models.unknown_run_step_tool_call import UnknownRunStepToolCall

        d = dict(src_dict)
        type_ = cast(Literal["tool_calls"], d.pop("type"))
        if type_ != "tool_calls":
            raise ValueError(f"type must match const 'tool_calls', got '{type_}'")

        tool_calls = []
        _tool_calls = d.pop("tool_calls")
        for tool_calls_item_data in _tool_calls:

            def _parse_tool_calls_item(
                data: object,
            ) -> (
                RunStepCodeInterpreterToolCall
                | RunStepFileSearchToolCall
                | RunStepFunctionToolCall
                | UnknownRunStepToolCall
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_run_step_tool_call_type_0 = RunStepCodeInterpreterToolCall.from_dict(data)

                    return componentsschemas_run_step_tool_call_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_run_step_tool_call_type_1 = RunStepFileSearchToolCall.from_dict(data)

                    return componentsschemas_run_step_tool_call_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_run_step_tool_call_type_2 = RunStepFunctionToolCall.from_dict(data)

                    return componentsschemas_run_step_tool_call_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_run_step_tool_call_type_3 = UnknownRunStepToolCall.from_dict(data)

                return componentsschemas_run_step_tool_call_type_3

            tool_calls_item = _parse_tool_calls_item(tool_calls_item_data)

            tool_calls.append(tool_calls_item)

        run_step_details_tool_calls = cls(
            type_=type_,
            tool_calls=tool_calls,
        )

        run_step_details_tool_calls.additional_properties = d
        return run_step_details_tool_calls

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
