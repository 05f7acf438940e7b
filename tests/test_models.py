"""The generated models: every example in the spec round-trips, and newer API data still decodes."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from assistants_api import models

from .spec import operations, schema_examples, spec

EXAMPLES = schema_examples()


def test_every_response_schema_has_an_example() -> None:
    schemas = spec()["components"]["schemas"]
    response_schemas = {op.response_schema for op in operations() if op.response_kind == "json"} | {"ErrorResponse"}
    # Each event schema (the union AssistantStreamEvent has its examples on its members).
    response_schemas |= {name for name in schemas if name.endswith("StreamEvent") and "properties" in schemas[name]}
    missing = sorted(name for name in response_schemas if not schemas[name].get("examples"))
    assert missing == []


@pytest.mark.parametrize(("name", "index", "example"), EXAMPLES, ids=[f"{n}[{i}]" for n, i, _ in EXAMPLES])
def test_example_round_trips(name: str, index: int, example: Any) -> None:
    model = getattr(models, name, None)
    if model is None or not hasattr(model, "from_dict"):
        pytest.skip(f"{name} is not an object model (a union or a scalar)")
    decoded = model.from_dict(copy.deepcopy(example))
    assert decoded.to_dict() == example


def run_example() -> dict[str, Any]:
    return copy.deepcopy(spec()["components"]["schemas"]["RunObject"]["examples"][0])


def test_unknown_fields_are_kept() -> None:
    data = run_example()
    data["brand_new_field"] = {"nested": [1, 2]}
    run = models.RunObject.from_dict(data)
    assert run.additional_properties["brand_new_field"] == {"nested": [1, 2]}
    assert run.to_dict() == data


def test_unknown_enum_value_is_kept_as_its_string() -> None:
    data = run_example()
    data["status"] = "hibernating"
    run = models.RunObject.from_dict(data)
    assert run.status == "hibernating"
    assert str(run.status) == "hibernating"
    assert run.to_dict()["status"] == "hibernating"
    # Known values are still the real members.
    assert models.RunStatus("completed") is models.RunStatus.COMPLETED


def test_unknown_tool_kind_is_kept_as_a_mapping() -> None:
    data = run_example()
    data["tools"].append({"type": "web_browser", "web_browser": {"max_pages": 3}})
    run = models.RunObject.from_dict(data)
    unknown = run.tools[-1]
    assert unknown.to_dict() == {"type": "web_browser", "web_browser": {"max_pages": 3}}
    assert unknown["web_browser"] == {"max_pages": 3}
    assert run.to_dict() == data


def test_unknown_content_part_and_step_type_decode() -> None:
    message = copy.deepcopy(spec()["components"]["schemas"]["MessageObject"]["examples"][0])
    message["content"].append({"type": "audio", "audio": {"id": "aud_1"}})
    decoded = models.MessageObject.from_dict(message)
    assert decoded.to_dict() == message

    step = copy.deepcopy(spec()["components"]["schemas"]["RunStepObject"]["examples"][0])
    step["type"] = "reasoning"
    step["step_details"] = {"type": "reasoning", "reasoning": {"summary": "..."}}
    decoded_step = models.RunStepObject.from_dict(step)
    assert decoded_step.type == "reasoning"
    assert decoded_step.to_dict() == step


def test_unknown_response_format_and_tool_choice_decode() -> None:
    data = run_example()
    data["response_format"] = {"type": "xml_schema", "xml_schema": {"root": "a"}}
    data["tool_choice"] = "sometimes"
    run = models.RunObject.from_dict(data)
    assert run.to_dict() == data
