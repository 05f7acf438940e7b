"""The model backend a ``ServerConfig`` names: ``scripted`` (the default) or ``chat-completions``."""

from __future__ import annotations

import os

from ..config import MODEL_BACKENDS, ServerConfig
from .base import ModelBackend
from .scripted import ScriptedModel


def backend_for(config: ServerConfig) -> ModelBackend:
    """Raises ValueError for an unknown backend or a chat-completions backend without an upstream."""
    if config.model_backend == "scripted":
        return ScriptedModel()
    if config.model_backend == "chat-completions":
        url = config.upstream_base_url
        if not url or not url.startswith(("http://", "https://")):
            raise ValueError(
                "the chat-completions backend needs the upstream's base URL, e.g. http://localhost:11434/v1 "
                "(--upstream-base-url)"
            )
        from .chat_completions.adapter import ChatCompletionsBackend
        from .chat_completions.upstream import UpstreamSettings

        key = config.upstream_api_key or os.environ.get("UPSTREAM_API_KEY") or None
        settings = UpstreamSettings(url, api_key=key, model=config.upstream_model, timeout=config.upstream_timeout)
        return ChatCompletionsBackend(settings)
    raise ValueError(f"unknown model backend {config.model_backend!r}: choose {' or '.join(MODEL_BACKENDS)}")
