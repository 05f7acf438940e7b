"""Token counts and token windows: how a file's text becomes the chunks a vector store holds.

The tokenizer is an approximation of OpenAI's ``cl100k_base`` made without its vocabulary: the
text is cut with cl100k's own pre-tokenizer pattern (contractions, letter runs with one leading
space or mark, digits three at a time, punctuation runs, whitespace runs), and the pieces BPE
would split further are split by length: an ASCII word every ``WORD_CHARS`` letters, other
letters (accented, Greek, CJK ...) one a token, punctuation every ``MARK_CHARS``. On English prose
that is about four characters a token, as cl100k is; counts on any text are within a small factor
of the real ones, which is all that chunk sizes and usage figures need.

Every character belongs to exactly one token, so token ends are strictly increasing offsets and
the last is ``len(text)``: a chunk's ``start``/``end`` are exact offsets into the text.
"""

from __future__ import annotations

import itertools
import re
from array import array
from collections.abc import Iterator
from dataclasses import dataclass

AUTO_MAX_TOKENS = 800
"""The ``auto`` chunking strategy's chunk size."""
AUTO_OVERLAP_TOKENS = 400
"""The ``auto`` chunking strategy's overlap."""
MIN_CHUNK_TOKENS = 100
"""The smallest ``static.max_chunk_size_tokens`` the API accepts."""
MAX_CHUNK_TOKENS = 4096
"""The largest ``static.max_chunk_size_tokens`` the API accepts."""

WORD_CHARS = 6
MARK_CHARS = 3
PIECES = re.compile(
    rf"""
    '(?i:s|t|re|ve|m|ll|d)(?![A-Za-z])         # English contractions
    | [^\r\n\w]?[A-Za-z]{{1,{WORD_CHARS}}}     # an ASCII word, its leading space or mark, in pieces
    | [^\r\n\w]?[^\W\d_A-Za-z]                 # any other letter: one a token
    | \d{{1,3}}                                # digits, three at a time
    | \ ?(?:[^\s\w]|_){{1,{MARK_CHARS}}}[\r\n]*  # punctuation, with a leading space and line ends
    | \s*[\r\n]+                               # line ends, with the blanks before them
    | \s+(?!\S)                                # blanks, leaving one to start the next word
    | \s+
    | .                                        # nothing is left over (re.S: not even a stray char)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Chunk:
    """A window of tokens: its position among the chunks, its text, its offsets in the source text."""

    index: int
    text: str
    start: int
    end: int
    tokens: int


BLOCK_CHARS = 1 << 20
"""Text is tokenized a block at a time, so the pieces in hand at once stay a few megabytes."""
BLOCK_CUT = re.compile(r"\n(?=\S)")
"""Where a block may end: no token runs past a line end that is followed by a non-blank."""


def blocks(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of the blocks of `text`, each cut where tokenizing it alone changes nothing."""
    start = 0
    while start < len(text):
        cut = BLOCK_CUT.search(text, start + BLOCK_CHARS)
        end = cut.end() if cut else len(text)
        yield start, end
        start = end


def token_ends(text: str) -> array[int]:
    """The offset in `text` just after each token: strictly increasing, the last one ``len(text)``."""
    ends: array[int] = array("q")
    for start, end in blocks(text):
        pieces = PIECES.findall(text, start, end)
        ends.extend(itertools.islice(itertools.accumulate(map(len, pieces), initial=start), 1, None))
    return ends


def count_tokens(text: str) -> int:
    """About how many ``cl100k_base`` tokens `text` is (see the module's docstring)."""
    return sum(len(PIECES.findall(text, start, end)) for start, end in blocks(text))


def chunk_text(text: str, *, max_tokens: int, overlap_tokens: int) -> list[Chunk]:
    """`text` cut into windows of `max_tokens` tokens, each starting `overlap_tokens` before the last ended.

    Every chunk but the last has exactly `max_tokens` tokens; the last one ends at the end of the
    text. Empty text gives no chunks. Raises ``ValueError`` unless ``0 <= overlap_tokens < max_tokens``.
    """
    if max_tokens < 1 or not 0 <= overlap_tokens < max_tokens:
        raise ValueError(f"need 0 <= overlap_tokens < max_tokens, got {overlap_tokens} and {max_tokens}")
    ends = token_ends(text)
    total = len(ends)
    step = max_tokens - overlap_tokens
    chunks: list[Chunk] = []
    first = 0
    # each window moves `step` tokens on, so this many windows always reach the end
    for index in range(max(1, -(-(total - overlap_tokens) // step))):
        if first >= total:
            break
        last = min(first + max_tokens, total)
        start = ends[first - 1] if first else 0
        end = ends[last - 1]
        chunks.append(Chunk(index, text[start:end], start, end, last - first))
        if last == total:
            break
        first = last - overlap_tokens
    return chunks


def static_problem(max_tokens: int, overlap_tokens: int) -> tuple[str, str] | None:
    """What is wrong with a ``static`` chunking strategy, as ``(param, message)``, or None if it is valid.

    The API takes ``max_chunk_size_tokens`` from 100 to 4096 and a ``chunk_overlap_tokens`` from 0
    to half of it.
    """
    size_param = "chunking_strategy.static.max_chunk_size_tokens"
    overlap_param = "chunking_strategy.static.chunk_overlap_tokens"
    if not MIN_CHUNK_TOKENS <= max_tokens <= MAX_CHUNK_TOKENS:
        return size_param, (
            f"Invalid '{size_param}': expected an integer from {MIN_CHUNK_TOKENS} to {MAX_CHUNK_TOKENS}, "
            f"but got {max_tokens} instead."
        )
    if overlap_tokens < 0:
        return overlap_param, f"Invalid '{overlap_param}': expected a value >= 0, but got {overlap_tokens} instead."
    if overlap_tokens > max_tokens // 2:
        return overlap_param, (
            f"Invalid '{overlap_param}': the overlap must not exceed half of max_chunk_size_tokens "
            f"({max_tokens // 2}), but got {overlap_tokens} instead."
        )
    return None
