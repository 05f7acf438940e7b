"""The console in headless Chromium, end to end against the real server: what a user does by hand
(create, upload, search, chat, read a run), every step through the page's own controls."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx2
from assistants_server import Server

from ..server.code_support import png_size
from ..support.documents import make_png
from .audit import shot

DOCUMENT = (
    "Lighthouse log. The keeper Marguerite records the tide tables every morning at Pointe Brulee "
    "and lights the lamp at dusk; the fog horn sounds every thirty seconds when visibility drops.\n"
)
OTHER = "Garden notes. Tomatoes want sun and water at dawn.\n"
STREAM_WATCH = """() => {
  window.__partials = [];
  new MutationObserver(() => {
    for (const node of document.querySelectorAll('.streaming')) window.__partials.push(node.textContent);
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def api(srv: Server) -> httpx2.Client:
    return httpx2.Client(base_url=srv.base_url, headers={"OpenAI-Beta": "assistants=v2"}, timeout=10)


def drop_files(page: Any, selector: str, files: dict[str, str]) -> None:
    """Drop `files` (name -> text) on the element, as a user dragging them from the desktop does."""
    transfer = page.evaluate_handle(
        """(files) => {
          const dt = new DataTransfer();
          for (const [name, text] of Object.entries(files)) dt.items.add(new File([text], name, {type: 'text/plain'}));
          return dt;
        }""",
        files,
    )
    page.dispatch_event(selector, "dragover", {"dataTransfer": transfer})
    page.dispatch_event(selector, "drop", {"dataTransfer": transfer})


def test_file_search_from_upload_to_the_cited_answer_and_its_run(page: Any, console_server: Server) -> None:
    page.goto("/console/")
    page.get_by_role("heading", name="Assistants", exact=True).wait_for()

    # An assistant with file_search, made from the form (the JSON fields are checked as typed).
    page.get_by_role("link", name="New assistant").click()
    page.get_by_label("Name").fill("Lighthouse helper")
    page.get_by_label("Instructions").fill("Answer from the files.")
    tools = page.get_by_label("Tools (JSON array)")
    tools.fill("[{")
    page.get_by_text("Tools (JSON array): not JSON").wait_for()
    tools.fill("[]")
    page.get_by_role("button", name="+ file_search").click()
    page.get_by_label("Metadata (JSON object of strings)").fill('{"team": "coast"}')
    page.get_by_role("button", name="Create").click()
    page.wait_for_url(re.compile(r"#/assistants/asst_"))
    assistant_id = page.url.rsplit("/", 1)[-1]
    with api(console_server) as http:
        made = http.get(f"/assistants/{assistant_id}").json()
    assert made["tools"] == [{"type": "file_search"}] and made["metadata"] == {"team": "coast"}

    # Two documents dropped on the Files page at once: a progress bar each, then both listed.
    page.get_by_role("link", name="Files").click()
    page.get_by_role("heading", name="Files", exact=True).wait_for()
    drop_files(page, ".drop", {"lighthouse.txt": DOCUMENT, "garden.txt": OTHER})
    page.get_by_text("Uploaded 2 of 2 file(s).").wait_for()
    assert page.locator("progress").count() == 2
    assert page.locator("progress").evaluate_all("bars => bars.map(b => b.value)") == [1, 1]
    page.get_by_role("cell", name="lighthouse.txt", exact=True).wait_for()
    shot(page, "files")

    # A vector store with the document in it, searched from its page.
    page.get_by_role("link", name="Vector stores").click()
    page.get_by_label("Name").fill("Coast")
    page.get_by_role("button", name="Create vector store").click()
    page.wait_for_url(re.compile(r"#/vector_stores/vs_"))
    store_id = page.url.rsplit("/", 1)[-1]
    choose = page.get_by_label("File", exact=True)
    choose.select_option(choose.locator("option", has_text="lighthouse.txt").get_attribute("value"))
    page.get_by_label("Attributes (JSON object, optional)").fill('{"kind": "log"}')
    page.get_by_role("button", name="Add to store").click()
    page.locator("tr[data-status='completed']").wait_for()
    page.get_by_text("1 completed, 0 in progress").wait_for()
    page.get_by_label("Query", exact=True).fill("tide tables keeper")
    page.get_by_label("Attribute filter (JSON, optional)").fill('{"type": "eq", "key": "kind", "value": "log"}')
    page.get_by_role("button", name="Search", exact=True).click()
    result = page.get_by_role("list", name="Search results").locator("li").first
    result.wait_for()
    assert re.search(r"score 0\.\d{4}", result.inner_text())
    assert "Marguerite records the tide tables" in result.locator(".chunk").inner_text()
    assert "lighthouse.txt" in result.inner_text() and '"kind":"log"' in result.inner_text()
    shot(page, "vector_store")

    # The assistant's store, set by editing it.
    page.goto(f"/console/#/assistants/{assistant_id}")
    page.get_by_label("Tool resources (JSON object)").fill(f'{{"file_search": {{"vector_store_ids": ["{store_id}"]}}}}')
    page.get_by_role("button", name="Save").click()
    page.get_by_text(f"Saved {assistant_id}").wait_for()

    # The playground: the answer streams in, then shows its citation linked to the file.
    page.get_by_role("link", name="Playground").click()
    page.get_by_role("combobox", name="Assistant").select_option(assistant_id)
    page.evaluate(STREAM_WATCH)
    page.get_by_label("Message", exact=True).fill("When does the keeper read the tide tables?")
    page.get_by_role("button", name="Send").click()
    page.get_by_role("link", name=re.compile("Open run")).wait_for()
    answer = page.locator("article.message.assistant").last
    assert "Marguerite records the tide tables" in answer.inner_text()
    partials = [p for p in page.evaluate("window.__partials") if p]
    assert len(set(partials)) >= 2, partials  # it grew delta by delta before the whole message came
    assert all("【" not in p or p.endswith("】") for p in partials)
    citation = answer.get_by_role("list", name="Cited files")
    citation.get_by_role("button", name="lighthouse.txt").wait_for()  # the cited file, by its name
    assert answer.locator("button.link").first.inner_text() == "[1]"
    shot(page, "playground")

    # The run: its status history, the file_search step with scored results and chunk text.
    page.get_by_role("link", name=re.compile("Open run")).click()
    page.locator("#run-status", has_text="completed").wait_for()
    call = page.get_by_role("region", name="file_search call")
    results = call.get_by_role("list", name="file_search results")
    assert re.search(r"score 0\.\d{4}", results.inner_text())
    assert "Marguerite records the tide tables" in results.locator(".chunk").first.inner_text()
    history = page.get_by_role("list", name="Status history").inner_text()
    assert [line.split()[0] for line in history.splitlines()] == ["created", "in_progress", "completed"], history
    assert "prompt" in page.locator("dl.facts").first.inner_text()  # usage
    shot(page, "run")
    # Keyboard: Tab reaches the navigation and Enter follows a link.
    page.locator("body").focus()
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Threads":
            break
    page.keyboard.press("Enter")
    page.get_by_role("list", name="Threads, newest first").wait_for()
    page.go_back()

    # The thread, newest first on the Threads page, as a conversation.
    page.get_by_role("link", name="Threads").click()
    page.get_by_role("list", name="Threads, newest first").locator("a").first.click()
    page.get_by_role("region", name="Messages").get_by_text("When does the keeper").wait_for()
    assert page.get_by_role("list", name="Runs").locator("[data-status='completed']").count() == 1
    shot(page, "thread")


def test_requires_action_answered_from_the_form(page: Any, console_server: Server) -> None:
    tool = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
    with api(console_server) as http:
        assistant = http.post("/assistants", json={"model": "gpt-4o", "name": "Weather", "tools": [tool]}).json()
    page.goto("/console/#/playground")
    page.get_by_role("combobox", name="Assistant").select_option(assistant["id"])
    page.get_by_label("Message", exact=True).fill("get_weather Lisbon please")
    page.get_by_role("button", name="Send").click()
    form = page.get_by_role("form", name="Tool outputs")
    form.wait_for()
    assert '"city": "Lisbon"' in form.get_by_label("Arguments").inner_text().replace('":"', '": "')
    form.get_by_label("Output of get_weather").fill("sunny, 24 C")
    shot(page, "requires_action")
    form.get_by_role("button", name="Submit outputs").click()
    page.get_by_text("The get_weather tool returned: sunny, 24 C").wait_for()
    page.get_by_role("link", name=re.compile("Open run")).click()
    call = page.get_by_role("region", name="function call")
    call.get_by_label("Output").wait_for()
    assert call.get_by_label("Output").inner_text() == "sunny, 24 C"
    assert "Lisbon" in call.get_by_label("Arguments").inner_text()


def test_hostile_content_stays_text(page: Any, console_server: Server) -> None:
    hostile = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2;alert(2)</script>'
    with api(console_server) as http:
        thread = http.post(
            "/threads", json={"messages": [{"role": "user", "content": hostile}], "metadata": {"x": hostile}}
        ).json()
        http.post("/assistants", json={"model": "gpt-4o", "name": hostile, "instructions": hostile})
    page.goto(f"/console/#/threads/{thread['id']}")
    message = page.get_by_role("region", name="Messages").locator("article").first
    message.wait_for()
    assert message.locator(".text").inner_text() == hostile
    page.goto("/console/#/assistants")
    page.get_by_role("link", name=hostile).wait_for()
    page.goto("/console/#/threads")
    page.get_by_role("list", name="Threads, newest first").get_by_text(thread["id"]).wait_for()
    page.wait_for_timeout(200)  # an image error or a script would have run by now
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x'], script:not([src])").count() == 0
    shot(page, "hostile")


# A script element added to the page, inline (`source` null: it sets window.__inline) or from
# `source`: the CSP violation it causes ([directive, blocked URI]), or null when none came in 2 s.
VIOLATION = """(source) => new Promise((resolve) => {
  const done = (e) => resolve([e.violatedDirective, e.blockedURI]);
  document.addEventListener('securitypolicyviolation', done, {once: true});
  const s = document.createElement('script');
  if (source) s.src = source;
  else s.textContent = 'window.__inline = 1';
  document.body.append(s);
  setTimeout(() => resolve(null), 2000);
})"""


def test_csp_refuses_inline_script(page: Any, console_server: Server, problems: Any) -> None:
    problems.allowed.append("Content Security Policy")
    response = page.goto("/console/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    page.get_by_role("heading", name="Assistants", exact=True).wait_for()
    refused = page.evaluate(VIOLATION, None)
    assert refused and refused[0].startswith("script-src") and refused[1] == "inline"
    assert page.evaluate("window.__inline") is None
    # nor a script from another origin
    refused = page.evaluate(VIOLATION, "http://127.0.0.2:9/x.js")
    assert refused and refused[1] == "http://127.0.0.2:9/x.js"


def test_images_inline_and_attachments(page: Any, console_server: Server, tmp_path: Any) -> None:
    with api(console_server) as http:
        png = http.post("/files", data={"purpose": "vision"}, files={"file": ("dot.png", make_png(8, 6), "image/png")})
        image_id = png.json()["id"]
        content = [{"type": "text", "text": "a picture:"}, {"type": "image_file", "image_file": {"file_id": image_id}}]
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": content}]}).json()
        assistant = http.post("/assistants", json={"model": "gpt-4o", "name": "Plain"}).json()
    page.goto(f"/console/#/threads/{thread['id']}")
    picture = page.locator(f"img[data-id='{image_id}']")
    picture.wait_for()
    page.wait_for_function("(id) => document.querySelector(`img[data-id='${id}']`).naturalWidth === 8", arg=image_id)
    assert picture.get_attribute("src").startswith("blob:")  # fetched with the key, shown from memory

    # The playground attaches a file to the message it sends; the thread shows the attachment.
    notes = tmp_path / "notes.txt"
    notes.write_text("Attached notes.\n")
    page.goto("/console/#/playground")
    page.get_by_role("combobox", name="Assistant").select_option(assistant["id"])
    page.get_by_label("Message", exact=True).fill("Read my notes")
    page.get_by_label("Attach files").set_input_files(str(notes))
    page.get_by_label("Attachments are for").select_option("code_interpreter")
    page.get_by_role("button", name="Send").click()
    page.get_by_role("link", name=re.compile("Open run")).wait_for()
    attached = page.get_by_role("list", name="Attachments")
    attached.get_by_role("button", name="notes.txt").wait_for()
    assert "for code_interpreter" in attached.inner_text()

    # The Files page downloads a file through the API, with the key.
    page.goto("/console/#/files")
    with page.expect_download() as download:
        page.get_by_role("button", name="Download notes.txt").click()
    assert download.value.suggested_filename == "notes.txt"
    assert Path(download.value.path()).read_text() == "Attached notes.\n"
    page.get_by_role("button", name="Delete notes.txt").click()
    page.get_by_text("Deleted notes.txt").wait_for()
    # the status line says so before the list's refresh comes back: the row must then go
    page.get_by_role("button", name="Delete notes.txt").wait_for(state="detached")
    assert page.get_by_role("button", name="Delete notes.txt").count() == 0
    shot(page, "attachments")


def test_an_active_run_updates_live(page: Any, console_server: Server) -> None:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object", "properties": {}}}}
    with api(console_server) as http:
        assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": [tool]}).json()
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": "lookup now"}]}).json()
        run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
        page.goto(f"/console/#/threads/{thread['id']}/runs/{run['id']}")
        page.locator("#run-status", has_text="requires_action").wait_for()
        waiting = page.get_by_role("region", name="Required action")
        call_id = waiting.inner_text().split("(")[1].split(")")[0]
        http.post(
            f"/threads/{thread['id']}/runs/{run['id']}/submit_tool_outputs",
            json={"tool_outputs": [{"tool_call_id": call_id, "output": "found it"}]},
        ).raise_for_status()
    page.locator("#run-status", has_text="completed").wait_for()  # no reload: the page polled
    history = page.get_by_role("list", name="Status history").inner_text()
    assert "requires_action" in history and "completed" in history
    assert page.get_by_role("region", name="function call").get_by_label("Output").inner_text() == "found it"


def test_failed_run_and_failed_file_show_their_errors(page: Any, console_server: Server) -> None:
    with api(console_server) as http:
        assistant = http.post("/assistants", json={"model": "gpt-4o", "name": "Doomed"}).json()
        thread = http.post("/threads", json={"messages": [{"role": "user", "content": "please [fail]"}]}).json()
        run = http.post(f"/threads/{thread['id']}/runs", json={"assistant_id": assistant["id"]}).json()
        broken = http.post("/files", data={"purpose": "assistants"}, files={"file": ("broken.pdf", b"not a pdf")})
        store = http.post("/vector_stores", json={"name": "Broken", "file_ids": [broken.json()["id"]]}).json()
    page.goto(f"/console/#/threads/{thread['id']}/runs/{run['id']}")
    page.locator("#run-status", has_text="failed").wait_for()
    facts = page.locator("dl.facts").first.inner_text()
    assert "Last error" in facts and "server_error" in facts
    page.goto(f"/console/#/vector_stores/{store['id']}")
    row = page.locator("tr[data-status='failed']")
    row.wait_for()
    assert "broken.pdf" in row.inner_text() and ":" in row.locator("td").nth(2).inner_text()
    page.get_by_text("0 completed, 0 in progress, 1 failed").wait_for()

    # An assistant is deleted from its page, the button pressed twice (no dialog).
    page.goto(f"/console/#/assistants/{assistant['id']}")
    page.get_by_role("button", name="Delete").click()
    page.get_by_role("button", name="Press again to delete").click()
    page.get_by_role("heading", name="Assistants", exact=True).wait_for()
    with api(console_server) as http:
        assert http.get(f"/assistants/{assistant['id']}").status_code == 404


def test_threads_page_after_page(page: Any, console_server: Server) -> None:
    with api(console_server) as http:
        made = [http.post("/threads", json={}).json()["id"] for _ in range(55)]
    page.goto("/console/#/threads")
    listed = page.get_by_role("list", name="Threads, newest first")
    listed.locator("li").first.wait_for()
    assert listed.locator("li").count() == 50
    assert listed.locator("li").first.get_attribute("data-id") == made[-1]  # newest first
    page.get_by_role("button", name="Older threads").click()
    page.wait_for_function("() => document.querySelectorAll('ul.threads li').length > 50")
    ids = listed.locator("li").evaluate_all("items => items.map(i => i.dataset.id)")
    assert ids[:55] == made[::-1] and len(ids) == len(set(ids))


CODE = """```python
import matplotlib.pyplot as plt
print("<b>2 + 2</b> =", 2 + 2)
figure, axes = plt.subplots(figsize=(3, 2), dpi=50)
axes.plot([1, 2, 3], [2, 4, 3])
plt.show()
```"""


PLOT = """```python
import matplotlib.pyplot as plt
print('<b>2 + 2</b> =', 2 + 2)
plt.figure(figsize=(2, 1.5), dpi=50)
plt.plot([1, 3, 2])
plt.show()
```"""


def test_code_interpreter_step_shows_input_logs_and_image(page: Any, console_server: Server) -> None:
    """A real run of code_interpreter (the scripted model runs the message's fenced block in the
    sandbox): the run page shows its input, its logs as text and its figure, fetched with the key."""
    with api(console_server) as http:
        assistant = http.post("/assistants", json={"model": "gpt-4o", "tools": [{"type": "code_interpreter"}]}).json()
    page.goto("/console/#/playground")
    page.get_by_role("combobox", name="Assistant").select_option(assistant["id"])
    page.get_by_label("Message", exact=True).fill(PLOT)
    page.get_by_role("button", name="Send").click()
    page.get_by_role("link", name=re.compile("Open run")).click()
    page.locator("#run-status", has_text="completed").wait_for(timeout=30_000)
    region = page.get_by_role("region", name="code_interpreter call")
    assert region.get_by_label("Code").inner_text().strip() == PLOT.split("\n", 1)[1].rsplit("\n", 1)[0].strip()
    assert region.get_by_label("Logs").inner_text() == "<b>2 + 2</b> = 4\n"  # as text, not markup
    picture = region.locator("img.inline-image")
    image_id = picture.get_attribute("data-id")
    with api(console_server) as http:
        content = http.get(f"/files/{image_id}/content")
        assert content.status_code == 200 and http.get(f"/files/{image_id}").json()["purpose"] == "assistants_output"
    width, _height = png_size(content.content)
    page.wait_for_function(
        "([id, w]) => document.querySelector(`section img[data-id='${id}']`).naturalWidth === w", arg=[image_id, width]
    )
    assert picture.get_attribute("src").startswith("blob:")  # fetched with the key, shown from memory
    shot(page, "code_interpreter")


def test_every_other_page_is_labelled_reachable_and_narrow(page: Any, console_server: Server) -> None:
    """The pages no flow above pictures: the lists, and an assistant's form, new and filled in."""
    with api(console_server) as http:
        assistant = http.post(
            "/assistants",
            json={"model": "gpt-4o", "name": "Audited", "tools": [{"type": "file_search"}], "metadata": {"k": "v"}},
        ).json()
        http.post("/vector_stores", json={"name": "Audited store"}).raise_for_status()
        http.post("/threads", json={"messages": [{"role": "user", "content": "audit"}]}).raise_for_status()
    page.goto("/console/#/assistants")
    page.get_by_role("link", name="Audited").first.wait_for()
    shot(page, "assistants")
    page.get_by_role("link", name="New assistant").click()
    page.get_by_role("heading", name="New assistant").wait_for()
    shot(page, "assistant_new")
    page.goto(f"/console/#/assistants/{assistant['id']}")
    page.get_by_role("heading", name="Assistant Audited").wait_for()
    shot(page, "assistant_edit")
    page.get_by_role("link", name="Vector stores").click()
    page.get_by_role("link", name="Audited store").first.wait_for()
    shot(page, "vector_stores")
    page.get_by_role("link", name="Threads").click()
    page.get_by_role("list", name="Threads, newest first").locator("li").first.wait_for()
    shot(page, "threads")
