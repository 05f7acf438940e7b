"""What one `make bench` run measured: samples by row, filled in by `benchmarks.run`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .chat import ChatResult
from .files import Measured
from .migrate import Measured as MigrateMeasured
from .replicas import Measured as ReplicasMeasured
from .soak import SoakResult

Samples = dict[str, list[float]]
"""Seconds per sample, by implementation."""


@dataclass
class Results:
    """Whatever rows were measured; a row left as None was not run."""

    rounds: float = 1.0
    seconds: float = 0.0
    imports: Samples | None = None
    import_walls: Samples | None = None
    calls: Samples | None = None
    calls_strict: Samples | None = None  # Client(strict=True), OpenAI(_strict_response_validation=True)
    sizes: dict[int, tuple[int, Samples]] | None = None
    pagination: Samples | None = None
    decode: Samples | None = None
    decode_strict: Samples | None = None
    streaming: Samples | None = None
    stream_events: dict[str, int] = field(default_factory=dict)
    stream_bytes: tuple[int, int] = (0, 0)
    framing: Samples | None = None
    big_event: tuple[int, Samples] | None = None
    concurrency: Samples | None = None
    scale: dict[str, dict[str, dict[str, float]]] | None = None  # by case, impl: seconds, peak_mb, growth_mb
    http2: dict[str, Samples] | None = None
    memory: dict[str, dict[str, float]] | None = None
    chat: ChatResult | str | None = None
    files: Measured | None = None  # upload/download throughput and RSS growth, ours and openai
    file_batch: Measured | None = None
    retrieval: dict[str, Any] | None = None  # recall, search latency by corpus size, ingestion cost
    migrate: MigrateMeasured | None = None  # export and import rates
    replicas: ReplicasMeasured | None = None  # replicas on PostgreSQL beside one SQLite server
    sandbox: dict[str, Any] | None = None  # code_interpreter's sandbox: latencies and memory, by mode
    soak: SoakResult | None = None
