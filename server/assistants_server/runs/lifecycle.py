"""A run's state machine as data and pure functions: no I/O, no clock, no store.

The statuses, the sets they fall into, which status may follow which, what a run, a step and a
message look like when they end, what a model's finish means for the run, what a restart does
to a run it finds active, and the progress a run carries between its segments (``RunProgress``).
The engine (``runs.engine``) feeds it facts (the current status, the time, what the model said)
and writes what it answers to the store and the streams. Every status set of the server is
stated here, once.

    queued -> in_progress -> requires_action -> queued -> ...
                          -> completed | incomplete | failed | expired
    queued | in_progress | requires_action -> cancelling -> cancelled
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal, get_args

from ..backends.base import FinishReason

JSON = dict[str, Any]

SHUTDOWN_CODE = "server_shutting_down"
SHUTDOWN_STREAM_ERROR: JSON = {
    "message": "The server is shutting down; the run carries on when it starts again.",
    "type": "server_error",
    "param": None,
    "code": SHUTDOWN_CODE,
}

RunStatus = Literal[
    "queued",
    "in_progress",
    "requires_action",
    "cancelling",
    "cancelled",
    "failed",
    "completed",
    "incomplete",
    "expired",
]
StepEnd = Literal["completed", "failed", "cancelled", "expired"]
"""How a run step ends; each status has the step's timestamp field of the same name (`failed_at`)."""
Phase = Literal["start", "waiting", "after_tools"]
"""Where a run is between segments: not started, waiting for tool outputs, or handed them."""

RUN_STATUSES: Final = frozenset(get_args(RunStatus))
_PHASES: Final[Mapping[str, Phase]] = {phase: phase for phase in get_args(Phase)}
ACTIVE: Final = frozenset({"queued", "in_progress", "requires_action", "cancelling"})
"""A thread has at most one run in these; it takes no new run meanwhile."""
TERMINAL: Final = RUN_STATUSES - ACTIVE
"""Nothing moves a run out of these."""
CANCELLABLE: Final = ACTIVE - {"cancelling"}
"""The statuses a cancel request is accepted in."""
DRIVEN: Final = ACTIVE - {"requires_action"}
"""Active statuses that a task of the serving process is working on (a wait for tools is not)."""

TRANSITIONS: Final[Mapping[str, frozenset[str]]] = {
    "queued": frozenset({"in_progress", "cancelling", "failed"}),
    "in_progress": frozenset({"requires_action", "completed", "incomplete", "failed", "expired", "cancelling"}),
    "requires_action": frozenset({"queued", "expired", "cancelling", "failed"}),
    "cancelling": frozenset({"cancelled", "failed"}),
    **{status: frozenset() for status in TERMINAL},
}
"""The statuses that may follow each status. Any active run can fail (a crashed backend)."""

_RUN_STAMPS: Final = {"completed": "completed_at", "failed": "failed_at", "cancelled": "cancelled_at"}

SERVER_ERROR: Final = "server_error"


class TransitionError(ValueError):
    """A status change the state machine does not allow (a bug in whoever asked for it)."""

    def __init__(self, current: str, target: str) -> None:
        super().__init__(f"a run cannot go from {current!r} to {target!r}")
        self.current = current
        self.target = target


def error(message: str, code: str = SERVER_ERROR) -> JSON:
    """A `last_error` object."""
    return {"code": code, "message": message}


def run_change(run: Mapping[str, Any], target: RunStatus, now: int, **fields: Any) -> JSON:
    """The fields that move `run` to `target` at time `now`, `fields` (e.g. `last_error`,
    `usage`, `incomplete_details`, `required_action`) included; raises TransitionError.

    The status's own timestamp is set (`started_at` only the first time); `required_action` is
    cleared when the run ends or is handed its tool outputs; a run that ends other than by
    expiring no longer expires."""
    current = str(run["status"])
    if target not in TRANSITIONS.get(current, ()):
        raise TransitionError(current, target)
    change: JSON = {"status": target}
    if target == "in_progress":
        if run.get("started_at") is None:
            change["started_at"] = now
    elif target in _RUN_STAMPS:
        change[_RUN_STAMPS[target]] = now
    if target in TERMINAL or target == "queued":
        change["required_action"] = None
    if target in TERMINAL and target != "expired":
        change["expires_at"] = None
    change.update(fields)
    return change


def run_event(status: str) -> str:
    """The stream event announcing a run's new status (`thread.run.completed`)."""
    return f"thread.run.{status}"


def step_change(target: StepEnd, now: int, last_error: JSON | None = None) -> JSON:
    """The fields that end a step still in progress."""
    return {"status": target, f"{target}_at": now, "last_error": last_error}


def step_event(target: StepEnd) -> str:
    return f"thread.run.step.{target}"


def message_change(now: int, incomplete: str | None = None) -> JSON:
    """The fields that end a message in progress: completed, or incomplete for `incomplete`."""
    if incomplete:
        return {"status": "incomplete", "incomplete_at": now, "incomplete_details": {"reason": incomplete}}
    return {"status": "completed", "completed_at": now}


