"""API keys and projects against a real server over loopback, with the official SDK and ours:
another project's objects are not there for any operation (404), lists hold only the caller's
project, the work a run does stays in its project, and the admin routes need an admin key."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import assistants_client as ac
import httpx2
import openai
import pytest
from assistants_server import Server

from .keys_support import BETA, bearer, make_key


@dataclass
class Keyed:
    server: Server
    db: str
    alpha: str
    beta: str
    admin: str


@pytest.fixture(scope="module")
def keyed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Keyed]:
    db = str(tmp_path_factory.mktemp("keys") / "keys.sqlite3")
    alpha, beta, admin = make_key(db, "alpha"), make_key(db, "beta"), make_key(db, "alpha", admin=True)
    with Server(db=db, validate_responses=True) as server:
        yield Keyed(server, db, alpha, beta, admin)


def sdk(server: Server, key: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=server.base_url, api_key=key, max_retries=0, timeout=10)


@dataclass
class Made:
    assistant: Any
    thread: Any
    message: Any
    run: Any
    file: Any
    vector_store: Any


def make_everything(client: openai.OpenAI) -> Made:
    """One of each kind of object, in the client's project; the run made them too."""
    file = client.files.create(file=("notes.txt", io.BytesIO(b"The owl's name is Hedwig.")), purpose="assistants")
    store = client.vector_stores.create(name="notes", file_ids=[file.id])
    assistant = client.beta.assistants.create(
        model="gpt-4o",
        tools=[{"type": "file_search"}],
        tool_resources={"file_search": {"vector_store_ids": [store.id]}},
    )
    thread = client.beta.threads.create()
    message = client.beta.threads.messages.create(thread.id, role="user", content="hello")
    run = client.beta.threads.runs.create_and_poll(thread_id=thread.id, assistant_id=assistant.id)
    assert run.status == "completed"
    assert client.vector_stores.retrieve(store.id).file_counts.completed == 1  # ingested in its project
    return Made(assistant, thread, message, run, file, store)


