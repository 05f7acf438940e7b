"""Which store a ``--db`` names: a ``postgresql://`` (or ``postgres://``) URL opens the PostgreSQL
store, anything else (a path, or None for memory) the SQLite one.

When ``--db`` is absent, ``ASSISTANTS_DB_URL`` gives it (``config.py`` reads it); this module only
decides from what it is handed.
"""

from __future__ import annotations

from .blobs import Blobs, BlobStore, default_root
from .sql_objects import ObjectStore
from .sqlite import Store

URL_SCHEMES = ("postgresql://", "postgres://")
DB_ENV = "ASSISTANTS_DB_URL"


def is_postgres(db: str | None) -> bool:
    return bool(db) and str(db).startswith(URL_SCHEMES)


def open_store(db: str | None, *, pool_max: int | None = None) -> ObjectStore:
    """The store `db` names: PostgreSQL for a URL, SQLite for a path, SQLite in memory for None.
    Raises ``migrations.SchemaTooNew`` for a database written by a newer release."""
    if db is not None and is_postgres(db):
        from .postgres import PostgresStore  # psycopg only where PostgreSQL is asked for

        return PostgresStore(db) if pool_max is None else PostgresStore(db, pool_max=pool_max)
    return Store(db)


def open_blobs(store: ObjectStore, db: str | None, data_dir: str | None) -> Blobs:
    """Where `store`'s file bytes go. PostgreSQL: in the database (``PgBlobStore``), so that
    replicas on different machines share them, with `data_dir` as the cache of local copies
    (default: a temporary directory). SQLite: `data_dir`, else ``<db>.files`` beside its file,
    else a temporary directory."""
    if store.dialect == "postgres":
        from .postgres import PostgresStore
        from .postgres_blobs import PgBlobStore

        if not isinstance(store, PostgresStore):
            raise TypeError(f"not a PostgreSQL store: {store!r}")
        return PgBlobStore(store.pool, data_dir)
    root = data_dir or default_root(db)
    return BlobStore(root) if root else BlobStore.temporary()
