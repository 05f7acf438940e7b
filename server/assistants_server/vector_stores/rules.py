"""The rules of vector stores, their files and batches, with no I/O: attribute limits, the
chunking a file is recorded with, file counts, statuses and expiry.

Statuses: a store is ``in_progress`` while any of its files is, else ``completed``, and
``expired`` once ``expires_at`` has passed. A batch is ``cancelled`` once cancelled, else
``in_progress`` while any of its files is, else ``completed`` (failed files do not fail the
batch: the counts say how many failed, as the API does).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..files.chunking import AUTO_MAX_TOKENS, AUTO_OVERLAP_TOKENS, static_problem

JSON = dict[str, Any]
DAY = 86_400
MAX_ATTRIBUTES = 16
MAX_ATTRIBUTE_KEY = 64
MAX_ATTRIBUTE_STRING = 512
FILE_STATUSES = ("in_progress", "completed", "failed", "cancelled")
FINISHED = frozenset({"completed", "failed", "cancelled"})


def attributes_problem(attributes: Any, param: str = "attributes") -> tuple[str, str] | None:
    """What breaks the API's limits in `attributes`, as ``(param, message)``, or None."""
    if attributes is None:
        return None
    if not isinstance(attributes, Mapping):
        return param, f"Invalid '{param}': expected an object."
    if len(attributes) > MAX_ATTRIBUTES:
        return param, f"Invalid '{param}': at most {MAX_ATTRIBUTES} keys, got {len(attributes)}."
    for key, value in attributes.items():
        if len(key) > MAX_ATTRIBUTE_KEY:
            return param, f"Invalid '{param}': keys are at most {MAX_ATTRIBUTE_KEY} characters."
        if isinstance(value, str):
            if len(value) > MAX_ATTRIBUTE_STRING:
                return f"{param}.{key}", (
                    f"Invalid '{param}.{key}': strings are at most {MAX_ATTRIBUTE_STRING} characters."
                )
        elif not isinstance(value, (bool, int, float)):
            return f"{param}.{key}", f"Invalid '{param}.{key}': expected a string, a number or a boolean."
    return None


def chunking(strategy: Any, param: str = "chunking_strategy") -> tuple[JSON | None, tuple[str, str] | None]:
    """``(recorded strategy, None)`` for a valid chunking strategy (``auto`` or none is recorded
    as the static sizes it stands for), or ``(None, (param, message))``."""
    if strategy is None or (isinstance(strategy, Mapping) and strategy.get("type") == "auto"):
        return static(AUTO_MAX_TOKENS, AUTO_OVERLAP_TOKENS), None
    if not isinstance(strategy, Mapping) or strategy.get("type") != "static":
        return None, (f"{param}.type", f"Invalid '{param}.type': expected 'auto' or 'static'.")
    sizes = strategy.get("static")
    if not isinstance(sizes, Mapping):
        return None, (f"{param}.static", f"Missing required parameter: '{param}.static'.")
    size, overlap = sizes.get("max_chunk_size_tokens"), sizes.get("chunk_overlap_tokens")
    for name, value in (("max_chunk_size_tokens", size), ("chunk_overlap_tokens", overlap)):
        if not isinstance(value, int) or isinstance(value, bool):
            return None, (f"{param}.static.{name}", f"Invalid '{param}.static.{name}': expected an integer.")
    assert isinstance(size, int) and isinstance(overlap, int)
    problem = static_problem(size, overlap)
    if problem is not None:
        where, message = problem
        where = param + where.removeprefix("chunking_strategy")
        return None, (where, message.replace("chunking_strategy", param))
    return static(size, overlap), None


def static(size: int, overlap: int) -> JSON:
    return {"type": "static", "static": {"max_chunk_size_tokens": size, "chunk_overlap_tokens": overlap}}


def sizes(recorded: Mapping[str, Any]) -> tuple[int, int]:
    """``(max tokens, overlap tokens)`` of a recorded (static) strategy."""
    inner = recorded.get("static") or {}
    return int(inner.get("max_chunk_size_tokens", AUTO_MAX_TOKENS)), int(
        inner.get("chunk_overlap_tokens", AUTO_OVERLAP_TOKENS)
    )


def file_counts(by_status: Mapping[str, int]) -> JSON:
    counts = {status: int(by_status.get(status, 0)) for status in FILE_STATUSES}
    counts["total"] = sum(counts.values())
    return counts


def store_status(counts: Mapping[str, int]) -> str:
    return "in_progress" if counts.get("in_progress") else "completed"


def batch_status(counts: Mapping[str, int], cancelled: bool) -> str:
    if cancelled:
        return "cancelled"
    return "in_progress" if counts.get("in_progress") else "completed"


def expires_at(store: Mapping[str, Any]) -> int | None:
    policy = store.get("expires_after")
    last = store.get("last_active_at")
    if not policy or last is None:
        return None
    return int(last) + int(policy["days"]) * DAY


def expired(store: Mapping[str, Any], now: float) -> bool:
    at = store.get("expires_at")
    return at is not None and now >= at


def as_seen(store: JSON, now: float) -> JSON:
    """The store as a read at `now` shows it: ``expired`` once its time has passed."""
    if expired(store, now):
        return {**store, "status": "expired"}
    return store
