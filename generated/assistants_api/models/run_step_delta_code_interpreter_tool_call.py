from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


@_attrs_define
class RunStepDeltaCodeInterpreterToolCall:
    """Change of a code interpreter call."""

    index: int
    """ Position of the call in the step's tool call list. """

    type_: Literal["code_interpreter"]
    """ Always `code_interpreter`. """

    id: str | Unset = UNSET
    """ ID of the call. """

    code_interpreter: CodeInterpreterCallDelta | Unset = UNSET
    """ Code and outputs arriving in a delta. """

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    """Fields the spec does not (yet) describe, kept as they came."""

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON data, as the API sends it."""
        index = self.index
        type_ = self.type_
        id = self.id
        code_interpreter: dict[str, Any] | Unset = UNSET
        if not isinstance(self.code_interpreter, Unset):
            code_interpreter = self.code_interpreter.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict["index"] = index
        field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if code_interpreter is not UNSET:
            field_dict["code_interpreter"] = code_interpreter
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode JSON data; a missing required field raises KeyError, a wrong kind ValueError/TypeError."""
        d = dict(src_dict)
        index = d.pop("index")
        type_ = d.pop("type")
        if type_ != "code_interpreter":
            raise ValueError(f"type must be 'code_interpreter', not {type_!r}")
        id = d.pop("id", UNSET)
        _code_interpreter = d.pop("code_interpreter", UNSET)
        code_interpreter: CodeInterpreterCallDelta | Unset
        if isinstance(_code_interpreter, Unset):
            code_interpreter = UNSET
        else:
            code_interpreter = CodeInterpreterCallDelta.from_dict(_code_interpreter)

        obj = cls(
            index=index,
            type_=type_,
            id=id,
            code_interpreter=code_interpreter,
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
from ..models.code_interpreter_call_delta import CodeInterpreterCallDelta
