"""The official openai SDK drives the whole flow against the mock server.

Anything the SDK cannot parse is a server bug; every response is also checked
against openapi.yaml by the fixture (validate_responses=True).
"""

from __future__ import annotations

import json

import httpx2
import pytest

from .conftest import BETA_V1, weather_tool

openai = pytest.importorskip("openai")

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_assistant_crud(sdk) -> None:
    asst = sdk.beta.assistants.create(
        model="gpt-4o", name="Helper", instructions="Be brief.", tools=[weather_tool()], metadata={"team": "qa"}
    )
    assert asst.id.startswith("asst_") and asst.object == "assistant"
    assert asst.tools[0].function.name == "get_weather"
    got = sdk.beta.assistants.retrieve(asst.id)
    assert got.model_dump() == asst.model_dump()
    changed = sdk.beta.assistants.update(asst.id, name="Renamed", temperature=0.5)
    assert changed.name == "Renamed" and changed.temperature == 0.5 and changed.instructions == "Be brief."
    deleted = sdk.beta.assistants.delete(asst.id)
    assert deleted.deleted and deleted.object == "assistant.deleted" and deleted.id == asst.id
    with pytest.raises(openai.NotFoundError) as err:
        sdk.beta.assistants.retrieve(asst.id)
    assert asst.id in err.value.message
    assert err.value.body["type"] == "invalid_request_error"


def test_tool_call_round_trip_with_polling(sdk) -> None:
    asst = sdk.beta.assistants.create(model="gpt-4o", tools=[weather_tool()])
    thread = sdk.beta.threads.create()
    msg = sdk.beta.threads.messages.create(thread.id, role="user", content="Use get_weather for Berlin please")
    assert msg.id.startswith("msg_") and msg.content[0].text.value.startswith("Use get_weather")

    run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=asst.id, poll_interval_ms=10)
    assert run.status == "requires_action"
    calls = run.required_action.submit_tool_outputs.tool_calls
    assert len(calls) == 1 and calls[0].id.startswith("call_")
    assert calls[0].function.name == "get_weather"
    # strings are filled from the words after the function name; enums get their first value
    assert json.loads(calls[0].function.arguments) == {"city": "for", "unit": "c"}

    run = sdk.beta.threads.runs.submit_tool_outputs_and_poll(
        thread_id=thread.id,
        run_id=run.id,
        tool_outputs=[{"tool_call_id": calls[0].id, "output": "18C, cloudy"}],
        poll_interval_ms=10,
    )
    assert run.status == "completed"
    assert run.usage is not None and run.usage.total_tokens == run.usage.prompt_tokens + run.usage.completion_tokens
    assert run.completed_at is not None and run.required_action is None

    messages = sdk.beta.threads.messages.list(thread.id, order="asc")
    texts = [m.content[0].text.value for m in messages.data]
    assert texts[-1] == "The get_weather tool returned: 18C, cloudy"
    assert messages.data[-1].run_id == run.id and messages.data[-1].assistant_id == asst.id

    steps = sdk.beta.threads.runs.steps.list(run.id, thread_id=thread.id, order="asc")
    assert [s.type for s in steps.data] == ["tool_calls", "message_creation"]
    tool_step = steps.data[0]
    assert tool_step.step_details.tool_calls[0].function.output == "18C, cloudy"
    assert all(s.status == "completed" and s.usage is not None for s in steps.data)
    one = sdk.beta.threads.runs.steps.retrieve(tool_step.id, thread_id=thread.id, run_id=run.id)
    assert one.id == tool_step.id and one.object == "thread.run.step"

    only_run = sdk.beta.threads.messages.list(thread.id, run_id=run.id)
    assert [m.id for m in only_run.data] == [messages.data[-1].id]


def test_plain_answer_and_run_metadata(sdk) -> None:
    asst = sdk.beta.assistants.create(model="gpt-4o", instructions="Repeat things.")
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "hello there"}], metadata={"k": "v"})
    assert thread.metadata == {"k": "v"}
    run = sdk.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=asst.id, poll_interval_ms=10)
    assert run.status == "completed" and run.instructions == "Repeat things."
    assert sdk.beta.threads.messages.list(thread.id).data[0].content[0].text.value == "You said: hello there"
    run = sdk.beta.threads.runs.update(run.id, thread_id=thread.id, metadata={"seen": "yes"})
    assert run.metadata == {"seen": "yes"}
    runs = sdk.beta.threads.runs.list(thread.id)
    assert [r.id for r in runs.data] == [run.id]
    thread = sdk.beta.threads.update(thread.id, metadata={"k": "w"})
    assert thread.metadata == {"k": "w"}
    msg = sdk.beta.threads.messages.list(thread.id).data[0]
    assert sdk.beta.threads.messages.update(msg.id, thread_id=thread.id, metadata={"x": "1"}).metadata == {"x": "1"}
    assert sdk.beta.threads.messages.retrieve(msg.id, thread_id=thread.id).metadata == {"x": "1"}
    assert sdk.beta.threads.messages.delete(msg.id, thread_id=thread.id).deleted
    assert sdk.beta.threads.delete(thread.id).deleted
    with pytest.raises(openai.NotFoundError):
        sdk.beta.threads.retrieve(thread.id)


