"""Building the API's objects in their wire form and storing them (no HTTP here).

Every object carries every key the real API sends (nulls included), ids with the real prefixes
and integer Unix timestamps. The builders are shared by the domain, the run engine and the
state API of ``Server``, so an object made by any of them is what the HTTP API would make.
"""

from __future__ import annotations

from typing import Any

from .config import ServerConfig
from .errors import bad_request
from .stats import Stats
from .storage.sql_objects import ObjectStore, new_id

JSON = dict[str, Any]
MESSAGE_ROLES = ("user", "assistant")


def tool_resources(value: Any) -> JSON:
    """The stored form of ``tool_resources`` (new vector stores get an id)."""
    if not isinstance(value, dict):
        return {}
    out: JSON = {}
    ci = value.get("code_interpreter")
    if isinstance(ci, dict):
        out["code_interpreter"] = {"file_ids": list(ci.get("file_ids") or [])}
    fs = value.get("file_search")
    if isinstance(fs, dict):
        ids = list(fs.get("vector_store_ids") or [])
        if not ids and fs.get("vector_stores"):
            ids = [new_id("vs_")]
        out["file_search"] = {"vector_store_ids": ids}
    search = value.get("azure_ai_search")  # an Azure AI Foundry extension
    if isinstance(search, dict):
        out["azure_ai_search"] = {"indexes": [dict(i) for i in search.get("indexes") or [] if isinstance(i, dict)]}
    return out


def message_content(value: Any, param: str) -> list[JSON]:
    if isinstance(value, str):
        return [{"type": "text", "text": {"value": value, "annotations": []}}]
    if not isinstance(value, list) or not value:
        raise bad_request(f"Missing required parameter: '{param}'.", param)
    parts = []
    for i, part in enumerate(value):
        kind = part.get("type") if isinstance(part, dict) else None
        where = f"{param}[{i}]"
        if kind == "text" and isinstance(part.get("text"), str):
            parts.append({"type": "text", "text": {"value": part["text"], "annotations": []}})
        elif kind == "image_file" and isinstance(part.get("image_file"), dict) and part["image_file"].get("file_id"):
            img = part["image_file"]
            parts.append(
                {"type": "image_file", "image_file": {"file_id": img["file_id"], "detail": img.get("detail") or "auto"}}
            )
        elif kind == "image_url" and isinstance(part.get("image_url"), dict) and part["image_url"].get("url"):
            img = part["image_url"]
            parts.append({"type": "image_url", "image_url": {"url": img["url"], "detail": img.get("detail") or "auto"}})
        else:
            raise bad_request(
                f"Invalid value for '{where}': expected a text, image_file or image_url content part.",
                where,
                "invalid_value",
            )
    return parts


def message_input(body: Any, param: str = "") -> JSON:
    """A message request body checked and converted to ``make_message`` keywords."""
    prefix = f"{param}." if param else ""
    if not isinstance(body, dict):
        raise bad_request(f"Invalid type for '{param}': expected an object.", param or None)
    role = body.get("role")
    if role not in MESSAGE_ROLES:
        raise bad_request(
            f"Invalid value: '{role}'. Supported values are: 'user' and 'assistant'.", f"{prefix}role", "invalid_value"
        )
    return {
        "role": role,
        "content": message_content(body.get("content"), f"{prefix}content"),
        "attachments": body.get("attachments") or [],
        "metadata": body.get("metadata") or {},
    }


