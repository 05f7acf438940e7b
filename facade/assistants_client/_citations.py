"""Citations: a message's ``file_citation`` annotations resolved to file names and quoted text.

The API writes a marker such as ``【0:1†handbook.pdf】`` into the answer and a ``file_citation``
annotation (``file_id``, ``start_index``, ``end_index``) over it; the quoted chunk comes back only
from the run step that searched, when ``include[]`` asks for its content. ``client.citations(m)``
reads the steps of the run that wrote the message once (with that ``include[]``), matches each
annotation to the search result it names (the marker's ``n:m``: the run's n-th file_search call,
its m-th result; else the first result from the same file) and gives one :class:`Citation` per
annotation, in the text's order. A file no step names is looked up (``retrieve_file``) for its
name; ``quote`` is None when no step holds its text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from ._internals import AsyncInternals, SyncInternals

__all__ = ["INCLUDE_CONTENT", "AsyncCitationsMixin", "Citation", "SyncCitationsMixin", "resolve_citations"]

INCLUDE_CONTENT: Final = "step_details.tool_calls[*].file_search.results[*].content"
_MARKER = re.compile(r"【(\d+):(\d+)†")


@dataclass(frozen=True)
class Citation:
    """One file citation of a message: where it is in the text, which file, and what it quotes."""

    text: str  # the marker in the message's text, e.g. 【0:0†handbook.txt】
    start_index: int
    end_index: int
    file_id: str
    file_name: str | None
    quote: str | None  # the cited chunk's text, when the run's step holds it
    score: float | None = None


def _plain(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if to_dict is not None else value


def _annotations(message: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    found = []
    for part in message.get("content") or ():
        text = part.get("text") if isinstance(part, Mapping) and part.get("type") == "text" else None
        for note in (text or {}).get("annotations") or () if isinstance(text, Mapping) else ():
            if isinstance(note, Mapping) and note.get("type") == "file_citation":
                found.append(note)
    return found


def _searches(steps: Iterable[Mapping[str, Any]]) -> list[list[Mapping[str, Any]]]:
    """The results of each file_search call of the steps, in order."""
    calls = []
    for step in steps:
        for call in (step.get("step_details") or {}).get("tool_calls") or ():
            if isinstance(call, Mapping) and call.get("type") == "file_search":
                calls.append(list((call.get("file_search") or {}).get("results") or ()))
    return calls


def resolve_citations(message: Any, steps: Iterable[Any]) -> list[Citation]:
    """The citations of `message` (a model or its dict) resolved against the run's `steps` (oldest
    first, ideally read with ``include[]`` content). No network: see ``client.citations``."""
    searches = _searches([_plain(s) for s in steps])
    out = []
    for note in _annotations(_plain(message)):
        file_id = str((note.get("file_citation") or {}).get("file_id") or "")
        text = str(note.get("text") or "")
        result: Mapping[str, Any] | None = None
        marker = _MARKER.match(text)
        if marker:
            n, m = int(marker.group(1)), int(marker.group(2))
            if n < len(searches) and m < len(searches[n]) and searches[n][m].get("file_id") == file_id:
                result = searches[n][m]
        if result is None:
            result = next((r for call in searches for r in call if r.get("file_id") == file_id), None)
        content = (result or {}).get("content") or ()
        quote = "\n".join(str(c.get("text") or "") for c in content if isinstance(c, Mapping)) or None
        out.append(
            Citation(
                text=text,
                start_index=int(note.get("start_index") or 0),
                end_index=int(note.get("end_index") or 0),
                file_id=file_id,
                file_name=(result or {}).get("file_name"),
                quote=quote,
                score=(result or {}).get("score"),
            )
        )
    return out


def _with_names(citations: list[Citation], names: Mapping[str, str | None]) -> list[Citation]:
    return [
        c if c.file_name is not None else Citation(**{**c.__dict__, "file_name": names.get(c.file_id)})
        for c in citations
    ]


class SyncCitationsMixin(SyncInternals):
    """``citations`` for Client."""

    def citations(self, message: Any) -> list[Citation]:
        """The message's file citations with their file names and quoted chunks (see the module)."""
        data = _plain(message)
        if not _annotations(data):
            return []
        steps: list[Any] = []
        if data.get("run_id") and data.get("thread_id"):
            steps = list(self.list_run_steps(data["thread_id"], data["run_id"], order="asc", include=[INCLUDE_CONTENT]))
        found = resolve_citations(data, steps)
        missing = {c.file_id for c in found if c.file_name is None and c.file_id}
        names = {file_id: getattr(self.retrieve_file(file_id), "filename", None) for file_id in missing}
        return _with_names(found, names)


class AsyncCitationsMixin(AsyncInternals):
    """``citations`` for AsyncClient."""

    async def citations(self, message: Any) -> list[Citation]:
        """The message's file citations with their file names and quoted chunks (see the module)."""
        data = _plain(message)
        if not _annotations(data):
            return []
        steps: list[Any] = []
        if data.get("run_id") and data.get("thread_id"):
            pages = self.list_run_steps(data["thread_id"], data["run_id"], order="asc", include=[INCLUDE_CONTENT])
            steps = [step async for step in pages]
        found = resolve_citations(data, steps)
        missing = {c.file_id for c in found if c.file_name is None and c.file_id}
        names = {file_id: getattr(await self.retrieve_file(file_id), "filename", None) for file_id in missing}
        return _with_names(found, names)
