"""Token counts and chunk windows: the invariants file_search's chunks rely on."""

from __future__ import annotations

import itertools

import pytest
from assistants_server.files import (
    AUTO_MAX_TOKENS,
    AUTO_OVERLAP_TOKENS,
    MAX_CHUNK_TOKENS,
    MIN_CHUNK_TOKENS,
    Chunk,
    chunk_text,
    chunking,
    count_tokens,
    static_problem,
    token_ends,
)
from hypothesis import given, settings
from hypothesis import strategies as st

PROSE = (
    "The Assistants API lets you build assistants within your own applications. An assistant has "
    "instructions and can use models, tools, and files to respond to user queries. It's able to "
    "search the files you give it, and to cite the passages it used in its answers.\n\n"
)
texts = st.text(
    alphabet=st.sampled_from(list("ab cD1'_.,!?\n\r\t é中😀-=")) | st.characters(codec="utf-8"), max_size=400
)


def pieces(text: str) -> list[str]:
    ends = token_ends(text)
    starts = [0, *ends][: len(ends)]
    return [text[start:end] for start, end in zip(starts, ends, strict=True)]


def test_tokens_follow_cl100k_pre_tokenizer_on_simple_text() -> None:
    assert pieces("Hello, world! It's 2024.") == ["Hello", ",", " world", "!", " It", "'s", " ", "202", "4", "."]
    assert pieces("a  b\n\nc") == ["a", " ", " b", "\n\n", "c"]


def test_long_words_and_other_scripts_cost_more_tokens() -> None:
    assert count_tokens("internationalization") == 4
    assert count_tokens("中文文本") == 4
    assert count_tokens("") == 0


def test_english_prose_is_about_four_characters_a_token() -> None:
    ratio = len(PROSE) / count_tokens(PROSE)
    assert 3.5 < ratio < 5.0


@settings(max_examples=300, deadline=None)
@given(texts)
def test_every_character_is_in_exactly_one_token(text: str) -> None:
    ends = token_ends(text)
    assert list(ends) == sorted(set(ends))
    assert (ends[-1] if ends else 0) == len(text)
    assert "".join(pieces(text)) == text
    assert count_tokens(text) == len(ends)


def test_tokenizing_in_blocks_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (PROSE + "x = [1, 2]  \r\n   indented\n\n\n(end)\n") * 40
    whole = token_ends(text)
    monkeypatch.setattr(chunking, "BLOCK_CHARS", 50)
    assert len(list(chunking.blocks(text))) > 10
    assert token_ends(text) == whole
    assert count_tokens(text) == len(whole)


def assert_recount(window: str, tokens: int) -> None:
    """A window of `tokens` tokens of a longer text counts as many tokens on its own, but for one
    case: a run of blanks is one token at the end of a text and two before a word (the last blank
    goes with the word), so a window cut inside such a run may count one fewer on its own."""
    recount = count_tokens(window)
    assert recount == tokens or (recount == tokens - 1 and window[-1:].isspace()), (window, tokens, recount)


def check_windows(text: str, chunks: list[Chunk], max_tokens: int, overlap: int) -> None:
    """The invariants of ``chunk_text``'s answer for `text`."""
    ends = token_ends(text)
    if not ends:
        assert chunks == []
        return
    assert chunks[0].start == 0 and chunks[-1].end == len(text)
    assert [chunk.index for chunk in chunks] == list(range(len(chunks)))
    for chunk in chunks:
        assert chunk.text == text[chunk.start : chunk.end]
        assert chunk.tokens <= max_tokens
        assert_recount(chunk.text, chunk.tokens)
    for previous, chunk in itertools.pairwise(chunks):
        assert previous.tokens == max_tokens
        if overlap:
            assert previous.start < chunk.start < previous.end < chunk.end
        else:
            assert chunk.start == previous.end
        assert_recount(text[chunk.start : previous.end], overlap)
    step = max_tokens - overlap
    assert len(chunks) == max(1, -(-(len(ends) - overlap) // step))


@settings(max_examples=200, deadline=None)
@given(texts, st.integers(1, 40), st.data())
def test_windows_cover_the_text_and_overlap_as_asked(text: str, max_tokens: int, data: st.DataObject) -> None:
    overlap = data.draw(st.integers(0, max_tokens - 1))
    check_windows(text, chunk_text(text, max_tokens=max_tokens, overlap_tokens=overlap), max_tokens, overlap)


def test_a_window_cut_inside_a_run_of_blanks() -> None:
    text = "\t.\x1c\u2028_😀c!aaa="  # hypothesis found it: '\x1c' and '\u2028' are two tokens here
    for max_tokens in range(1, 6):
        for overlap in range(max_tokens):
            check_windows(text, chunk_text(text, max_tokens=max_tokens, overlap_tokens=overlap), max_tokens, overlap)


def test_auto_chunks_of_a_long_document() -> None:
    text = PROSE * 400
    chunks = chunk_text(text, max_tokens=AUTO_MAX_TOKENS, overlap_tokens=AUTO_OVERLAP_TOKENS)
    check_windows(text, chunks, AUTO_MAX_TOKENS, AUTO_OVERLAP_TOKENS)
    assert len(chunks) > 10 and chunks[1].start == token_ends(text)[AUTO_MAX_TOKENS - AUTO_OVERLAP_TOKENS - 1]


def test_a_short_text_is_one_chunk_and_no_text_none() -> None:
    assert chunk_text("just a few words", max_tokens=800, overlap_tokens=400) == [
        Chunk(index=0, text="just a few words", start=0, end=16, tokens=4)
    ]
    assert chunk_text("", max_tokens=800, overlap_tokens=400) == []


@pytest.mark.parametrize(("max_tokens", "overlap"), [(0, 0), (10, 10), (10, -1), (10, 11)])
def test_windows_that_cannot_move_on_are_refused(max_tokens: int, overlap: int) -> None:
    with pytest.raises(ValueError):
        chunk_text("text", max_tokens=max_tokens, overlap_tokens=overlap)


SIZE = "chunking_strategy.static.max_chunk_size_tokens"
OVERLAP = "chunking_strategy.static.chunk_overlap_tokens"


@pytest.mark.parametrize(
    ("max_tokens", "overlap", "param"),
    [
        (MIN_CHUNK_TOKENS, 0, None),
        (MAX_CHUNK_TOKENS, MAX_CHUNK_TOKENS // 2, None),
        (AUTO_MAX_TOKENS, AUTO_OVERLAP_TOKENS, None),
        (101, 50, None),
        (MIN_CHUNK_TOKENS - 1, 0, SIZE),
        (MAX_CHUNK_TOKENS + 1, 0, SIZE),
        (0, 0, SIZE),
        (800, -1, OVERLAP),
        (800, 401, OVERLAP),
        (101, 51, OVERLAP),
    ],
)
def test_static_strategy_limits(max_tokens: int, overlap: int, param: str | None) -> None:
    problem = static_problem(max_tokens, overlap)
    if param is None:
        assert problem is None
    else:
        assert problem is not None and problem[0] == param and param in problem[1]
