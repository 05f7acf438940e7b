"""Databases of both kinds for the store-level tests: SQLite in a file, PostgreSQL in a fresh
database of the test cluster."""

from __future__ import annotations

from pathlib import Path

from ..support.pg_cluster import cluster

BACKENDS = ["sqlite", "postgres"]


def database(backend: str, tmp_path: Path) -> str:
    """A new, empty database of `backend`: a file path or a postgresql:// URL."""
    if backend == "postgres":
        return cluster().new_database("store")
    return str(tmp_path / "store.db")
