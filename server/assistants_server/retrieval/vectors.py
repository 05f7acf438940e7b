"""Dense vectors, as pure functions: packing them for storage (little-endian float32 blobs) and
an exact cosine search over a store's vectors.

Why exact search and no vector index: a vector store holds at most 10,000 files, most hold a
few hundred chunks, and a scan with numpy over a store's matrix costs about 8 ms at 10k chunks
and 75 ms at 100k (256 dimensions; BENCHMARKS.md): an approximate index (HNSW, IVF) would add a
native extension, build time and a recall loss to save milliseconds. Pure Python took 155 ms
at 10k, hence numpy.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

# numpy is imported where it is used: a server without --embeddings-base-url never loads it
# (77 ms of every start otherwise).

K = TypeVar("K")
DTYPE = "<f4"


def pack(vector: Sequence[float]) -> bytes:
    """A vector as stored: float32, little-endian, scaled to length 1 (so a dot product is the
    cosine); a zero vector stays zero."""
    import numpy as np

    array = np.asarray(vector, dtype=np.float64)
    norm = float(np.linalg.norm(array))
    if norm > 0:
        array = array / norm
    return array.astype(DTYPE).tobytes()


def unpack(blob: bytes) -> list[float]:
    import numpy as np

    return [float(x) for x in np.frombuffer(blob, dtype=DTYPE)]


@dataclass(frozen=True)
class Matrix(Generic[K]):
    """A store's vectors of one length, stacked: row ``i`` is the vector of ``keys[i]``."""

    keys: list[K]
    rows: Any  # a numpy float32 array, len(keys) x width
    width: int

    @property
    def nbytes(self) -> int:
        return int(self.rows.nbytes)


def stack(stored: Iterable[tuple[K, bytes]]) -> Matrix[K] | None:
    """The stored vectors as one matrix (those of the most common length: vectors left by an
    earlier model are skipped), or None without vectors."""
    import numpy as np

    by_width: dict[int, tuple[list[K], list[bytes]]] = {}
    for key, blob in stored:
        keys, blobs = by_width.setdefault(len(blob), ([], []))
        keys.append(key)
        blobs.append(blob)
    if not by_width:
        return None
    width, (keys, blobs) = max(by_width.items(), key=lambda item: len(item[1][0]))
    rows = np.frombuffer(b"".join(blobs), dtype=DTYPE).reshape(len(keys), width // 4)
    return Matrix(keys, rows, width // 4)


def nearest(query: Sequence[float], matrix: Matrix[K], limit: int, allowed: Any = None) -> list[tuple[K, float]]:
    """The `limit` rows of `matrix` closest to `query` by cosine (only rows whose key passes
    `allowed`, a predicate, if given), best first, with their cosine; nothing when the query's
    length differs from the matrix's (the model changed)."""
    import numpy as np

    if len(query) != matrix.width or limit <= 0 or not matrix.keys:
        return []
    q = np.frombuffer(pack(query), dtype=DTYPE)
    scores = matrix.rows @ q
    if allowed is not None:
        mask = np.fromiter((bool(allowed(k)) for k in matrix.keys), dtype=bool, count=len(matrix.keys))
        scores = np.where(mask, scores, -np.inf)
    count = min(limit, len(matrix.keys))
    picked = np.argpartition(-scores, count - 1)[:count] if count < len(matrix.keys) else np.arange(len(matrix.keys))
    order = sorted(picked.tolist(), key=lambda i: (-float(scores[i]), i))
    return [(matrix.keys[i], float(scores[i])) for i in order if np.isfinite(scores[i])]


class MatrixCache(Generic[K]):
    """The stacked vectors of recently searched stores, each tagged with the generation of the
    store's chunks it was built from (a changed store misses), the least recently used dropped
    beyond ``budget`` bytes."""

    def __init__(self, budget: int = 256 << 20) -> None:
        self.budget = budget
        self._entries: OrderedDict[str, tuple[object, Matrix[K] | None]] = OrderedDict()

    def get(self, store_id: str, generation: object) -> tuple[bool, Matrix[K] | None]:
        entry = self._entries.get(store_id)
        if entry is None or entry[0] != generation:
            return False, None
        self._entries.move_to_end(store_id)
        return True, entry[1]

    def put(self, store_id: str, generation: object, matrix: Matrix[K] | None) -> None:
        self._entries[store_id] = (generation, matrix)
        self._entries.move_to_end(store_id)
        total = sum(m.nbytes for _, m in self._entries.values() if m is not None)
        while total > self.budget and len(self._entries) > 1:
            _, (_, dropped) = self._entries.popitem(last=False)
            total -= dropped.nbytes if dropped is not None else 0
