"""function_tool: JSON schemas from type hints and docstrings; the tool loop's side (arguments
converted to the annotated types, results encoded). No server: the loop's I/O is tested in
test_ported_examples.py."""

from __future__ import annotations

import dataclasses
import enum
import json
from collections.abc import Sequence
from typing import Annotated, Any, Literal, NotRequired, Optional, TypedDict, Union

import attrs
import jsonschema
import pytest
from assistants_client import ToolArgumentsError, ToolDefinitionError, function_tool
from assistants_client._runcore import ToolLoop
from assistants_client._toolargs import bind, convert, encode_result
from assistants_client._toolschema import parse_docstring, schema_of
from hypothesis import given, settings
from hypothesis import strategies as st


class Unit(enum.Enum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2


@dataclasses.dataclass
class Place:
    """A place on Earth."""

    city: str
    country: str = "US"


@dataclasses.dataclass
class Stop:
    place: Place
    nights: int
    tags: list[str] = dataclasses.field(default_factory=list)


class Options(TypedDict):
    days: int
    hourly: NotRequired[bool]


class Partial(TypedDict, total=False):
    note: str


@attrs.define
class Window:
    start: int
    end: int | None = None


def params(fn: Any, **kwargs: Any) -> dict[str, Any]:
    schema: dict[str, Any] = function_tool(fn, **kwargs)["function"]["parameters"]
    jsonschema.Draft202012Validator.check_schema(schema)
    return schema


# -- schemas ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("hint", "expected"),
    [
        (str, {"type": "string"}),
        (int, {"type": "integer"}),
        (float, {"type": "number"}),
        (bool, {"type": "boolean"}),
        (None, {"type": "null"}),
        (Any, {}),
        (Literal["a", "b"], {"type": "string", "enum": ["a", "b"]}),
        (Literal[1, "x"], {"enum": [1, "x"]}),
        (Unit, {"type": "string", "enum": ["celsius", "fahrenheit"]}),
        (Level, {"type": "integer", "enum": [1, 2]}),
        (list[int], {"type": "array", "items": {"type": "integer"}}),
        (Sequence[str], {"type": "array", "items": {"type": "string"}}),
        (set[str], {"type": "array", "items": {"type": "string"}, "uniqueItems": True}),
        (tuple[int, ...], {"type": "array", "items": {"type": "integer"}}),
        (
            tuple[int, str],
            {"type": "array", "prefixItems": [{"type": "integer"}, {"type": "string"}], "minItems": 2, "maxItems": 2},
        ),
        (dict[str, float], {"type": "object", "additionalProperties": {"type": "number"}}),
        (dict, {"type": "object", "additionalProperties": True}),
        (Optional[int], {"anyOf": [{"type": "integer"}, {"type": "null"}]}),  # noqa: UP045
        (int | None, {"anyOf": [{"type": "integer"}, {"type": "null"}]}),
        (Union[int, str], {"anyOf": [{"type": "integer"}, {"type": "string"}]}),  # noqa: UP007
        (Annotated[str, "The city"], {"type": "string", "description": "The city"}),
    ],
)
def test_schema_of_each_hint(hint: Any, expected: dict[str, Any]) -> None:
    assert schema_of(hint) == expected


def test_classes_nest_with_required_from_defaults() -> None:
    assert schema_of(Stop) == {
        "type": "object",
        "properties": {
            "place": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "country": {"type": "string"}},
                "required": ["city"],
                "description": "A place on Earth.",
            },
            "nights": {"type": "integer"},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["place", "nights"],
    }
    assert schema_of(Options)["required"] == ["days"]
    assert set(schema_of(Options)["properties"]) == {"days", "hourly"}
    assert schema_of(Partial)["required"] == []
    window = schema_of(Window)
    assert window["required"] == ["start"]
    assert window["properties"]["end"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}


def get_weather(place: Place, unit: Unit = Unit.CELSIUS, days: int = 1) -> str:
    """Get the weather for a place.

    Forecasts come from the scripted model, not the sky.

    Args:
        place: Where to look.
        unit (Unit): Which unit the temperatures
            are written in.

    Returns:
        A sentence.
    """
    return f"sunny in {place.city}"


def test_definition_from_a_google_docstring() -> None:
    tool = function_tool(get_weather)
    assert tool["type"] == "function"
    function = tool["function"]
    assert function["name"] == "get_weather"
    assert function["description"] == "Get the weather for a place."
    props = function["parameters"]["properties"]
    assert props["place"]["description"] == "Where to look."
    assert props["unit"] == {
        "type": "string",
        "enum": ["celsius", "fahrenheit"],
        "description": "Which unit the temperatures are written in.",
    }
    assert "description" not in props["days"]
    assert function["parameters"]["required"] == ["place"]
    assert "strict" not in function


