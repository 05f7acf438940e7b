"""What an object becomes on another host (pure): references rewritten through the id map, and
the request body that recreates it. Ids the map does not hold are left as they are and
reported by `unmapped`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

__all__ = ["assistant_body", "message_body", "thread_body", "tool_resources", "unmapped"]

JSON = dict[str, Any]
_ASSISTANT_FIELDS = (
    "model",
    "name",
    "description",
    "instructions",
    "tools",
    "metadata",
    "temperature",
    "top_p",
    "response_format",
    "reasoning_effort",
)


def _map(ids: Any, id_map: Mapping[str, str]) -> list[str]:
    return [id_map.get(i, i) for i in ids] if isinstance(ids, list) else []


def tool_resources(resources: Any, id_map: Mapping[str, str]) -> JSON:
    """`tool_resources` with its file and vector store ids rewritten (other tools kept as they are)."""
    if not isinstance(resources, Mapping):
        return {}
    out: JSON = {}
    for tool, value in resources.items():
        if not isinstance(value, Mapping):
            continue
        out[tool] = dict(value)
        for field in ("file_ids", "vector_store_ids"):
            if field in value:
                out[tool][field] = _map(value[field], id_map)
    return out


def assistant_body(assistant: Mapping[str, Any], id_map: Mapping[str, str]) -> JSON:
    body = {field: assistant[field] for field in _ASSISTANT_FIELDS if assistant.get(field) is not None}
    body["tool_resources"] = tool_resources(assistant.get("tool_resources"), id_map)
    return body


def thread_body(thread: Mapping[str, Any], id_map: Mapping[str, str]) -> JSON:
    return {
        "metadata": {
            k: id_map.get(v, v) if isinstance(v, str) else v for k, v in (thread.get("metadata") or {}).items()
        },
        "tool_resources": tool_resources(thread.get("tool_resources"), id_map),
    }


def _annotations(part: Mapping[str, Any], id_map: Mapping[str, str]) -> list[JSON]:
    found = []
    for note in (part.get("text") or {}).get("annotations") or []:
        note = dict(note)
        for key in ("file_citation", "file_path"):
            if isinstance(note.get(key), Mapping) and "file_id" in note[key]:
                note[key] = {**note[key], "file_id": id_map.get(note[key]["file_id"], note[key]["file_id"])}
        found.append(note)
    return found


def message_body(message: Mapping[str, Any], id_map: Mapping[str, str]) -> tuple[JSON, list[JSON]]:
    """The createMessage body, and the annotations (file ids rewritten) the API cannot take: the
    importer keeps them in the report."""
    content: list[JSON] = []
    annotations: list[JSON] = []
    for part in message.get("content") or []:
        kind = part.get("type")
        if kind == "text":
            content.append({"type": "text", "text": part["text"]["value"]})
            annotations.extend(_annotations(part, id_map))
        elif kind == "image_file":
            content.append(
                {
                    "type": "image_file",
                    "image_file": {
                        **part["image_file"],
                        "file_id": id_map.get(part["image_file"]["file_id"], part["image_file"]["file_id"]),
                    },
                }
            )
        elif kind == "image_url":
            content.append({"type": "image_url", "image_url": part["image_url"]})
    if not content:
        content.append({"type": "text", "text": "(empty)"})
    attachments = [
        {**a, "file_id": id_map.get(a.get("file_id", ""), a.get("file_id"))} for a in message.get("attachments") or []
    ]
    body: JSON = {"role": message.get("role", "user"), "content": content, "metadata": message.get("metadata") or {}}
    if attachments:
        body["attachments"] = attachments
    return body, annotations


def unmapped(ids: list[str], id_map: Mapping[str, str]) -> list[str]:
    return [i for i in ids if i not in id_map]
