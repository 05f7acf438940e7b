"""JSON answers from the scripted model (backends/schema_answer.py): every document it builds is
valid against its schema (handwritten schemas and generated ones, checked with jsonschema), and a
program parses the answer with a pydantic model through the official SDK."""

from __future__ import annotations

import enum
import json
from typing import Any

import httpx2
import pytest
from assistants_server.backends.schema_answer import build
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator, FormatChecker

from .fs_support import HANDBOOK, answer, searching_assistant, store_with, wait_run

pydantic = pytest.importorskip("pydantic")

pytestmark = pytest.mark.timeout(120)


def valid(schema: Any, value: Any) -> list[str]:
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(value)]


PERSON = {
    "type": "object",
    "properties": {
        "name": {"type": "string"},
        "age": {"type": "integer", "minimum": 0, "maximum": 150},
        "city": {"type": "string"},
        "email": {"type": "string", "format": "email"},
        "role": {"type": "string", "enum": ["admin", "user"]},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "uniqueItems": True},
        "score": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
        "address": {
            "type": "object",
            "properties": {
                "street": {"type": "string", "maxLength": 4},
                "zip": {"type": "string", "pattern": r"^\d{5}$"},
            },
            "required": ["street", "zip"],
            "additionalProperties": False,
        },
        "nickname": {"type": ["string", "null"]},
    },
    "required": ["name", "age", "city", "email", "role", "tags", "score", "address", "nickname"],
    "additionalProperties": False,
}

HANDWRITTEN: list[Any] = [
    PERSON,
    {"type": "object", "properties": {}, "additionalProperties": False},
    {"type": "object", "minProperties": 3},
    {"type": "object", "properties": {"a": {"const": 7}}, "required": ["a", "b"]},
    {"type": "array", "items": {"type": "integer", "multipleOf": 7, "minimum": 10}, "minItems": 3, "uniqueItems": True},
    {"type": "array", "prefixItems": [{"type": "string"}, {"type": "boolean"}], "minItems": 2, "maxItems": 2},
    {"type": "integer", "exclusiveMinimum": 5, "exclusiveMaximum": 7},
    {"type": "number", "minimum": -10.5, "maximum": -2.25},
    {"type": "integer", "maximum": -3},
    {"type": "string", "minLength": 12, "maxLength": 12},
    {"type": "string", "format": "date"},
    {"type": "string", "format": "uuid"},
    {"type": "string", "pattern": r"^[A-Z]{3}-\d{2}$"},
    {"type": "string", "pattern": r"^(?:[a-z]+_)+id$", "maxLength": 10},
    {"type": "array", "items": {"type": "string", "pattern": r"^#[0-9a-f]{6}$"}, "minItems": 2},
    {"anyOf": [{"type": "null"}, {"type": "object", "properties": {"x": {"type": "integer"}}, "required": ["x"]}]},
    {"oneOf": [{"type": "string", "enum": ["only"]}, {"type": "integer"}]},
    {"allOf": [{"properties": {"a": {"type": "string"}}, "required": ["a"]}, {"required": ["b"]}], "type": "object"},
    {
        "$defs": {
            "node": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "children": {"type": "array", "items": {"$ref": "#/$defs/node"}},
                },
                "required": ["name", "children"],
                "additionalProperties": False,
            }
        },
        "$ref": "#/$defs/node",
    },
]


@pytest.mark.parametrize("schema", HANDWRITTEN, ids=range(len(HANDWRITTEN)))
def test_handwritten_schemas_get_valid_documents(schema: Any) -> None:
    text = 'Ada Lovelace, 36, lives in London; write to ada@example.com about "Notes" on 1843-07-10, zip 10001'
    for strict in (False, True):
        value = build(schema, text, strict=strict)
        assert valid(schema, value) == [], value
        assert build(schema, text, strict=strict) == value  # deterministic


def test_strings_and_numbers_come_from_the_message() -> None:
    text = "Ada Lovelace, 36, lives in London; write to ada@example.com, zip 10001"
    value = build(PERSON, text, strict=True)
    assert value["name"] == "Ada Lovelace" and value["city"] == "London" and value["age"] == 36
    assert value["email"] == "ada@example.com" and value["address"]["zip"] == "10001"
    assert value["role"] == "admin" and len(value["tags"]) == 2 and len(set(value["tags"])) == 2
    assert 0 < value["score"] <= 1 and value["nickname"] is not None


def test_strict_fills_every_property_and_past_the_depth_only_required_ones() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}, "required": ["a"]}
    assert set(build(schema, "x", strict=True)) == {"a", "b"}
    recursive = HANDWRITTEN[-1]
    value = build(recursive, "Root")
    depth = 0
    while value["children"]:
        value, depth = value["children"][0], depth + 1
    assert 3 <= depth <= 8  # finite: arrays past the depth get only their minItems


# -- generated schemas ------------------------------------------------------------------------
NAMES = st.sampled_from(["name", "city", "count", "query", "items", "kind", "when", "x", "notes", "id"])
SCALARS = st.one_of(st.integers(-50, 50), st.text(max_size=5), st.booleans(), st.none())


