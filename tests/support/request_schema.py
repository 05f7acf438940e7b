"""What a Chat Completions request may hold, as a JSON Schema, plus the rules a schema cannot say.

Written from the Chat Completions API's documented request shape, reduced to the fields this
backend sends: a request with any other top-level key, or a ``null`` anywhere, is wrong.
:func:`request_problems` is what the fake upstream checks every request with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import jsonschema

_TEXT_PART: dict[str, Any] = {
    "type": "object",
    "required": ["type", "text"],
    "additionalProperties": False,
    "properties": {"type": {"const": "text"}, "text": {"type": "string"}},
}
_IMAGE_PART: dict[str, Any] = {
    "type": "object",
    "required": ["type", "image_url"],
    "additionalProperties": False,
    "properties": {
        "type": {"const": "image_url"},
        "image_url": {
            "type": "object",
            "required": ["url"],
            "additionalProperties": False,
            "properties": {"url": {"type": "string"}, "detail": {"enum": ["auto", "low", "high"]}},
        },
    },
}
_TEXT_CONTENT: dict[str, Any] = {
    "anyOf": [{"type": "string"}, {"type": "array", "minItems": 1, "items": _TEXT_PART}],
}
_NAME: dict[str, Any] = {"type": "string", "minLength": 1}


def _message(role: str, properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["role", *required],
        "additionalProperties": False,
        "properties": {"role": {"const": role}, "name": _NAME, **properties},
    }


_TOOL_CALL: dict[str, Any] = {
    "type": "object",
    "required": ["id", "type", "function"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "minLength": 1},
        "type": {"const": "function"},
        "function": {
            "type": "object",
            "required": ["name", "arguments"],
            "additionalProperties": False,
            "properties": {"name": {"type": "string", "minLength": 1}, "arguments": {"type": "string"}},
        },
    },
}

_ASSISTANT = _message(
    "assistant",
    {
        "content": _TEXT_CONTENT,
        "tool_calls": {"type": "array", "minItems": 1, "items": _TOOL_CALL},
    },
    [],
)
_ASSISTANT["anyOf"] = [{"required": ["content"]}, {"required": ["tool_calls"]}]

_FUNCTION_NAME: dict[str, Any] = {"type": "string", "pattern": "^[A-Za-z0-9_-]{1,64}$"}


def _named(payload: str) -> dict[str, Any]:
    """A tool's function or a response format's json_schema: a name, and ``payload`` a free-form schema."""
    return {
        "type": "object",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {
            "name": _FUNCTION_NAME,
            "description": {"type": "string"},
            payload: {"type": "object"},
            "strict": {"type": "boolean"},
        },
    }


CHAT_REQUEST_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Chat Completions request (the fields this backend sends)",
    "type": "object",
    "required": ["model", "messages"],
    "additionalProperties": False,
    "properties": {
        "model": {"type": "string", "minLength": 1},
        "messages": {
            "type": "array",
            "minItems": 1,
            "items": {
                "oneOf": [
                    _message("system", {"content": _TEXT_CONTENT}, ["content"]),
                    _message("developer", {"content": _TEXT_CONTENT}, ["content"]),
                    _message(
                        "user",
                        {
                            "content": {
                                "anyOf": [
                                    {"type": "string"},
                                    {"type": "array", "minItems": 1, "items": {"oneOf": [_TEXT_PART, _IMAGE_PART]}},
                                ]
                            }
                        },
                        ["content"],
                    ),
                    _ASSISTANT,
                    {
                        "type": "object",
                        "required": ["role", "tool_call_id", "content"],
                        "additionalProperties": False,
                        "properties": {
                            "role": {"const": "tool"},
                            "tool_call_id": {"type": "string", "minLength": 1},
                            "content": _TEXT_CONTENT,
                        },
                    },
                ]
            },
        },
        "tools": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["type", "function"],
                "additionalProperties": False,
                "properties": {
                    "type": {"const": "function"},
                    "function": _named("parameters"),
                },
            },
        },
        "tool_choice": {
            "anyOf": [
                {"enum": ["none", "auto", "required"]},
                {
                    "type": "object",
                    "required": ["type", "function"],
                    "additionalProperties": False,
                    "properties": {
                        "type": {"const": "function"},
                        "function": {
                            "type": "object",
                            "required": ["name"],
                            "additionalProperties": False,
                            "properties": {"name": _FUNCTION_NAME},
                        },
                    },
                },
            ]
        },
        "parallel_tool_calls": {"type": "boolean"},
        "temperature": {"type": "number", "minimum": 0, "maximum": 2},
        "top_p": {"type": "number", "minimum": 0, "maximum": 1},
        "response_format": {
            "oneOf": [
                {
                    "type": "object",
                    "required": ["type"],
                    "additionalProperties": False,
                    "properties": {"type": {"enum": ["text", "json_object"]}},
                },
                {
                    "type": "object",
                    "required": ["type", "json_schema"],
                    "additionalProperties": False,
                    "properties": {
                        "type": {"const": "json_schema"},
                        "json_schema": _named("schema"),
                    },
                },
            ]
        },
        "max_completion_tokens": {"type": "integer", "minimum": 1},
        "stream": {"type": "boolean"},
        "stream_options": {
            "type": "object",
            "additionalProperties": False,
            "properties": {"include_usage": {"type": "boolean"}},
        },
    },
    "dependentRequired": {
        "tool_choice": ["tools"],
        "parallel_tool_calls": ["tools"],
        "stream_options": ["stream"],
    },
}

_VALIDATOR = jsonschema.Draft202012Validator(CHAT_REQUEST_SCHEMA)


def _nulls(value: Any, path: str) -> list[str]:
    """Paths of every null, including inside free-form parts (parameters, schemas)."""
    if value is None:
        return [path or "(body)"]
    if isinstance(value, Mapping):
        return [p for k, v in value.items() for p in _nulls(v, f"{path}.{k}" if path else str(k))]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _nulls(v, f"{path}[{i}]")]
    return []


def request_problems(body: Any) -> list[str]:
    """Everything wrong with ``body`` as a Chat Completions request; empty when it is fine."""
    if not isinstance(body, Mapping):
        return ["the body is not a JSON object"]
    problems = [f"null at {p}" for p in _nulls(body, "")]
    for error in sorted(_VALIDATOR.iter_errors(body), key=lambda e: list(e.absolute_path)):
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.absolute_path).lstrip(".")
        problems.append(f"{where or '(body)'}: {error.message[:300]}")
    if problems:
        return problems
    return _conversation_problems(body)


def _conversation_problems(body: Mapping[str, Any]) -> list[str]:
    """What the real endpoint also refuses: tool messages that answer no call, calls left unanswered,
    a named tool_choice that names no tool."""
    problems: list[str] = []
    pending: list[str] = []
    for index, message in enumerate(body["messages"]):
        role = message["role"]
        if role == "tool":
            if message["tool_call_id"] not in pending:
                problems.append(f"messages[{index}]: tool message answers no pending call")
            else:
                pending.remove(message["tool_call_id"])
            continue
        if pending:
            problems.append(f"messages[{index}]: tool calls {pending} were not answered before this message")
            pending = []
        if role == "assistant":
            pending = [call["id"] for call in message.get("tool_calls") or ()]
    if pending:
        problems.append(f"the last assistant message's tool calls {pending} have no tool messages")
    choice = body.get("tool_choice")
    if isinstance(choice, Mapping):
        names = {tool["function"]["name"] for tool in body.get("tools") or ()}
        if choice["function"]["name"] not in names:
            problems.append(f"tool_choice names {choice['function']['name']!r}, which is not among the tools")
    return problems


__all__ = ["CHAT_REQUEST_SCHEMA", "request_problems"]
