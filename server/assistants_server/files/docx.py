"""Text out of a Word document (.docx): the paragraphs and tables of ``word/document.xml``.

Read with the standard library only: ``zipfile`` for the package and expat, fed piece by piece, for
the XML, so memory follows the text found, not the part's size. ElementTree's ``iterparse`` would
stream as well, but it cannot see a document type declaration, and refusing those is the point:
a DOCTYPE is where external entities (XXE) and entity expansion (billion laughs) live, and Word
never writes one. A part that inflates past ``MAX_PART_BYTES`` is refused as a zip bomb, counted
on the bytes actually inflated, not on the size the archive claims.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path
from typing import IO, NoReturn
from xml.parsers import expat

from .errors import UnreadableFile, invalid

DOCUMENT_PART = "word/document.xml"
MAX_PART_BYTES = 64 * 1024 * 1024
READ_BYTES = 256 * 1024
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
SEP = "}"
"""What expat puts between an element's namespace and its local name."""


class _Hostile(Exception):
    """Raised from inside expat's callbacks to stop at a DTD or an entity declaration."""


class _Collector:
    """Expat callbacks that keep the text: runs' ``w:t``, tabs and breaks, paragraph and cell ends.

    Paragraphs end with a line break; in a table, cells end with a tab and rows with a line break,
    and a paragraph inside a cell with a space. A nested table's cells and rows end with a space.
    """

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.stack: list[str] = []
        self.tables = 0
        self.in_text = 0

    def start(self, name: str, attributes: object) -> None:
        local = local_name(name)
        parent = self.stack[-1] if self.stack else ""
        self.stack.append(local)
        if local == "t":
            self.in_text += 1
        elif local == "tbl":
            self.tables += 1
        elif parent == "r" and local == "tab":
            self.pieces.append("\t")
        elif parent == "r" and local in ("br", "cr"):
            self.pieces.append("\n")

    def end(self, name: str) -> None:
        local = local_name(name)
        if self.stack:
            self.stack.pop()
        if local == "t":
            self.in_text -= 1
        elif local == "tbl":
            self.tables -= 1
        elif local == "p":
            self.pieces.append("\n" if self.tables == 0 else " ")
        elif local == "tc":
            self._close(" \n", "\t" if self.tables == 1 else " ")
        elif local == "tr":
            self._close(" \t", "\n" if self.tables == 1 else " ")

    def data(self, text: str) -> None:
        if self.in_text > 0:
            self.pieces.append(text)

    def _close(self, trailing: str, separator: str) -> None:
        """End a cell or a row: drop the spaces a closed paragraph left, then add `separator`."""
        while self.pieces and self.pieces[-1] in tuple(trailing):
            self.pieces.pop()
        self.pieces.append(separator)

    def text(self) -> str:
        lines = "".join(self.pieces).split("\n")
        return "\n".join(line.rstrip(" ") for line in lines).strip()


def local_name(name: str) -> str:
    """``w:p`` for the WordprocessingML namespace (and a name with no namespace) is ``p``; others keep theirs."""
    namespace, _, local = name.rpartition(SEP)
    return local if namespace in ("", W) else name


def refuse(*_: object) -> NoReturn:
    raise _Hostile


def parse_document(stream: IO[bytes]) -> str:
    """The text of a ``word/document.xml`` read from `stream`; at most ``MAX_PART_BYTES`` are read."""
    collector = _Collector()
    parser = expat.ParserCreate(namespace_separator=SEP)
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse
    parser.StartElementHandler = collector.start
    parser.EndElementHandler = collector.end
    parser.CharacterDataHandler = collector.data
    parser.buffer_text = True
    total = 0
    try:
        while block := stream.read(READ_BYTES):
            total += len(block)
            if total > MAX_PART_BYTES:
                raise invalid("The document is too large once uncompressed (over 64 MiB of XML).")
            parser.Parse(block, False)
        parser.Parse(b"", True)
    except _Hostile:
        raise invalid("The document declares a DTD or entities, which Word documents never do.") from None
    except expat.ExpatError:
        raise invalid("The document's XML is malformed.") from None
    return collector.text()


def docx_text(path: Path) -> str:
    """The text of the .docx file at `path`; raises ``invalid_file`` for a damaged or hostile one."""
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo(DOCUMENT_PART)
            except KeyError:
                raise invalid(
                    "The file is a zip archive but not a Word document (it has no main document part)."
                ) from None
            if info.file_size > MAX_PART_BYTES:
                raise invalid("The document is too large once uncompressed (over 64 MiB of XML).")
            with archive.open(info) as stream:
                return parse_document(stream)
    except UnreadableFile:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, NotImplementedError, ValueError):
        # a damaged archive, a bad CRC, an encrypted member, an unknown compression method
        raise invalid("The Word document is damaged and cannot be read.") from None
