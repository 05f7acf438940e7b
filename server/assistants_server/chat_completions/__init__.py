"""The Chat Completions model backend: runs answered by any OpenAI-compatible endpoint.

``translate`` turns a run into one streamed request, ``upstream`` reads the streamed answer as
backend events, ``request_schema`` and ``fake_upstream`` check and play the other side in tests.
"""
