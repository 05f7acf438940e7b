"""The Chat Completions model backend: runs answered by any OpenAI-compatible endpoint.

``translate`` turns a run into one streamed request, ``upstream`` reads the streamed answer as
backend events, ``adapter`` is the ``ModelBackend``. The other side in tests and benchmarks, a fake
endpoint that checks every request, is not installed: ``tests/support`` in the repository.
"""
