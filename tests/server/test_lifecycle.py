"""The run state machine on its own: no server, no loop, no store."""

from __future__ import annotations

from typing import Any, get_args

import pytest
from assistants_server.backends.base import FinishReason
from assistants_server.runs import lifecycle as lc
from assistants_server.runs.lifecycle import RunProgress, ToolOutput

from tests.spec import resolve, spec


def run(status: str, **fields: Any) -> dict[str, Any]:
    return {"status": status, "started_at": None, "expires_at": 1_700_000_600, "required_action": None, **fields}


def test_the_sets_partition_the_spec_statuses() -> None:
    status = resolve(spec()["components"]["schemas"]["RunObject"]["properties"]["status"])
    statuses = set(status["enum"])
    assert statuses == lc.RUN_STATUSES
    assert statuses == lc.ACTIVE | lc.TERMINAL and not lc.ACTIVE & lc.TERMINAL
    assert lc.CANCELLABLE < lc.ACTIVE and "cancelling" not in lc.CANCELLABLE
    assert lc.ACTIVE - {"requires_action"} == lc.DRIVEN


def test_terminal_statuses_have_no_way_out_and_every_active_one_can_fail() -> None:
    for status in lc.TERMINAL:
        assert lc.TRANSITIONS[status] == frozenset()
    for status in lc.ACTIVE:
        assert "failed" in lc.TRANSITIONS[status]
    for status in lc.CANCELLABLE:
        assert "cancelling" in lc.TRANSITIONS[status]
    assert set(lc.TRANSITIONS) == lc.RUN_STATUSES
    assert all(targets <= lc.RUN_STATUSES for targets in lc.TRANSITIONS.values())


@pytest.mark.parametrize(("current", "target"), [("completed", "in_progress"), ("queued", "completed"),
                                                 ("cancelling", "queued"), ("expired", "cancelled")])  # fmt: skip
def test_a_forbidden_transition_is_refused(current: str, target: Any) -> None:
    with pytest.raises(lc.TransitionError, match=f"from '{current}' to '{target}'"):
        lc.run_change(run(current), target, 5)


def test_run_change_stamps_the_status_and_clears_what_ends_with_it() -> None:
    assert lc.run_change(run("queued"), "in_progress", 7) == {"status": "in_progress", "started_at": 7}
    # a second segment keeps the first start
    assert lc.run_change(run("queued", started_at=3), "in_progress", 7) == {"status": "in_progress"}
    done = lc.run_change(run("in_progress"), "completed", 9, usage={"total_tokens": 1})
    assert done == {
        "status": "completed",
        "completed_at": 9,
        "required_action": None,
        "expires_at": None,
        "usage": {"total_tokens": 1},
    }
    # an expired run keeps the time it expired at; a waiting run keeps its calls until it moves on
    assert lc.run_change(run("requires_action"), "expired", 9) == {"status": "expired", "required_action": None}
    assert lc.run_change(run("requires_action"), "cancelling", 9) == {"status": "cancelling"}
    assert lc.run_change(run("requires_action"), "queued", 9) == {"status": "queued", "required_action": None}
    failed = lc.run_change(run("cancelling"), "failed", 9, last_error=lc.error("boom"))
    assert failed["failed_at"] == 9 and failed["last_error"] == {"code": "server_error", "message": "boom"}
    assert lc.run_event("requires_action") == "thread.run.requires_action"


def test_step_and_message_endings() -> None:
    assert lc.step_change("expired", 4) == {"status": "expired", "expired_at": 4, "last_error": None}
    assert lc.step_change("failed", 4, lc.CUT_CALLS_ERROR)["last_error"]["code"] == "server_error"
    assert lc.step_event("cancelled") == "thread.run.step.cancelled"
    assert lc.message_change(4) == {"status": "completed", "completed_at": 4}
    assert lc.message_change(4, "run_cancelled") == {
        "status": "incomplete",
        "incomplete_at": 4,
        "incomplete_details": {"reason": "run_cancelled"},
    }
    assert lc.message_event("max_tokens") == "thread.message.incomplete"
    assert lc.message_event() == "thread.message.completed"
    assert set(lc.ENDINGS) == {"cancelled", "failed", "expired"}
    assert lc.ENDINGS["expired"].message is None  # a run waiting for tools has no message open


def test_a_restart_carries_active_runs_on() -> None:
    assert lc.after_restart("cancelling") == lc.Restart(end="cancelled")
    assert lc.after_restart("queued") == lc.after_restart("in_progress") == lc.Restart(drive=True)
    assert lc.after_restart("requires_action") == lc.Restart()  # keeps waiting
    for status in lc.ACTIVE:
        plan = lc.after_restart(status)
        assert plan.drive == (status in lc.DRIVEN - {"cancelling"})
        assert plan.end is None or plan.end in lc.TRANSITIONS[status]
        assert not (plan.drive and plan.end)


def test_what_a_cut_model_turn_leaves_is_dropped_before_it_is_asked_again() -> None:
    steps = [
        {"id": "step_old_tools", "status": "in_progress"},  # its outputs are what the turn hands on
        {"id": "step_done", "status": "completed"},
        {"id": "step_writing", "status": "in_progress"},
        {"id": "step_calls", "status": "in_progress"},
    ]
    messages = [{"id": "msg_done", "status": "completed"}, {"id": "msg_partial", "status": "in_progress"}]
    after_tools = RunProgress().waiting("step_old_tools", ["call_1"]).answered([ToolOutput("call_1", "x")])
    assert lc.turn_leftovers(after_tools, steps, messages) == (["step_writing", "step_calls"], ["msg_partial"])
    first_turn = RunProgress(message_id="msg_partial")
    assert lc.turn_leftovers(first_turn, steps, messages) == (
        ["step_old_tools", "step_writing", "step_calls"],
        ["msg_partial"],
    )
    assert lc.turn_leftovers(RunProgress(), [], []) == ([], [])


