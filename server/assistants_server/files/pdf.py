"""Text out of a PDF with PDFium (pypdfium2: the engine of Chromium's viewer, in a wheel).

pypdfium2 is imported on first use, so the server starts without loading PDFium. PDFium is not
thread-safe, so one process-wide lock covers every call into it, from opening to closing.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from .errors import invalid

PDFIUM = threading.Lock()
"""Held around every use of PDFium in this process."""
PASSWORD_ERROR = 4
"""PDFium's FPDF_ERR_PASSWORD: the document is encrypted and needs a password we do not have."""
SECURITY_ERROR = 6
"""PDFium's FPDF_ERR_SECURITY: a security handler PDFium does not support."""


def pdf_text(path: Path) -> str:
    """The text of every page of the PDF at `path`, pages separated by a blank line.

    Raises ``invalid_file`` for a file PDFium cannot open or read, and for an encrypted one.
    """
    import pypdfium2

    with PDFIUM:
        try:
            document = pypdfium2.PdfDocument(path)
        except pypdfium2.PdfiumError as error:
            if getattr(error, "err_code", None) in (PASSWORD_ERROR, SECURITY_ERROR):
                raise invalid("The PDF is encrypted; upload it without a password.") from None
            raise invalid("The file is not a readable PDF (it may be damaged or truncated).") from None
        try:
            pages = [page_text(document, index) for index in range(len(document))]
        except pypdfium2.PdfiumError:
            raise invalid("A page of the PDF could not be read (the file may be damaged).") from None
        finally:
            document.close()
    return "\n\n".join(text for text in pages if text)


def page_text(document: Any, index: int) -> str:
    """The text of page `index` of a pypdfium2 document, line ends as ``\\n``, outer blanks stripped."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            text: str = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()
