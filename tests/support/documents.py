"""Real documents built by hand for the extraction tests: PDFs, Word files, images, archives.

No dependency beyond the standard library. The PDF writer lays out the objects and computes the
cross-reference offsets itself; its encrypted variant is a true Standard security handler file
(RC4, revision 2, a user password), which PDFium refuses to open without that password.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import struct
import zipfile
import zlib
from collections.abc import Sequence

PDF_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")
"""The padding string of the PDF Standard security handler (ISO 32000-1, 7.6.3.3)."""
USER_PASSWORD = b"secret"
OWNER_PASSWORD = b"owner"
FILE_ID = bytes(range(16))


def rc4(key: bytes, data: bytes) -> bytes:
    """RC4, the cipher of the PDF Standard security handler's revision 2."""
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def padded(password: bytes) -> bytes:
    return (password + PDF_PAD)[:32]


def security(permissions: int = -4) -> tuple[bytes, bytes, bytes]:
    """(file key, /O, /U) for revision 2 with a 40-bit key (Algorithms 2, 3 and 4 of ISO 32000-1)."""
    owner_key = hashlib.md5(padded(OWNER_PASSWORD)).digest()[:5]
    owner_entry = rc4(owner_key, padded(USER_PASSWORD))
    material = padded(USER_PASSWORD) + owner_entry + struct.pack("<i", permissions) + FILE_ID
    file_key = hashlib.md5(material).digest()[:5]
    return file_key, owner_entry, rc4(file_key, PDF_PAD)


def escape(text: str) -> bytes:
    """`text` as a PDF literal string body in Latin-1 (Helvetica's WinAnsi covers it)."""
    raw = text.encode("latin-1", "replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def page_stream(text: str) -> bytes:
    """A content stream that writes `text`'s lines down the page in 12-point Helvetica."""
    lines = [b"BT", b"/F1 12 Tf", b"14 TL", b"72 720 Td"]
    for line in text.split("\n"):
        lines.append(b"(" + escape(line) + b") Tj T*")
    lines.append(b"ET")
    return b"\n".join(lines)


def make_pdf(pages: Sequence[str], *, password_protected: bool = False) -> bytes:
    """A valid PDF with one page per string of `pages` (lines split on ``\\n``).

    With `password_protected`, the page contents are RC4-encrypted and the trailer names an
    ``/Encrypt`` dictionary whose user password is ``secret``.
    """
    count = len(pages)
    font = 3 + 2 * count
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        2: b"<< /Type /Pages /Kids ["
        + b" ".join(b"%d 0 R" % (3 + 2 * i) for i in range(count))
        + b"] /Count %d >>" % count,
        font: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    }
    key, owner_entry, user_entry = security() if password_protected else (b"", b"", b"")
    for i, text in enumerate(pages):
        page, content = 3 + 2 * i, 4 + 2 * i
        objects[page] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
            b"/Contents %d 0 R >>" % (font, content)
        )
        stream = page_stream(text)
        if password_protected:
            object_key = hashlib.md5(key + struct.pack("<i", content)[:3] + b"\x00\x00").digest()[:10]
            stream = rc4(object_key, stream)
        objects[content] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
    trailer_extra = b""
    if password_protected:
        encrypt = font + 1
        objects[encrypt] = (
            b"<< /Filter /Standard /V 1 /R 2 /O <" + owner_entry.hex().encode() + b"> /U <"
            b"" + user_entry.hex().encode() + b"> /P -4 >>"
        )
        trailer_extra = b" /Encrypt %d 0 R" % encrypt
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    file_id = b"<" + FILE_ID.hex().encode() + b">"
    out += b"trailer\n<< /Size %d /Root 1 0 R /ID [%s %s]%s >>\n" % (size, file_id, file_id, trailer_extra)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def truncated_pdf() -> bytes:
    """The first third of a valid PDF: a header and no page tree or cross-reference table."""
    whole = make_pdf(["This document was cut short."])
    return whole[: len(whole) // 3]


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>'
)


def xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraph_xml(text: str) -> str:
    """A ``w:p`` of one run; a tab in `text` becomes ``w:tab``, tab stops in the properties test the reader."""
    runs = "<w:tab/>".join(f'<w:t xml:space="preserve">{xml_text(part)}</w:t>' for part in text.split("\t"))
    return f'<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r>{runs}</w:r></w:p>'


def document_xml(paragraphs: Sequence[str], table: Sequence[Sequence[str]] | None = None, *, prolog: str = "") -> str:
    body = "".join(paragraph_xml(text) for text in paragraphs)
    if table is not None:
        rows = "".join(
            "<w:tr>" + "".join(f"<w:tc>{paragraph_xml(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in table
        )
        body += f"<w:tbl>{rows}</w:tbl>"
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{body}<w:sectPr/></w:body></w:document>'
    )


def make_docx(
    paragraphs: Sequence[str],
    table: Sequence[Sequence[str]] | None = None,
    *,
    document: str | bytes | None = None,
) -> bytes:
    """A Word document with `paragraphs`, then `table` (rows of cell texts) if given.

    `document` replaces the generated ``word/document.xml`` (a hostile one, for the tests).
    """
    part = document if document is not None else document_xml(paragraphs, table)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", part)
    return buffer.getvalue()


def make_png(width: int = 2, height: int = 2) -> bytes:
    """A valid RGB PNG of `width` x `height` black pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(pixels)) + chunk(b"IEND", b"")


def make_zip(files: dict[str, bytes] | None = None) -> bytes:
    """A zip archive of `files` (by default one text file): an archive, not a document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in (files or {"notes.txt": b"text inside an archive\n"}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def make_gzip(data: bytes = b"text inside a gzip stream\n") -> bytes:
    return gzip.compress(data, mtime=0)
