"""The files wing's extraction: every format it reads, every refusal, and hostile inputs."""

from __future__ import annotations

import codecs
import io
import sys
import threading
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from assistants_server.files import UnreadableFile, extract_text
from assistants_server.files.docx import MAX_PART_BYTES
from assistants_server.files.extract import extension, sniff
from assistants_server.files.markup import csv_text, html_text
from assistants_server.files.pdf import pdf_text

from tests.support.documents import (
    document_xml,
    make_docx,
    make_gzip,
    make_pdf,
    make_png,
    make_zip,
    truncated_pdf,
)

Upload = Callable[[bytes, str], str]


@pytest.fixture
def upload(tmp_path: Path) -> Upload:
    """Store bytes as an upload and extract them under a client's file name."""

    def extract(data: bytes, filename: str) -> str:
        path = tmp_path / "upload.bin"
        path.write_bytes(data)
        return extract_text(path, filename)

    return extract


def refusal(upload, data: bytes, filename: str) -> UnreadableFile:
    with pytest.raises(UnreadableFile) as caught:
        upload(data, filename)
    error = caught.value
    assert "/" not in error.message and "upload.bin" not in error.message, "a message never names a path"
    return error


# --- names and signatures ---


@pytest.mark.parametrize(
    ("filename", "suffix"),
    [
        ("notes.TXT", ".txt"),
        ("archive.tar.gz", ".gz"),
        ("C:\\Users\\me\\report.Docx", ".docx"),
        ("dir/sub/main.py", ".py"),
        (".bashrc", ""),
        ("Makefile", ""),
        ("trailing.", ""),
    ],
)
def test_extension_is_the_last_suffix_of_the_name(filename: str, suffix: str) -> None:
    assert extension(filename) == suffix


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (make_pdf(["x"])[:64], "pdf"),
        (make_docx(["x"])[:64], "zip"),
        (make_png(), "png"),
        (make_gzip(), "gzip"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "jpeg"),
        (b"GIF89a\x01\x00", "gif"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "webp"),
        (b"\x7fELF\x02\x01\x01", "elf"),
        (b"MZ\x90\x00\x03\x00\x00\x00", "exe"),
        (b"BM\x36\x00\x00\x00\x00\x00\x00\x00", "bmp"),
        (b"BMW makes cars", None),
        (b"MZ is a postcode prefix", None),
        (b"ID3 tags in mp3 files", None),
        (b"plain text", None),
        (b"", None),
    ],
)
def test_sniff_names_binary_kinds_and_not_text_that_starts_alike(head: bytes, kind: str | None) -> None:
    assert sniff(head) == kind


# --- plain text ---


@pytest.mark.parametrize(
    "filename",
    [
        "a.txt",
        "a.md",
        "a.json",
        "a.py",
        "a.js",
        "a.ts",
        "a.java",
        "a.c",
        "a.cpp",
        "a.h",
        "a.cs",
        "a.go",
        "a.rb",
        "a.php",
        "a.sh",
        "a.tex",
        "a.css",
        "a.rst",
        "README",
    ],
)
def test_text_and_code_files_are_read_as_they_are(upload: Upload, filename: str) -> None:
    source = 'def f(x):\r\n    return {"k": x}  # é ✓ 😀\n'
    assert upload(source.encode(), filename) == source


@pytest.mark.parametrize(
    ("encoded", "text"),
    [
        (codecs.BOM_UTF8 + "bom ✓".encode(), "bom ✓"),
        ("utf-16 ✓".encode("utf-16"), "utf-16 ✓"),
        (codecs.BOM_UTF16_BE + "big end ✓".encode("utf-16-be"), "big end ✓"),
        ("utf-32 ✓".encode("utf-32"), "utf-32 ✓"),
        ("café naïve".encode("cp1252"), "café naïve"),
        (b"curly \x93quotes\x94 and \x81", "curly \u201cquotes\u201d and \ufffd"),
    ],
)
def test_text_encodings(upload: Upload, encoded: bytes, text: str) -> None:
    assert upload(encoded, "notes.txt") == text


