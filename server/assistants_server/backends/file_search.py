"""The file_search tool as a backend sees it: pure, no I/O.

When a run has the ``file_search`` tool and at least one vector store (the assistant's or the
thread's), the engine hands the backend a :class:`FileSearcher` in ``ModelRequest.file_search``.
A backend calls it with its queries, yields the :class:`FileSearchCall` it got back (the engine
records it as a ``tool_calls`` step with a ``file_search`` call, streamed like any call) and
writes its answer citing the results with the markers hosts use: ``【n:m†file name】``, where ``n``
is the call's number in the run (``FileSearchCall.turn``) and ``m`` the result's position. The
engine turns every marker of the answer that names a result into a ``file_citation`` annotation
whose ``start_index``/``end_index`` cover the marker in the message's text.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

JSON = dict[str, Any]
INCLUDE_CONTENT = "step_details.tool_calls[*].file_search.results[*].content"
DEFAULT_MAX_RESULTS = 20  # the API's default for gpt-4-class models
DEFAULT_RANKER = "default_2024_08_21"
MARKER = re.compile(r"【(\d+):(\d+)†([^】\n]*)】")


@dataclass(frozen=True)
class SearchResult:
    file_id: str
    file_name: str
    score: float
    text: str


@dataclass(frozen=True)
class FileSearchCall:
    """One search a backend ran (a model event): its queries, ranking and results, best first.
    ``turn`` numbers the run's searches from 0 (the ``n`` of the markers)."""

    queries: tuple[str, ...]
    results: tuple[SearchResult, ...]
    ranking_options: Mapping[str, Any]
    turn: int = 0
    call_id: str | None = None
    prompt_tokens: int = 0  # what the model read to make this call, and wrote (the queries)
    completion_tokens: int = 0


class FileSearcher(Protocol):
    """Searches the run's vector stores with the run's tool options (max_num_results, ranking)."""

    def __call__(self, queries: Sequence[str]) -> Awaitable[FileSearchCall]: ...


@dataclass(frozen=True)
class ToolOptions:
    """The ``file_search`` tool's settings of a run, with the API's defaults."""

    max_num_results: int = DEFAULT_MAX_RESULTS
    ranker: str = DEFAULT_RANKER
    score_threshold: float = 0.0

    @classmethod
    def of(cls, tools: Iterable[Mapping[str, Any]]) -> ToolOptions | None:
        """The options of the run's file_search tool; None when the run does not have it."""
        for tool in tools:
            if isinstance(tool, Mapping) and tool.get("type") == "file_search":
                settings = tool.get("file_search") or {}
                ranking = settings.get("ranking_options") or {}
                ranker = ranking.get("ranker")
                return cls(
                    max_num_results=int(settings.get("max_num_results") or DEFAULT_MAX_RESULTS),
                    ranker=DEFAULT_RANKER if ranker in (None, "auto") else str(ranker),
                    score_threshold=float(ranking.get("score_threshold") or 0.0),
                )
        return None

    def ranking_options(self) -> JSON:
        return {"ranker": self.ranker, "score_threshold": self.score_threshold}


def marker(turn: int, index: int, file_name: str) -> str:
    return f"【{turn}:{index}†{file_name}】"


def results_text(call: FileSearchCall) -> str:
    """The results as the model reads them: each with the marker to cite it by."""
    if not call.results:
        return "No results found in the files."
    return "\n\n".join(f"{marker(call.turn, i, r.file_name)}\n{r.text}" for i, r in enumerate(call.results))


def wire_results_text(call: Mapping[str, Any], turn: int) -> str:
    """``results_text`` of a recorded ``file_search`` call (its wire form, content included):
    what the model read back when it made the call, the ``turn``-th search of its run."""
    results = tuple(
        SearchResult(
            str(r.get("file_id") or ""),
            str(r.get("file_name") or ""),
            float(r.get("score") or 0.0),
            "".join(str(p.get("text") or "") for p in r.get("content") or () if isinstance(p, Mapping)),
        )
        for r in (call.get("file_search") or {}).get("results") or ()
        if isinstance(r, Mapping)
    )
    return results_text(FileSearchCall((), results, {}, turn=turn))


def wire_call(call_id: str, call: FileSearchCall) -> JSON:
    """The step's ``file_search`` tool call, content included (stripped on the way out unless asked)."""
    results = [
        {
            "file_id": r.file_id,
            "file_name": r.file_name,
            "score": r.score,
            "content": [{"type": "text", "text": r.text}],
        }
        for r in call.results
    ]
    return {
        "id": call_id,
        "type": "file_search",
        "file_search": {"ranking_options": dict(call.ranking_options), "results": results},
    }


def without_content(step: JSON) -> JSON:
    """`step` without the file_search results' ``content`` (what a step shows unless asked)."""
    details = step.get("step_details") or {}
    calls = details.get("tool_calls") if isinstance(details, dict) else None
    if not calls or not any(isinstance(c, dict) and c.get("type") == "file_search" for c in calls):
        return step
    shown = []
    for call in calls:
        if isinstance(call, dict) and call.get("type") == "file_search":
            search = dict(call.get("file_search") or {})
            search["results"] = [
                {k: v for k, v in r.items() if k != "content"}
                for r in search.get("results") or []
                if isinstance(r, dict)
            ]
            call = {**call, "file_search": search}
        shown.append(call)
    return {**step, "step_details": {**details, "tool_calls": shown}}


def cited_files(steps: Iterable[Mapping[str, Any]]) -> dict[tuple[int, int], str]:
    """``(turn, index) -> file_id`` for the file_search calls recorded in `steps`, numbered in order."""
    cited: dict[tuple[int, int], str] = {}
    turn = 0
    for step in steps:
        for call in (step.get("step_details") or {}).get("tool_calls") or ():
            if isinstance(call, Mapping) and call.get("type") == "file_search":
                for index, result in enumerate((call.get("file_search") or {}).get("results") or ()):
                    cited[(turn, index)] = str(result.get("file_id") or "")
                turn += 1
    return cited


def searches_in(steps: Iterable[Mapping[str, Any]]) -> int:
    """How many file_search calls `steps` hold."""
    return sum(
        1
        for step in steps
        for call in (step.get("step_details") or {}).get("tool_calls") or ()
        if isinstance(call, Mapping) and call.get("type") == "file_search"
    )


def citations(text: str, cited: Mapping[tuple[int, int], str]) -> Iterator[JSON]:
    """The ``file_citation`` annotations for the markers in `text` that name a known result."""
    for found in MARKER.finditer(text):
        file_id = cited.get((int(found.group(1)), int(found.group(2))))
        if file_id:
            yield {
                "type": "file_citation",
                "text": found.group(0),
                "start_index": found.start(),
                "end_index": found.end(),
                "file_citation": {"file_id": file_id},
            }
