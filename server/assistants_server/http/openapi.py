"""Reading openapi.yaml: the operations the server serves, and checking requests and answers
against their schemas.

The spec is loaded from ``openapi.yaml`` at the top of the package (a relative symlink to the
repository's single copy, a plain file in the wheel). Schemas are checked with ``jsonschema``
(draft 2020-12); every local ``$ref`` is made absolute so that any sub-schema can be checked on
its own against a registry holding the whole document.

Two copies of the document are checked against:

* answers use the document as written, except that a union whose members are told apart by a
  ``type`` const checks an object against the one member its ``type`` names;
* requests use a stricter copy, as the API itself is strict: objects with declared
  ``properties`` accept no other keys, and the ``Unknown*`` catch-all members of unions are
  left out, so an unknown kind is a 400 and a known kind has to match its own schema.
"""

from __future__ import annotations

import os
import re
import threading
from dataclasses import dataclass, field
from typing import Any

from ..errors import ErrorReply, quote
from .schema_errors import describe as _describe
from .schema_errors import json_path as _json_path
from .schema_errors import message as _message
from .schema_errors import pick as _pick

RESPONSE_URI = "urn:assistants-server:openapi"
REQUEST_URI = "urn:assistants-server:openapi:request"
DEFAULT_SPEC_PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "openapi.yaml")
METHODS = ("get", "post", "put", "patch", "delete")
_PATH_PARAM_RE = re.compile(r"\{([^}/]+)\}")
_CATCH_ALL_PREFIX = "#/components/schemas/Unknown"

JSON = dict[str, Any]


@dataclass(frozen=True)
class QueryParameter:
    name: str
    schema: JSON
    required: bool
    array: bool


@dataclass
class SpecEndpoint:
    """One operation of openapi.yaml, with what the server needs to serve it."""

    operation_id: str
    method: str
    path: str  # the template, e.g. /threads/{thread_id}/runs
    deprecated: bool = False
    streaming: bool = False  # it may answer text/event-stream
    request_schema: JSON | None = None
    request_media: str = "application/json"  # or multipart/form-data
    body_required: bool = False
    beta_header: bool = True  # False: `x-beta-header: false`, no OpenAI-Beta header needed
    query: list[QueryParameter] = field(default_factory=list)
    responses: dict[str, JSON] = field(default_factory=dict)

    @property
    def path_params(self) -> list[str]:
        return _PATH_PARAM_RE.findall(self.path)

    def response_schema(self, status: int, content_type: str) -> JSON | None:
        for key in (str(status), f"{status // 100}XX", f"{status // 100}xx", "default"):
            resp = self.responses.get(key)
            if resp is None:
                continue
            content = resp.get("content") or {}
            media = content.get(content_type)
            if media is None and content_type == "application/json":
                media = next((v for k, v in content.items() if "json" in k), None)
            if media is not None:
                schema = media.get("schema")
                return schema if isinstance(schema, dict) else None
            return None
        return None


def _to_json_schema(node: Any, uri: str) -> Any:
    """Copy of ``node`` with absolute refs."""
    if isinstance(node, list):
        return [_to_json_schema(item, uri) for item in node]
    if not isinstance(node, dict):
        return node
    out: JSON = {}
    for key, value in node.items():
        if key == "$ref" and isinstance(value, str) and value.startswith("#"):
            out[key] = uri + value
        else:
            out[key] = _to_json_schema(value, uri)
    return out