def test_another_projects_objects_are_not_found_for_any_operation(keyed: Keyed) -> None:
    with sdk(keyed.server, keyed.alpha) as alpha, sdk(keyed.server, keyed.beta) as beta:
        made = make_everything(alpha)
        replies = alpha.beta.threads.messages.list(made.thread.id).data
        assert [m.role for m in replies] == ["assistant", "user"]  # the run wrote in alpha's project
        step = alpha.beta.threads.runs.steps.list(made.run.id, thread_id=made.thread.id).data[0]
        own_thread = beta.beta.threads.create()
        thread_id, run_id = made.thread.id, made.run.id

        refused: dict[str, Callable[[], object]] = {
            "get assistant": lambda: beta.beta.assistants.retrieve(made.assistant.id),
            "modify assistant": lambda: beta.beta.assistants.update(made.assistant.id, name="taken"),
            "delete assistant": lambda: beta.beta.assistants.delete(made.assistant.id),
            "get thread": lambda: beta.beta.threads.retrieve(thread_id),
            "modify thread": lambda: beta.beta.threads.update(thread_id, metadata={"k": "v"}),
            "add a message": lambda: beta.beta.threads.messages.create(thread_id, role="user", content="hi"),
            "list messages": lambda: beta.beta.threads.messages.list(thread_id),
            "get message": lambda: beta.beta.threads.messages.retrieve(made.message.id, thread_id=thread_id),
            "modify message": lambda: beta.beta.threads.messages.update(
                made.message.id, thread_id=thread_id, metadata={"k": "v"}
            ),
            "delete message": lambda: beta.beta.threads.messages.delete(made.message.id, thread_id=thread_id),
            "run on the thread": lambda: beta.beta.threads.runs.create(thread_id, assistant_id=made.assistant.id),
            "run with the assistant": lambda: beta.beta.threads.runs.create(
                own_thread.id, assistant_id=made.assistant.id
            ),
            "thread and run with the assistant": lambda: beta.beta.threads.create_and_run(
                assistant_id=made.assistant.id
            ),
            "list runs": lambda: beta.beta.threads.runs.list(thread_id),
            "get run": lambda: beta.beta.threads.runs.retrieve(run_id, thread_id=thread_id),
            "modify run": lambda: beta.beta.threads.runs.update(run_id, thread_id=thread_id, metadata={"k": "v"}),
            "cancel run": lambda: beta.beta.threads.runs.cancel(run_id, thread_id=thread_id),
            "list steps": lambda: beta.beta.threads.runs.steps.list(run_id, thread_id=thread_id),
            "get step": lambda: beta.beta.threads.runs.steps.retrieve(step.id, thread_id=thread_id, run_id=run_id),
            "delete thread": lambda: beta.beta.threads.delete(thread_id),
            "get file": lambda: beta.files.retrieve(made.file.id),
            "file content": lambda: beta.files.content(made.file.id).read(),
            "delete file": lambda: beta.files.delete(made.file.id),
            "get vector store": lambda: beta.vector_stores.retrieve(made.vector_store.id),
            "modify vector store": lambda: beta.vector_stores.update(made.vector_store.id, name="taken"),
            "list its files": lambda: beta.vector_stores.files.list(made.vector_store.id),
            "get its file": lambda: beta.vector_stores.files.retrieve(
                made.file.id, vector_store_id=made.vector_store.id
            ),
            "add to it": lambda: beta.vector_stores.files.create(made.vector_store.id, file_id=made.file.id),
            "search it": lambda: beta.vector_stores.search(made.vector_store.id, query="owl"),
            "delete vector store": lambda: beta.vector_stores.delete(made.vector_store.id),
        }
        for what, call in refused.items():
            with pytest.raises(openai.NotFoundError):
                call()
                pytest.fail(f"{what}: another project's object was found")

        for what, call in {
            "a vector store made of its file": lambda: beta.vector_stores.create(file_ids=[made.file.id]),
            "an assistant searching its store": lambda: beta.beta.assistants.create(
                model="gpt-4o",
                tools=[{"type": "file_search"}],
                tool_resources={"file_search": {"vector_store_ids": [made.vector_store.id]}},
            ),
        }.items():
            with pytest.raises((openai.NotFoundError, openai.BadRequestError)):
                call()
                pytest.fail(f"{what}: another project's object was taken")

        assert made.assistant.id not in {a.id for a in beta.beta.assistants.list()}
        assert made.file.id not in {f.id for f in beta.files.list()}
        assert made.vector_store.id not in {v.id for v in beta.vector_stores.list()}

        # alpha's objects are all there, as they were
        assert alpha.beta.assistants.retrieve(made.assistant.id).name is None
        assert alpha.beta.threads.retrieve(thread_id).metadata == {}
        assert len(alpha.beta.threads.messages.list(thread_id).data) == 2
        assert alpha.files.content(made.file.id).read() == b"The owl's name is Hedwig."
        assert alpha.vector_stores.retrieve(made.vector_store.id).name == "notes"
        assert alpha.vector_stores.search(made.vector_store.id, query="owl").data


def test_our_client_sees_only_its_own_project(keyed: Keyed) -> None:
    with (
        ac.Client(api_key=keyed.alpha, base_url=keyed.server.base_url, max_retries=0) as alpha,
        ac.Client(api_key=keyed.beta, base_url=keyed.server.base_url, max_retries=0) as beta,
    ):
        assistant = alpha.create_assistant({"model": "gpt-4o", "name": "alpha's"})
        thread = alpha.create_thread({})
        file = alpha.create_file(file=("a.txt", b"alpha"), purpose="assistants")
        store = alpha.create_vector_store({"name": "alpha's"})
        for call in (
            lambda: beta.get_assistant(assistant.id),
            lambda: beta.get_thread(thread.id),
            lambda: beta.modify_thread(thread.id, {"metadata": {"k": "v"}}),
            lambda: beta.create_message(thread.id, {"role": "user", "content": "hi"}),
            lambda: beta.delete_thread(thread.id),
            lambda: beta.retrieve_file(file.id),
            lambda: beta.delete_file(file.id),
            lambda: beta.get_vector_store(store.id),
            lambda: beta.delete_vector_store(store.id),
        ):
            with pytest.raises(ac.NotFoundError):
                call()
        assert thread.id in {t.id for t in alpha.list_threads()}
        for listing in (beta.list_threads, beta.list_assistants, beta.list_files, beta.list_vector_stores):
            assert {thread.id, assistant.id, file.id, store.id}.isdisjoint(o.id for o in listing())
        assert alpha.get_thread(thread.id).id == thread.id


