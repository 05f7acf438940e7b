"""How chunks are ranked, as pure functions: the storage layer runs the queries these build and
hands back rows; nothing here does I/O.

Lexical (BM25). A user's query never reaches FTS5 as syntax: ``match_expression`` keeps its
words (runs of letters and digits, lower-cased, stop words left out unless nothing else is
left, at most ``MAX_TERMS`` distinct ones) and writes
each one quoted, joined by ``OR``, so ``"``, ``*``, ``NEAR``, ``AND``, ``-`` or ``:`` in a query
are only characters. FTS5's ``bm25()`` orders the candidates (lower is better).

Scores in 0..1 (``lexical_score``). With ``s = -bm25`` (0 or more), a chunk scores
``coverage * (0.5 + 0.5 * s / (s + BM25_HALF))``: ``coverage`` is the share of the query's
distinct words the chunk holds (words compared after ``fold``, a light suffix strip close to
the index's Porter stemmer), and the BM25 part grows with ``s`` and never reaches 1, so only a
chunk holding every word with a very high BM25 comes close to 1.0. The coverage factor is there
because FTS5 clamps the IDF of a word found in half the chunks or more to almost nothing: in a
store of one or two files BM25 alone would score every hit about 0. For a fixed coverage the
score is monotone in BM25.

Hybrid (``fuse``): weighted reciprocal rank fusion of the lexical and the dense ranking,
``sum(w / (RRF_K + rank))`` over the rankings a chunk appears in, divided by what rank 1 in
both would give (``sum(w) / (RRF_K + 1)``), so a chunk first in both scores 1.0 and one first
in only one ranking scores that ranking's share of the weights.

Several queries: each is ranked on its own and a chunk keeps its best score (``best_per_key``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

_TERM = re.compile(r"\w+")
MAX_TERMS = 64
"""Distinct words of one query that are searched (the rest are dropped): bounds the query's cost."""
BM25_HALF = 8.0
"""The ``-bm25`` at which the BM25 part of a lexical score is half way (measured: a chunk naming
two rare words of a question in a corpus of a few hundred chunks has ``-bm25`` around 8 to 15)."""
RRF_K = 60
"""The rank offset of reciprocal rank fusion (the usual constant)."""
DEFAULT_TEXT_WEIGHT = 1.0
DEFAULT_EMBEDDING_WEIGHT = 3.0
"""Default fusion weights, measured on the bench's labelled corpus with the fake embeddings
(recall@1 of text:embedding 1:1 .77, 2:1 .75, 1:2 .87, 1:3 .94; BM25 alone .75, vectors alone
.85; recall@5 1.0 for all fused): a dense ranking that knows synonyms deserves the larger share,
as the published BEIR figures also show for real embedding models (HOST-NOTES)."""
_STOP = (
    "a about an and are as at be by can could did do does for from had has have how i in is it its me my"
    " of on or our please should so tell that the their them there these they this to was we what when"
    " where which who why will with would you your"
)
STOP_WORDS = frozenset(_STOP.split(" "))
"""English words left out of a query's search when it has others: they match nearly every chunk,
cost the most to rank and tell the least."""
_SUFFIXES = ("ingly", "edly", "ing", "ies", "ied", "es", "ed", "ly", "s")
K = TypeVar("K", bound=Hashable)
T = TypeVar("T")


def terms(text: str) -> list[str]:
    """The words of `text`, lower-cased, in order."""
    return _TERM.findall(text.lower())


@functools.lru_cache(maxsize=65_536)
def fold(word: str) -> str:
    """A word with a common English suffix taken off (``policies`` and ``policy`` both give
    ``polic``): for comparing words, not for showing them."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word.removesuffix("y") if len(word) > 4 else word


def query_terms(query: str) -> list[str]:
    """The distinct words of `query` that are searched, in order of first appearance: those that
    are not ``STOP_WORDS``, or all of them when every one is."""
    words = list(dict.fromkeys(terms(query)))
    kept = [w for w in words if w not in STOP_WORDS]
    return (kept or words)[:MAX_TERMS]


def match_expression(query: str) -> str | None:
    """The FTS5 query for `query`: its words quoted and OR-ed; None when it has no word."""
    words = query_terms(query)
    if not words:
        return None
    return " OR ".join('"' + w.replace('"', '""') + '"' for w in words)


def coverage(query: str, text: str) -> float:
    """The share of `query`'s distinct (folded) words that `text` holds: 0..1."""
    wanted = {fold(w) for w in query_terms(query)}
    if not wanted:
        return 0.0
    have = {fold(w) for w in set(terms(text))}
    return len(wanted & have) / len(wanted)


def lexical_score(bm25: float, cover: float) -> float:
    """A 0..1 score from FTS5's ``bm25()`` value (lower is better) and the query's coverage."""
    s = max(0.0, -bm25)
    return round(max(0.0, min(1.0, cover)) * (0.5 + 0.5 * s / (s + BM25_HALF)), 6)


def fuse(rankings: Sequence[tuple[float, Sequence[K]]], k: int = RRF_K) -> dict[K, float]:
    """Weighted reciprocal rank fusion of `rankings` (``(weight, keys best first)``): each key's
    fused score, 0..1 (1.0: first in every ranking with a weight)."""
    total = sum(max(0.0, w) for w, _ in rankings)
    if total <= 0:
        return {}
    fused: dict[K, float] = {}
    for weight, keys in rankings:
        if weight <= 0:
            continue
        for rank, key in enumerate(keys, start=1):
            fused[key] = fused.get(key, 0.0) + weight / (k + rank)
    best = total / (k + 1)
    return {key: round(min(1.0, value / best), 6) for key, value in fused.items()}


@dataclass(frozen=True)
class Ranked(Generic[T]):
    score: float
    item: T


def best_per_key(found: Iterable[tuple[K, float, T]]) -> dict[K, tuple[float, T]]:
    """``(key, score, item)`` triples (from several queries) to each key's best score and item;
    an equal score keeps the first one seen."""
    best: dict[K, tuple[float, T]] = {}
    for key, score, item in found:
        if key not in best or score > best[key][0]:
            best[key] = (score, item)
    return best


def top(scored: dict[K, tuple[float, T]], *, limit: int, threshold: float = 0.0) -> list[Ranked[T]]:
    """The best `limit` entries scoring above 0 and at least `threshold`, best first (ties keep
    the order the entries were first seen in)."""
    kept = [(s, i, item) for i, (s, item) in enumerate(scored.values()) if s > 0 and s >= threshold]
    kept.sort(key=lambda e: (-e[0], e[1]))
    return [Ranked(s, item) for s, _, item in kept[:limit]]