def test_stream_helper_with_tool_calls(sdk) -> None:
    asst = sdk.beta.assistants.create(model="gpt-4o", tools=[weather_tool()])
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "get_weather Oslo"}])
    events: list[str] = []
    with sdk.beta.threads.runs.stream(thread_id=thread.id, assistant_id=asst.id) as stream:
        for event in stream:
            events.append(event.event)
        run = stream.current_run
    assert events[:3] == ["thread.run.created", "thread.run.queued", "thread.run.in_progress"]
    assert "thread.run.step.delta" in events and events[-1] == "thread.run.requires_action"
    assert run is not None and run.status == "requires_action"
    call = run.required_action.submit_tool_outputs.tool_calls[0]
    assert json.loads(call.function.arguments)["city"] == "Oslo"

    with sdk.beta.threads.runs.submit_tool_outputs_stream(
        thread_id=thread.id, run_id=run.id, tool_outputs=[{"tool_call_id": call.id, "output": "-3C"}]
    ) as stream:
        text = "".join(stream.text_deltas)
        final = stream.get_final_run()
        messages = stream.get_final_messages()
    assert text == "The get_weather tool returned: -3C"
    assert final.status == "completed"
    assert messages[0].content[0].text.value == text


def test_create_stream_true_event_sequence(sdk) -> None:
    asst = sdk.beta.assistants.create(model="gpt-4o")
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "stream me a reply"}])
    stream = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id=asst.id, stream=True)
    seen = [(e.event, e.data) for e in stream]
    names = [n for n, _ in seen]
    assert names[:7] == [
        "thread.run.created",
        "thread.run.queued",
        "thread.run.in_progress",
        "thread.run.step.created",
        "thread.run.step.in_progress",
        "thread.message.created",
        "thread.message.in_progress",
    ]
    assert names[-3:] == ["thread.message.completed", "thread.run.step.completed", "thread.run.completed"]
    deltas = [d for n, d in seen if n == "thread.message.delta"]
    assert len(deltas) >= 2
    assert "".join(d.delta.content[0].text.value for d in deltas) == "You said: stream me a reply"


def test_create_thread_and_run_stream(sdk) -> None:
    asst = sdk.beta.assistants.create(model="gpt-4o")
    with sdk.beta.threads.create_and_run_stream(
        assistant_id=asst.id, thread={"messages": [{"role": "user", "content": "one two three"}]}
    ) as stream:
        text = "".join(stream.text_deltas)
        run = stream.get_final_run()
    assert text == "You said: one two three"
    assert run.status == "completed" and run.thread_id.startswith("thread_")

    raw = sdk.beta.threads.create_and_run(
        assistant_id=asst.id, thread={"messages": [{"role": "user", "content": "x"}]}, stream=True
    )
    first = next(iter(raw))
    assert first.event == "thread.created"
    for _ in raw:
        pass

    polled = sdk.beta.threads.create_and_run_poll(
        assistant_id=asst.id, thread={"messages": [{"role": "user", "content": "polled"}]}, poll_interval_ms=10
    )
    assert polled.status == "completed"


def test_auto_paging_across_pages(sdk, srv) -> None:
    thread = sdk.beta.threads.create()
    srv.state.seed_messages(thread.id, 45)
    page = sdk.beta.threads.messages.list(thread.id, limit=10, order="asc")
    ids = [m.id for m in page]  # iterating a page fetches the following ones
    assert len(ids) == 45 and len(set(ids)) == 45
    pages = list(sdk.beta.threads.messages.list(thread.id, limit=10, order="asc").iter_pages())
    assert [len(p.data) for p in pages] == [10, 10, 10, 10, 5]
    assert ids == [m["id"] for m in srv.state.list("message", thread.id, order="asc")]
    for _ in range(3):
        sdk.beta.assistants.create(model="gpt-4o")
    assistants = list(sdk.beta.assistants.list(limit=1))
    assert len(assistants) == 3


