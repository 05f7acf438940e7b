"""``rewrite_query``: a query made better for retrieval before it is searched.

With the chat-completions backend the upstream model rewrites it (``ModelRewriter``: one short
call, the answer's first line kept); with the scripted backend, or when that call fails or no
model name is known, the rewrite is deterministic (``drop_stop_words``: the query's words
without the English stop words, in order, lower-cased; the query as it was if nothing is left).
"""

from __future__ import annotations

import logging
from typing import Any

from ..backends.chat_completions.upstream import ChatCompletionsUpstream, Failure, UpstreamText
from .ranking import STOP_WORDS, terms

log = logging.getLogger("assistants_server.retrieval")

MAX_REWRITE_CHARS = 1_000
INSTRUCTION = (
    "Rewrite the user's question as a short keyword search query for a document search engine. "
    "Answer with the query only, on one line."
)


def drop_stop_words(query: str) -> str:
    kept = [w for w in terms(query) if w not in STOP_WORDS]
    return " ".join(kept) if kept else query


class ModelRewriter:
    """Rewrites with the upstream model `model` (the server's ``--upstream-model``)."""

    def __init__(self, upstream: ChatCompletionsUpstream, model: str | None) -> None:
        self.upstream = upstream
        self.model = model

    async def __call__(self, query: str) -> str:
        if not self.model:
            return drop_stop_words(query)
        body: dict[str, Any] = {
            "model": self.model,
            "stream": True,
            "messages": [{"role": "system", "content": INSTRUCTION}, {"role": "user", "content": query}],
        }
        parts: list[str] = []
        events = self.upstream.stream(body)
        try:
            async for event in events:
                if isinstance(event, UpstreamText):
                    parts.append(event.text)
                    if sum(map(len, parts)) > MAX_REWRITE_CHARS:
                        break
                elif isinstance(event, Failure):
                    log.warning("query rewrite failed, searching without the model: %s", event.message)
                    return drop_stop_words(query)
        finally:
            await events.aclose()  # type: ignore[attr-defined]
        lines = "".join(parts).strip().splitlines()
        rewritten = lines[0].strip()[:MAX_REWRITE_CHARS] if lines else ""
        return rewritten or drop_stop_words(query)


async def offline_rewriter(query: str) -> str:
    return drop_stop_words(query)