class ObjectFactory:
    """Makes and stores assistants, threads, messages, runs and steps."""

    def __init__(self, store: ObjectStore, stats: Stats, config: ServerConfig) -> None:
        self.store = store
        self.stats = stats
        self.config = config

    def assistant(self, body: JSON) -> JSON:
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise bad_request("Missing required parameter: 'model'.", "model", "missing_required_parameter")
        asst = {
            "id": new_id("asst_"),
            "object": "assistant",
            "created_at": self.store.timestamp(),
            "name": body.get("name"),
            "description": body.get("description"),
            "model": model,
            "instructions": body.get("instructions"),
            "tools": body.get("tools") or [],
            "tool_resources": tool_resources(body.get("tool_resources")),
            "metadata": body.get("metadata") or {},
            "top_p": 1.0 if body.get("top_p") is None else body["top_p"],
            "temperature": 1.0 if body.get("temperature") is None else body["temperature"],
            "reasoning_effort": body.get("reasoning_effort"),
            "response_format": body.get("response_format") or "auto",
        }
        self.store.insert("assistant", asst)
        self.stats.created("assistant")
        return asst

    def thread(self, body: JSON) -> JSON:
        messages = body.get("messages") or []
        converted = [message_input(m, f"messages[{i}]") for i, m in enumerate(messages)]
        thread_id = new_id("thread_")
        thread: JSON = {
            "id": thread_id,
            "object": "thread",
            "created_at": self.store.timestamp(),
            "metadata": body.get("metadata") or {},
            "tool_resources": tool_resources(body.get("tool_resources")),
        }
        self.store.insert("thread", thread)
        self.stats.created("thread")
        for m in converted:
            self.message(thread_id=thread_id, **m)
        return thread

    def message(
        self,
        *,
        thread_id: str,
        role: str,
        content: list[JSON],
        attachments: list[JSON] | None = None,
        metadata: JSON | None = None,
        assistant_id: str | None = None,
        run_id: str | None = None,
        status: str = "completed",
    ) -> JSON:
        created = self.store.timestamp()
        message_id = new_id("msg_")
        message: JSON = {
            "id": message_id,
            "object": "thread.message",
            "created_at": created,
            "assistant_id": assistant_id,
            "thread_id": thread_id,
            "run_id": run_id,
            "role": role,
            "content": content,
            "attachments": attachments or [],
            "metadata": metadata or {},
            "status": status,
            "incomplete_details": None,
            "completed_at": created if status == "completed" and role == "assistant" else None,
            "incomplete_at": None,
        }
        self.store.insert("message", message, parent=thread_id, run_id=run_id)
        self.stats.created("thread.message")
        file_ids = [a["file_id"] for a in attachments or [] if isinstance(a, dict) and a.get("file_id")]
        for file_id in dict.fromkeys(file_ids):
            self.store.insert(
                "message_file",
                {"id": file_id, "object": "thread.message.file", "created_at": created, "message_id": message_id},
                parent=message_id,
            )
        return message

    def seed_messages(
        self, thread_id: str, count: int, text: str = "Seed message {i}", role: str = "user", first: int = 0
    ) -> JSON:
        """Bulk insert ``count`` completed messages numbered from ``first`` (``{i}`` in ``text``; a fast path
        for benchmarks)."""
        if role not in MESSAGE_ROLES:
            raise bad_request("role must be 'user' or 'assistant'", "role")
        rows: list[tuple[JSON, str | None, str | None]] = []
        created = self.store.timestamp()
        for i in range(first, first + count):
            message = {
                "id": new_id("msg_"),
                "object": "thread.message",
                "created_at": created,
                "assistant_id": None,
                "thread_id": thread_id,
                "run_id": None,
                "role": role,
                "content": [{"type": "text", "text": {"value": text.replace("{i}", str(i)), "annotations": []}}],
                "attachments": [],
                "metadata": {},
                "status": "completed",
                "incomplete_details": None,
                "completed_at": None,
                "incomplete_at": None,
            }
            rows.append((message, thread_id, None))
        self.store.insert_many("message", rows)
        self.stats.created("thread.message", count)
        first_id = rows[0][0]["id"] if rows else None
        last_id = rows[-1][0]["id"] if rows else None
        return {"thread_id": thread_id, "count": count, "first_id": first_id, "last_id": last_id}

    def run(self, thread_id: str, assistant: JSON, body: JSON, progress: JSON) -> JSON:
        """A new queued run; `progress` is what the engine keeps beside it (``RunProgress``, stored)."""
        instructions = body.get("instructions")
        if instructions is None:
            instructions = assistant.get("instructions") or ""
        if body.get("additional_instructions"):
            instructions = (instructions + "\n\n" if instructions else "") + body["additional_instructions"]
        created = self.store.timestamp()
        truncation = dict(body.get("truncation_strategy") or {"type": "auto"})
        truncation.setdefault("last_messages", None)
        run = {
            "id": new_id("run_"),
            "object": "thread.run",
            "created_at": created,
            "assistant_id": assistant["id"],
            "thread_id": thread_id,
            "status": "queued",
            "started_at": None,
            "expires_at": created + int(self.config.run_expiry),
            "cancelled_at": None,
            "failed_at": None,
            "completed_at": None,
            "required_action": None,
            "last_error": None,
            "model": body.get("model") or assistant["model"],
            "instructions": instructions,
            "tools": assistant["tools"] if body.get("tools") is None else body["tools"],
            "tool_resources": {},
            "metadata": body.get("metadata") or {},
            "temperature": body["temperature"] if body.get("temperature") is not None else assistant.get("temperature"),
            "top_p": body["top_p"] if body.get("top_p") is not None else assistant.get("top_p"),
            "reasoning_effort": body.get("reasoning_effort") or assistant.get("reasoning_effort"),
            "max_completion_tokens": body.get("max_completion_tokens"),
            "max_prompt_tokens": body.get("max_prompt_tokens"),
            "truncation_strategy": truncation,
            "incomplete_details": None,
            "usage": None,
            "response_format": body.get("response_format") or assistant.get("response_format") or "auto",
            "tool_choice": body.get("tool_choice") or "auto",
            "parallel_tool_calls": body.get("parallel_tool_calls", True),
        }
        self.store.insert("run", run, parent=thread_id, aux=progress)
        self.stats.created("thread.run")
        return run

    def step(self, run: JSON, step_type: str, details: JSON) -> JSON:
        step = {
            "id": new_id("step_"),
            "object": "thread.run.step",
            "created_at": self.store.timestamp(),
            "run_id": run["id"],
            "assistant_id": run["assistant_id"],
            "thread_id": run["thread_id"],
            "type": step_type,
            "status": "in_progress",
            "cancelled_at": None,
            "completed_at": None,
            "expired_at": None,
            "failed_at": None,
            "last_error": None,
            "step_details": details,
            "usage": None,
            "metadata": {},
        }
        self.store.insert("step", step, parent=run["id"])
        self.stats.created("thread.run.step")
        return step