def test_the_searches_a_cut_turn_completed_go_with_it() -> None:
    steps = [
        {"id": "step_earlier_search", "status": "completed"},  # an earlier segment's: the run's for good
        {"id": "step_search", "status": "completed"},
        {"id": "step_writing", "status": "in_progress"},
    ]
    progress = RunProgress().search_done("step_search")
    assert RunProgress.from_json(progress.to_json()) == progress
    assert lc.turn_leftovers(progress, steps, []) == (["step_search", "step_writing"], [])
    assert progress.segment_over().searched == () == progress.waiting("step_x", ["c"]).searched


def test_a_wait_for_tool_outputs_keeps_its_deadline_across_a_restart() -> None:
    assert lc.expiry_left({"expires_at": 1_000}, 400, 600.0) == 600.0
    assert lc.expiry_left({"expires_at": 1_000}, 1_200, 600.0) == 0.0
    assert lc.expiry_left({"expires_at": None}, 1_200, 30.0) == 30.0


@pytest.mark.parametrize("reason", get_args(FinishReason))
@pytest.mark.parametrize("has_calls", [False, True])
def test_every_finish_leads_to_an_allowed_status(reason: Any, has_calls: bool) -> None:
    end = lc.segment_end(reason, has_calls)
    assert end.run in lc.TRANSITIONS["in_progress"]
    assert (end.message == "incomplete") == (end.message_reason is not None)


def test_segment_outcomes() -> None:
    assert lc.segment_end("stop", False).run == "completed"
    assert lc.segment_end("tool_calls", True).run == "requires_action"
    assert lc.segment_end("tool_calls", True).tool_step is None  # the step waits for the outputs
    # "tool_calls" without a call is an answer; calls begun but cut off end failed
    assert lc.segment_end("tool_calls", False) == lc.segment_end("stop", True)
    assert lc.segment_end("stop", True).tool_step == "failed"
    cut = lc.segment_end("max_completion_tokens", False)
    assert (cut.run, cut.incomplete, cut.message_reason) == ("incomplete", "max_completion_tokens", "max_tokens")
    assert lc.segment_end("max_prompt_tokens", False).message is None
    assert lc.segment_end("failed", True).run == "failed"
    assert lc.segment_end("expired", False).run == "expired"


def test_usage() -> None:
    assert lc.usage(3, 4) == {"prompt_tokens": 3, "completion_tokens": 4, "total_tokens": 7}
    assert lc.usage(3, 4, {"prompt_tokens": 1, "completion_tokens": 1})["total_tokens"] == 9
    steps = [
        {"status": "completed", "usage": {"prompt_tokens": 2, "completion_tokens": 1}},
        {"status": "failed", "usage": {"prompt_tokens": 50, "completion_tokens": 50}},
        {"status": "completed", "usage": None},
    ]
    assert lc.steps_usage(steps) == {"prompt_tokens": 2, "completion_tokens": 1, "total_tokens": 3}
    assert lc.steps_usage([]) is None


def test_progress_round_trips_through_its_stored_form() -> None:
    fresh = RunProgress(asked=("temperature",), chunks=4, delay=0.0)
    assert RunProgress.from_json(fresh.to_json()) == fresh
    waiting = fresh.writing("msg_1").waiting("step_1", ["call_a", "call_b"])
    assert waiting.phase == "waiting" and waiting.call_ids == ("call_a", "call_b")
    answered = waiting.answered([ToolOutput("call_a", "1"), ToolOutput("call_b", "")])
    stored = answered.to_json()
    assert stored["outputs"] == [{"tool_call_id": "call_a", "output": "1"}, {"tool_call_id": "call_b", "output": ""}]
    assert RunProgress.from_json(stored) == answered
    # what a server before RunProgress stored reads the same; nothing or nonsense reads as a fresh run
    old = {"phase": "after_tools", "asked": [], "outputs": [{"tool_call_id": "c", "output": None}], "delay": 1}
    assert RunProgress.from_json(old).outputs == (ToolOutput("c", ""),)
    assert RunProgress.from_json(old).delay == 1.0
    assert RunProgress.from_json(None) == RunProgress() == RunProgress.from_json({"phase": "nonsense"})


FIRST = "tool_outputs[0].tool_call_id"


@pytest.mark.parametrize(
    ("outputs", "problem"),
    [
        (None, ("Missing required parameter: 'tool_outputs'.", "tool_outputs")),
        ([{"output": "x"}], (f"Missing required parameter: '{FIRST}'.", FIRST)),
        ([{"tool_call_id": "zz"}], (f"Invalid '{FIRST}': no pending tool call with id 'zz'.", FIRST)),
        (
            [{"tool_call_id": "a"}, {"tool_call_id": "a"}],
            ("Duplicate tool output for tool call 'a'.", "tool_outputs[1].tool_call_id"),
        ),
        (
            [{"tool_call_id": "a"}],
            ('Expected tool outputs for call_ids ["a", "b"], got values for ["a"].', "tool_outputs"),
        ),
        ([{"tool_call_id": "b"}, {"tool_call_id": "a", "output": "1"}], None),
    ],
)
def test_tool_outputs_must_answer_every_pending_call_once(outputs: Any, problem: Any) -> None:
    progress = RunProgress().waiting("step_1", ["a", "b"])
    assert lc.tool_outputs_problem(progress, outputs) == problem
