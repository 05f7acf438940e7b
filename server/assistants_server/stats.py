"""Counters the admin routes and ``Server.stats()`` report."""

from __future__ import annotations

import json
from typing import Any


class Stats:
    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.reset()

    def reset(self) -> None:
        self.values = {
            "requests": 0,
            "requests_by_route": {},
            "responses_by_status": {},
            "created": {},
            "idempotent_replays": 0,
            "streams": 0,
            "dropped_connections": 0,
            "cut_streams": 0,
        }

    def bump(self, name: str, n: int = 1) -> None:
        self.values[name] += n

    def count(self, bucket: str, key: str, n: int = 1) -> None:
        counts = self.values[bucket]
        counts[key] = counts.get(key, 0) + n

    def created(self, object_type: str, n: int = 1) -> None:
        self.count("created", object_type, n)

    def snapshot(self) -> dict[str, Any]:
        copied: dict[str, Any] = json.loads(json.dumps(self.values))
        return copied
