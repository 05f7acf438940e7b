"""Property-based decoding over every response and stream-event schema of openapi.yaml.

The strategies are built here from the spec's own schemas (valid instances), then mutated:
a wrong JSON type, a dropped key, a null, deep nesting, a huge number. What must hold:
- a valid instance decodes in both modes and goes back out unchanged;
- a mutated instance never raises anything but `ResponseDecodeError`, in either mode; tolerant
  decoding accepts it and gives it back unchanged; strict decoding rejects it or, where the
  mutation kept it valid, gives it back unchanged — and what strict decoding accepts, a JSON
  Schema validator of the same schema accepts too (strict is never laxer than the spec on type,
  required, null, enum and const; ranges and lengths are the server's to check).

`DECODE_EXAMPLES` sets the cases per schema (a few in `make test`; thousands in `make fuzz`).
"""

from __future__ import annotations

import copy
import functools
import json
import os
from typing import Any

import pytest
from assistants_api import errors
from assistants_api.api import OPERATIONS, STREAM_EVENTS, decode_model
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from .spec import spec

EXAMPLES = int(os.environ.get("DECODE_EXAMPLES", "4"))
CONSTRAINTS = ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern")
CONSTRAINTS += ("minItems", "maxItems", "format", "uniqueItems", "multipleOf")


def _schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]  # type: ignore[no-any-return]


def _target_schemas() -> list[tuple[str, str]]:
    """(label, schema name) of every 2xx response of an operation and every event's data."""
    found: dict[str, str] = {}
    for op in OPERATIONS.values():
        if op.response is not None:  # a binary answer (download_file) has no schema to decode
            found.setdefault(op.response.partition(":")[2], f"response of {op.name}")
    for event, ref in STREAM_EVENTS.items():
        if ref is not None:
            found.setdefault(ref.partition(":")[2], f"data of {event}")
    return sorted((label, name) for name, label in found.items())


TARGETS = _target_schemas()


def _ref_name(node: dict[str, Any]) -> str:
    return str(node["$ref"]).rsplit("/", 1)[1]


def _known_kinds(members: list[dict[str, Any]]) -> set[str]:
    kinds = set()
    for member in members:
        if "$ref" in member:
            kind = _schemas()[_ref_name(member)].get("properties", {}).get("type", {}).get("const")
            if kind is not None:
                kinds.add(kind)
    return kinds


JSON_SCALARS = (
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False, allow_infinity=False)
)
JSON_SCALARS |= st.text(max_size=8)
ANY_JSON = st.recursive(
    JSON_SCALARS,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6,
)


@functools.cache
def _named(name: str, avoid_kinds: frozenset[str]) -> Any:
    return instances(_schemas()[name], 0, avoid_kinds)


