"""The server reads openapi.yaml (one copy, through a relative symlink) and holds itself to it."""

from __future__ import annotations

import os
from pathlib import Path

import assistants_client.server as server_pkg
import httpx2
import pytest
from assistants_client.server.app import ROUTES
from assistants_client.server.spec import Spec

SPEC_LINK = Path(server_pkg.__file__).parent / "openapi.yaml"


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load()


def test_spec_is_a_relative_symlink_to_the_root_copy() -> None:
    assert SPEC_LINK.is_symlink()
    target = os.readlink(SPEC_LINK)
    assert not os.path.isabs(target) and target == "../../../openapi.yaml"
    root = Path(server_pkg.__file__).resolve().parents[3] / "openapi.yaml"
    assert SPEC_LINK.resolve() == root.resolve()


def test_every_route_is_an_operation_of_the_spec(spec: Spec) -> None:
    ops = {r.handler: spec.operation(r.method, r.template) for r in ROUTES}
    missing = [h for h, op in ops.items() if op is None]
    assert not missing, missing
    assert len(ROUTES) == 29 and len({op.operation_id for op in ops.values()}) == 29
    assert ops["submit_tool_outputs"].operation_id == "submitToolOutputsToRun"
    assert ops["list_messages"].operation_id == "listMessages"


def test_stream_event_names_come_from_the_spec(spec: Spec) -> None:
    for name in (
        "thread.created",
        "thread.run.created",
        "thread.run.requires_action",
        "thread.run.step.delta",
        "thread.message.delta",
        "thread.message.completed",
        "error",
        "done",
    ):
        assert name in spec.event_schemas, name


def test_response_violations_are_recorded(srv) -> None:
    # break a stored object behind the server's back: the next answer no longer fits the spec
    with httpx2.Client(base_url=srv.base_url, headers={"OpenAI-Beta": "assistants=v2"}) as h:
        asst = h.post("/assistants", json={"model": "gpt-4o"}).json()
        broken = dict(asst, created_at="yesterday")
        del broken["tools"]
        srv.api.store.update("assistant", broken)
        assert h.get(f"/assistants/{asst['id']}").status_code == 200
    found = list(srv.spec_violations)
    srv.spec_violations.clear()  # keep the fixture's teardown check green
    assert any("created_at" in v for v in found) and any("tools" in v for v in found)


def test_violating_event_data_is_recorded(srv) -> None:
    srv.api._check_event(
        "thread.message.delta", '{"id": "msg_1", "object": "thread.message.delta", "delta": {"content": 3}}'
    )
    srv.api._check_event("thread.unknown", "{}")
    found = list(srv.spec_violations)
    srv.spec_violations.clear()
    assert len(found) == 2 and "delta.content" in found[0] and "thread.unknown" in found[1]


@pytest.mark.parametrize("name", ["AssistantObject", "RunObject", "MessageObject", "RunStepObject", "ErrorResponse"])
def test_named_components_exist(spec: Spec, name: str) -> None:
    assert spec.component(name) is not None
