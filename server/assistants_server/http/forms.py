"""A ``multipart/form-data`` body read as it arrives: file parts go straight to temporary blobs on
disk (never whole in memory), text fields into a small dict; both bounded. Read before the
handler runs, outside the store's transaction; whatever the handler does not commit is removed
(``Form.discard``), so a refused or cut upload leaves no bytes behind.

``form_body`` turns the text fields into the JSON body the operation's schema describes:
``expires_after[seconds]`` becomes ``{"expires_after": {"seconds": ...}}``, converted to the
property's type, and each file field holds a placeholder string so that ``required`` holds.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import ClientDisconnect, Request

from ..errors import ErrorReply, quote
from ..storage.blobs import Blobs, BlobSink
from .multipart import MultipartError, MultipartParser, PartData, PartEnd, PartStart, boundary_of, disposition

MAX_FIELD_BYTES = 64 * 1024  # one text field
MAX_PARTS = 64
FORM_OVERHEAD = 1024 * 1024  # what a body may carry besides its files (fields, headers, boundaries)
FILE_PLACEHOLDER = "<file>"
_BRACKETS = re.compile(r"([^\[\]]+)((?:\[[^\[\]]*\])*)")

JSON = dict[str, Any]


@dataclass
class ReceivedFile:
    """A file part on disk, not yet committed to a blob id."""

    field: str
    filename: str
    content_type: str | None
    writer: BlobSink

    @property
    def size(self) -> int:
        return self.writer.size


@dataclass
class Form:
    fields: dict[str, str] = field(default_factory=dict)
    files: dict[str, ReceivedFile] = field(default_factory=dict)

    def discard(self) -> None:
        """Drop every file part not committed (a no-op for the committed ones)."""
        for received in self.files.values():
            received.writer.abort()


def too_large(param: str, limit: int) -> ErrorReply:
    return ErrorReply(
        413,
        f"The file in '{param}' is larger than this server's limit of {limit} bytes.",
        param=param,
        code="file_too_large",
        headers={"Connection": "close"},  # the rest of the body is never read
    )


def _bad(message: str, param: str | None = None) -> ErrorReply:
    return ErrorReply(400, message, param=param, code="invalid_multipart")


async def read_form(request: Request, blobs: Blobs, file_fields: frozenset[str], file_limit: int) -> Form:
    """The form sent; a 400 for a body that is not multipart/form-data, a 413 past `file_limit`."""
    content_type = request.headers.get("content-type", "")
    boundary = boundary_of(content_type)
    if boundary is None:
        raise ErrorReply(
            400,
            "This operation takes a multipart/form-data body (with its boundary); "
            f"the Content-Type sent was '{quote(content_type) or '(none)'}'.",
            param="Content-Type",
            code="invalid_content_type",
        )
    first_file = min(file_fields) if file_fields else "file"
    declared = request.headers.get("content-length", "")
    if (
        declared.isascii()
        and declared.isdigit()
        and int(declared) > file_limit * max(1, len(file_fields)) + FORM_OVERHEAD
    ):
        raise too_large(first_file, file_limit)
    form = Form()
    try:
        await _receive(request, MultipartParser(boundary), form, blobs, file_fields, file_limit)
    except BaseException:
        form.discard()
        raise
    return form


async def _receive(
    request: Request,
    parser: MultipartParser,
    form: Form,
    blobs: Blobs,
    file_fields: frozenset[str],
    file_limit: int,
) -> None:
    parts = 0
    name = ""
    sink: ReceivedFile | None = None
    text: bytearray | None = None
    try:
        async for chunk in request.stream():
            try:
                events = parser.feed(chunk)
            except MultipartError as exc:
                raise _bad(f"The multipart body could not be read: {exc}.") from None
            for event in events:
                if isinstance(event, PartStart):
                    parts += 1
                    if parts > MAX_PARTS:
                        raise _bad(f"The multipart body has more than {MAX_PARTS} parts.")
                    found = disposition(event.headers)
                    if not found.name:
                        raise _bad("A part of the multipart body has no form-data name.")
                    name = found.name
                    if name in form.files or name in form.fields:
                        raise _bad(f"The field '{quote(name)}' is sent more than once.", param=name)
                    if name in file_fields:
                        sink = ReceivedFile(
                            name, found.filename or "", event.headers.get("content-type"), blobs.writer()
                        )
                        form.files[name] = sink
                    else:
                        sink, text = None, bytearray()
                elif isinstance(event, PartData):
                    if sink is not None:
                        if sink.size + len(event.data) > file_limit:
                            raise too_large(name, file_limit)
                        sink.writer.write(event.data)
                    elif text is not None:
                        text += event.data
                        if len(text) > MAX_FIELD_BYTES:
                            raise _bad(f"The field '{quote(name)}' is longer than {MAX_FIELD_BYTES} bytes.", name)
                elif isinstance(event, PartEnd):
                    if text is not None:
                        try:
                            form.fields[name] = text.decode("utf-8")
                        except UnicodeDecodeError:
                            raise _bad(f"The field '{quote(name)}' is not UTF-8 text.", name) from None
                    sink, text = None, None
    except ClientDisconnect:
        raise ErrorReply(400, "The client went away before sending the whole body.") from None
    try:
        parser.finish()
    except MultipartError as exc:
        raise _bad(f"The multipart body could not be read: {exc}.") from None


def form_body(form: Form, schema: JSON | None, resolve: Callable[[Any], Any]) -> JSON:
    """The fields as the JSON object `schema` describes (see the module's docstring)."""
    body: JSON = {name: FILE_PLACEHOLDER for name in form.files}
    for name, value in form.fields.items():
        match = _BRACKETS.fullmatch(name)
        keys = [match.group(1), *re.findall(r"\[([^\[\]]*)\]", match.group(2))] if match else [name]
        node, node_schema = body, resolve(schema) if schema else {}
        for key in keys[:-1]:
            child = node.get(key)
            if not isinstance(child, dict):
                child = node[key] = {}
            node = child
            node_schema = resolve(((node_schema or {}).get("properties") or {}).get(key)) or {}
        leaf = resolve(((node_schema or {}).get("properties") or {}).get(keys[-1])) or {}
        node[keys[-1]] = _convert(value, leaf.get("type") if isinstance(leaf, dict) else None)
    return body


def _convert(value: str, kind: Any) -> Any:
    """A text field in the type its schema names (left as text when it does not parse)."""
    try:
        if kind == "integer" and len(value) <= 32:
            return int(value.strip())
        if kind == "number" and len(value) <= 64:
            return float(value.strip())
    except ValueError:
        return value
    if kind == "boolean" and value in ("true", "false"):
        return value == "true"
    return value