class _Document:
    """One translated copy of the spec with its registry and cached validators."""

    def __init__(self, raw: JSON, uri: str, strict: bool) -> None:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT202012

        self.uri = uri
        self.strict = strict
        self.tree: JSON = _to_json_schema(raw, uri)
        schemas = (self.tree.get("components") or {}).get("schemas") or {}
        if strict:
            for schema in schemas.values():
                _close_objects(schema)
        for name in list(schemas):
            schemas[name] = self._dispatch(schemas[name])
        self.registry: Any = Registry().with_resource(
            uri, Resource.from_contents(self.tree, default_specification=DRAFT202012)
        )
        self._validators: dict[int, tuple[Any, JSON]] = {}
        self._lock = threading.Lock()

    def resolve(self, node: Any) -> Any:
        """Follow ``$ref`` chains (absolute refs into this document) to the target."""
        for _ in range(32):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                break
            ref: str = node["$ref"]
            if not ref.startswith(self.uri + "#/"):
                break
            target: Any = self.tree
            for token in ref[len(self.uri) + 2 :].split("/"):
                target = target[token.replace("~1", "/").replace("~0", "~")]
            node = target
        return node

    def _kind(self, member: Any) -> str | None:
        """The ``type`` const of a union member, if it has one."""
        target = self.resolve(member)
        if not isinstance(target, dict):
            return None
        prop = (target.get("properties") or {}).get("type")
        const = prop.get("const") if isinstance(prop, dict) else None
        return const if isinstance(const, str) else None

    def _dispatch(self, node: Any) -> Any:
        """Unions told apart by a ``type`` const check an object against the member it names."""
        if isinstance(node, list):
            return [self._dispatch(item) for item in node]
        if not isinstance(node, dict):
            return node
        node = {k: self._dispatch(v) for k, v in node.items()}
        for key in ("anyOf", "oneOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            kinds = [(self._kind(m), m) for m in members]
            known = [(kind, m) for kind, m in kinds if kind is not None]
            if not known:
                continue
            others = [m for kind, m in kinds if kind is None]
            if self.strict:
                others = [m for m in others if not str(m.get("$ref", "")).startswith(self.uri + _CATCH_ALL_PREFIX)]
            names = [kind for kind, _ in known]
            object_rest: JSON = {"required": ["type"], "properties": {"type": {"enum": names}}}
            for m in others:
                target = self.resolve(m)
                if isinstance(target, dict) and target.get("type") == "object":
                    object_rest = {"anyOf": others}  # a catch-all takes the remaining objects
                    break
            scalar_rest: JSON = {"anyOf": others} if others else {"type": "object"}
            chain: JSON = {"if": {"type": "object"}, "then": object_rest, "else": scalar_rest}
            for kind, member in reversed(known):
                chain = {
                    "if": {"type": "object", "required": ["type"], "properties": {"type": {"const": kind}}},
                    "then": member,
                    "else": chain,
                }
            del node[key]
            node.update(chain)
        return node

    def validator(self, schema: JSON) -> Any:
        from jsonschema import Draft202012Validator

        key = id(schema)
        with self._lock:
            found = self._validators.get(key)
            if found is None:
                found = (Draft202012Validator(schema, registry=self.registry), schema)  # keep schema alive
                self._validators[key] = found
            return found[0]


def _close_objects(node: Any) -> None:
    """Objects that declare their properties take no others (the API's own strictness)."""
    if isinstance(node, list):
        for item in node:
            _close_objects(item)
        return
    if not isinstance(node, dict):
        return
    for value in node.values():
        _close_objects(value)
    if isinstance(node.get("properties"), dict) and "additionalProperties" not in node:
        node["additionalProperties"] = False


class Spec:
    """The parsed spec: its endpoints, stream events and validators."""

    def __init__(self, document: JSON, source: str = "<memory>") -> None:
        import jsonschema  # noqa: F401  (fail early when the extra is missing)

        self.source = source
        self.raw = document
        self._answers = _Document(document, RESPONSE_URI, strict=False)
        self._requests = _Document(document, REQUEST_URI, strict=True)
        self.endpoints: list[SpecEndpoint] = []
        self._index_endpoints()
        self.event_schemas: dict[str, JSON] = {}
        self._index_stream_events()

    @classmethod
    def load(cls, path: str | None = None) -> Spec:
        import yaml

        path = path or DEFAULT_SPEC_PATH
        # libyaml's loader (in PyYAML's wheels) reads the spec five times faster than the pure
        # Python one, which took most of a server's start; both give the same document
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(path, encoding="utf-8") as fh:
            document = yaml.load(fh, Loader=loader)
        if not isinstance(document, dict) or "paths" not in document:
            raise ValueError(f"{path} is not an OpenAPI document (no 'paths')")
        return cls(document, source=path)

    # -- indexing ------------------------------------------------------------
    def _index_endpoints(self) -> None:
        answers, requests = self._answers, self._requests
        for path, raw_item in (requests.tree.get("paths") or {}).items():
            if not isinstance(raw_item, dict):
                continue
            shared = raw_item.get("parameters") or []
            for method in METHODS:
                op = raw_item.get(method)
                if not isinstance(op, dict):
                    continue
                request_schema, body_required, request_media = None, False, "application/json"
                body = requests.resolve(op.get("requestBody"))
                if isinstance(body, dict):
                    content = body.get("content") or {}
                    request_media = next((m for m in (request_media, "multipart/form-data") if m in content), "")
                    media = content.get(request_media)
                    if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                        request_schema = media["schema"]
                    body_required = bool(body.get("required"))
                query = []
                for param in [requests.resolve(p) for p in [*shared, *(op.get("parameters") or [])]]:
                    if not isinstance(param, dict) or param.get("in") != "query":
                        continue
                    schema = param.get("schema") or {}
                    query.append(
                        QueryParameter(
                            name=str(param["name"]),
                            schema=schema,
                            required=bool(param.get("required")),
                            array=requests.resolve(schema).get("type") == "array",
                        )
                    )
                answer_op = answers.tree["paths"][path][method]
                responses = {str(k): answers.resolve(v) for k, v in (answer_op.get("responses") or {}).items()}
                streaming = any("text/event-stream" in (r.get("content") or {}) for r in responses.values())
                self.endpoints.append(
                    SpecEndpoint(
                        operation_id=str(op.get("operationId") or f"{method} {path}"),
                        method=method.upper(),
                        path=path,
                        deprecated=bool(op.get("deprecated")),
                        streaming=streaming,
                        request_schema=request_schema,
                        request_media=request_media or "application/json",
                        body_required=body_required,
                        beta_header=op.get("x-beta-header") is not False,
                        query=query,
                        responses=responses,
                    )
                )

    def _index_stream_events(self) -> None:
        """Map each SSE event name to the schema of its ``data``: components named
        ``*StreamEvent`` are unions of objects whose ``event`` is an enum (or const)."""
        doc = self._answers
        schemas = (doc.tree.get("components") or {}).get("schemas") or {}
        visited: set[int] = set()

        def walk(node: Any) -> None:
            if id(node) in visited or not isinstance(node, dict):
                return
            visited.add(id(node))
            if "$ref" in node:
                walk(doc.resolve(node))
            for key in ("oneOf", "anyOf", "allOf", "then", "else"):
                value = node.get(key)
                for member in value if isinstance(value, list) else [value]:
                    walk(member)
            props = node.get("properties") or {}
            event = doc.resolve(props.get("event")) if "event" in props else None
            if isinstance(event, dict) and "data" in props:
                names = list(event.get("enum") or [])
                if "const" in event:
                    names.append(event["const"])
                for name in names:
                    self.event_schemas.setdefault(str(name), props["data"])

        for name, schema in schemas.items():
            if name.endswith("StreamEvent"):
                walk(schema)

    # -- lookups -------------------------------------------------------------
    def endpoint(self, operation_id: str) -> SpecEndpoint | None:
        return next((e for e in self.endpoints if e.operation_id == operation_id), None)

    def resolve(self, node: Any) -> Any:
        """A request schema node with its ``$ref`` chain followed."""
        return self._requests.resolve(node)

    def component(self, name: str) -> JSON | None:
        found = ((self._answers.tree.get("components") or {}).get("schemas") or {}).get(name)
        return found if isinstance(found, dict) else None

    # -- requests ------------------------------------------------------------
    def body_error(self, endpoint: SpecEndpoint, body: Any) -> ErrorReply | None:
        """The 400 to answer for ``body``, or None when it conforms."""
        if endpoint.request_schema is None:
            return None
        error = _pick(self._requests.validator(endpoint.request_schema).iter_errors(body))
        while error is not None and error.validator in ("anyOf", "oneOf") and error.context:
            # a union such as `Metadata | null`: name what broke in the members of the value's type
            fitting = [e for e in error.context if e.validator != "type"]
            if not fitting:
                break
            error = _pick(fitting)
        return None if error is None else _describe(error)

    def parse_query(self, endpoint: SpecEndpoint, query: Any) -> JSON:
        """The query parameters ``endpoint`` declares, converted to their schema's types and
        checked against it; ``query`` is a multi-dict (``get``/``getlist``). Raises ErrorReply."""
        values: JSON = {}
        for param in endpoint.query:
            if param.array:
                raw: Any = list(query.getlist(param.name))
                if not raw:
                    continue
            else:
                raw = query.get(param.name)
                if raw is None:
                    if param.required:
                        raise ErrorReply(
                            400,
                            f"Missing required query parameter '{param.name}'.",
                            param=param.name,
                            code="missing_required_parameter",
                        )
                    continue
            value = self._convert(param, raw)
            self._check_query_value(param, value)
            values[param.name] = value
        return values

    def _convert(self, param: QueryParameter, raw: Any) -> Any:
        kind = self._requests.resolve(param.schema).get("type")
        if kind in ("integer", "number"):
            try:
                return int(raw) if kind == "integer" else float(raw)
            except ValueError:
                expected = "an integer" if kind == "integer" else "a number"
                raise ErrorReply(
                    400,
                    f"Invalid value for '{param.name}': expected {expected}, got '{quote(raw)}'.",
                    param=param.name,
                    code="invalid_type",
                ) from None
        if kind == "boolean":
            return str(raw).lower() in ("true", "1")
        return raw

    def _check_query_value(self, param: QueryParameter, value: Any) -> None:
        from jsonschema.exceptions import best_match

        error = best_match(self._requests.validator(param.schema).iter_errors(value))
        if error is None:
            return
        if error.validator in ("minimum", "maximum") and isinstance(value, int):
            schema = self._requests.resolve(param.schema)
            low, high = schema.get("minimum"), schema.get("maximum")
            raise ErrorReply(
                400,
                f"Invalid '{param.name}': integer out of range. "
                f"Expected a value between {low} and {high}, but got {value} instead.",
                param=param.name,
                code="integer_out_of_range",
            )
        where = _json_path([param.name, *error.absolute_path])
        raise ErrorReply(400, f"Invalid value for '{where}': {_message(error)}", param=param.name, code="invalid_value")

    # -- answers -------------------------------------------------------------
    def check(self, schema: JSON | None, instance: Any, limit: int = 3) -> list[str]:
        """Problems found validating an answer against ``schema`` (empty when fine)."""
        if schema is None:
            return []
        problems = []
        for error in self._answers.validator(schema).iter_errors(instance):
            where = _json_path(error.absolute_path) or "<root>"
            problems.append(f"{where}: {_message(error)}")
            if len(problems) >= limit:
                break
        return problems


def path_params(template: str) -> list[str]:
    return _PATH_PARAM_RE.findall(template)


__all__ = ["DEFAULT_SPEC_PATH", "QueryParameter", "Spec", "SpecEndpoint", "path_params"]