def test_a_request_needs_a_known_live_key(keyed: Keyed) -> None:
    with httpx2.Client(base_url=keyed.server.base_url, timeout=10) as h:
        assert h.get("/assistants", headers=bearer(keyed.alpha)).status_code == 200
        none = h.get("/assistants", headers=BETA)
        assert none.status_code == 401 and "didn't provide an API key" in none.json()["error"]["message"]
        wrong = keyed.alpha[:-1] + ("x" if keyed.alpha[-1] != "x" else "y")
        unknown = h.get("/assistants", headers=bearer(wrong))
        assert unknown.status_code == 401 and unknown.json()["error"]["code"] == "invalid_api_key"
        assert wrong not in unknown.text and wrong[-4:] in unknown.text  # masked, as the API does
        assert h.get("/assistants", headers=bearer("sk-test")).status_code == 401  # any key no longer opens it


def test_admin_routes_need_an_admin_key(keyed: Keyed) -> None:
    with httpx2.Client(base_url=keyed.server.origin, timeout=10) as h:
        assert h.get("/_mock/stats").status_code == 401
        plain = h.get("/_mock/stats", headers=bearer(keyed.beta))
        assert plain.status_code == 403 and plain.json()["error"]["type"] == "permission_error"
        assert h.post("/_mock/reset", headers=bearer(keyed.alpha)).status_code == 403
        assert h.get("/_mock/stats", headers=bearer(keyed.admin)).status_code == 200
    with httpx2.Client(base_url=keyed.server.base_url, timeout=10) as h:  # the X-Mock-* headers too
        fault = {"X-Mock-Fault": "status=503"}
        assert h.get("/assistants", headers={**bearer(keyed.beta), **fault}).status_code == 200  # ignored
        assert h.get("/assistants", headers={**bearer(keyed.admin), **fault}).status_code == 503


