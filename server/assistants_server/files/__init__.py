"""Text out of uploaded files, and the chunks a vector store keeps of it (for file_search).

No HTTP and no storage here: the wing reads a file at a path and returns text, or raises
``UnreadableFile`` with the code a vector-store file's ``last_error`` carries. Modules, one job each:
``extract`` (which reader a file goes to), ``decode`` (plain text), ``markup`` (HTML, CSV),
``pdf`` (PDFium), ``docx`` (Word), ``chunking`` (tokens and windows), ``errors``.
"""

from __future__ import annotations

from .chunking import (
    AUTO_MAX_TOKENS,
    AUTO_OVERLAP_TOKENS,
    MAX_CHUNK_TOKENS,
    MIN_CHUNK_TOKENS,
    Chunk,
    chunk_text,
    count_tokens,
    static_problem,
    token_ends,
)
from .errors import UnreadableFile
from .extract import extract_text

__all__ = [
    "AUTO_MAX_TOKENS",
    "AUTO_OVERLAP_TOKENS",
    "MAX_CHUNK_TOKENS",
    "MIN_CHUNK_TOKENS",
    "Chunk",
    "UnreadableFile",
    "chunk_text",
    "count_tokens",
    "extract_text",
    "static_problem",
    "token_ends",
]