def numpy_style(city: str, count: int = 3) -> None:
    """Find hotels
    in a city.

    Parameters
    ----------
    city : str
        The city's name,
        in English.
    count : int
        How many.

    Returns
    -------
    None
    """


def rest_style(city: str, count: int = 3) -> None:
    """Find hotels.

    :param city: The city's name.
    :param int count: How many
        to return.
    :returns: nothing
    """


def test_numpy_and_rest_docstrings() -> None:
    assert parse_docstring(numpy_style.__doc__) == (
        "Find hotels in a city.",
        {"city": "The city's name, in English.", "count": "How many."},
    )
    described = {"city": "The city's name.", "count": "How many to return."}
    assert parse_docstring(rest_style.__doc__) == ("Find hotels.", described)
    assert parse_docstring(None) == ("", {})
    assert params(numpy_style)["properties"]["city"]["description"] == "The city's name, in English."


def test_strict_mode() -> None:
    def plan(stop: Stop, options: Options, note: str | None = None, days: int = 2) -> None:
        """Plan."""

    tool = function_tool(plan, strict=True)["function"]
    assert tool["strict"] is True
    schema = tool["parameters"]
    assert schema["required"] == ["stop", "options", "note", "days"]
    assert schema["additionalProperties"] is False
    assert schema["properties"]["days"] == {"anyOf": [{"type": "integer"}, {"type": "null"}]}
    assert schema["properties"]["note"] == {"anyOf": [{"type": "string"}, {"type": "null"}]}  # not nested twice
    stop = schema["properties"]["stop"]
    assert stop["additionalProperties"] is False and stop["required"] == ["place", "nights", "tags"]
    assert stop["properties"]["place"]["additionalProperties"] is False
    assert schema["properties"]["options"]["required"] == ["days", "hourly"]


def test_name_and_description_overrides() -> None:
    tool = function_tool(get_weather, name="weather", description="Weather.")["function"]
    assert (tool["name"], tool["description"]) == ("weather", "Weather.")


class Opaque:
    pass


def bad_hint(place: Place, when: Opaque) -> None: ...
def bad_nested(trip: list[dict[int, str]]) -> None: ...
def var_args(*cities: str) -> None: ...
def var_kwargs(**cities: str) -> None: ...
def positional(city: str, /) -> None: ...
def free_form(extra: dict[str, Any]) -> None: ...
def untyped(city) -> None: ...  # type: ignore[no-untyped-def]


@dataclasses.dataclass
class Node:
    children: list[Node]


def recursive(tree: Node) -> None: ...


@pytest.mark.parametrize(
    ("fn", "strict", "parameter", "words"),
    [
        (bad_hint, False, "when", "no JSON schema"),
        (bad_nested, False, "trip[]", "keys are strings"),
        (var_args, False, "cities", "*args"),
        (var_kwargs, False, "cities", "**kwargs"),
        (positional, False, "city", "positional-only"),
        (free_form, True, "extra", "strict mode"),
        (untyped, True, "city", "strict mode"),
        (recursive, False, "tree.children[]", "refers to itself"),
    ],
)
def test_unsupported_hints_name_the_parameter(fn: Any, strict: bool, parameter: str, words: str) -> None:
    with pytest.raises(ToolDefinitionError) as caught:
        function_tool(fn, strict=strict)
    assert caught.value.parameter == parameter
    assert caught.value.function == fn.__name__
    assert words in str(caught.value) and f"{fn.__name__}({parameter})" in str(caught.value)
    assert isinstance(caught.value, TypeError)


def test_a_name_the_api_refuses() -> None:
    with pytest.raises(ToolDefinitionError, match="64"):
        function_tool(lambda city: city)  # "<lambda>"
    assert function_tool(lambda city: city, name="echo")["function"]["parameters"]["properties"] == {"city": {}}


# -- arguments and results --------------------------------------------------------------------------


def trip(
    stop: Stop, unit: Unit, options: Options, window: Window | None = None, mode: Literal["car", "rail"] = "car"
) -> Any:
    return stop, unit, options, window, mode


def test_bind_builds_the_annotated_types() -> None:
    kwargs = bind(
        trip,
        {
            "stop": {"place": {"city": "Paris"}, "nights": 2.0, "tags": ["a"]},
            "unit": "fahrenheit",
            "options": {"days": 3},
            "window": {"start": 1},
            "mode": None,  # strict mode's "not given": the default applies
        },
    )
    assert kwargs == {
        "stop": Stop(Place("Paris"), 2, ["a"]),
        "unit": Unit.FAHRENHEIT,
        "options": {"days": 3},
        "window": Window(1),
    }
    assert type(kwargs["stop"].nights) is int


