"""Bounded memory: 200 MB through a server in its own process (a file upload, its download, and
an upload in four parts joined on disk) raise its peak RSS (VmHWM) by less than 20 MB. The bytes
are generated as they are sent, never held whole by the test either."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx2
import pytest

MB = 1024 * 1024
TOTAL = 200 * MB
KEY = {"Authorization": "Bearer k"}
pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/<pid>/status")


def peak_mb(pid: int) -> float:
    status = Path(f"/proc/{pid}/status").read_text()
    found = re.search(r"VmHWM:\s+(\d+) kB", status)
    assert found is not None
    return int(found.group(1)) / 1024


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, int]]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistants_server", "--port", "0", "--data-dir", str(tmp_path / "blobs")],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        url = proc.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:"), url
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(10)


def multipart(field: str, size: int, block: bytes, extra: bytes = b"") -> tuple[Iterator[bytes], dict[str, str]]:
    head = extra + f'--bnd\r\nContent-Disposition: form-data; name="{field}"; filename="big.bin"\r\n\r\n'.encode()
    tail = b"\r\n--bnd--\r\n"

    def body() -> Iterator[bytes]:
        yield head
        for _ in range(size // len(block)):
            yield block
        yield tail

    length = len(head) + size + len(tail)
    return body(), {"Content-Type": "multipart/form-data; boundary=bnd", "Content-Length": str(length)}


def test_200_mb_in_and_out_in_bounded_memory(server: tuple[str, int]) -> None:
    url, pid = server
    block = os.urandom(MB)
    with httpx2.Client(base_url=url, headers=KEY, timeout=60) as http:
        assert http.get("/files").status_code == 200
        before = peak_mb(pid)
        purpose = b'--bnd\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n'
        body, headers = multipart("file", TOTAL, block, purpose)
        started = time.monotonic()
        made = http.post("/files", content=body, headers=headers)
        uploaded = time.monotonic() - started
        assert made.status_code == 200, made.text
        assert made.json()["bytes"] == TOTAL
        digest, count = hashlib.md5(usedforsecurity=False), 0
        started = time.monotonic()
        with http.stream("GET", f"/files/{made.json()['id']}/content") as answer:
            for chunk in answer.iter_bytes():
                digest.update(chunk)
                count += len(chunk)
        downloaded = time.monotonic() - started
        expected = hashlib.md5(usedforsecurity=False)
        for _ in range(TOTAL // MB):
            expected.update(block)
        assert count == TOTAL and digest.hexdigest() == expected.hexdigest()
        # four 50 MB parts, joined on disk
        upload = http.post(
            "/uploads", json={"filename": "u", "purpose": "assistants", "bytes": TOTAL, "mime_type": "text/plain"}
        ).json()
        parts = []
        for _ in range(4):
            body, headers = multipart("data", TOTAL // 4, block)
            parts.append(http.post(f"/uploads/{upload['id']}/parts", content=body, headers=headers).json()["id"])
        done = http.post(f"/uploads/{upload['id']}/complete", json={"part_ids": parts, "md5": expected.hexdigest()})
        assert done.status_code == 200, done.text
    growth = peak_mb(pid) - before
    print(
        f"\n200 MB: upload {TOTAL / MB / uploaded:.0f} MB/s, download {TOTAL / MB / downloaded:.0f} MB/s,"
        f" peak RSS +{growth:.1f} MB"
    )
    assert growth < 20, f"the server's peak RSS grew by {growth:.1f} MB"
