"""The file_search tool inside runs, with the scripted model, over raw HTTP: tool_resources,
attachments, the search step and include[], citations, streaming, usage, bad input."""

from __future__ import annotations

import time

import httpx2
import pytest
from assistants_server import Server

from .fs_support import HANDBOOK, INCLUDE, PETS, answer, searching_assistant, sse, store_with, wait_run
from .vs_support import upload

FILE_SEARCH = [{"type": "file_search"}]


def _ask(http: httpx2.Client, assistant_id: str, text: str, **thread: object) -> tuple[dict, dict]:
    t = http.post("/threads", json={"messages": [{"role": "user", "content": text}], **thread}).json()
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": assistant_id}).json()
    return t, wait_run(http, t["id"], run["id"])


def test_assistant_store_grounded_answer_with_citation_step_and_usage(srv: Server, http: httpx2.Client) -> None:
    vs_id, ids = store_with(http, srv, {"handbook.txt": HANDBOOK, "pets.txt": PETS})
    a = searching_assistant(http, vs_id)
    assert a["tool_resources"] == {"file_search": {"vector_store_ids": [vs_id]}}
    t, run = _ask(http, a["id"], "How many days do customers have for a refund?")
    assert run["status"] == "completed", run
    message = answer(http, t["id"])
    text = message["content"][0]["text"]
    assert "30 days" in text["value"]
    [note] = text["annotations"]
    assert note["type"] == "file_citation"
    assert note["text"] == "【0:0†handbook.txt】"
    assert text["value"][note["start_index"] : note["end_index"]] == note["text"]
    assert note["file_citation"]["file_id"] == ids["handbook.txt"]

    steps = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps", params={"order": "asc"}).json()["data"]
    assert [s["type"] for s in steps] == ["tool_calls", "message_creation"]
    [call] = steps[0]["step_details"]["tool_calls"]
    assert call["type"] == "file_search"
    assert call["file_search"]["ranking_options"] == {"ranker": "default_2024_08_21", "score_threshold": 0.0}
    results = call["file_search"]["results"]
    assert results[0]["file_id"] == ids["handbook.txt"] and results[0]["file_name"] == "handbook.txt"
    assert all("content" not in r for r in results)
    assert 0 < results[0]["score"] <= 1
    # include[] on the step operations brings the chunk text
    full = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps", params={"order": "asc", "include[]": INCLUDE})
    assert (
        "30 days"
        in full.json()["data"][0]["step_details"]["tool_calls"][0]["file_search"]["results"][0]["content"][0]["text"]
    )
    one = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps/{steps[0]['id']}", params={"include[]": INCLUDE}).json()
    assert one["step_details"]["tool_calls"][0]["file_search"]["results"][0]["content"][0]["type"] == "text"
    # usage: both rounds (the search step's and the answer's) make the run's
    usage = [s["usage"] for s in steps]
    assert all(u and u["prompt_tokens"] > 0 for u in usage)
    assert run["usage"]["prompt_tokens"] == sum(u["prompt_tokens"] for u in usage)
    assert run["usage"]["completion_tokens"] == sum(u["completion_tokens"] for u in usage)
    assert usage[1]["prompt_tokens"] > usage[0]["prompt_tokens"]  # the answer read the results


def test_tool_options_apply_and_no_result_says_so(srv: Server, http: httpx2.Client) -> None:
    vs_id, _ = store_with(http, srv, {"handbook.txt": HANDBOOK, "pets.txt": PETS})
    tool = {"type": "file_search", "file_search": {"max_num_results": 1, "ranking_options": {"score_threshold": 0.5}}}
    a = searching_assistant(http, vs_id, [tool])
    t, run = _ask(http, a["id"], "dogs office Fridays")
    steps = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps", params={"order": "asc"}).json()["data"]
    search = steps[0]["step_details"]["tool_calls"][0]["file_search"]
    assert len(search["results"]) == 1 and search["results"][0]["file_name"] == "pets.txt"
    assert search["ranking_options"]["score_threshold"] == 0.5
    t, run = _ask(http, a["id"], "zebra quantum")
    assert answer(http, t["id"])["content"][0]["text"] == {
        "value": "I found nothing about that in the files.",
        "annotations": [],
    }


def test_without_a_store_or_without_the_tool_no_search(srv: Server, http: httpx2.Client) -> None:
    vs_id, _ = store_with(http, srv, {"handbook.txt": HANDBOOK})
    bare = http.post("/assistants", json={"model": "gpt-4o", "tools": FILE_SEARCH}).json()
    t, run = _ask(http, bare["id"], "refund days?")
    assert answer(http, t["id"])["content"][0]["text"]["value"] == "You said: refund days?"
    no_tool = http.post(
        "/assistants", json={"model": "gpt-4o", "tool_resources": {"file_search": {"vector_store_ids": [vs_id]}}}
    ).json()
    t, run = _ask(http, no_tool["id"], "refund days?")
    steps = http.get(f"/threads/{t['id']}/runs/{run['id']}/steps").json()["data"]
    assert [s["type"] for s in steps] == ["message_creation"]