def message_event(incomplete: str | None = None) -> str:
    return "thread.message.incomplete" if incomplete else "thread.message.completed"


@dataclass(frozen=True)
class Ending:
    """What ends with a run that stops without its model's say (cancelled, failed, expired):
    the status its open steps take and why its open message is cut (None: it is left)."""

    steps: StepEnd
    message: str | None


ENDINGS: Final[Mapping[str, Ending]] = {
    "cancelled": Ending("cancelled", "run_cancelled"),
    "failed": Ending("failed", "run_failed"),
    "expired": Ending("expired", None),
}


@dataclass(frozen=True)
class Restart:
    """What a start of the server does to a run a previous process left active.

    A run's durable state is its row: its status and its progress. The task working on it died
    with the old process, so a driven run is driven again (`drive`) from that state: the model
    turn it was in is asked again, after what that turn had written and not finished is dropped
    (``turn_leftovers``). A run being cancelled ends (`end`); a run waiting for tool outputs keeps
    waiting, until its own deadline."""

    end: RunStatus | None = None
    drive: bool = False


def after_restart(status: str) -> Restart:
    if status == "cancelling":
        return Restart(end="cancelled")
    if status in DRIVEN:
        return Restart(drive=True)
    return Restart()


def turn_leftovers(
    progress: RunProgress, steps: Iterable[Mapping[str, Any]], messages: Iterable[Mapping[str, Any]]
) -> tuple[list[str], list[str]]:
    """The ids of the steps and messages (of one run) that a model turn cut short by a restart
    had opened and not finished: what goes before the turn is asked again, so that its answer is
    not doubled. The tool step whose outputs the turn hands on to the model is not the turn's own.
    The file_search steps the turn completed (``progress.searched``) go too: the turn asked again
    searches again, so keeping them would leave a search twice, its usage counted twice."""
    handed_on = progress.tool_step_id if progress.phase == "after_tools" else None
    searched = set(progress.searched)
    step_ids = [
        str(s["id"])
        for s in steps
        if (s.get("status") == "in_progress" and s["id"] != handed_on) or s["id"] in searched
    ]
    message_ids = [str(m["id"]) for m in messages if m.get("status") == "in_progress"]
    return step_ids, message_ids


def expiry_left(run: Mapping[str, Any], now: int, default: float) -> float:
    """Seconds a run waiting for tool outputs still waits: up to its `expires_at`, else `default`."""
    expires_at = run.get("expires_at")
    return default if expires_at is None else max(0.0, float(expires_at) - now)


@dataclass(frozen=True)
class SegmentEnd:
    """What a segment's finish does: the run's next status, how the open message and the
    segment's two steps end (None: as they are), and whether an answer needs a message even
    when the model wrote no text."""

    run: RunStatus
    incomplete: str | None = None  # the run's incomplete_details.reason
    message: Literal["completed", "incomplete", None] = None
    message_reason: str | None = None  # with message="incomplete"
    message_step: StepEnd | None = None
    tool_step: StepEnd | None = None
    opens_message: bool = False


def segment_end(reason: FinishReason, has_calls: bool) -> SegmentEnd:
    """The outcome of a segment whose model finished for `reason`, having made tool calls or not."""
    if reason == "failed":
        return SegmentEnd(
            "failed", message="incomplete", message_reason="run_failed", message_step="failed", tool_step="failed"
        )
    if reason == "expired":
        return SegmentEnd("expired", message_step="expired", tool_step="expired")
    if reason == "max_prompt_tokens":
        return SegmentEnd("incomplete", incomplete="max_prompt_tokens")
    if reason == "tool_calls" and has_calls:
        return SegmentEnd("requires_action", message="completed", message_step="completed")
    # an answer; tool calls begun but not finished are cut off with it
    if reason == "max_completion_tokens":
        return SegmentEnd(
            "incomplete",
            incomplete="max_completion_tokens",
            message="incomplete",
            message_reason="max_tokens",
            message_step="completed",
            tool_step="failed",
            opens_message=True,
        )
    return SegmentEnd(
        "completed", message="completed", message_step="completed", tool_step="failed", opens_message=True
    )


CUT_CALLS_ERROR: Final = error("The answer ended before its tool calls were complete.")


def usage(prompt: int, completion: int, extra: Mapping[str, Any] | None = None) -> JSON:
    """A `usage` object, plus what `extra` (another usage object) counted."""
    if extra:
        prompt += int(extra.get("prompt_tokens", 0))
        completion += int(extra.get("completion_tokens", 0))
    return {"prompt_tokens": prompt, "completion_tokens": completion, "total_tokens": prompt + completion}


def steps_usage(steps: Iterable[Mapping[str, Any]]) -> JSON | None:
    """What a run's completed steps used so far (None before any)."""
    used = [s["usage"] for s in steps if s.get("status") == "completed" and isinstance(s.get("usage"), dict)]
    if not used:
        return None
    return usage(sum(u["prompt_tokens"] for u in used), sum(u["completion_tokens"] for u in used))


@dataclass(frozen=True)
class ToolOutput:
    call_id: str
    output: str


