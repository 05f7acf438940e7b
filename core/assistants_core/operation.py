"""One operation as data, and what turns a call of it into a request and its answer into a model.

An `Operation` record says what the spec says of one operation (method, path, parameters, body
and response models, and their kinds: a JSON or a streamed multipart body, a JSON or a binary
answer); the generated modules hold one per operation. `build_request` gives the
arguments of `httpx2.Client.build_request` for a call; `decode_response` turns a read 2xx answer
into the operation's model, any failure into `APIResponseValidationError`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from importlib import import_module
from typing import Any
from urllib.parse import quote

import httpx2

from . import errors
from .multipart import MultipartBody
from .types import UNSET, InvalidValue

__all__ = [
    "Operation",
    "build_request",
    "decode_model",
    "decode_response",
    "jsonable",
    "query_params",
    "stream_body",
]


class Operation:
    """What the spec says of one operation: enough to build its request and decode its answer.

    `body` and `response` name models as "module:Class" inside the `models` package, which is
    imported only when a model is first needed. `body_kind` is "json" or "multipart" (then
    `file_fields` names the binary fields, streamed from their sources); `response_kind` is
    "json" or "binary" (the answer's bytes as they came; `response` is then None).
    """

    __slots__ = (
        "_models",
        "body",
        "body_kind",
        "file_fields",
        "method",
        "models",
        "name",
        "path",
        "path_params",
        "response",
        "response_kind",
        "streams",
    )

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        path_params: tuple[str, ...],
        body: str | None,
        response: str | None,
        streams: bool = False,
        *,
        models: str,
        body_kind: str = "json",
        file_fields: tuple[str, ...] = (),
        response_kind: str = "json",
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.path_params = path_params
        self.body = body
        self.response = response
        self.streams = streams
        self.models = models
        self.body_kind = body_kind
        self.file_fields = file_fields
        self.response_kind = response_kind
        self._models: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.method} {self.path})"

    def model(self, ref: str) -> Any:
        """The model class named by `ref` ("module:Class"), imported on first use."""
        cls = self._models.get(ref)
        if cls is None:
            module, _, name = ref.partition(":")
            cls = self._models[ref] = getattr(import_module(f"{self.models}.{module}"), name)
        return cls

    def url(self, path_args: Sequence[str]) -> str:
        """The path with every parameter URL-encoded (a `/` in an id cannot change the route)."""
        if not self.path_params:
            return self.path
        return self.path.format(**{n: _segment(v) for n, v in zip(self.path_params, path_args, strict=True)})

    def decode(self, data: Any, strict: bool = False) -> Any:
        """Decode a parsed JSON body into the response model, or raise ResponseDecodeError.

        Tolerant by default (what a host left out reads as None); `strict=True` rejects any
        value the spec does not allow, naming its JSON path."""
        if self.response is None:
            raise errors.ResponseDecodeError(self.name, "bytes", "a binary answer has no JSON model")
        return decode_model(self.model(self.response), data, self.name, strict)


_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_-]+").fullmatch


def _segment(value: Any) -> str:
    """One path parameter, percent-encoded (an ID as the API makes them needs none)."""
    text = str(value)
    return text if _PLAIN_SEGMENT(text) else quote(text, safe="")


def decode_model(cls: Any, data: Any, operation: str, strict: bool = False) -> Any:
    """`cls.from_dict(data)`, with any failure turned into errors.ResponseDecodeError."""
    if not isinstance(data, dict):  # JSON objects are dicts; a Mapping ABC check costs more
        raise errors.ResponseDecodeError(operation, cls.__name__, f"expected a JSON object, got {type(data).__name__}")
    try:
        return cls.from_dict(data, strict)
    except InvalidValue as exc:
        raise errors.ResponseDecodeError(operation, cls.__name__, exc.reason, exc.json_path) from exc
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        raise errors.ResponseDecodeError(operation, cls.__name__, reason) from exc


def jsonable(value: Any) -> Any:
    """A request body as plain JSON data: models become dicts, mappings and lists are walked."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def query_params(query: Mapping[str, Any] | None) -> dict[str, Any]:
    """Query parameters as httpx takes them; None and UNSET mean "not sent"."""
    params: dict[str, Any] = {}
    if query:
        for key, value in query.items():
            if value is None or value is UNSET:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, (list, tuple)):
                value = [str(v) for v in value]
            params[key] = value
    return params


def build_request(
    op: Operation, path_args: Sequence[str], body: Any, query: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The keyword arguments of `httpx2.Client.build_request` for one call."""
    request: dict[str, Any] = {"method": op.method, "url": op.url(path_args)}
    params = query_params(query)
    if params:
        request["params"] = params
    if op.body_kind == "multipart":
        if isinstance(body, MultipartBody):  # made by the caller (to watch its progress)
            multipart = body
        else:
            fields = body.to_dict() if hasattr(body, "to_dict") else {k: v for k, v in body.items() if v is not UNSET}
            multipart = MultipartBody(fields, op.file_fields)
        request["content"] = multipart
        request["headers"] = multipart.headers()
    elif op.body is not None:
        request["content"] = json.dumps(jsonable(body), separators=(",", ":")).encode()
        request["headers"] = {"Content-Type": "application/json"}
    return request


def decode_response(op: Operation, response: httpx2.Response, strict: bool, secrets: Sequence[str] = ()) -> Any:
    """The decoded model of a read 2xx answer. Whatever the bytes (not JSON, invalid UTF-8,
    nesting too deep for the parser, a number too large for a float, a value the schema does not
    allow), a failure is an errors.APIResponseValidationError naming the operation and the JSON
    path, with the original chained. A binary answer is its bytes."""
    if op.response_kind == "binary":
        return response.content
    try:
        data = json.loads(response.content)
    except Exception as exc:  # ValueError, UnicodeDecodeError, RecursionError
        kind = response.headers.get("content-type", "no content-type")
        snippet = errors.redact(errors.quote(response.text), secrets)
        raise errors.APIResponseValidationError(
            f"{op.name}: the response body is not JSON ({kind}): {snippet!r} ({type(exc).__name__})",
            response=response,
            operation=op.name,
            model=None,
        ) from exc
    try:
        return op.decode(data, strict)
    except errors.ResponseDecodeError as exc:
        where = f" at {exc.path}" if exc.path else ""
        reason = errors.redact(errors.quote(exc.reason), secrets)
        message = f"{op.name}: the response is not a valid {exc.model}{where}: {reason}"
        raise errors.APIResponseValidationError(
            message, response=response, operation=op.name, model=exc.model, path=exc.path
        ) from exc
    except Exception as exc:  # RecursionError, OverflowError: what the decoders do not name themselves
        model = (op.response or "").partition(":")[2]
        reason = errors.redact(errors.quote(f"{type(exc).__name__}: {exc}"), secrets)
        raise errors.APIResponseValidationError(
            f"{op.name}: the response is not a valid {model}: {reason}",
            response=response,
            operation=op.name,
            model=model,
        ) from exc


def stream_body(request: httpx2.Request, spec: Mapping[str, Any]) -> httpx2.Request:
    """Give a built request its multipart body as its stream, so that both the sync and the async
    engines read it (httpx2 wraps an iterable `content` as a sync-only stream)."""
    content = spec.get("content")
    if isinstance(content, MultipartBody):
        request.stream = content
    return request
