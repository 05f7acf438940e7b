"""Ingestion throughput through the server: a 10 MB text file and a 50-page PDF, uploaded with
createFile, added to a vector store and timed from createVectorStoreFile until ``completed``.

    .venv/bin/python benchmarks/vector_store_ingest.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import httpx2

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistants_server import Server

from tests.support.documents import make_pdf

DEADLINE = 300.0


def measure(srv: Server, http: httpx2.Client, name: str, data: bytes) -> str:
    file_id = http.post("/files", files={"file": (name, data)}, data={"purpose": "assistants"}).json()["id"]
    vs = http.post("/vector_stores", json={}).json()["id"]
    started = time.perf_counter()
    http.post(f"/vector_stores/{vs}/files", json={"file_id": file_id})
    end = started + DEADLINE
    while True:
        row = http.get(f"/vector_stores/{vs}/files/{file_id}").json()
        if row["status"] != "in_progress" or time.perf_counter() > end:
            break
        time.sleep(0.01)
    took = time.perf_counter() - started
    chunks = srv.api.domain.store.chunks.count(vs, file_id)
    mb = len(data) / 1e6
    rates = f"{mb / took:.2f} MB/s ({took / mb:.2f} s per MB), {chunks / took:.0f} chunks/s"
    return f"{name}: {mb:.2f} MB, {row['status']}, {chunks} chunks, {took:.2f} s, {rates}"


def main_lines() -> list[str]:
    """One line per document: size, chunks, seconds, MB/s and chunks/s."""
    line = b"Line %d of the benchmark text, with words to search for later on.\n"
    text = b"".join(line % i for i in range(160_000))[:10_000_000]
    pages = [" ".join(f"Page {p} sentence {s} about policies and procedures." for s in range(40)) for p in range(50)]
    with Server(max_body_bytes=64 << 20) as srv, httpx2.Client(base_url=srv.base_url, timeout=120) as http:
        return [
            measure(srv, http, name, data)
            for name, data in (("text-10MB.txt", text), ("report-50p.pdf", make_pdf(pages)))
        ]


def main() -> None:
    print("\n".join(main_lines()))


if __name__ == "__main__":
    main()
