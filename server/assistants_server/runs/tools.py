"""What the run engine asks of the layers above it for the hosted tools: the vector stores a
run's file_search searches, and the sandbox its code_interpreter runs code in. The domain hands
the engine an implementation of each once it has made them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from ..backends.code_interpreter import CodeRunner
from ..backends.file_search import SearchResult, ToolOptions

JSON = dict[str, Any]


class RunRetrieval(Protocol):
    """The vector stores behind a run's file_search tool (given by the layer that owns them)."""

    def vector_store_ids(self, run: JSON) -> list[str]:
        """The stores of the run's assistant and thread (at most one each)."""
        ...

    def pending(self, vector_store_ids: Sequence[str]) -> int:
        """How many of the stores' files are still being processed."""
        ...

    async def search(
        self, vector_store_ids: Sequence[str], queries: Sequence[str], options: ToolOptions
    ) -> list[SearchResult]:
        """The best results for `queries`, honouring the tool's `options`."""
        ...


class RunCode(Protocol):
    """The sandbox behind a run's code_interpreter tool (given by the layer that owns files)."""

    def runner(self, run: JSON, messages: Sequence[JSON]) -> CodeRunner:
        """Runs code for `run` in its thread's session, with the run's files (the assistant's and
        thread's ``code_interpreter`` files, and those attached to `messages` for the tool)."""
        ...
