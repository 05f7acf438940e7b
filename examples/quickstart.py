"""A whole conversation: an assistant with a function tool, a streamed run whose tool call is
answered by a local Python function, the thread's messages read page by page, then clean-up.
Then file_search: a small document uploaded into a vector store, an assistant that searches it,
and its answer printed with the citation resolved to the file's name. Then code_interpreter: a
CSV handed to an assistant that runs Python on it, the chart it draws saved to a file.

Runs against whatever OPENAI_BASE_URL / OPENAI_API_KEY point at: `make demo` starts the local
server and points them there; with your own key set it talks to the real API.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from assistants_api.models import MessageContentImageFile, MessageContentText
from assistants_client import Client


def get_weather(city: str) -> dict[str, object]:
    """The local function the model may call."""
    forecasts = {"paris": ("light rain", 14), "tokyo": ("clear", 21)}
    sky, celsius = forecasts.get(city.lower(), ("sunny", 25))
    return {"city": city, "sky": sky, "celsius": celsius}


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Current weather for a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City name, e.g. Paris"}},
            "required": ["city"],
        },
    },
}


def main() -> None:
    with Client() as client:
        print(f"server: {client.base_url}")
        assistant = client.create_assistant(
            {
                "model": "gpt-4o-mini",
                "name": "Weather helper",
                "instructions": "Answer weather questions; call get_weather for current conditions.",
                "tools": [WEATHER_TOOL],
            }
        )
        thread = client.create_thread({})
        question = "Is it raining today? Check get_weather Paris for me."
        client.create_message(thread.id, {"role": "user", "content": question})
        print(f"user: {question}")

        # A line opens when there is something to put on it: the first round is only a tool call.
        line_open = False
        with client.stream_tools(thread.id, assistant.id, {"get_weather": get_weather}) as stream:
            for event in stream:
                if event.event == "thread.run.requires_action":
                    action = event.data.required_action
                    for call in action.submit_tool_outputs.tool_calls if action else ():
                        arguments = json.loads(call.function.arguments)
                        print("\n" if line_open else "", end="")
                        print(f"  [tool] {call.function.name}({arguments}) -> answered locally", flush=True)
                        line_open = False
                elif event.event == "thread.message.delta":
                    for part in event.data.delta.content or ():
                        text = getattr(part, "text", None)
                        if text is not None and isinstance(text.value, str) and text.value:
                            print("" if line_open else "assistant: ", text.value, sep="", end="", flush=True)
                            line_open = True
            run = stream.final_run()
        print("\n" if line_open else "", end="")
        print(f"run {run.id}: {run.status}")

        print("messages, oldest first, one per page:")
        for page_number, page in enumerate(client.list_messages(thread.id, order="asc", limit=1).pages(), 1):
            for message in page.data:
                text = " ".join(part.text.value for part in message.content if hasattr(part, "text"))
                print(f"  page {page_number} | {message.role}: {text}")

        client.delete_thread(thread.id)
        client.delete_assistant(assistant.id)
        print("cleaned up: thread and assistant deleted")
        if str(run.status) != "completed":
            sys.exit(f"the run ended {run.status}")
        ask_the_handbook(client)
        chart_the_sales(client)


HANDBOOK = """Returns. Customers may return any product within 30 days of delivery for a full refund.

Shipping. Orders leave the Lisbon warehouse within two business days.
"""


def ask_the_handbook(client: Client) -> None:
    """file_search: answers grounded in an uploaded document, with the citation resolved."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "handbook.txt"
        path.write_text(HANDBOOK)
        document = client.create_file(file=path, purpose="assistants")
    store = client.create_vector_store_and_poll({"name": "handbook", "file_ids": [document.id]}, poll_timeout=30)
    print(f"vector store {store.id}: {store.status}, {store.file_counts.completed} file(s)")
    assistant = client.create_assistant(
        {
            "model": "gpt-4o-mini",
            "instructions": "Answer from the handbook and cite it.",
            "tools": [{"type": "file_search"}],
            "tool_resources": {"file_search": {"vector_store_ids": [store.id]}},
        }
    )
    question = "How many days do customers have to return a product?"
    thread = client.create_thread({"messages": [{"role": "user", "content": question}]})
    print(f"user: {question}")
    run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_timeout=60)
    answer = next(iter(client.list_messages(thread.id, limit=1)))
    text = " ".join(part.text.value for part in answer.content if isinstance(part, MessageContentText))
    print(f"assistant: {text}")
    for citation in client.citations(answer):
        quote = " ".join((citation.quote or "").split())[:60]
        print(f'  {citation.text} -> {citation.file_name}: "{quote}..."')
    client.delete_thread(thread.id)
    client.delete_assistant(assistant.id)
    client.delete_vector_store(store.id)
    client.delete_file(document.id)
    print("cleaned up: handbook thread, assistant, vector store and file deleted")
    if str(run.status) != "completed":
        sys.exit(f"the file_search run ended {run.status}")


SALES = """region,revenue
North,120
South,95
East,143
West,88
"""


def chart_the_sales(client: Client) -> None:
    """code_interpreter: a CSV in, the chart the code draws out, saved to a file."""
    skipped = os.environ.get("DEMO_SKIP_CODE")
    if skipped:  # the demo's server has no sandbox to run code in: it says why
        print(f"code_interpreter part skipped: {skipped}")
        return
    sales = client.create_file(file=("sales.csv", SALES.encode()), purpose="assistants")
    assistant = client.create_assistant(
        {
            "model": "gpt-4o-mini",
            "instructions": "You analyse data: run Python on the files and chart what you find.",
            "tools": [{"type": "code_interpreter"}],
            "tool_resources": {"code_interpreter": {"file_ids": [sales.id]}},
        }
    )
    question = "Chart the revenue by region from sales.csv."
    thread = client.create_thread({"messages": [{"role": "user", "content": question}]})
    print(f"user: {question}")
    run = client.create_run_and_poll(thread.id, {"assistant_id": assistant.id}, poll_timeout=120)
    answer = next(iter(client.list_messages(thread.id, limit=1)))
    text = " ".join(part.text.value for part in answer.content if isinstance(part, MessageContentText))
    print(f"assistant: {text[:300]}{'...' if len(text) > 300 else ''}")
    folder = Path(tempfile.gettempdir()) / "assistants-demo"
    folder.mkdir(exist_ok=True)
    made = []
    for part in answer.content:
        if isinstance(part, MessageContentImageFile):
            path = folder / f"{part.image_file.file_id}.png"
            client.download_file_to(part.image_file.file_id, path)
            made.append(part.image_file.file_id)
            print(f"  chart saved to {path}")
    client.delete_thread(thread.id)
    client.delete_assistant(assistant.id)
    for file_id in [sales.id, *made]:
        client.delete_file(file_id)
    print("cleaned up: code thread, assistant and files deleted")
    if not made:
        print("  (the model drew no chart this time)")
    if str(run.status) != "completed":
        sys.exit(f"the code_interpreter run ended {run.status}: {run.last_error}")


if __name__ == "__main__":
    main()