def test_inline_stores_and_thread_store_with_attachments(srv: Server, http: httpx2.Client) -> None:
    handbook = upload(http, srv, "handbook.txt", HANDBOOK)
    pets = upload(http, srv, "pets.txt", PETS)
    a = http.post(
        "/assistants",
        json={
            "model": "gpt-4o",
            "tools": FILE_SEARCH,
            "tool_resources": {"file_search": {"vector_stores": [{"file_ids": [handbook], "metadata": {"k": "v"}}]}},
        },
    ).json()
    [assistant_store] = a["tool_resources"]["file_search"]["vector_store_ids"]
    assert http.get(f"/vector_stores/{assistant_store}").json()["metadata"] == {"k": "v"}
    # a message attaching a file for file_search makes the thread's store (7 days from last activity)
    attach = [{"file_id": pets, "tools": [{"type": "file_search"}]}]
    t = http.post(
        "/threads",
        json={"messages": [{"role": "user", "content": "Are dogs welcome on Fridays?", "attachments": attach}]},
    ).json()
    [thread_store] = t["tool_resources"]["file_search"]["vector_store_ids"]
    vs = http.get(f"/vector_stores/{thread_store}").json()
    assert vs["expires_after"] == {"anchor": "last_active_at", "days": 7} and vs["expires_at"] is not None
    run = http.post(f"/threads/{t['id']}/runs", json={"assistant_id": a["id"]}).json()
    run = wait_run(http, t["id"], run["id"])  # waits for both stores' files
    assert run["status"] == "completed"
    text = answer(http, t["id"])["content"][0]["text"]
    assert text["annotations"][0]["file_citation"]["file_id"] == pets
    # a later message's attachment joins the same thread store
    http.post(
        f"/threads/{t['id']}/messages",
        json={
            "role": "user",
            "content": "refund?",
            "attachments": [{"file_id": handbook, "tools": [{"type": "file_search"}]}],
        },
    )
    files = http.get(f"/vector_stores/{thread_store}/files").json()["data"]
    assert {f["id"] for f in files} == {pets, handbook}


def test_thread_and_run_takes_inline_thread_store(srv: Server, http: httpx2.Client) -> None:
    handbook = upload(http, srv, "handbook.txt", HANDBOOK)
    a = http.post("/assistants", json={"model": "gpt-4o", "tools": FILE_SEARCH}).json()
    run = http.post(
        "/threads/runs",
        json={
            "assistant_id": a["id"],
            "thread": {
                "messages": [{"role": "user", "content": "Where is the warehouse?"}],
                "tool_resources": {"file_search": {"vector_stores": [{"file_ids": [handbook]}]}},
            },
        },
    ).json()
    run = wait_run(http, run["thread_id"], run["id"])
    assert "Lisbon" in answer(http, run["thread_id"])["content"][0]["text"]["value"]


def test_streamed_run_sends_the_search_step_and_annotation_deltas(srv: Server, http: httpx2.Client) -> None:
    vs_id, ids = store_with(http, srv, {"handbook.txt": HANDBOOK})
    a = searching_assistant(http, vs_id)
    t = http.post("/threads", json={"messages": [{"role": "user", "content": "refund days"}]}).json()
    for include in ([], [INCLUDE]):
        with http.stream(
            "POST",
            f"/threads/{t['id']}/runs",
            params={"include[]": include},
            json={"assistant_id": a["id"], "stream": True},
        ) as r:
            events = list(sse(r))
        names = [e for e, _ in events]
        first = names.index("thread.run.step.created")
        assert names[first : first + 4] == [
            "thread.run.step.created",
            "thread.run.step.in_progress",
            "thread.run.step.delta",
            "thread.run.step.completed",
        ]
        assert events[first + 2][1]["delta"]["step_details"]["tool_calls"][0]["type"] == "file_search"
        done = events[first + 3][1]["step_details"]["tool_calls"][0]["file_search"]["results"][0]
        assert ("content" in done) == bool(include)
        notes = [
            n for e, d in events if e == "thread.message.delta" for n in d["delta"]["content"][0]["text"]["annotations"]
        ]
        assert [n["file_citation"]["file_id"] for n in notes] == [ids["handbook.txt"]]
        assert notes[0]["index"] == 0 and notes[0]["text"].startswith("【")
        final = next(d for e, d in events if e == "thread.message.completed")
        assert final["content"][0]["text"]["annotations"][0]["start_index"] == notes[0]["start_index"]
        assert names[-1] == "done"


