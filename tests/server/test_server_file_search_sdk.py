"""file_search through the official ``openai`` SDK against the local server (scripted model): a
store made with create_and_poll, an assistant with the tool, create_and_poll with include[],
steps with and without content, annotations, and a streamed run's events."""

from __future__ import annotations

from assistants_server import Server

from .fs_support import HANDBOOK, INCLUDE, PETS


def test_sdk_file_search_conversation(srv: Server, sdk) -> None:  # type: ignore[no-untyped-def]
    handbook = sdk.files.create(file=("handbook.txt", HANDBOOK), purpose="assistants")
    pets = sdk.files.create(file=("pets.txt", PETS), purpose="assistants")
    store = sdk.vector_stores.create(file_ids=[handbook.id])
    sdk.vector_stores.files.poll(handbook.id, vector_store_id=store.id, poll_interval_ms=20)
    assert sdk.vector_stores.retrieve(store.id).file_counts.completed == 1
    assistant = sdk.beta.assistants.create(
        model="gpt-4o",
        tools=[{"type": "file_search", "file_search": {"max_num_results": 5}}],
        tool_resources={"file_search": {"vector_store_ids": [store.id]}},
    )
    # the thread's own store from an attachment, searched together with the assistant's
    thread = sdk.beta.threads.create(
        messages=[
            {
                "role": "user",
                "content": "Are dogs welcome in the office on Fridays?",
                "attachments": [{"file_id": pets.id, "tools": [{"type": "file_search"}]}],
            }
        ]
    )
    assert len(thread.tool_resources.file_search.vector_store_ids) == 1
    run = sdk.beta.threads.runs.create_and_poll(
        thread_id=thread.id, assistant_id=assistant.id, include=[INCLUDE], poll_interval_ms=20
    )
    assert run.status == "completed" and run.usage.total_tokens > 0
    message = sdk.beta.threads.messages.list(thread_id=thread.id, limit=1).data[0]
    [note] = message.content[0].text.annotations
    assert note.type == "file_citation" and note.file_citation.file_id == pets.id
    assert message.content[0].text.value[note.start_index : note.end_index] == note.text
    steps = sdk.beta.threads.runs.steps.list(run_id=run.id, thread_id=thread.id, order="asc")
    call = steps.data[0].step_details.tool_calls[0]
    assert call.type == "file_search" and call.file_search.results[0].file_name == "pets.txt"
    assert call.file_search.results[0].content is None
    full = sdk.beta.threads.runs.steps.retrieve(
        step_id=steps.data[0].id, run_id=run.id, thread_id=thread.id, include=[INCLUDE]
    )
    assert "Dogs" in full.step_details.tool_calls[0].file_search.results[0].content[0].text
    assert {r.file_name for r in call.file_search.results} <= {"pets.txt", "handbook.txt"}


def test_sdk_streamed_file_search(srv: Server, sdk) -> None:  # type: ignore[no-untyped-def]
    handbook = sdk.files.create(file=("handbook.txt", HANDBOOK), purpose="assistants")
    assistant = sdk.beta.assistants.create(
        model="gpt-4o",
        tools=[{"type": "file_search"}],
        tool_resources={"file_search": {"vector_stores": [{"file_ids": [handbook.id]}]}},
    )
    thread = sdk.beta.threads.create(messages=[{"role": "user", "content": "Where do orders ship from?"}])
    with sdk.beta.threads.runs.stream(thread_id=thread.id, assistant_id=assistant.id) as stream:
        events = list(stream)
        final = stream.get_final_messages()
    kinds = [e.event for e in events]
    assert "thread.run.step.delta" in kinds and kinds[-1] == "thread.run.completed"
    text = final[0].content[0].text
    assert "Lisbon" in text.value and text.annotations[0].file_citation.file_id == handbook.id