@pytest.mark.parametrize(
    "data",
    [
        b"text with a NUL\x00 inside",
        bytes(range(1, 32)) * 20,
        b"\xff\xfe" + b"\x00\xd8",  # a UTF-16 BOM, then half a surrogate pair
    ],
    ids=["nul", "controls", "bad-utf16"],
)
def test_binary_looking_text_is_invalid(upload: Upload, data: bytes) -> None:
    assert refusal(upload, data, "notes.txt").code == "invalid_file"


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", codecs.BOM_UTF8], ids=["empty", "blank", "bom-only"])
def test_a_file_with_no_text_is_invalid(upload: Upload, data: bytes) -> None:
    error = refusal(upload, data, "notes.txt")
    assert (error.code, error.message) == ("invalid_file", "The file contains no text.")


def test_an_unknown_extension_is_unsupported(upload: Upload) -> None:
    assert refusal(upload, b"some text", "data.parquet").code == "unsupported_file"


# --- HTML and CSV ---


def test_html_keeps_visible_text_in_blocks(upload: Upload) -> None:
    page = (
        "<!doctype html><html><head><title>T</title><style>p{color:red}</style>"
        "<script>var hidden = '<p>no</p>';</script></head><body><h1>Title &amp; more</h1>"
        "<p>First   para<br>next line</p><div>Second <b>bold</b></div><pre>  keep\n   spaces</pre>"
        "<table><tr><td>a</td><td>b</td></tr></table><img src=x><p>caf&eacute;</p></body></html>"
    )
    assert upload(page.encode(), "page.HTML") == (
        "Title & more\n\nFirst para\nnext line\n\nSecond bold\n\n  keep\n   spaces\n\na\tb\n\ncafé"
    )


def test_html_with_only_a_title_gives_the_title() -> None:
    assert html_text("<html><head><title> Just  a title </title></head><body></body></html>") == "Just a title"


def test_html_with_no_visible_text_is_invalid(upload: Upload) -> None:
    assert refusal(upload, b"<script>alert(1)</script>", "x.html").code == "invalid_file"


def test_csv_rows_become_lines_of_tab_separated_cells(upload: Upload) -> None:
    data = 'name,city,note\r\n"Doe, Jane",Paris,"two\nlines"\r\n,,\r\nBob,Rome,\r\n'
    assert upload(data.encode(), "people.csv") == "name\tcity\tnote\nDoe, Jane\tParis\ttwo lines\nBob\tRome\t"
    assert upload(b"a\tb\nc\td\n", "t.tsv") == "a\tb\nc\td"


def test_csv_that_the_csv_module_refuses_is_kept_as_text() -> None:
    unclosed = '"' + "x" * 200_000
    assert csv_text(unclosed) == unclosed


# --- PDF ---


def test_pdf_pages_are_separated_by_blank_lines(upload: Upload) -> None:
    pdf = make_pdf(["Hello PDF world\nsecond line (with parens)", "Page two"])
    assert upload(pdf, "doc.pdf") == "Hello PDF world\nsecond line (with parens)\n\nPage two"


def test_the_content_decides_over_the_name(upload: Upload) -> None:
    assert upload(make_pdf(["named as text"]), "notes.txt") == "named as text"
    assert refusal(upload, make_png(), "picture.txt").code == "unsupported_file"


def test_a_pdf_with_junk_before_its_header_is_still_read(upload: Upload) -> None:
    assert upload(b"junk from a mail gateway\n" + make_pdf(["found"]), "late.pdf") == "found"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (make_pdf(["secret"], password_protected=True), "encrypted"),
        (truncated_pdf(), "not a readable PDF"),
        (b"%PDF-1.7\n" + bytes(range(256)) * 4, "not a readable PDF"),
        (b"just text named pdf", "not a readable PDF"),
    ],
    ids=["encrypted", "truncated", "garbage", "not-pdf"],
)
def test_broken_and_encrypted_pdfs_are_invalid(upload: Upload, data: bytes, words: str) -> None:
    error = refusal(upload, data, "doc.pdf")
    assert error.code == "invalid_file" and words in error.message


def test_a_pdf_with_no_text_is_invalid(upload: Upload) -> None:
    assert refusal(upload, make_pdf([""]), "blank.pdf").message == "The file contains no text."


