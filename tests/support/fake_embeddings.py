"""A fake OpenAI-compatible ``/embeddings`` endpoint on loopback, for the tests and the bench.

Vectors are deterministic: a hashed bag of words (``DIM`` buckets, each word's bucket and sign
from BLAKE2b), after stop words are dropped, plural-ish suffixes stripped and the words of one
``SYNONYMS`` group folded to one, so that a paraphrase ("wage" for "salary") lands near the
original where a lexical search finds nothing. It measures the server's hybrid plumbing, not a
real model's quality.

    with FakeEmbeddings() as fake:
        fake.base_url            # http://127.0.0.1:PORT/v1
        fake.fail_with = 503     # every request answers 503 until set back to None
        fake.requests            # the input lists received
        fake.gate = Event()      # requests wait (at most HOLD_S) until the event is set
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import re
from threading import Event
from typing import Any

import uvicorn
from assistants_server.threaded import ThreadedServer
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

DIM = 256
HOLD_S = 30.0
SYNONYMS = (
    ("salary", "wage", "pay", "earnings", "compensation", "income"),
    ("car", "automobile", "vehicle", "auto"),
    ("doctor", "physician", "medic", "clinician"),
    ("buy", "purchase", "acquire", "bought", "purchased"),
    ("start", "begin", "commence", "launch", "opening", "open"),
    ("big", "large", "huge", "enormous"),
    ("house", "home", "residence", "dwelling"),
    ("city", "town", "municipality"),
    ("sick", "ill", "unwell"),
    ("leave", "vacation", "holiday", "absence"),
    ("employee", "worker", "staff", "staffer"),
    ("color", "colour", "hue", "shade"),
    ("founded", "established", "created", "set"),
    ("capital", "seat"),
    ("river", "stream", "waterway"),
)
_STOP = "a an the of in on at to is are was were be by for with and or what which who whom how when where does do did"
STOP = frozenset(_STOP.split(" "))
_FOLD = {word: group[0] for group in SYNONYMS for word in group}
_WORD = re.compile(r"\w+")


def _norm(word: str) -> str:
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return _FOLD.get(word, word)


def embed(text: str) -> list[float]:
    vector = [0.0] * DIM
    for word in _WORD.findall(text.lower()):
        if word in STOP:
            continue
        digest = hashlib.blake2b(_norm(word).encode(), digest_size=8).digest()
        bucket = int.from_bytes(digest[:4], "little") % DIM
        vector[bucket] += 1.0 if digest[4] & 1 else -1.0
    norm = math.sqrt(sum(x * x for x in vector)) or 1.0
    return [x / norm for x in vector]


class FakeEmbeddings:
    def __init__(self) -> None:
        self.fail_with: int | None = None
        self.gate: Event | None = None
        self.requests: list[list[str]] = []
        self.keys: list[str | None] = []
        self._served: ThreadedServer | None = None
        self.port = 0
        self.app = Starlette(routes=[Route("/v1/embeddings", self._embeddings, methods=["POST"])])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def _embeddings(self, request: Request) -> JSONResponse:
        body: Any = await request.json()
        gate = self.gate
        if gate is not None:
            await asyncio.to_thread(gate.wait, HOLD_S)
        self.keys.append(request.headers.get("authorization"))
        if self.fail_with is not None:
            return JSONResponse({"error": {"message": "the fake is failing on purpose"}}, self.fail_with)
        inputs = body.get("input")
        texts = [inputs] if isinstance(inputs, str) else list(inputs)
        self.requests.append(texts)
        data = [{"object": "embedding", "index": i, "embedding": embed(t)} for i, t in enumerate(texts)]
        usage = {"prompt_tokens": 0, "total_tokens": 0}
        return JSONResponse({"object": "list", "data": data, "model": body.get("model"), "usage": usage})

    def start(self) -> FakeEmbeddings:
        if self._served is None:
            config = uvicorn.Config(self.app, lifespan="off", log_level="warning", access_log=False)
            served = ThreadedServer(uvicorn.Server(config), name="the fake embeddings upstream")
            self.port = served.port
            self._served = served.start()
        return self

    def stop(self) -> None:
        if self.gate is not None:
            self.gate.set()
        if self._served is not None:
            self._served.stop()
        self._served = None

    def __enter__(self) -> FakeEmbeddings:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
