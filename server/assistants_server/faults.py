"""Fault injection: configured per server (seeded, random) or per request (header).

Header syntax (``X-Mock-Fault``), ``;``-separated items, combinable::

    status=503                 answer 503 before the operation acts
    status=429;retry_after=1   429 with Retry-After: 1 and retry-after-ms: 1000
    latency=0.2                wait 0.2 s before handling
    drop                       close the connection without any response
    cut_stream_after=5         send 5 SSE frames, then close (no ``done``)
    fail_after_commit          act, store the response for idempotency, answer 500
                               (a stream's request too: its run is made, its stream never sent)
    fail_after_commit=502      same with another status

A request carrying an ``Idempotency-Key`` gets at most one injected fault per
key (same method and path): the retry of a faulted POST goes through.

Every value is a finite number within a cap (below); anything else is refused, so a hook can
make the server slow or faulty for a while, never stuck.
"""

from __future__ import annotations

import math
import random
import threading
from dataclasses import dataclass, fields, replace
from typing import Any

from .errors import ErrorReply
from .options import option

# The caps on what the test hooks take (past one: a 400, or a refused setting).
MAX_DELAY = 60.0  # seconds: latency=, X-Mock-Step-Delay
MAX_RETRY_AFTER = 3600.0  # seconds: retry_after=
MAX_FRAMES = 10_000  # cut_stream_after=, X-Mock-Stream-Chunks
MAX_QUEUED = 10_000  # faults waiting in the queue
MAX_SEEDED = 100_000  # messages one seed_messages request adds


def bounded(value: object, name: str, high: float, *, integer: bool = False, low: float = 0.0) -> float:
    """`value` (a number, or its text) as a finite number in low..high; ValueError otherwise."""
    try:
        number = float(value) if not isinstance(value, bool) else math.nan  # type: ignore[arg-type]
    except (TypeError, ValueError):
        number = math.nan
    if not (math.isfinite(number) and low <= number <= high) or (integer and not number.is_integer()):
        kind = "an integer" if integer else "a number"
        raise ValueError(f"{name} must be {kind} from {low:g} to {high:g}")
    return number


def _status(value: object, name: str) -> int:
    return int(bounded(value, name, 599, integer=True, low=400))


@dataclass
class Fault:
    """What to do to one request (all parts optional)."""

    status: int | None = None
    retry_after: float | None = None
    latency: float = 0.0
    drop: bool = False
    cut_stream_after: int | None = None
    fail_after_commit: int | None = None  # status to answer after acting

    def merge(self, other: Fault) -> Fault:
        out = replace(self)
        for f in fields(other):
            value = getattr(other, f.name)
            if value not in (None, 0.0, False):
                setattr(out, f.name, value)
        return out

    def error(self) -> ErrorReply:
        status = int(self.status or 500)
        headers: dict[str, str] = {}
        retry_after = self.retry_after
        if retry_after is None and status == 429:
            retry_after = 1.0
        if retry_after is not None:
            headers["retry-after"] = str(int(retry_after)) if float(retry_after).is_integer() else str(retry_after)
            headers["retry-after-ms"] = str(int(float(retry_after) * 1000))
        if status == 429:
            return ErrorReply(
                429,
                "Rate limit reached (injected by the mock server). Please try again later.",
                type="requests",
                code="rate_limit_exceeded",
                headers=headers,
            )
        if status >= 500:
            return ErrorReply(
                status,
                "The server had an error while processing your request. Sorry about that! (injected fault)",
                type="server_error",
                headers=headers,
            )
        return ErrorReply(status, f"Injected fault with status {status}.", headers=headers)


def parse_fault(text: str) -> Fault:
    """Parse the ``X-Mock-Fault`` syntax; ValueError on nonsense."""
    fault = Fault()
    for raw in text.split(";"):
        item = raw.strip()
        if not item:
            continue
        name, _, value = item.partition("=")
        name = name.strip().lower().replace("-", "_")
        value = value.strip()
        if name == "status":
            fault.status = _status(value, "status")
        elif name in ("retry_after", "retry"):
            fault.retry_after = bounded(value, "retry_after", MAX_RETRY_AFTER)
        elif name == "latency":
            fault.latency = bounded(value, "latency", MAX_DELAY)
        elif name == "drop":
            fault.drop = True
        elif name in ("cut_stream_after", "cut_stream"):
            fault.cut_stream_after = int(bounded(value, name, MAX_FRAMES, integer=True)) if value else 3
        elif name == "fail_after_commit":
            fault.fail_after_commit = _status(value, name) if value else 500
        else:
            raise ValueError(f"unknown fault item {item[:40]!r}")
    return fault


def rates(text: str) -> dict[int, float]:
    """``500:0.3,429:0.1`` -> {500: 0.3, 429: 0.1}."""
    out: dict[int, float] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        status, _, rate = item.partition(":")
        out[_status(status, "status")] = bounded(rate, "rate", 1.0)
    return out


