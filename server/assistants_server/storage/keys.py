"""API keys: each opens one project; only a hash of it is kept.

A key is ``ak-`` and 40 URL-safe characters from ``secrets`` (240 random bits). It is shown once,
when made, and stored as its SHA-256. A slow password hash (bcrypt, argon2) exists to make
guessing a *human-chosen* password from its hash costly; a key with 240 random bits cannot be
guessed from a fast hash either, and a fast hash lets every request be checked with one indexed
lookup (``key_by_hash``) instead of a deliberately slow computation per request.

``KeyMethods`` is mixed into both stores (``sql_objects.ObjectStore``): it runs its statements on
the store's ``Database`` (``sql_db``).
"""

from __future__ import annotations

import hashlib
import secrets
import time
from dataclasses import dataclass

from .sql_db import Database

KEY_PREFIX = "ak-"
KEY_RANDOM_BYTES = 30  # 40 URL-safe characters

KEYS_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    id TEXT PRIMARY KEY,
    project TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    hash TEXT NOT NULL UNIQUE,
    admin INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
"""


@dataclass(frozen=True)
class ApiKey:
    """A key as stored: never the key itself."""

    id: str
    project: str
    name: str
    admin: bool
    created_at: int
    revoked_at: int | None

    @property
    def live(self) -> bool:
        return self.revoked_at is None


def new_secret() -> str:
    """A new key, to be shown once."""
    return KEY_PREFIX + secrets.token_urlsafe(KEY_RANDOM_BYTES)


def secret_hash(secret: str) -> str:
    """What the store keeps of `secret` and looks it up by."""
    return hashlib.sha256(secret.encode("utf-8", "surrogatepass")).hexdigest()


def new_key_id() -> str:
    return "key_" + secrets.token_hex(8)


_COLUMNS = "id, project, name, admin, created_at, revoked_at"


def _key(row: tuple[object, ...]) -> ApiKey:
    key_id, project, name, admin, created_at, revoked_at = row
    return ApiKey(
        str(key_id),
        str(project),
        str(name),
        bool(admin),
        int(created_at),  # type: ignore[call-overload]
        None if revoked_at is None else int(revoked_at),  # type: ignore[call-overload]
    )


class KeyMethods:
    """The key table's reads and writes, for a store holding ``_db``."""

    _db: Database

    def create_key(self, project: str, key_hash: str, *, name: str = "", admin: bool = False) -> ApiKey:
        key = ApiKey(new_key_id(), project, name, admin, int(time.time()), None)
        self._db.run(
            "INSERT INTO api_keys(id, project, name, hash, admin, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (key.id, project, name, key_hash, int(admin), key.created_at),
        )
        return key

    def keys(self) -> list[ApiKey]:
        """Every key, revoked ones too, oldest first."""
        rows = self._db.all(f"SELECT {_COLUMNS} FROM api_keys ORDER BY created_at, id")
        return [_key(r) for r in rows]

    def key_by_hash(self, key_hash: str) -> ApiKey | None:
        """The key whose hash this is (revoked or not), read afresh each time."""
        row = self._db.one(f"SELECT {_COLUMNS} FROM api_keys WHERE hash = ?", (key_hash,))
        return _key(row) if row else None

    def revoke_key(self, key_id: str) -> ApiKey | None:
        """Revoke the key `key_id` (a revoked one stays as it was); None when there is none."""
        with self._db.session():
            self._db.run(
                "UPDATE api_keys SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", (int(time.time()), key_id)
            )
            row = self._db.one(f"SELECT {_COLUMNS} FROM api_keys WHERE id = ?", (key_id,))
        return _key(row) if row else None

    def has_keys(self) -> bool:
        """Whether any key was ever made (revoked ones count: revoking every key closes the server,
        it does not open it)."""
        return self._db.one("SELECT 1 FROM api_keys LIMIT 1") is not None
