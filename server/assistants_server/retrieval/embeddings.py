"""An OpenAI-compatible ``/embeddings`` client (OpenAI, Azure, Ollama, vLLM,
text-embeddings-inference): texts in, one vector per text out.

Batches of ``BATCH`` inputs, each sent with up to ``ATTEMPTS`` tries: a 429, a 5xx, a timeout or
a broken connection waits (``Retry-After`` when given, else 0.5 s doubling, at most
``MAX_WAIT`` s) and tries again; any other answer, or the last try failing, raises
``EmbeddingsError``. The API key goes only to the configured origin and is kept out of reprs
and error messages.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx2

BATCH = 64
ATTEMPTS = 4
MAX_WAIT = 8.0
DEFAULT_MODEL = "text-embedding-3-small"


class EmbeddingsError(Exception):
    """The embeddings upstream could not give the vectors (its words, scrubbed, in the message)."""


@dataclass(frozen=True, slots=True)
class EmbeddingsSettings:
    base_url: str
    model: str = DEFAULT_MODEL
    api_key: str | None = field(default=None, repr=False)
    timeout: float = 60.0
    batch: int = BATCH
    attempts: int = ATTEMPTS

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/embeddings"


def retry_wait(attempt: int, retry_after: str | None) -> float:
    """Seconds to wait before try `attempt` + 1 (counted from 0)."""
    try:
        told = float(retry_after) if retry_after is not None else None
    except ValueError:
        told = None
    return min(MAX_WAIT, told if told is not None and told >= 0 else 0.5 * 2**attempt)


def vectors_of(body: Any, count: int) -> list[list[float]]:
    """The vectors of an ``/embeddings`` answer, in input order; EmbeddingsError if it has not
    exactly `count` of them, all numeric and of one length."""
    data = body.get("data") if isinstance(body, Mapping) else None
    if not isinstance(data, list) or len(data) != count:
        raise EmbeddingsError(f"The embeddings upstream answered without {count} vectors.")
    ordered = sorted(data, key=lambda item: item.get("index", 0) if isinstance(item, Mapping) else 0)
    found: list[list[float]] = []
    for item in ordered:
        vector = item.get("embedding") if isinstance(item, Mapping) else None
        if not isinstance(vector, list) or not vector or not all(isinstance(x, (int, float)) for x in vector):
            raise EmbeddingsError("The embeddings upstream answered with a vector that is not a list of numbers.")
        found.append([float(x) for x in vector])
    if len({len(v) for v in found}) > 1:
        raise EmbeddingsError("The embeddings upstream answered with vectors of different lengths.")
    return found


class Embedder:
    """Posts batches to ``{base_url}/embeddings``; one connection pool per event loop."""

    def __init__(self, settings: EmbeddingsSettings, *, transport: httpx2.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self._transport = transport
        self._client: httpx2.AsyncClient | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._headers = {"Authorization": f"Bearer {settings.api_key}"} if settings.api_key else {}

    def __repr__(self) -> str:
        return f"Embedder({self.settings.url!r}, model={self.settings.model!r})"

    def _http(self) -> httpx2.AsyncClient:
        loop = asyncio.get_running_loop()
        if self._client is None or self._loop is not loop:
            self._client = httpx2.AsyncClient(
                timeout=httpx2.Timeout(self.settings.timeout, connect=min(10.0, self.settings.timeout)),
                transport=self._transport,
                follow_redirects=False,
                trust_env=False,
            )
            self._loop = loop
        return self._client

    async def aclose(self) -> None:
        client, self._client, self._loop = self._client, None, None
        if client is not None:
            with contextlib.suppress(RuntimeError):  # its loop is gone: nothing left to release
                await client.aclose()

    def _scrub(self, text: str) -> str:
        key = self.settings.api_key
        return text.replace(key, "***") if key else text

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, in order (EmbeddingsError when the upstream fails)."""
        found: list[list[float]] = []
        size = max(1, self.settings.batch)
        for start in range(0, len(texts), size):
            found.extend(await self._batch(list(texts[start : start + size])))
        return found

    async def _batch(self, texts: list[str]) -> list[list[float]]:
        body = {"model": self.settings.model, "input": texts, "encoding_format": "float"}
        problem = "no attempt"
        for attempt in range(max(1, self.settings.attempts)):
            retry_after = None
            try:
                response = await self._http().post(self.settings.url, json=body, headers=self._headers)
            except httpx2.TimeoutException:
                problem = f"sent nothing for {self.settings.timeout:g} s"
            except httpx2.HTTPError as exc:
                problem = f"could not be reached ({type(exc).__name__})"
            else:
                if response.status_code < 300:
                    try:
                        return vectors_of(response.json(), len(texts))
                    except ValueError as exc:
                        raise EmbeddingsError("The embeddings upstream answered with a body that is not JSON.") from exc
                problem = f"answered {response.status_code}: " + " ".join(response.text.split())[:300]
                if response.status_code != 429 and response.status_code < 500:
                    break
                retry_after = response.headers.get("retry-after")
            if attempt + 1 < self.settings.attempts:
                await asyncio.sleep(retry_wait(attempt, retry_after))
        raise EmbeddingsError(self._scrub(f"The embeddings upstream {problem}"))
