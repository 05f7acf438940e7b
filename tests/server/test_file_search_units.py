"""The pure parts of file_search: tool options, markers, citations over the answer's text, steps
without content, and the chat-completions backend's reading of file_search arguments."""

from __future__ import annotations

from assistants_server.backends.chat_completions.adapter import search_queries, without_search
from assistants_server.backends.file_search import (
    FileSearchCall,
    SearchResult,
    ToolOptions,
    citations,
    cited_files,
    results_text,
    searches_in,
    wire_call,
    without_content,
)
from assistants_server.backends.scripted import NOTHING_FOUND, grounded_answer


def _call(turn: int = 0, *names: str) -> FileSearchCall:
    results = tuple(SearchResult(f"file-{n}", n, 0.5, f"text of {n}") for n in names)
    return FileSearchCall(("q",), results, ToolOptions().ranking_options(), turn=turn)


def test_tool_options_defaults_and_settings() -> None:
    assert ToolOptions.of([{"type": "function"}]) is None
    assert ToolOptions.of([{"type": "file_search"}]) == ToolOptions(20, "default_2024_08_21", 0.0)
    tool = {
        "type": "file_search",
        "file_search": {"max_num_results": 3, "ranking_options": {"ranker": "auto", "score_threshold": 0.4}},
    }
    assert ToolOptions.of([tool]) == ToolOptions(3, "default_2024_08_21", 0.4)


def test_citations_point_into_the_text_and_need_a_known_result() -> None:
    cited = {(0, 0): "file-a", (1, 2): "file-b"}
    text = "Yes 【0:0†a.txt】 and 【1:2†b.txt】 but not 【5:5†c.txt】 nor 【0:0 broken"
    notes = list(citations(text, cited))
    assert [n["file_citation"]["file_id"] for n in notes] == ["file-a", "file-b"]
    assert all(text[n["start_index"] : n["end_index"]] == n["text"] for n in notes)


def test_steps_keep_content_until_shown_without_it() -> None:
    step = {"step_details": {"type": "tool_calls", "tool_calls": [wire_call("call_1", _call(0, "a", "b"))]}}
    assert step["step_details"]["tool_calls"][0]["file_search"]["results"][0]["content"][0]["text"] == "text of a"
    shown = without_content(step)
    assert all("content" not in r for r in shown["step_details"]["tool_calls"][0]["file_search"]["results"])
    assert "content" in step["step_details"]["tool_calls"][0]["file_search"]["results"][0]  # not changed
    other = {"step_details": {"type": "message_creation"}}
    assert without_content(other) is other
    assert cited_files([step, step]) == {(0, 0): "file-a", (0, 1): "file-b", (1, 0): "file-a", (1, 1): "file-b"}
    assert searches_in([step, other]) == 1


def test_results_text_and_the_scripted_answer() -> None:
    call = _call(2, "a")
    assert results_text(call) == "【2:0†a】\ntext of a"
    assert grounded_answer(call) == "text of a 【2:0†a】"
    assert grounded_answer(_call(0)) == NOTHING_FOUND


def test_file_search_arguments_and_the_last_round() -> None:
    assert search_queries('{"queries": ["a", " ", "b"]}', "x") == ["a", "b"]
    assert search_queries('{"query": "one"}', "x") == ["one"]
    assert search_queries("not json", "fallback") == ["fallback"]
    assert search_queries('{"queries": "nope"}', "") == []
    body = {
        "messages": [],
        "tools": [{"type": "function", "function": {"name": "file_search"}}],
        "tool_choice": {"type": "function", "function": {"name": "file_search"}},
    }
    assert without_search(body) == {"messages": []}
    both = {**body, "tools": [*body["tools"], {"type": "function", "function": {"name": "f"}}], "tool_choice": "auto"}
    assert without_search(both)["tools"] == [{"type": "function", "function": {"name": "f"}}]
    assert without_search(both)["tool_choice"] == "auto"
