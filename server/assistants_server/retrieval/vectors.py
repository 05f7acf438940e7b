"""Dense vectors, as pure functions: packing them for storage (little-endian float32 blobs) and
an exact cosine search over a store's vectors.

Why exact search and no vector index: a vector store holds at most 10,000 files, most hold a
few hundred chunks, and a scan with numpy over a store's matrix costs about 8 ms at 10k chunks
and 75 ms at 100k (256 dimensions; BENCHMARKS.md): an approximate index (HNSW, IVF) would add a
native extension, build time and a recall loss to save milliseconds. Pure Python took 155 ms
at 10k, hence numpy.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

import numpy as np

K = TypeVar("K")
DTYPE = "<f4"


def pack(vector: Sequence[float]) -> bytes:
    """A vector as stored: float32, little-endian, scaled to length 1 (so a dot product is the
    cosine); a zero vector stays zero."""
    array = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(array))
    if norm > 0:
        array = array / norm
    return array.astype(DTYPE).tobytes()


def unpack(blob: bytes) -> list[float]:
    return [float(x) for x in np.frombuffer(blob, dtype=DTYPE)]


def nearest(query: Sequence[float], stored: Iterable[tuple[K, bytes]], limit: int) -> list[tuple[K, float]]:
    """The `limit` stored vectors closest to `query` by cosine, best first, with their cosine;
    vectors of another length than the query's (a model changed meanwhile) are skipped."""
    q = np.frombuffer(pack(query), dtype=DTYPE)
    keys: list[K] = []
    blobs: list[bytes] = []
    width = q.size * 4
    for key, blob in stored:
        if len(blob) == width:
            keys.append(key)
            blobs.append(blob)
    if not keys or limit <= 0:
        return []
    matrix = np.frombuffer(b"".join(blobs), dtype=DTYPE).reshape(len(keys), q.size)
    scores = matrix @ q
    count = min(limit, len(keys))
    picked = np.argpartition(-scores, count - 1)[:count] if count < len(keys) else np.arange(len(keys))
    order = sorted(picked.tolist(), key=lambda i: (-float(scores[i]), i))
    return [(keys[i], float(scores[i])) for i in order]