def test_without_admin_the_admin_routes_are_not_there(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    admin = make_key(db, "ops", admin=True)
    with Server(db=db, admin=False) as server, httpx2.Client(base_url=server.origin, timeout=10) as h:
        for headers in ({}, bearer(admin)):
            assert h.get("/_mock/stats", headers=headers).status_code == 404
            assert h.post("/_mock/reset", headers=headers).status_code == 404
        assert h.get("/v1/assistants", headers=bearer(admin)).status_code == 200


def test_api_key_keeps_opening_the_default_project(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    with Server(db=db, api_key="sk-single") as server, httpx2.Client(base_url=server.base_url, timeout=10) as h:
        before = h.post("/threads", json={}, headers=bearer("sk-single")).json()  # made before any key
        assert h.post("/threads", json={}, headers=bearer("sk-other")).status_code == 401
    team = make_key(db, "team")
    with Server(db=db, api_key="sk-single") as server, httpx2.Client(base_url=server.base_url, timeout=10) as h:
        assert h.get(f"/threads/{before['id']}", headers=bearer("sk-single")).status_code == 200
        assert h.get(f"/threads/{before['id']}", headers=bearer(team)).status_code == 404
        theirs = h.post("/threads", json={}, headers=bearer(team)).json()
        assert h.get(f"/threads/{theirs['id']}", headers=bearer("sk-single")).status_code == 404
        assert h.get(f"{server.origin}/_mock/stats", headers=bearer("sk-single")).status_code == 403  # not an admin key


def test_a_run_carried_on_after_a_restart_stays_in_its_project(tmp_path: Path) -> None:
    db = str(tmp_path / "k.sqlite3")
    alpha, beta = make_key(db, "alpha"), make_key(db, "beta")
    slow = Server(db=db, step_delay=5)  # the run is still going when the server stops
    with slow as first, httpx2.Client(base_url=first.base_url, headers=bearer(alpha), timeout=10) as h:
        assistant = h.post("/assistants", json={"model": "gpt-4o"}).json()
        thread = h.post("/threads", json={"messages": [{"role": "user", "content": "hi"}]}).json()
        run = h.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
    with Server(db=db) as second, httpx2.Client(base_url=second.base_url, headers=bearer(alpha), timeout=10) as h:
        assert second.wait_idle(10)
        assert h.get(f"/threads/{thread['id']}/runs/{run['id']}").json()["status"] == "completed"
        messages = h.get(f"/threads/{thread['id']}/messages").json()["data"]
        assert [m["role"] for m in messages] == ["assistant", "user"]
        other = h.get(f"/threads/{thread['id']}/messages", headers=bearer(beta))
        assert other.status_code == 404


def test_azure_and_foundry_clients_act_for_their_keys_project(keyed: Keyed) -> None:
    server = keyed.server
    with (
        openai.AzureOpenAI(
            azure_endpoint=server.azure_endpoint, api_key=keyed.alpha, api_version="2024-05-01-preview", max_retries=0
        ) as azure,
        ac.Client.foundry(endpoint=server.foundry_endpoint("p"), token_provider=lambda: keyed.beta) as foundry,
        ac.Client.foundry(endpoint=server.foundry_endpoint("p"), token_provider=lambda: "any-entra-token") as anyone,
        sdk(server, keyed.alpha) as alpha,
    ):
        made = azure.beta.assistants.create(model="gpt-4o", name="via azure")
        assert alpha.beta.assistants.retrieve(made.id).name == "via azure"  # api-key header: alpha's project
        with pytest.raises(ac.NotFoundError):
            foundry.get_assistant(made.id)
        theirs = foundry.create_assistant({"model": "gpt-4o"})
        with pytest.raises(openai.NotFoundError):
            azure.beta.assistants.retrieve(theirs.id)
        with pytest.raises(ac.AuthenticationError):  # with keys, a bearer token no longer stands in for Entra
            anyone.get_assistant(theirs.id)


def test_another_projects_files_and_stores_cannot_be_attached(keyed: Keyed) -> None:
    with sdk(keyed.server, keyed.alpha) as alpha, sdk(keyed.server, keyed.beta) as beta:
        file = alpha.files.create(file=("a.txt", io.BytesIO(b"alpha's")), purpose="assistants")
        store = alpha.vector_stores.create(name="alpha's")
        upload = alpha.uploads.create(bytes=3, filename="u.txt", mime_type="text/plain", purpose="assistants")
        own_store = beta.vector_stores.create(name="beta's")
        attachment = [{"file_id": file.id, "tools": [{"type": "file_search"}]}]
        for what, call in {
            "a thread searching its store": lambda: beta.beta.threads.create(
                tool_resources={"file_search": {"vector_store_ids": [store.id]}}
            ),
            "a message with its file": lambda: beta.beta.threads.create(
                messages=[{"role": "user", "content": "hi", "attachments": attachment}]
            ),
            "its file into a batch": lambda: beta.vector_stores.file_batches.create(own_store.id, file_ids=[file.id]),
            "its file into a store": lambda: beta.vector_stores.files.create(own_store.id, file_id=file.id),
            "a part of its upload": lambda: beta.uploads.parts.create(upload.id, data=b"abc"),
            "its upload completed": lambda: beta.uploads.complete(upload.id, part_ids=[]),
            "its upload cancelled": lambda: beta.uploads.cancel(upload.id),
        }.items():
            with pytest.raises((openai.NotFoundError, openai.BadRequestError)):
                call()
                pytest.fail(f"{what}: another project's object was taken")
        assert beta.vector_stores.files.list(own_store.id).data == []
        assert alpha.uploads.cancel(upload.id).status == "cancelled"  # still alpha's, untouched


def test_a_server_with_keys_is_not_reported_open() -> None:
    from assistants_server.config import ServerConfig
    from assistants_server.http.auth import exposed_without_key

    assert exposed_without_key(ServerConfig(host="0.0.0.0"), keys_on=True) == []
    assert exposed_without_key(ServerConfig(host="0.0.0.0", admin=True), keys_on=True) == [
        "--admin serves the test hooks (/_mock, X-Mock-*)"
    ]