def test_cancel_with_sdk(sdk, srv) -> None:
    srv.set_step_delay(0.3)
    asst = sdk.beta.assistants.create(model="gpt-4o")
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "slow"}])
    run = sdk.beta.threads.runs.create(thread_id=thread.id, assistant_id=asst.id)
    cancelling = sdk.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    assert cancelling.status == "cancelling"
    final = sdk.beta.threads.runs.poll(run.id, thread_id=thread.id, poll_interval_ms=20)
    assert final.status == "cancelled" and final.cancelled_at is not None
    with pytest.raises(openai.BadRequestError) as err:
        sdk.beta.threads.runs.cancel(run.id, thread_id=thread.id)
    assert "cancelled" in err.value.message


def test_deprecated_file_operations_raw(srv) -> None:
    with httpx2.Client(base_url=srv.base_url, headers=BETA_V1, timeout=10) as h:
        asst = h.post("/assistants", json={"model": "gpt-4o"}).json()
        made = h.post(f"/assistants/{asst['id']}/files", json={"file_id": "file-abc123"})
        assert made.status_code == 200
        assert made.json() == {
            "id": "file-abc123",
            "object": "assistant.file",
            "created_at": made.json()["created_at"],
            "assistant_id": asst["id"],
        }
        h.post(f"/assistants/{asst['id']}/files", json={"file_id": "file-def456"})
        listed = h.get(f"/assistants/{asst['id']}/files", params={"order": "asc"}).json()
        assert [f["id"] for f in listed["data"]] == ["file-abc123", "file-def456"]
        assert listed["first_id"] == "file-abc123" and listed["has_more"] is False
        assert h.get(f"/assistants/{asst['id']}/files/file-abc123").json()["object"] == "assistant.file"
        gone = h.delete(f"/assistants/{asst['id']}/files/file-abc123").json()
        assert gone == {"id": "file-abc123", "object": "assistant.file.deleted", "deleted": True}
        assert h.get(f"/assistants/{asst['id']}/files/file-abc123").status_code == 404
        # attaching it again works
        assert h.post(f"/assistants/{asst['id']}/files", json={"file_id": "file-abc123"}).status_code == 200

        v2 = {"OpenAI-Beta": "assistants=v2"}
        thread = h.post("/threads", json={}, headers=v2).json()
        # an attachment names an uploaded file (checked: a missing one is a 404)
        upload = h.post("/files", files={"file": ("m1.txt", b"see")}, data={"purpose": "assistants"}, headers=v2)
        m1 = upload.json()["id"]
        msg = h.post(
            f"/threads/{thread['id']}/messages",
            json={
                "role": "user",
                "content": "see file",
                "attachments": [{"file_id": m1, "tools": [{"type": "file_search"}]}],
            },
            headers={"OpenAI-Beta": "assistants=v2"},
        ).json()
        files = h.get(f"/threads/{thread['id']}/messages/{msg['id']}/files").json()
        assert files["object"] == "list" and [f["id"] for f in files["data"]] == [m1]
        one = h.get(f"/threads/{thread['id']}/messages/{msg['id']}/files/{m1}").json()
        assert one == {
            "id": m1,
            "object": "thread.message.file",
            "created_at": one["created_at"],
            "message_id": msg["id"],
        }
        assert h.get(f"/threads/{thread['id']}/messages/{msg['id']}/files/file-zz").status_code == 404
        # the first-beta operations answer only to assistants=v1
        wrong = h.get(f"/assistants/{asst['id']}/files", headers={"OpenAI-Beta": "assistants=v2"})
        assert wrong.status_code == 400 and "assistants=v1" in wrong.json()["error"]["message"]


# -- every optional parameter, as the SDK's own all-params tests send them -----------------------
VECTOR_STORE = {
    "chunking_strategy": {"type": "static", "static": {"chunk_overlap_tokens": 0, "max_chunk_size_tokens": 100}},
    "file_ids": ["file-1"],
    "metadata": {"foo": "string"},
}
TOOLS = [
    {"type": "code_interpreter"},
    {"type": "file_search", "file_search": {"max_num_results": 1, "ranking_options": {"score_threshold": 0}}},
    weather_tool(),
]
RESPONSE_FORMAT = {
    "type": "json_schema",
    "json_schema": {"name": "answer", "description": "d", "schema": {"type": "object"}, "strict": True},
}
MESSAGE = {
    "role": "user",
    "content": "Hello",
    "attachments": [{"file_id": "file-1", "tools": [{"type": "code_interpreter"}]}],
    "metadata": {"foo": "string"},
}


