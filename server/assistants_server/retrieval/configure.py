"""What the server's settings make of retrieval: the embeddings client (``--embeddings-*``) and
the query rewriter (the chat-completions backend's model, else the deterministic one)."""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable

from ..backends.base import ModelBackend
from ..config import ServerConfig
from .embeddings import DEFAULT_MODEL, Embedder, EmbeddingsSettings
from .rewrite import ModelRewriter, offline_rewriter


def embedder_for(config: ServerConfig) -> Embedder | None:
    if not config.embeddings_base_url:
        return None
    key = config.embeddings_api_key or os.environ.get("EMBEDDINGS_API_KEY") or None
    model = config.embeddings_model or DEFAULT_MODEL
    return Embedder(EmbeddingsSettings(config.embeddings_base_url, model=model, api_key=key))


def rewriter_for(config: ServerConfig, backend: ModelBackend) -> Callable[[str], Awaitable[str]]:
    from ..backends.chat_completions.adapter import ChatCompletionsBackend

    if isinstance(backend, ChatCompletionsBackend):
        return ModelRewriter(backend.upstream, config.upstream_model)
    return offline_rewriter
