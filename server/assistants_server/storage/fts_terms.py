"""The tokens FTS5 sees, for stores that keep their own lexical index (PostgreSQL).

The SQLite store indexes chunks with FTS5's ``porter unicode61`` tokenizer; a store that scores
BM25 itself must see exactly the same tokens, or the two rank differently. So the tokens are
not re-implemented here: they come from that very tokenizer, run on a private in-memory SQLite
database (a ``fts5vocab`` ``instance`` table lists each token's position in each text), the
same library the SQLite store uses.

``postings(texts)``: per text, its length in tokens (what FTS5's ``bm25()`` takes as the
document's length) and each term's positions. ``phrases(match)``: the phrases of a match
expression built by ``retrieval.ranking.match_expression`` (quoted strings joined by ``OR``),
each as the tokens FTS5 would search for, in order.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

TOKENIZER = "porter unicode61"
"""The tokenizer of ``storage.chunks``' FTS5 index (kept in step with its ``INDEX_SCHEMA``)."""
_PHRASE = re.compile(r'"((?:[^"]|"")*)"')
_OR = re.compile(r"\s+OR\s+")


@dataclass(frozen=True)
class Postings:
    """One text's tokens: its length and, per distinct term, the positions it stands at."""

    length: int
    terms: dict[str, list[int]]


class MatchSyntaxError(ValueError):
    """A match expression not of the form ``match_expression`` writes."""


def _tokenize(texts: Sequence[str]) -> list[Postings]:
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute(f"CREATE VIRTUAL TABLE t USING fts5(text, tokenize='{TOKENIZER}')")
        conn.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance')")
        conn.executemany("INSERT INTO t(rowid, text) VALUES (?, ?)", ((i + 1, s) for i, s in enumerate(texts)))
        found = [Postings(0, {}) for _ in texts]
        lengths = [0] * len(texts)
        for doc, term, offset in conn.execute('SELECT doc, term, "offset" FROM v ORDER BY doc, "offset"'):
            found[doc - 1].terms.setdefault(term, []).append(offset)
            lengths[doc - 1] += 1
        return [Postings(n, p.terms) for n, p in zip(lengths, found, strict=True)]
    finally:
        conn.close()


def postings(texts: Sequence[str]) -> list[Postings]:
    """Each text's length in tokens and its terms' positions, as FTS5 indexes it."""
    return _tokenize(texts) if texts else []


@functools.lru_cache(maxsize=4096)
def phrases(match: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of `match` (``"a" OR "b c"``), each as its tokens in order (an empty tuple
    for a phrase with no token: it matches nothing, as in FTS5). Cached: searches repeat."""
    parts = _OR.split(match.strip())
    texts: list[str] = []
    for part in parts:
        found = _PHRASE.fullmatch(part)
        if found is None:
            raise MatchSyntaxError("a match expression must be quoted phrases joined by OR")
        texts.append(found.group(1).replace('""', '"'))
    return tuple(_in_order(p) for p in postings(texts))


def _in_order(p: Postings) -> tuple[str, ...]:
    at = {position: term for term, positions in p.terms.items() for position in positions}
    return tuple(at[i] for i in sorted(at))