@dataclass(frozen=True)
class RunProgress:
    """What a run carries between its segments, beside its wire form.

    `asked` names the model options the run's request set (a backend sends those even when they
    equal a default); `delay` and `chunks` are the pace a client asked for (X-Mock-* headers);
    `message_id` is the message the current segment writes; `tool_step_id`, `call_ids` and
    `outputs` are the round of tool calls being answered; `include` is the ``include[]`` the run's
    creation asked for (what its streamed steps show); `searched` are the file_search steps the
    current segment completed (saved with each, cleared when the segment ends)."""

    phase: Phase = "start"
    asked: tuple[str, ...] = ()
    delay: float | None = None
    chunks: int | None = None
    message_id: str | None = None
    tool_step_id: str | None = None
    call_ids: tuple[str, ...] = ()
    outputs: tuple[ToolOutput, ...] = field(default=())
    include: tuple[str, ...] = ()
    searched: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> RunProgress:
        """From its stored form (what older servers stored reads the same)."""
        if not data:
            return cls()
        phase = _PHASES.get(str(data.get("phase")), "start")
        outputs = tuple(
            ToolOutput(str(o.get("tool_call_id")), str(o.get("output") or ""))
            for o in data.get("outputs") or ()
            if isinstance(o, Mapping)
        )
        return cls(
            phase=phase,
            asked=tuple(data.get("asked") or ()),
            delay=None if data.get("delay") is None else float(data["delay"]),
            chunks=None if data.get("chunks") is None else int(data["chunks"]),
            message_id=data.get("message_id"),
            tool_step_id=data.get("tool_step_id"),
            call_ids=tuple(data.get("call_ids") or ()),
            outputs=outputs,
            include=tuple(data.get("include") or ()),
            searched=tuple(data.get("searched") or ()),
        )

    def to_json(self) -> JSON:
        """Its stored form: only what is set."""
        out: JSON = {"phase": self.phase, "asked": list(self.asked)}
        for name in ("delay", "chunks", "message_id", "tool_step_id"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.call_ids:
            out["call_ids"] = list(self.call_ids)
        if self.include:
            out["include"] = list(self.include)
        if self.searched:
            out["searched"] = list(self.searched)
        if self.outputs:
            out["outputs"] = [{"tool_call_id": o.call_id, "output": o.output} for o in self.outputs]
        return out

    def writing(self, message_id: str) -> RunProgress:
        return replace(self, message_id=message_id)

    def waiting(self, tool_step_id: str, call_ids: Iterable[str]) -> RunProgress:
        """The model called tools: the run waits for their outputs."""
        return replace(
            self, phase="waiting", tool_step_id=tool_step_id, call_ids=tuple(call_ids), outputs=(), searched=()
        )

    def search_done(self, step_id: str) -> RunProgress:
        """The current segment completed a file_search step."""
        return replace(self, searched=(*self.searched, step_id))

    def segment_over(self) -> RunProgress:
        """The segment ended: its searches are the run's for good."""
        return replace(self, searched=())

    def answered(self, outputs: Iterable[ToolOutput]) -> RunProgress:
        """The outputs came: the next segment hands them to the model."""
        return replace(self, phase="after_tools", outputs=tuple(outputs))


ASKABLE: Final = ("temperature", "top_p", "response_format", "tool_choice", "parallel_tool_calls")
"""Model options a run may set; the ones it set are sent to a model even when they equal a default."""


@dataclass(frozen=True)
class RunDelivery:
    """How one run is paced, as a client asked through the X-Mock-* headers."""

    chunks: int | None = None  # stream the answer in exactly this many deltas, without pauses
    delay: float | None = None  # seconds between state changes, instead of the server's step delay

    def progress(self, body: Mapping[str, Any]) -> RunProgress:
        """A new run's progress, for its request `body`: a run streamed in a set number of
        chunks takes no pauses unless a delay is asked for too."""
        delay = 0.0 if self.delay is None and self.chunks is not None else self.delay
        asked = tuple(k for k in ASKABLE if body.get(k) is not None)
        return RunProgress(asked=asked, chunks=self.chunks, delay=delay)


def tool_outputs_problem(progress: RunProgress, outputs: Any) -> tuple[str, str] | None:
    """Why `outputs` (a request's `tool_outputs`) cannot answer the pending calls, as
    (message, param), or None when they answer every call exactly once."""
    if not isinstance(outputs, list):
        return "Missing required parameter: 'tool_outputs'.", "tool_outputs"
    expected = list(progress.call_ids)
    given: list[str] = []
    for i, item in enumerate(outputs):
        param = f"tool_outputs[{i}].tool_call_id"
        call_id = item.get("tool_call_id") if isinstance(item, dict) else None
        if not isinstance(call_id, str):
            return f"Missing required parameter: '{param}'.", param
        if call_id not in expected:
            return f"Invalid '{param}': no pending tool call with id '{call_id}'.", param
        if call_id in given:
            return f"Duplicate tool output for tool call '{call_id}'.", param
        given.append(call_id)
    if any(c not in given for c in expected):
        return (
            f"Expected tool outputs for call_ids {json.dumps(expected)}, got values for {json.dumps(given)}.",
            "tool_outputs",
        )
    return None
