"""The spec as test data: its operations, examples and parameters, read from openapi.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "patch", "delete")


@cache
def spec() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi.yaml").read_text())


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def schema_name(node: dict[str, Any]) -> str:
    return node["$ref"].rsplit("/", 1)[1]


@dataclass
class SpecOperation:
    name: str
    method: str
    path: str
    path_params: list[str]
    query: dict[str, Any] = field(default_factory=dict)  # wire name -> value the test sends
    body: dict[str, Any] | None = None
    response_schema: str = ""
    response: dict[str, Any] = field(default_factory=dict)
    deprecated: bool = False
    body_kind: str = "json"  # or "multipart": the body's fields, binary ones as bytes
    response_kind: str = "json"  # or "binary": `response` is then the bytes {"bytes": ...} answers

    def path_values(self) -> list[str]:
        # Ids with characters that must be escaped: the path cannot be bent by an id.
        return [f"{name}/x y?" for name in self.path_params]

    def expected_path(self) -> str:
        path = self.path
        for name, value in zip(self.path_params, self.path_values(), strict=True):
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return path

    def kwargs(self) -> dict[str, Any]:
        return {re.sub(r"\W", "", key): value for key, value in self.query.items()}


QUERY_VALUES: dict[str, Any] = {
    "limit": 7,
    "order": "asc",
    "after": "cursor_a",
    "before": "cursor_b",
    "run_id": "run_q",
}


def query_value(param: dict[str, Any]) -> Any:
    if param["name"] in QUERY_VALUES:
        return QUERY_VALUES[param["name"]]
    schema = resolve(param["schema"])
    if schema.get("type") == "array":
        return list(resolve(schema["items"]).get("enum", ["x"]))
    return "value"


def form_value(node: dict[str, Any], required_only: bool = False) -> Any:
    """A value for every field of a body's schema (the required ones only, for a JSON body the
    spec gives no example of): bytes for a binary one."""
    schema = resolve(node)
    if schema.get("format") == "binary":
        return b"file bytes \x00\xff"
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("type") == "integer":
        return schema.get("minimum", 1)
    if schema.get("type") == "integer":
        return schema.get("minimum", 1)
    if schema.get("type") == "array":
        return [form_value(schema["items"], required_only)]
    if schema.get("type") == "object":
        wanted = schema.get("required", []) if required_only else schema.get("properties", {})
        return {name: form_value(schema["properties"][name], required_only) for name in wanted}
    return "value"


@cache
def operations() -> list[SpecOperation]:
    found = []
    for path, item in spec()["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            params = [resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
            content = op["responses"]["200"]["content"]
            entry = SpecOperation(
                name=snake(op["operationId"]),
                method=method.upper(),
                path=path,
                path_params=[p["name"] for p in params if p["in"] == "path"],
                query={p["name"]: query_value(p) for p in params if p["in"] == "query"},
                deprecated=bool(op.get("deprecated")),
            )
            if "application/json" in content:
                ok = content["application/json"]["schema"]
                entry.response_schema = schema_name(ok)
                entry.response = resolve(ok)["examples"][0]
            else:  # a binary answer (application/octet-stream)
                entry.response_kind = "binary"
                entry.response_schema = "bytes"
                entry.response = {"bytes": b"%PDF-1.4 binary \x00\xff answer"}
            if "requestBody" in op:
                bodies = op["requestBody"]["content"]
                if "application/json" in bodies:
                    schema = resolve(bodies["application/json"]["schema"])
                    entry.body = (
                        schema["examples"][0] if "examples" in schema else form_value(schema, required_only=True)
                    )
                else:
                    entry.body_kind = "multipart"
                    entry.body = form_value(bodies["multipart/form-data"]["schema"])
            found.append(entry)
    return found


def schema_examples() -> list[tuple[str, int, Any]]:
    return [
        (name, index, example)
        for name, schema in spec()["components"]["schemas"].items()
        for index, example in enumerate(schema.get("examples", []))
    ]