def test_all_params_of_every_create_and_modify(sdk) -> None:
    # attachments and vector stores name files and stores that exist (the server checks them)
    file_id = sdk.files.create(file=("f.txt", b"hello"), purpose="assistants").id
    vs_id = sdk.vector_stores.create().id
    vector_store = {**VECTOR_STORE, "file_ids": [file_id]}
    message_in = {**MESSAGE, "attachments": [{"file_id": file_id, "tools": [{"type": "code_interpreter"}]}]}
    asst = sdk.beta.assistants.create(
        model="gpt-4o",
        description="description",
        instructions="instructions",
        metadata={"foo": "string"},
        name="name",
        reasoning_effort="none",
        response_format="auto",
        temperature=1,
        tool_resources={
            "code_interpreter": {"file_ids": ["file-1"]},
            "file_search": {"vector_store_ids": [], "vector_stores": [vector_store]},
        },
        tools=TOOLS,
        top_p=1,
    )
    assert asst.reasoning_effort == "none" and len(asst.tools) == 3
    asst = sdk.beta.assistants.update(
        asst.id,
        description="d2",
        instructions="i2",
        metadata={"foo": "bar"},
        model="gpt-4o-mini",
        name="n2",
        reasoning_effort="minimal",
        response_format=RESPONSE_FORMAT,
        temperature=0.5,
        tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": [vs_id]}},
        tools=[{"type": "code_interpreter"}],
        top_p=0.5,
    )
    assert asst.model == "gpt-4o-mini" and asst.response_format.type == "json_schema"

    thread = sdk.beta.threads.create(
        messages=[message_in],
        metadata={"foo": "string"},
        tool_resources={
            "code_interpreter": {"file_ids": ["file-1"]},
            "file_search": {"vector_store_ids": [], "vector_stores": [vector_store]},
        },
    )
    thread = sdk.beta.threads.update(
        thread.id, metadata={"foo": "bar"}, tool_resources={"code_interpreter": {"file_ids": []}}
    )
    assert thread.metadata == {"foo": "bar"}
    message = sdk.beta.threads.messages.create(
        thread.id,
        content=[{"type": "text", "text": "More"}],
        role="user",
        attachments=message_in["attachments"],
        metadata={"foo": "string"},
    )
    assert sdk.beta.threads.messages.update(message.id, thread_id=thread.id, metadata={"a": "b"}).metadata == {"a": "b"}

    run_params = {
        "instructions": "instructions",
        "max_completion_tokens": 256,
        "max_prompt_tokens": 256,
        "metadata": {"foo": "string"},
        "model": "gpt-4o",
        "parallel_tool_calls": True,
        "reasoning_effort": "xhigh",
        "response_format": "auto",
        "temperature": 1,
        "tool_choice": "none",
        "tools": TOOLS,
        "top_p": 1,
        "truncation_strategy": {"type": "auto", "last_messages": 1},
    }
    run = sdk.beta.threads.runs.create(
        thread.id,
        assistant_id=asst.id,
        include=["step_details.tool_calls[*].file_search.results[*].content"],
        additional_instructions="additional",
        additional_messages=[message_in],
        stream=False,
        **run_params,
    )
    assert run.reasoning_effort == "xhigh"
    run = sdk.beta.threads.runs.poll(run.id, thread_id=thread.id, poll_interval_ms=10)
    assert run.status == "completed"
    assert sdk.beta.threads.runs.update(run.id, thread_id=thread.id, metadata={"x": "y"}).metadata == {"x": "y"}
    steps = sdk.beta.threads.runs.steps.list(
        run.id,
        thread_id=thread.id,
        include=["step_details.tool_calls[*].file_search.results[*].content"],
        limit=5,
        order="asc",
    )
    step = sdk.beta.threads.runs.steps.retrieve(
        steps.data[0].id,
        thread_id=thread.id,
        run_id=run.id,
        include=["step_details.tool_calls[*].file_search.results[*].content"],
    )
    assert step.id == steps.data[0].id

    both = sdk.beta.threads.create_and_run(
        assistant_id=asst.id,
        thread={
            "messages": [message_in],
            "metadata": {"foo": "string"},
            "tool_resources": {"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": []}},
        },
        tool_resources={"code_interpreter": {"file_ids": []}, "file_search": {"vector_store_ids": []}},
        stream=False,
        **{k: v for k, v in run_params.items() if k != "reasoning_effort"},
    )
    assert both.status in ("queued", "in_progress", "completed")