def test_failed_file_is_skipped_and_waiting_is_bounded(assistants_server_factory) -> None:  # type: ignore[no-untyped-def]
    srv = assistants_server_factory(file_search_wait=0.3)
    with httpx2.Client(base_url=srv.base_url, headers={"OpenAI-Beta": "assistants=v2"}, timeout=10) as http:
        vs_id, ids = store_with(http, srv, {"handbook.txt": HANDBOOK, "broken.pdf": b"%PDF-1.4 not really"})
        files = {f["id"]: f["status"] for f in http.get(f"/vector_stores/{vs_id}/files").json()["data"]}
        assert files[ids["broken.pdf"]] == "failed"
        a = searching_assistant(http, vs_id)
        t, run = _ask(http, a["id"], "refund days")
        assert run["status"] == "completed"
        assert (
            answer(http, t["id"])["content"][0]["text"]["annotations"][0]["file_citation"]["file_id"]
            == ids["handbook.txt"]
        )


@pytest.mark.parametrize(
    ("resources", "status", "param"),
    [
        ({"file_search": {"vector_store_ids": ["vs_missing"]}}, 404, "tool_resources.file_search.vector_store_ids[0]"),
        (
            {"file_search": {"vector_stores": [{"file_ids": ["file-missing"]}]}},
            404,
            "tool_resources.file_search.vector_stores[0].file_ids[0]",
        ),
        ({"file_search": {"vector_store_ids": ["vs_a", "vs_b"]}}, 400, "tool_resources.file_search.vector_store_ids"),
    ],
)
def test_bad_tool_resources_are_refused_and_leave_nothing(
    http: httpx2.Client, resources: dict, status: int, param: str
) -> None:
    before = len(http.get("/vector_stores").json()["data"])
    for path, body in (("/assistants", {"model": "gpt-4o"}), ("/threads", {})):
        r = http.post(path, json={**body, "tool_resources": resources})
        assert r.status_code == status, r.text
        assert r.json()["error"]["param"] == param
    assert len(http.get("/vector_stores").json()["data"]) == before
    assert http.get("/assistants").json()["data"] == []


def test_bad_attachment_is_refused_and_leaves_nothing(http: httpx2.Client) -> None:
    t = http.post("/threads", json={}).json()
    r = http.post(
        f"/threads/{t['id']}/messages",
        json={
            "role": "user",
            "content": "x",
            "attachments": [{"file_id": "file-nope", "tools": [{"type": "file_search"}]}],
        },
    )
    assert r.status_code == 404 and r.json()["error"]["param"] == "attachments[0].file_id"
    assert http.get(f"/threads/{t['id']}/messages").json()["data"] == []
    assert http.get("/vector_stores").json()["data"] == []


def test_the_wait_for_files_in_progress_is_bounded(assistants_server_factory) -> None:  # type: ignore[no-untyped-def]
    """A store whose files never finish holds the run back --file-search-wait seconds, no more."""
    srv = assistants_server_factory(file_search_wait=0.4)
    domain = srv.state._domain
    real = domain.engine.retrieval

    class Stuck:
        def vector_store_ids(self, run):  # type: ignore[no-untyped-def]
            return real.vector_store_ids(run)

        def pending(self, ids):  # type: ignore[no-untyped-def]
            return 1  # a file that stays in_progress

        async def search(self, ids, queries, options):  # type: ignore[no-untyped-def]
            return await real.search(ids, queries, options)

    domain.engine.retrieval = Stuck()
    with httpx2.Client(base_url=srv.base_url, headers={"OpenAI-Beta": "assistants=v2"}, timeout=10) as http:
        vs_id, _ = store_with(http, srv, {"handbook.txt": HANDBOOK})
        a = searching_assistant(http, vs_id)
        started = time.monotonic()
        t, run = _ask(http, a["id"], "refund days")
        waited = time.monotonic() - started
        assert run["status"] == "completed" and 0.4 <= waited < 5
        assert "30 days" in answer(http, t["id"])["content"][0]["text"]["value"]


def test_thread_and_run_checks_its_tool_resources_by_their_names(http: httpx2.Client) -> None:
    a = http.post("/assistants", json={"model": "gpt-4o", "tools": FILE_SEARCH}).json()
    missing = {"file_search": {"vector_store_ids": ["vs_gone"]}}
    for body, param in (
        ({"tool_resources": missing}, "tool_resources.file_search.vector_store_ids[0]"),
        ({"thread": {"tool_resources": missing}}, "thread.tool_resources.file_search.vector_store_ids[0]"),
    ):
        r = http.post("/threads/runs", json={"assistant_id": a["id"], **body})
        assert r.status_code == 404 and r.json()["error"]["param"] == param
