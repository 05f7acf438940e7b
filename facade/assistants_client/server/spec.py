"""Reading openapi.yaml: which operation a route is, and checking bodies against it.

The spec is loaded from ``openapi.yaml`` next to this module (a relative
symlink to the repository's single copy).  Schemas are checked with
``jsonschema`` (draft 2020-12); OpenAPI 3.0 idioms (``nullable``, boolean
``exclusiveMinimum``) are rewritten into plain JSON Schema first, and every
local ``$ref`` is made absolute so that any sub-schema can be checked on its
own against a registry holding the whole document.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .errors import APIError

SPEC_URI = "urn:assistants-client:openapi"
DEFAULT_SPEC_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "openapi.yaml")

_PARAM_RE = re.compile(r"\{[^}/]+\}")


def normalize_template(path: str) -> str:
    """``/threads/{thread_id}/runs`` and ``/threads/{t}/runs`` compare equal."""
    path = _PARAM_RE.sub("{}", path)
    if path.startswith("/v1/"):
        path = path[3:]
    return path.rstrip("/") or "/"


@dataclass
class Operation:
    operation_id: str
    method: str
    path: str
    pointer: str  # JSON pointer of the operation object inside the spec
    request_schema: dict[str, Any] | None = None
    responses: dict[str, dict[str, Any]] = field(default_factory=dict)

    def response_schema(self, status: int, content_type: str) -> dict[str, Any] | None:
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            resp = self.responses.get(key)
            if resp is None:
                continue
            content = resp.get("content") or {}
            media = content.get(content_type)
            if media is None and content_type == "application/json":
                media = next((v for k, v in content.items() if "json" in k), None)
            if media is not None:
                return media.get("schema")
            return None
        return None


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def _to_json_schema(node: Any, openapi30: bool) -> Any:
    """Copy of ``node`` with absolute refs and OpenAPI 3.0 keywords translated."""
    if isinstance(node, list):
        return [_to_json_schema(item, openapi30) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#"):
            out[key] = SPEC_URI + value
        elif key in ("example", "examples") and not isinstance(value, (dict, list)):
            out[key] = value
        else:
            out[key] = _to_json_schema(value, openapi30)
    if openapi30:
        for bound, limit in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
            if isinstance(out.get(bound), bool):
                if out[bound] and limit in out:
                    out[bound] = out.pop(limit)
                else:
                    del out[bound]
        if out.pop("nullable", False) is True:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


def _json_path(parts: Iterable[Any]) -> str:
    text = ""
    for part in parts:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


class Spec:
    """The parsed spec plus cached validators."""

    def __init__(self, document: dict[str, Any], source: str = "<memory>") -> None:
        import jsonschema  # noqa: F401  (fail early when the extra is missing)
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.source = source
        self.raw = document
        version = str(document.get("openapi", "3.0"))
        self.openapi30 = version.startswith("3.0")
        self.document = _to_json_schema(document, self.openapi30)
        self.registry = Registry().with_resource(
            SPEC_URI, Resource.from_contents(self.document, default_specification=DRAFT202012)
        )
        self._validators: dict[int, Any] = {}
        self._lock = threading.Lock()
        self.operations: dict[tuple[str, str], Operation] = {}
        self._index_operations()
        self.event_schemas: dict[str, dict[str, Any]] = {}
        self._index_stream_events()

    # -- loading -----------------------------------------------------------
    @classmethod
    def load(cls, path: str | None = None) -> Spec:
        import yaml

        path = path or DEFAULT_SPEC_PATH
        with open(path, encoding="utf-8") as fh:
            document = yaml.safe_load(fh)
        if not isinstance(document, dict) or "paths" not in document:
            raise ValueError(f"{path} is not an OpenAPI document (no 'paths')")
        return cls(document, source=path)

    def _index_operations(self) -> None:
        for path, item in (self.document.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method, op in item.items():
                if method.lower() not in ("get", "post", "put", "patch", "delete") or not isinstance(op, dict):
                    continue
                request_schema = None
                body = op.get("requestBody")
                if isinstance(body, dict):
                    body = self.resolve(body)
                    content = body.get("content") or {}
                    media = content.get("application/json")
                    if media is not None:
                        request_schema = media.get("schema")
                responses = {str(k): self.resolve(v) for k, v in (op.get("responses") or {}).items()}
                operation = Operation(
                    operation_id=op.get("operationId") or f"{method} {path}",
                    method=method.upper(),
                    path=path,
                    pointer=f"/paths/{_escape(path)}/{method}",
                    request_schema=request_schema,
                    responses=responses,
                )
                self.operations[(method.upper(), normalize_template(path))] = operation

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains (absolute refs into this document) to the target."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 32:
            ref = node["$ref"]
            if not ref.startswith(SPEC_URI + "#/"):
                break
            target: Any = self.document
            for token in ref[len(SPEC_URI) + 2 :].split("/"):
                token = token.replace("~1", "/").replace("~0", "~")
                target = target[token]
            node = target
            seen += 1
        return node

    def _index_stream_events(self) -> None:
        """Map each SSE event name to the schema of its ``data``.

        Components named ``*StreamEvent`` are unions (oneOf/anyOf) of objects
        whose ``event`` property is an enum (or const) and whose ``data``
        property is the payload schema.
        """
        schemas = (self.document.get("components") or {}).get("schemas") or {}
        visited: set = set()

        def walk(node: Any) -> None:
            node_id = id(node)
            if node_id in visited or not isinstance(node, dict):
                return
            visited.add(node_id)
            if "$ref" in node:
                walk(self.resolve(node))
            for key in ("oneOf", "anyOf", "allOf"):
                for member in node.get(key) or []:
                    walk(member)
            props = node.get("properties") or {}
            event = self.resolve(props.get("event")) if "event" in props else None
            if isinstance(event, dict) and "data" in props:
                names = list(event.get("enum") or [])
                if "const" in event:
                    names.append(event["const"])
                for name in names:
                    self.event_schemas.setdefault(str(name), props["data"])

        for name, schema in schemas.items():
            if name.endswith("StreamEvent"):
                walk(schema)

    # -- lookups -----------------------------------------------------------
    def operation(self, method: str, template: str) -> Operation | None:
        return self.operations.get((method.upper(), normalize_template(template)))

    def component(self, name: str) -> dict[str, Any] | None:
        return ((self.document.get("components") or {}).get("schemas") or {}).get(name)

    def _validator(self, schema: dict[str, Any]) -> Any:
        from jsonschema import Draft202012Validator

        key = id(schema)
        with self._lock:
            validator = self._validators.get(key)
            if validator is None:
                validator = Draft202012Validator(schema, registry=self.registry)
                self._validators[key] = (validator, schema)  # keep schema alive
                return validator
            return validator[0]

    # -- validation --------------------------------------------------------
    def request_error(self, operation: Operation, body: Any) -> APIError | None:
        """The 400 to answer for ``body``, or None when it conforms."""
        schema = operation.request_schema
        if schema is None:
            return None
        from jsonschema.exceptions import best_match

        error = best_match(self._validator(schema).iter_errors(body))
        if error is None:
            return None
        return self._describe(error)

    def _describe(self, error: Any) -> APIError:
        parts = list(error.absolute_path)
        instance = error.instance
        validator = error.validator
        if validator == "required" and isinstance(instance, dict):
            missing = [name for name in error.validator_value if name not in instance]
            name = missing[0] if missing else "?"
            param = _json_path([*parts, name])
            return APIError(
                400, f"Missing required parameter: '{param}'.", param=param, code="missing_required_parameter"
            )
        if validator in ("additionalProperties", "unevaluatedProperties") and isinstance(instance, dict):
            known = set((error.schema.get("properties") or {}).keys())
            extra = [name for name in instance if name not in known]
            name = extra[0] if extra else "?"
            param = _json_path([*parts, name])
            return APIError(
                400, f"Unrecognized request argument supplied: {param}", param=param, code="unknown_parameter"
            )
        param = _json_path(parts) or None
        if validator == "type":
            expected = error.validator_value
            if isinstance(expected, list):
                expected = " or ".join(expected)
            message = f"Invalid type for '{param}': expected {expected}, but got {_type_name(instance)} instead."
            return APIError(400, message, param=param, code="invalid_type")
        where = f"'{param}'" if param else "the request body"
        return APIError(400, f"Invalid value for {where}: {error.message}", param=param, code="invalid_value")

    def check(self, schema: dict[str, Any] | None, instance: Any, limit: int = 3) -> list[str]:
        """Problems found validating ``instance`` against ``schema`` (empty when fine)."""
        if schema is None:
            return []
        problems = []
        for error in self._validator(schema).iter_errors(instance):
            where = _json_path(error.absolute_path) or "<root>"
            problems.append(f"{where}: {error.message[:300]}")
            if len(problems) >= limit:
                break
        return problems
