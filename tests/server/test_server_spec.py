"""The server reads openapi.yaml (one copy, through a relative symlink), builds its routes from it
and holds itself to it."""

from __future__ import annotations

import os
from pathlib import Path

import assistants_server as server_pkg
import httpx2
import pytest
from assistants_server.http import handlers as handlers_module
from assistants_server.http.handlers import handler_table, snake_case
from assistants_server.http.openapi import Spec
from assistants_server.http.routing import MissingHandlerError, bind_handlers

SPEC_LINK = Path(__file__).resolve().parents[2] / "server" / "assistants_server" / "openapi.yaml"  # in the source tree


@pytest.fixture(scope="module")
def spec() -> Spec:
    return Spec.load()


def test_spec_is_a_relative_symlink_to_the_root_copy() -> None:
    assert SPEC_LINK.is_symlink()
    target = os.readlink(SPEC_LINK)
    assert not os.path.isabs(target) and target == "../../openapi.yaml"
    root = Path(server_pkg.__file__).resolve().parents[2] / "openapi.yaml"
    assert SPEC_LINK.resolve() == root.resolve()


def test_routes_come_from_the_spec(spec: Spec) -> None:
    table = handler_table(e.operation_id for e in spec.endpoints)
    assert table["submitToolOutputsToRun"] is handlers_module.submit_tool_outputs_to_run
    assert snake_case("createThreadAndRun") == "create_thread_and_run"
    by_path = bind_handlers(spec, table)
    served = {endpoint.operation_id for ops in by_path.values() for endpoint, _handler in ops.values()}
    assert served == {e.operation_id for e in spec.endpoints}
    assert by_path["/threads/{thread_id}/runs/{run_id}/submit_tool_outputs"]["POST"][0].operation_id == (
        "submitToolOutputsToRun"
    )
    deprecated = sorted(e.operation_id for e in spec.endpoints if e.deprecated)
    files = ["createAssistantFile", "listAssistantFiles", "getAssistantFile", "deleteAssistantFile"]
    assert deprecated == sorted([*files, "listMessageFiles", "getMessageFile"])
    streaming = sorted(e.operation_id for e in spec.endpoints if e.streaming)
    assert streaming == ["createRun", "createThreadAndRun", "getRunEvents", "submitToolOutputsToRun"]


def test_an_operation_without_a_handler_stops_the_start(spec: Spec) -> None:
    ids = [e.operation_id for e in spec.endpoints]
    handlers = handler_table(op for op in ids if op != "getRunStep")
    assert handler_table([*ids, "frobnicateRun"]).keys() == set(ids)  # a new operation has no handler yet
    with pytest.raises(MissingHandlerError, match="getRunStep"):
        bind_handlers(spec, handlers)
    from assistants_server import AssistantsApp

    with pytest.raises(MissingHandlerError):
        AssistantsApp(handlers=handlers)


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
    srv.api.check_event(
        "thread.message.delta", '{"id": "msg_1", "object": "thread.message.delta", "delta": {"content": 3}}'
    )
    srv.api.check_event("thread.unknown", "{}")
    found = list(srv.spec_violations)
    srv.spec_violations.clear()
    assert len(found) == 2 and "delta.content" in found[0] and "thread.unknown" in found[1]


@pytest.mark.parametrize("name", ["AssistantObject", "RunObject", "MessageObject", "RunStepObject", "ErrorResponse"])
def test_named_components_exist(spec: Spec, name: str) -> None:
    assert spec.component(name) is not None


def test_the_spec_is_read_with_libyaml_where_pyyaml_has_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The pure-Python YAML loader took most of a server's start (0.4 s of 0.45 s here); libyaml's
    gives the same document several times faster."""
    import yaml

    if not yaml.__with_libyaml__:
        pytest.skip("this PyYAML was built without libyaml")

    def slow(*args: object, **kwargs: object) -> None:
        raise AssertionError("the spec was read with the pure-Python YAML loader")

    monkeypatch.setattr(yaml.SafeLoader, "__init__", slow)
    loaded = Spec.load()
    assert loaded.raw == yaml.load(SPEC_LINK.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    assert loaded.endpoints
