"""An uploaded file's text: which reader a file goes to, from its name and its first bytes.

The content decides first: a file whose bytes say image, archive or program is
``unsupported_file`` whatever its name, and one that says PDF is read as a PDF. Otherwise the
extension decides: PDF and Word documents, HTML and CSV, and plain text (prose, Markdown, JSON
and source code). A name with no extension is read as plain text; an extension we do not know
is ``unsupported_file``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path, PurePosixPath

from .decode import read_text
from .docx import docx_text
from .errors import invalid, unsupported
from .markup import csv_text, html_text
from .pdf import pdf_text

HEAD_BYTES = 4096
"""How much of a file ``sniff`` sees."""

TEXT_EXTENSIONS = frozenset(
    """
    .txt .text .md .markdown .mdx .rst .adoc .org .tex .bib .log .json .jsonl .ndjson .yaml .yml .toml
    .ini .cfg .conf .env .properties .xml .svg .py .pyi .ipynb .js .mjs .cjs .jsx .ts .tsx .java .kt
    .kts .scala .groovy .c .h .cc .cpp .cxx .hpp .hh .hxx .cs .fs .vb .go .rs .rb .php .pl .pm .lua
    .r .jl .swift .m .mm .dart .sh .bash .zsh .fish .ps1 .bat .cmd .sql .graphql .proto .css .scss
    .sass .less .vue .svelte .hs .ml .ex .exs .erl .clj .el .lisp .scm .vim .tf .hcl .gradle .cmake
    .mk .dockerfile .diff .patch .srt .vtt
    """.split()  # noqa: SIM905 (a list literal of a hundred strings reads worse)
)
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
TABLE_EXTENSIONS = {".csv": ",", ".tsv": "\t"}

SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),
    (b"PK\x07\x08", "zip"),
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bzip2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    (b"BM", "bmp"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"\x00\x00\x01\x00", "ico"),
    (b"\x7fELF", "elf"),
    (b"MZ", "exe"),
    (b"\xfe\xed\xfa\xce", "mach-o"),
    (b"\xfe\xed\xfa\xcf", "mach-o"),
    (b"\xce\xfa\xed\xfe", "mach-o"),
    (b"\xcf\xfa\xed\xfe", "mach-o"),
    (b"\xca\xfe\xba\xbe", "java-class"),
    (b"\x00asm", "wasm"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"OggS", "ogg"),
    (b"fLaC", "flac"),
    (b"ID3", "mp3"),
    (b"SQLite format 3\x00", "sqlite"),
)
WEAK: dict[str, Callable[[bytes], bool]] = {
    # two or three letters that text may start with too ("BMW ...", "MZ ...", "ID3 tags"): the rest
    # of the header must agree
    "bmp": lambda head: head[6:10] == b"\x00\x00\x00\x00",
    "exe": lambda head: b"\x00" in head[2:64],
    "bzip2": lambda head: head[3:10] in {bytes([level]) + b"1AY&SY" for level in b"123456789"},
    "mp3": lambda head: head[3:5] in (b"\x02\x00", b"\x03\x00", b"\x04\x00"),
}
BINARY_KINDS = frozenset(kind for _, kind in SIGNATURES) - {"pdf", "zip"}
"""Kinds whose content holds no text we read: ``unsupported_file`` whatever the file is called."""


def extension(filename: str) -> str:
    """The last extension of `filename`, lower case with its dot (``".py"``), or ``""`` for none.

    Only the name counts: a client's directories (either slash) are dropped, and a leading dot
    (``.bashrc``) is a name, not an extension.
    """
    name = PurePosixPath(filename.replace("\\", "/")).name
    suffix = PurePosixPath(name).suffix.lower()
    return "" if suffix == "." else suffix


def sniff(head: bytes) -> str | None:
    """The kind of file the first bytes name (``"pdf"``, ``"zip"``, ``"png"``, ...), or None for no signature.

    RIFF containers (WebP, WAV, AVI) and ISO media (MP4, HEIC) are named by a tag inside the header.
    """
    for signature, kind in SIGNATURES:
        if head.startswith(signature) and (kind not in WEAK or WEAK[kind](head)):
            return kind
    if head[:4] == b"RIFF" and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return {b"WEBP": "webp", b"WAVE": "wav", b"AVI ": "avi"}[head[8:12]]
    if head[4:8] == b"ftyp":
        return "iso-media"
    return None


def reader_for(kind: str | None, suffix: str) -> Callable[[Path], str]:
    """The function that reads a file of sniffed `kind` and extension `suffix`, or raises ``UnreadableFile``."""
    if kind in BINARY_KINDS:
        raise unsupported(f"Files of this kind ({kind}) hold no text that can be searched.")
    if kind == "pdf":
        return pdf_text
    if kind == "zip":
        if suffix == ".docx":
            return docx_text
        raise unsupported("Archives (zip, and Office formats other than .docx) are not supported.")
    if suffix == ".pdf":
        return pdf_text  # PDFium finds a header after leading junk, or says the file is not a PDF
    if suffix == ".docx":
        raise invalid("The file is named .docx but is not a Word document.")
    if suffix in HTML_EXTENSIONS:
        return lambda path: html_text(read_text(path))
    if suffix in TABLE_EXTENSIONS:
        delimiter = TABLE_EXTENSIONS[suffix]
        return lambda path: csv_text(read_text(path), delimiter=delimiter)
    if suffix in TEXT_EXTENSIONS or suffix == "":
        return read_text
    raise unsupported(f"Files with the extension {suffix[:16]} are not supported.")


def extract_text(path: Path, filename: str) -> str:
    """The text of the uploaded file stored at `path`, named `filename` by its uploader.

    Raises ``UnreadableFile``: ``unsupported_file`` for a kind of file that holds no text we read,
    ``invalid_file`` for a file of a readable kind that is damaged, encrypted, binary or has no text.
    """
    with path.open("rb") as file:
        head = file.read(HEAD_BYTES)
    text = reader_for(sniff(head), extension(filename))(path)
    if not text or text.isspace():  # not strip(): that would copy a 100 MB text to test it
        raise invalid("The file contains no text.")
    return text