def instances(node: dict[str, Any], depth: int = 0, avoid_kinds: frozenset[str] = frozenset()) -> Any:
    """A strategy for values valid under `node` (a schema of the spec)."""
    if "$ref" in node:
        return _named(_ref_name(node), avoid_kinds)
    if depth > 40:
        return st.nothing()
    for key in ("anyOf", "oneOf"):
        if key in node:
            members = node[key]
            kinds = frozenset(_known_kinds(members))
            return st.one_of([instances(m, depth + 1, kinds) for m in members])
    if "const" in node:
        return st.just(node["const"])
    if "enum" in node:
        return st.sampled_from(node["enum"])
    kind = node.get("type")
    if isinstance(kind, list):
        return st.one_of([instances({**node, "type": k}, depth, avoid_kinds) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(node.get("minimum", -(2**60)), node.get("maximum", 2**60))
    if kind == "number":
        low, high = node.get("minimum", -1e9), node.get("maximum", 1e9)
        return st.integers(int(low), int(high)) | st.floats(low, high, allow_nan=False)
    if kind == "string":
        return st.text(max_size=node.get("maxLength", 12) if node.get("maxLength", 12) < 12 else 12)
    if kind == "array":
        return st.lists(instances(node.get("items", {}), depth + 1), max_size=min(3, node.get("maxItems", 3)))
    if kind == "object" or "properties" in node:
        return _objects(node, depth, avoid_kinds)
    return ANY_JSON


def _objects(node: dict[str, Any], depth: int, avoid_kinds: frozenset[str]) -> Any:
    properties: dict[str, Any] = node.get("properties", {})
    required = set(node.get("required", []))
    fields = {}
    for name, sub in properties.items():
        if name == "type" and "const" not in sub and avoid_kinds:
            # The open catch-all of a union: a kind no member names (a known kind is decoded by its own model).
            fields[name] = st.text(min_size=1, max_size=8).map(lambda text: "x-" + text)
        else:
            fields[name] = instances(sub, depth + 1)
    optional = {name: fields[name] for name in fields if name not in required}
    extra = node.get("additionalProperties", False)
    extras = st.just({})
    if extra is True:
        extras = st.dictionaries(st.sampled_from(["x_extra", "x_other"]), ANY_JSON, max_size=1)
    elif isinstance(extra, dict):
        extras = st.dictionaries(
            st.text(min_size=1, max_size=5).map(lambda t: "k" + t), instances(extra, depth + 1), max_size=2
        )
    return st.tuples(
        st.fixed_dictionaries({name: fields[name] for name in fields if name in required}, optional=optional), extras
    ).map(lambda pair: {**pair[1], **pair[0]})


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


MUTATIONS = ("wrong type", "drop", "null", "deep", "huge", "float", "string")


def _deep() -> Any:
    nested: Any = []
    for _ in range(600):  # deeper than any schema; the JSON parser's own limit is the client's to map
        nested = [nested]
    return nested


DEEP = _deep()


def mutations(value: dict[str, Any]) -> Any:
    """Every single mutation of `value`: each mutation kind at each path (a fresh copy each time)."""
    for path in _paths(value):
        if not path:
            continue
        for how in MUTATIONS:
            broken = copy.deepcopy(value)
            parent = broken
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            current = parent[last]
            if how == "drop":
                del parent[last]
            elif how == "null":
                parent[last] = None
            elif how == "deep":
                parent[last] = DEEP
            elif how == "huge":
                parent[last] = 10**400
            elif how == "float":
                parent[last] = 1.5
            elif how == "string":
                parent[last] = "\udcff not text"
            else:
                swap = {dict: 7, list: "seven", str: 7, bool: "true", int: "7", float: [7.0]}
                parent[last] = swap.get(type(current), {"a": 1})
            yield path, how, broken


def _validator(name: str) -> Draft202012Validator:
    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: strip(v) for k, v in node.items() if k not in CONSTRAINTS}
        if isinstance(node, list):
            return [strip(v) for v in node]
        return node

    document = strip(spec())
    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(document))
    return Draft202012Validator({"$ref": f"urn:spec#/components/schemas/{name}"}, registry=registry)


def _model(name: str) -> Any:
    op = next(iter(OPERATIONS.values()))
    # the generated module's name as the records spell it (`OpenAIFile` is `open_ai_file`)
    refs = [o.response for o in OPERATIONS.values()] + list(STREAM_EVENTS.values())
    known = next((ref for ref in refs if ref is not None and ref.endswith(f":{name}")), None)
    module = "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")
    return op.model(known or f"{module}:{name}")


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True, default=repr) == json.dumps(b, sort_keys=True, default=repr)


def _budget() -> Any:
    return settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=EXAMPLES <= 50,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@pytest.mark.parametrize(("label", "name"), TARGETS, ids=[label for label, _ in TARGETS])
def test_valid_instances_decode_and_round_trip_in_both_modes(label: str, name: str) -> None:
    cls, validator = _model(name), _validator(name)

    @_budget()
    @given(_named(name, frozenset()))
    def check(value: dict[str, Any]) -> None:
        assert validator.is_valid(value), list(validator.iter_errors(value))[:1]
        for strict in (False, True):
            decoded = decode_model(cls, copy.deepcopy(value), label, strict)
            assert _same(decoded.to_dict(), value)
            assert decoded.missing_fields == ()

    check()


@pytest.mark.parametrize(("label", "name"), TARGETS, ids=[label for label, _ in TARGETS])
def test_mutated_instances_give_only_typed_errors(label: str, name: str) -> None:
    cls, validator = _model(name), _validator(name)
    seen = {"rejected": 0, "accepted": 0}

    @_budget()
    @given(_named(name, frozenset()))
    def check(value: dict[str, Any]) -> None:
        for path, how, broken in mutations(value):
            where = f"{how} at {path}"
            tolerant = decode_model(cls, broken, label)  # decoding never changes its input
            assert _same(tolerant.to_dict(), broken), where
            try:
                strict = decode_model(cls, broken, label, strict=True)
            except errors.ResponseDecodeError as error:
                assert len(str(error)) < 500, where
                seen["rejected"] += 1
                continue
            seen["accepted"] += 1
            assert _same(strict.to_dict(), broken), where
            assert validator.is_valid(broken), f"strict decoding accepted what the spec does not allow: {where}"

    check()
    assert seen["rejected"] > 0
    print(f"\n{label}: {seen['rejected'] + seen['accepted']} mutated decodes, {seen['rejected']} rejected by strict")