GOOD = {"unit": "celsius", "stop": {"place": {"city": "P"}, "nights": 1}, "options": {"days": 1}}


@pytest.mark.parametrize(
    ("changes", "path", "words"),
    [
        ({"unit": "kelvin"}, "unit", "one of"),
        ({"stop": {"place": {}, "nights": 1}}, "stop.place.city", "missing"),
        ({"stop": {"place": {"city": 3}, "nights": 1}}, "stop.place.city", "str"),
        ({"stop": {"place": {"city": "P"}, "nights": 1.5}}, "stop.nights", "int"),
        ({"options": {"days": True}}, "options.days", "int"),
        ({"stop": {"place": {"city": "P"}, "nights": 1, "x": 1}}, "stop", "'x'"),
        ({"options": None}, "options", "missing"),
        ({"y": 2}, "", "'y'"),
    ],
)
def test_arguments_that_do_not_fit(changes: dict[str, Any], path: str, words: str) -> None:
    arguments = {key: value for key, value in {**GOOD, **changes}.items() if value is not None}
    assert bind(trip, GOOD)["unit"] is Unit.CELSIUS
    with pytest.raises(ToolArgumentsError) as caught:
        bind(trip, arguments)
    assert caught.value.path == path
    assert words in str(caught.value)


def test_convert_containers() -> None:
    assert convert([1, "a"], tuple[int, str]) == (1, "a")
    assert convert(["a", "a"], set[str]) == {"a"}
    assert convert(["a"], frozenset[str]) == frozenset({"a"})
    assert convert({"k": [1]}, dict[str, list[int]]) == {"k": [1]}
    assert convert(2, Level) is Level.HIGH
    assert convert("x", int | str) == "x"
    assert convert(None, int | None) is None
    with pytest.raises(ToolArgumentsError, match="2 items"):
        convert([1], tuple[int, str])
    with pytest.raises(ToolArgumentsError, match="fits none"):
        convert([], int | str)


def test_results_are_json_with_strings_as_they_are() -> None:
    assert encode_result("17 degrees") == "17 degrees"
    assert json.loads(encode_result({"place": Place("Oslo"), "unit": Unit.CELSIUS, "w": Window(1), "s": (1, 2)})) == {
        "place": {"city": "Oslo", "country": "US"},
        "unit": "celsius",
        "w": {"start": 1, "end": None},
        "s": [1, 2],
    }
    assert encode_result(None) == "null"
    assert encode_result("é") == "é" and encode_result(["é"]) == '["é"]'


def test_the_loop_takes_callables_and_adds_missing_definitions() -> None:
    def get_rain_probability(city: str) -> float:
        return 0.2

    loop = ToolLoop([get_weather, get_rain_probability])
    assert set(loop.functions) == {"get_weather", "get_rain_probability"}
    existing = [{"type": "file_search"}, function_tool(get_weather)]
    merged = loop.tools_for_run(existing)
    assert merged is not None
    assert [tool.get("function", {}).get("name") for tool in merged] == [None, "get_weather", "get_rain_probability"]
    assert loop.tools_for_run(merged) is None
    assert ToolLoop({"get_weather": get_weather}).definitions == {}  # today's mapping form adds nothing
    with pytest.raises(ValueError, match="two functions"):
        ToolLoop([get_weather, get_weather])
    with pytest.raises(ValueError, match="tool_errors"):
        ToolLoop([], errors="ignore")  # type: ignore[arg-type]


# -- the schema and the conversion agree ------------------------------------------------------------

ROUND_TRIP_HINTS = [Stop, Options, Window, list[Unit], tuple[int, str], set[str], dict[str, list[int]], Literal["a", 2]]


@settings(max_examples=40, deadline=None)
@given(data=st.data(), which=st.sampled_from(ROUND_TRIP_HINTS), strict=st.booleans())
def test_values_round_trip_through_the_schema(data: st.DataObject, which: Any, strict: bool) -> None:
    """Any value of the hint, written as the tool loop writes results, is valid against the hint's
    schema and converts back to itself (strict schemas where the hint allows them)."""
    value = data.draw(st.from_type(which))
    document = value if isinstance(value, str) else json.loads(encode_result(value))  # a str is sent as it is
    if which in (Options, dict[str, list[int]]):
        strict = False  # a free-form object has no strict schema; a left-out key is null there: tested above
    jsonschema.validate(document, schema_of(which, strict=strict))
    assert convert(document, which) == value
