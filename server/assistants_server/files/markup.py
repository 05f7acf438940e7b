"""Text out of markup: HTML (the words a reader sees, blocks on their own lines) and CSV (a row a line).

Pure functions from ``str`` to ``str``; the caller decodes the file first.
"""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser

HIDDEN = frozenset({"script", "style", "template", "noscript", "title", "svg", "math", "iframe", "object"})
"""Elements whose content is not text a reader sees (``title`` is kept apart: see ``html_text``)."""
BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "caption",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "html",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
    }
)
CELLS = frozenset({"td", "th"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
SPACES = re.compile(r"[^\S\n]+")
BLANK_LINES = re.compile(r"\n(?:[ \t]*\n)+")


class _TextParser(HTMLParser):
    """Collects visible text; a block element's start and end become line breaks, a cell's end a tab."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[str] = []
        self.hidden: list[str] = []
        self.title: list[str] = []
        self.in_title = False
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self.in_title = True
        if tag in HIDDEN and tag not in VOID:
            self.hidden.append(tag)
        elif not self.hidden and tag in BLOCKS:
            self._break()
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.hidden and tag in BLOCKS:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if self.hidden:
            if tag in self.hidden:
                # close the innermost open element of that name (and any left open inside it)
                del self.hidden[len(self.hidden) - 1 - self.hidden[::-1].index(tag) :]
            return
        if tag == "pre" and self.pre:
            self.pre -= 1
        if tag in CELLS:
            self._trim()
            self.pieces.append("\t")
        elif tag in BLOCKS:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.hidden:
            return
        if not self.pre:
            data = SPACES.sub(" ", data.replace("\n", " "))
            if not self.pieces or self.pieces[-1][-1:] in ("\n", "\t"):
                data = data.lstrip(" ")
        if data:
            self.pieces.append(data)

    def _trim(self) -> None:
        """Drop the spaces that end the text so far (outside ``pre``, they are not seen)."""
        if self.pieces and not self.pre:
            self.pieces[-1] = self.pieces[-1].rstrip(" ")

    def _break(self) -> None:
        self._trim()
        if self.pieces and self.pieces[-1].endswith("\t"):
            self.pieces[-1] = self.pieces[-1].rstrip("\t")  # a row's last cell
        self.pieces.append("\n")


def html_text(markup: str) -> str:
    """The visible text of an HTML document: no scripts or styles, one block element a paragraph.

    A page with no visible body text gives its title, so that a bare page still has something to find.
    """
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    text = BLANK_LINES.sub("\n\n", "".join(parser.pieces)).strip()
    return text or " ".join("".join(parser.title).split())


def csv_text(data: str, *, delimiter: str = ",") -> str:
    """One line per non-empty row, its cells joined by tabs (a cell with a comma stays one cell).

    Text that the csv module cannot split (an unclosed quote running past its field limit) is
    returned as it is: it is still text worth finding.
    """
    try:
        rows = csv.reader(io.StringIO(data, newline=""), delimiter=delimiter)
        lines = [
            "\t".join(cell.strip().replace("\n", " ") for cell in row) for row in rows if any(c.strip() for c in row)
        ]
    except csv.Error:
        return data
    return "\n".join(lines)