@st.composite
def integer_schemas(draw: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "integer"}
    low = draw(st.none() | st.integers(-100, 100))
    high = draw(st.none() | st.integers(-100, 100))
    step = draw(st.sampled_from([None, 2, 5]))
    if low is not None:
        schema[draw(st.sampled_from(["minimum", "exclusiveMinimum"]))] = low
    if high is not None:
        schema[draw(st.sampled_from(["maximum", "exclusiveMaximum"]))] = high
    if step:
        schema["multipleOf"] = step
    lo = -1000 if low is None else low + (1 if "exclusiveMinimum" in schema else 0)
    hi = 1000 if high is None else high - (1 if "exclusiveMaximum" in schema else 0)
    assume(any(n % (step or 1) == 0 for n in range(lo, hi + 1)))  # a possible schema
    return schema


@st.composite
def number_schemas(draw: Any) -> dict[str, Any]:
    low = draw(st.floats(-1e6, 1e6, allow_nan=False))
    width = draw(st.floats(0.001, 1e6, allow_nan=False))
    schema: dict[str, Any] = {"type": "number"}
    if draw(st.booleans()):
        schema[draw(st.sampled_from(["minimum", "exclusiveMinimum"]))] = low
    if draw(st.booleans()):
        schema[draw(st.sampled_from(["maximum", "exclusiveMaximum"]))] = low + width
    return schema


@st.composite
def string_schemas(draw: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "string"}
    form = draw(st.sampled_from([None, "date", "date-time", "email", "uuid", "ipv4", "uri"]))
    if form:
        schema["format"] = form
        return schema
    pattern = draw(st.sampled_from([None, None, r"^[a-z]+$", r"^\d{3}-\d{4}$", r"^(red|green)$", r"[A-Z]"]))
    if pattern:
        schema["pattern"] = pattern
        return schema
    low = draw(st.none() | st.integers(0, 30))
    if low is not None:
        schema["minLength"] = low
    if draw(st.booleans()):
        schema["maxLength"] = (low or 0) + draw(st.integers(0, 10))
    return schema


LEAVES = st.one_of(
    string_schemas(),
    integer_schemas(),
    number_schemas(),
    st.just({"type": "boolean"}),
    st.just({"type": "null"}),
    st.lists(SCALARS, min_size=1, max_size=4).map(lambda values: {"enum": values}),
    SCALARS.map(lambda value: {"const": value}),
)


def containers(children: Any) -> Any:
    objects = st.builds(
        lambda props, required, closed, minimum: {
            "type": "object",
            "properties": props,
            "required": [k for k in props if k in required],
            **({"additionalProperties": False} if closed else {"minProperties": minimum}),
        },
        st.dictionaries(NAMES, children, max_size=4),
        st.sets(NAMES),
        st.booleans(),
        st.integers(0, 3),
    )
    arrays = st.builds(
        lambda items, low, extra: {"type": "array", "items": items, "minItems": low, "maxItems": low + extra},
        children,
        st.integers(0, 3),
        st.integers(0, 3),
    )
    unique = st.builds(
        lambda low: {"type": "array", "items": {"type": "string"}, "minItems": low, "uniqueItems": True},
        st.integers(0, 4),
    )
    choices = st.lists(children, min_size=1, max_size=3).map(lambda branches: {"anyOf": branches})
    return st.one_of(objects, arrays, unique, choices)


SCHEMAS = st.recursive(LEAVES, containers, max_leaves=12)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
@given(
    schema=SCHEMAS,
    text=st.sampled_from(
        ["", "Ada Lovelace 36 London ada@example.com", "What's the weather in New York on 2024-05-01?"]
    ),
    strict=st.booleans(),
    by_ref=st.booleans(),
)
def test_generated_schemas_get_valid_documents(schema: Any, text: str, strict: bool, by_ref: bool) -> None:
    if by_ref:  # the same schema reached through $defs
        schema = {"$defs": {"thing": schema}, "type": "object", "properties": {"it": {"$ref": "#/$defs/thing"}}}
        schema["required"] = ["it"]
    value = build(schema, text, strict=strict)
    assert valid(schema, value) == [], (schema, value)
    json.dumps(value, allow_nan=False)  # a JSON document, always


# -- through the server and the official SDK --------------------------------------------------
class Difficulty(enum.StrEnum):
    easy = "easy"
    hard = "hard"


class Ingredient(pydantic.BaseModel):
    name: str
    grams: int
    optional: bool


class Step(pydantic.BaseModel):
    order: int
    text: str


class Recipe(pydantic.BaseModel):
    title: str
    servings: int
    difficulty: Difficulty
    ingredients: list[Ingredient]
    steps: list[Step]
    source: Step | None


