"""A simple lexical ranking of chunks against queries, as a pure function (to be replaced by
BM25 from the index once there is one).

The score of a chunk for one query is the share of the query's distinct terms the chunk holds
(0..1), nudged by how often they occur so that ties break towards denser chunks while the score
stays in 0..1. With several queries a chunk takes its best score. Terms are lower-cased runs of
letters and digits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

_TERM = re.compile(r"\w+")
DENSITY_WEIGHT = 0.1
"""The part of the score that comes from how often the terms occur (the rest is coverage)."""
T = TypeVar("T")


def terms(text: str) -> list[str]:
    return _TERM.findall(text.lower())


@dataclass(frozen=True)
class Ranked(Generic[T]):
    score: float
    item: T


def score(query_terms: frozenset[str], text: str) -> float:
    """How well `text` answers a query made of `query_terms`: 0 (no term) to 1."""
    if not query_terms:
        return 0.0
    counts = Counter(t for t in terms(text) if t in query_terms)
    if not counts:
        return 0.0
    coverage = len(counts) / len(query_terms)
    hits = sum(counts.values())
    density = hits / (hits + len(query_terms))  # below 1, grows with repeats
    return round((1 - DENSITY_WEIGHT) * coverage + DENSITY_WEIGHT * coverage * density, 6)


def rank(
    queries: Sequence[str], items: Iterable[tuple[T, str]], *, limit: int, threshold: float = 0.0
) -> list[Ranked[T]]:
    """The best `limit` of `items` (``(item, text)`` pairs) for `queries`, best first; items that
    score 0 or below `threshold` are left out; equal scores keep the order the items came in."""
    wanted = [frozenset(terms(q)) for q in queries]
    found: list[tuple[float, int, T]] = []
    for position, (item, text) in enumerate(items):
        best = max((score(q, text) for q in wanted), default=0.0)
        if best > 0 and best >= threshold:
            found.append((best, position, item))
    found.sort(key=lambda entry: (-entry[0], entry[1]))
    return [Ranked(s, item) for s, _, item in found[:limit]]
