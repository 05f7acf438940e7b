"""The assistant's page edits every field the issue names (model, name, instructions, tools,
tool_resources, response_format, metadata): what the form saves is what the API then returns, and
a field that is not what it must be is refused before anything is sent."""

from __future__ import annotations

from typing import Any

import httpx2
from assistants_server import Server

BETA = {"OpenAI-Beta": "assistants=v2"}
FORMAT = 'Response format ("auto" or a JSON object)'


def test_an_assistant_edited_field_by_field(page: Any, console_server: Server) -> None:
    with httpx2.Client(base_url=console_server.base_url, headers=BETA, timeout=10) as http:
        made = http.post("/assistants", json={"model": "gpt-4o", "name": "Draft", "metadata": {"v": "1"}}).json()
        store = http.post("/vector_stores", json={"name": "Docs"}).json()
    page.goto(f"/console/#/assistants/{made['id']}")
    page.get_by_label("Model").wait_for()
    assert page.get_by_label("Model").input_value() == "gpt-4o"
    assert '"v": "1"' in page.get_by_label("Metadata (JSON object of strings)").input_value()

    # A response format that is neither "auto" nor an object: said so, and nothing saved.
    page.get_by_label(FORMAT).fill("3")
    page.get_by_role("button", name="Save").click()
    page.get_by_role("status").get_by_text("must be a JSON object or string").first.wait_for()

    page.get_by_label("Model").fill("gpt-4o-mini")
    page.get_by_label("Name").fill("Final")
    page.get_by_label("Instructions").fill("Answer in JSON.")
    page.get_by_role("button", name="+ code_interpreter").click()
    page.get_by_role("button", name="+ file_search").click()
    page.get_by_label("Tool resources (JSON object)").fill(
        f'{{"file_search": {{"vector_store_ids": ["{store["id"]}"]}}}}'
    )
    page.get_by_label(FORMAT).fill('{"type": "json_object"}')
    page.get_by_label("Metadata (JSON object of strings)").fill('{"v": "2", "owner": "ops"}')
    page.get_by_role("button", name="Save").click()
    page.get_by_text(f"Saved {made['id']}").wait_for()

    with httpx2.Client(base_url=console_server.base_url, headers=BETA, timeout=10) as http:
        saved = http.get(f"/assistants/{made['id']}").json()
    assert saved["model"] == "gpt-4o-mini" and saved["name"] == "Final"
    assert saved["instructions"] == "Answer in JSON."
    assert [t["type"] for t in saved["tools"]] == ["code_interpreter", "file_search"]
    assert saved["tool_resources"]["file_search"]["vector_store_ids"] == [store["id"]]
    assert saved["response_format"] == {"type": "json_object"}
    assert saved["metadata"] == {"v": "2", "owner": "ops"}

    # Opened again, the form shows what was saved.
    page.reload()
    page.get_by_label("Model").wait_for()
    assert page.get_by_label("Model").input_value() == "gpt-4o-mini"
    assert "json_object" in page.get_by_label(FORMAT).input_value()

    # Emptied fields clear what the assistant had.
    page.get_by_label("Tool resources (JSON object)").fill("")
    page.get_by_label(FORMAT).fill("")
    page.get_by_label("Metadata (JSON object of strings)").fill("")
    page.get_by_role("button", name="Save").click()
    page.get_by_text(f"Saved {made['id']}").wait_for()
    with httpx2.Client(base_url=console_server.base_url, headers=BETA, timeout=10) as http:
        cleared = http.get(f"/assistants/{made['id']}").json()
    assert cleared["metadata"] == {} and cleared["response_format"] == "auto"
    assert not (cleared.get("tool_resources") or {}).get("file_search", {}).get("vector_store_ids")