def strict_schema(node: Any) -> Any:
    """What structured outputs want of a pydantic model's schema: every object closed, every
    property required (as the SDK's helpers make it)."""
    if isinstance(node, dict):
        named = {k: node[k] for k in ("properties", "$defs") if isinstance(node.get(k), dict)}
        node = {k: strict_schema(v) for k, v in node.items() if k not in ("title", "default", *named)}
        for key, mapping in named.items():  # names, not schemas: a property may be called "title"
            node[key] = {name: strict_schema(sub) for name, sub in mapping.items()}
        if node.get("type") == "object" and "properties" in node:
            node["required"] = list(node["properties"])
            node["additionalProperties"] = False
        return node
    if isinstance(node, list):
        return [strict_schema(v) for v in node]
    return node


def test_a_json_schema_answer_parses_with_the_pydantic_model(sdk: Any) -> None:
    schema = strict_schema(Recipe.model_json_schema())
    assert "$defs" in schema  # nested models and the enum arrive as $refs
    response_format = {"type": "json_schema", "json_schema": {"name": "recipe", "schema": schema, "strict": True}}
    assistant = sdk.beta.assistants.create(model="gpt-4o", instructions="You write recipes.")
    thread = sdk.beta.threads.create()
    sdk.beta.threads.messages.create(
        thread_id=thread.id, role="user", content="Pancakes for 4 people with 200 grams of Flour and 2 Eggs"
    )
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, response_format=response_format, poll_interval_ms=20
    )
    assert run.status == "completed"
    assert run.response_format.type == "json_schema"
    text = sdk.beta.threads.messages.list(thread_id=thread.id, run_id=run.id).data[0].content[0].text.value
    recipe = Recipe.model_validate_json(text)
    assert recipe.difficulty is Difficulty.easy and recipe.servings == 4 and recipe.ingredients
    assert recipe.ingredients[0].grams == 200 and recipe.title == "Pancakes"
    assert valid(schema, json.loads(text)) == []


def finished_text(http: httpx2.Client, body: dict[str, Any]) -> tuple[dict[str, Any], str]:
    run = http.post("/threads/runs", json=body).json()
    run = wait_run(http, run["thread_id"], run["id"])
    return run, answer(http, run["thread_id"])["content"][0]["text"]["value"]


def test_json_object_answers_and_json_after_tool_outputs(http: httpx2.Client) -> None:
    assistant = http.post("/assistants", json={"model": "gpt-4o"}).json()
    thread = {"messages": [{"role": "user", "content": "Hello there"}]}
    body = {"assistant_id": assistant["id"], "thread": thread, "response_format": {"type": "json_object"}}
    run, text = finished_text(http, body)
    assert run["status"] == "completed" and json.loads(text) == {"answer": "You said: Hello there"}
    # text stays prose
    _, text = finished_text(http, {**body, "response_format": {"type": "text"}})
    assert text == "You said: Hello there"
    # after tool outputs: the JSON draws on them
    tool = {
        "type": "function",
        "function": {
            "name": "fetch_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
    schema = {
        "type": "object",
        "properties": {"summary": {"type": "string"}, "celsius": {"type": "integer"}},
        "required": ["summary", "celsius"],
        "additionalProperties": False,
    }
    run = http.post(
        "/threads/runs",
        json={
            "assistant_id": assistant["id"],
            "tools": [tool],
            "thread": {"messages": [{"role": "user", "content": "Weather in Oslo?"}]},
            "response_format": {"type": "json_schema", "json_schema": {"name": "w", "schema": schema, "strict": True}},
        },
    ).json()
    run = wait_run(http, run["thread_id"], run["id"])
    call = run["required_action"]["submit_tool_outputs"]["tool_calls"][0]
    assert json.loads(call["function"]["arguments"]) == {"city": "Oslo"}
    http.post(
        f"/threads/{run['thread_id']}/runs/{run['id']}/submit_tool_outputs",
        json={"tool_outputs": [{"tool_call_id": call["id"], "output": "Rain, 12 degrees"}]},
    )
    assert wait_run(http, run["thread_id"], run["id"])["status"] == "completed"
    said = json.loads(answer(http, run["thread_id"])["content"][0]["text"]["value"])
    assert valid(schema, said) == [] and said["celsius"] == 12


def test_a_searched_answer_is_json_too(srv: Any, http: httpx2.Client) -> None:
    """With a store to search, the JSON is drawn from the top result (then the question)."""
    vs_id, _ = store_with(http, srv, {"handbook.txt": HANDBOOK})
    assistant = searching_assistant(http, vs_id)
    schema = {
        "type": "object",
        "properties": {"days": {"type": "integer"}, "topic": {"type": "string", "enum": ["refunds", "other"]}},
        "required": ["days", "topic"],
        "additionalProperties": False,
    }
    thread = {"messages": [{"role": "user", "content": "How many days do customers have for a refund?"}]}
    response_format = {"type": "json_schema", "json_schema": {"name": "policy", "schema": schema, "strict": True}}
    body = {"assistant_id": assistant["id"], "thread": thread, "response_format": response_format}
    run, text = finished_text(http, body)
    assert run["status"] == "completed" and json.loads(text) == {"days": 30, "topic": "refunds"}
    _, text = finished_text(http, {**body, "response_format": {"type": "json_object"}})
    said = json.loads(text)["answer"]
    assert "30 days" in said and said.endswith("【0:0†handbook.txt】")
