"""What a server keeps of file bytes, whichever blob store it has: the blobs' ids and, for bytes
still on their way, ``.partial-`` names (SQLite beside its file: the data directory's entries;
PostgreSQL: the committed blobs and the uploads in progress in the database)."""

from __future__ import annotations

import os

from assistants_server import Server
from assistants_server.storage.blobs import PARTIAL_PREFIX, BlobStore


def stored_blobs(srv: Server) -> list[str]:
    blobs = srv.api.domain.blobs
    if isinstance(blobs, BlobStore):
        return sorted(os.listdir(blobs.root))
    from assistants_server.storage.postgres_blobs import PgBlobStore

    assert isinstance(blobs, PgBlobStore)
    with blobs.pool.connection() as conn:
        ids = [str(r[0]) for r in conn.execute("SELECT id FROM fs_blobs").fetchall()]
        uploads = [PARTIAL_PREFIX + str(r[0]) for r in conn.execute("SELECT upload_key FROM fs_blob_uploads")]
    return sorted(ids + uploads)