@dataclass
class FaultConfig:
    """Random faults for every API request, drawn from a seeded generator.

    ``error_rates`` maps a status to its probability (e.g. ``{500: 0.3, 429:
    0.1}``); ``latency`` is added to every request; ``drop_rate`` closes
    connections without answering; ``cut_stream_rate`` cuts streams after
    ``cut_stream_after`` frames; ``fail_after_commit_rate`` answers 500 after
    acting.
    """

    error_rates: dict[int, float] = option(
        factory=dict,
        help="error rates by status, e.g. 500:0.2,429:0.1",
        flag="--fault-status",
        metavar="S:R,...",
        parse=rates,
    )
    retry_after: float | None = option(None, "Retry-After seconds sent with injected errors")
    latency: float = option(0.0, "seconds added to every API request")
    drop_rate: float = option(0.0, "probability of closing a connection unanswered")
    cut_stream_rate: float = option(0.0, "probability of cutting an SSE stream")
    cut_stream_after: int = option(3, "frames sent before a cut (3)")
    fail_after_commit_rate: float = option(0.0, "probability of answering 500 after acting")

    def __post_init__(self) -> None:
        self.error_rates = {_status(k, "status"): bounded(v, "rate", 1.0) for k, v in self.error_rates.items()}
        if self.retry_after is not None:
            self.retry_after = bounded(self.retry_after, "retry_after", MAX_RETRY_AFTER)
        self.latency = bounded(self.latency, "latency", MAX_DELAY)
        for name in ("drop_rate", "cut_stream_rate", "fail_after_commit_rate"):
            setattr(self, name, bounded(getattr(self, name), name, 1.0))
        self.cut_stream_after = int(bounded(self.cut_stream_after, "cut_stream_after", MAX_FRAMES, integer=True))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FaultConfig:
        names = {f.name for f in fields(cls)}
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown fault settings: {sorted(name[:40] for name in unknown)[:5]}")
        data = dict(data)
        if "error_rates" in data:
            rates = data["error_rates"] or {}
            if not isinstance(rates, dict):
                raise ValueError("error_rates must map statuses to rates")
            data["error_rates"] = dict(rates)
        return cls(**data)

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["error_rates"] = {str(k): v for k, v in self.error_rates.items()}
        return out


class FaultInjector:
    """Decides the fault for each API request (thread-safe, deterministic when seeded)."""

    def __init__(self, config: FaultConfig | None = None, seed: int | None = None) -> None:
        self._lock = threading.Lock()
        self.config = config or FaultConfig()
        self.seed = seed
        self._rng = random.Random(seed)
        self._queue: list[Fault] = []
        self._faulted_keys: set[str] = set()
        self.injected: dict[str, int] = {}

    def configure(self, config: FaultConfig, seed: int | None = None, reseed: bool = True) -> None:
        with self._lock:
            self.config = config
            if seed is not None:
                self.seed = seed
            if reseed or seed is not None:
                self._rng = random.Random(self.seed)

    def queue(self, fault: Fault, count: int = 1) -> None:
        """Queue `count` copies of `fault`; ValueError past MAX_QUEUED waiting in all."""
        with self._lock:
            bounded(count, "count", MAX_QUEUED - len(self._queue), integer=True, low=1)
            self._queue.extend(replace(fault) for _ in range(int(count)))

    def reset(self) -> None:
        with self._lock:
            self.config = FaultConfig()
            self._queue.clear()
            self._faulted_keys.clear()
            self._rng = random.Random(self.seed)
            self.injected.clear()

    def decide(self, header: str | None, idem_key: str | None, streaming_possible: bool) -> Fault:
        """The fault for this request; raises ValueError for a bad header."""
        requested = parse_fault(header) if header else None
        with self._lock:
            fault = Fault()
            cfg = self.config
            if cfg.latency:
                fault.latency = cfg.latency
            # draw in a fixed order so a seeded run is reproducible
            roll_drop = self._rng.random() if cfg.drop_rate else 1.0
            roll_status = self._rng.random() if cfg.error_rates else 1.0
            roll_commit = self._rng.random() if cfg.fail_after_commit_rate else 1.0
            roll_cut = self._rng.random() if cfg.cut_stream_rate else 1.0
            if roll_drop < cfg.drop_rate:
                fault.drop = True
            else:
                acc = 0.0
                for status, rate in sorted(cfg.error_rates.items()):
                    acc += rate
                    if roll_status < acc:
                        fault.status = status
                        fault.retry_after = cfg.retry_after
                        break
            if fault.status is None and not fault.drop and roll_commit < cfg.fail_after_commit_rate:
                fault.fail_after_commit = 500
            if streaming_possible and roll_cut < cfg.cut_stream_rate:
                fault.cut_stream_after = cfg.cut_stream_after
            if self._queue:
                fault = fault.merge(self._queue.pop(0))
            if requested is not None:
                fault = fault.merge(requested)
            harmful = (
                fault.status is not None
                or fault.drop
                or fault.fail_after_commit is not None
                or fault.cut_stream_after is not None
            )
            if idem_key is not None and harmful:
                if idem_key in self._faulted_keys:
                    # the retry of a faulted idempotent request goes through
                    fault = Fault(latency=fault.latency)
                else:
                    self._faulted_keys.add(idem_key)
            # One fault wins: a dropped connection leaves nothing else to do, and an error
            # answered before acting means nothing is committed or streamed.
            if fault.drop:
                fault.status = fault.fail_after_commit = fault.cut_stream_after = None
            elif fault.status is not None:
                fault.fail_after_commit = fault.cut_stream_after = None
            if fault.drop:
                self._count("drop")
            elif fault.status is not None:
                self._count(f"status_{fault.status}")
            return fault

    def count(self, label: str) -> None:
        """Record a fault that took effect later in the request (a cut stream, a 5xx after acting)."""
        with self._lock:
            self._count(label)

    def _count(self, label: str) -> None:
        self.injected[label] = self.injected.get(label, 0) + 1
