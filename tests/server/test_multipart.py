"""The multipart parser on its own: the same body cut at every byte gives the same parts, and
malformed bodies raise MultipartError; the spec reader's `x-beta-header`."""

from __future__ import annotations

import pytest
from assistants_server.http.multipart import (
    MAX_HEADER_BYTES,
    MultipartError,
    MultipartParser,
    PartData,
    PartEnd,
    PartStart,
    boundary_of,
    disposition,
)
from assistants_server.http.openapi import Spec

BODY = (
    b"preamble to ignore\r\n"
    b"--xyz\r\n"
    b'Content-Disposition: form-data; name="purpose"\r\n\r\n'
    b"assistants\r\n"
    b"--xyz  \r\n"
    b'Content-Disposition: form-data; name="file"; filename="a.bin"\r\n'
    b"Content-Type: application/octet-stream\r\n\r\n"
    b"\r\n--xy\r\n-- xyz\r\r\n\r\n"  # almost-delimiters inside the data
    b"\r\n--xyz--\r\nepilogue"
)


def parse(body: bytes, cuts: list[int], boundary: bytes = b"xyz") -> list[tuple[dict[str, str], bytes]]:
    parser = MultipartParser(boundary)
    parts: list[tuple[dict[str, str], bytes]] = []
    data = bytearray()
    pieces = [body[a:b] for a, b in zip([0, *cuts], [*cuts, len(body)], strict=True)]
    for piece in pieces:
        for event in parser.feed(piece):
            if isinstance(event, PartStart):
                headers, data = event.headers, bytearray()
            elif isinstance(event, PartData):
                data += event.data
            elif isinstance(event, PartEnd):
                parts.append((headers, bytes(data)))
    parser.finish()
    return parts


def test_every_cut_gives_the_same_parts() -> None:
    whole = parse(BODY, [])
    assert [p[1] for p in whole] == [b"assistants", b"\r\n--xy\r\n-- xyz\r\r\n\r\n"]
    assert whole[1][0]["content-type"] == "application/octet-stream"
    for cut in range(1, len(BODY)):
        assert parse(BODY, [cut]) == whole, cut
    assert parse(BODY, list(range(1, len(BODY)))) == whole  # one byte at a time


@pytest.mark.parametrize(
    "body",
    [
        b"--xyz\r\nContent-Disposition: form-data; name=a\r\n\r\nno end",  # cut short
        b"no boundary at all",
        b"--xyzjunk\r\n",
        b"--xyz\r\n" + b"X-Long: " + b"a" * MAX_HEADER_BYTES + b"\r\n\r\n",
        b"--xyz\r\nno colon here\r\n\r\ndata\r\n--xyz--",
    ],
)
def test_malformed_bodies(body: bytes) -> None:
    parser = MultipartParser(b"xyz")
    with pytest.raises(MultipartError):
        parser.feed(body)
        parser.finish()


def test_content_type_and_disposition() -> None:
    assert boundary_of('multipart/form-data; boundary="a b"') == b"a b"
    assert boundary_of("Multipart/Form-Data; charset=utf-8; boundary=abc") == b"abc"
    assert boundary_of("multipart/form-data") is None
    assert boundary_of("multipart/mixed; boundary=abc") is None
    assert boundary_of("multipart/form-data; boundary=" + "a" * 71) is None
    header = {"content-disposition": 'form-data; name="f"; filename="a;b\\"c.txt"'}
    assert disposition(header).name == "f" and disposition(header).filename == 'a;b"c.txt'
    both = {"content-disposition": "form-data; name=f; filename=x; filename*=UTF-8'en'%C3%A9"}
    assert disposition(both).filename == "\u00e9"
    assert disposition({"content-disposition": "attachment; name=f"}).name is None


def test_the_spec_reader_marks_operations_without_the_beta_header() -> None:
    spec = Spec.load()
    assert not spec.endpoint("createFile").beta_header  # type: ignore[union-attr]
    assert spec.endpoint("createFile").request_media == "multipart/form-data"  # type: ignore[union-attr]
    assert not spec.endpoint("searchVectorStore").beta_header  # type: ignore[union-attr]
    assert spec.endpoint("createAssistant").beta_header  # type: ignore[union-attr]
    assert spec.endpoint("createAssistant").request_media == "application/json"  # type: ignore[union-attr]