def test_pdfium_is_used_from_many_threads_safely(tmp_path: Path) -> None:
    path = tmp_path / "doc.pdf"
    path.write_bytes(make_pdf([f"page {i}" for i in range(5)]))
    results: list[str] = []

    def read() -> None:
        for _ in range(5):
            results.append(pdf_text(path))

    threads = [threading.Thread(target=read) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(results) == {"\n\n".join(f"page {i}" for i in range(5))} and len(results) == 20


# --- DOCX ---


def test_docx_paragraphs_lines_and_table_cells_tabs(upload: Upload) -> None:
    docx = make_docx(["First paragraph", "Tab\there & <there>"], table=[["a", "b"], ["c d", ""]])
    assert upload(docx, "report.docx") == "First paragraph\nTab\there & <there>\na\tb\nc d"


def test_a_docx_in_utf16_xml_is_read(upload: Upload) -> None:
    xml = document_xml(["wide ✓"]).replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert upload(make_docx([], document=xml), "wide.docx") == "wide ✓"


def test_a_zip_bomb_docx_is_refused_on_inflated_bytes(upload: Upload) -> None:
    xml = document_xml(["x"])
    bomb = xml.replace("<w:body>", "<w:body>" + " " * (MAX_PART_BYTES + 1))
    data = make_docx([], document=bomb)
    assert len(data) < 200_000
    error = refusal(upload, data, "bomb.docx")
    assert error.code == "invalid_file" and "64 MiB" in error.message


def test_a_docx_that_lies_about_its_size_is_still_bounded(upload: Upload, tmp_path: Path) -> None:
    """A central directory that claims a small size cannot inflate more than it claims."""
    data = bytearray(make_docx(["honest text"]))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as archive:
        info = archive.getinfo("word/document.xml")
    # shrink the declared size in the central directory entry: reading stops there, the CRC fails
    entry = data.rfind(b"PK\x01\x02", 0, data.rfind(b"word/document.xml"))
    data[entry + 24 : entry + 28] = (info.file_size // 2).to_bytes(4, "little")
    assert refusal(upload, bytes(data), "liar.docx").code == "invalid_file"


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">',
        "<!DOCTYPE w:document>",
    ],
    ids=["xxe", "billion-laughs", "external-dtd", "bare-doctype"],
)
def test_a_docx_with_a_dtd_is_refused(upload: Upload, prolog: str) -> None:
    xml = document_xml(["&xxe;" if "xxe" in prolog else "safe"], prolog=prolog).replace("&amp;xxe;", "&xxe;")
    error = refusal(upload, make_docx([], document=xml), "evil.docx")
    assert error.code == "invalid_file" and "DTD" in error.message and "root" not in error.message


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (make_docx([], document="<w:document><unclosed>"), "invalid_file"),
        (make_zip({"word/other.xml": b"<x/>"}), "invalid_file"),
        (make_docx(["x"])[:200], "invalid_file"),
        (b"not a zip at all", "invalid_file"),
        (make_docx([""]), "invalid_file"),
    ],
    ids=["malformed-xml", "no-document-part", "truncated-zip", "not-zip", "no-text"],
)
def test_damaged_docx_is_invalid(upload: Upload, data: bytes, code: str) -> None:
    assert refusal(upload, data, "x.docx").code == code


# --- kinds we do not read ---


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (make_png(), "image.png"),
        (make_png(), "image"),
        (make_zip(), "bundle.zip"),
        (make_docx(["looks like docx"]), "renamed.zip"),
        (make_zip(), "slides.pptx"),
        (make_gzip(), "notes.txt.gz"),
        (make_gzip(), "notes.txt"),
        (b"\x7fELF\x02\x01\x01\x00" + bytes(56), "tool"),
        (b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(54), "setup.exe"),
        (b"GIF89a\x01\x00\x01\x00", "anim.gif"),
    ],
)
def test_images_archives_and_programs_are_unsupported(upload: Upload, data: bytes, filename: str) -> None:
    assert refusal(upload, data, filename).code == "unsupported_file"


def test_a_large_text_file_is_read_whole(upload: Upload) -> None:
    line = "the quick brown fox jumps over the lazy dog\n"
    text = line * 50_000
    assert upload(text.encode(), "big.log") == text


def test_a_large_text_file_costs_its_result_and_not_a_copy_more(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"plain ascii line of a large log file\r\n" * 500_000)  # 19 MB
    tracemalloc.start()
    try:
        text = extract_text(path, "big.txt")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(text) == path.stat().st_size
    assert peak < 1.1 * sys.getsizeof(text)
