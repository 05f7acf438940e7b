"""Who is calling, once the database holds API keys: the project a request acts for, and whether
it may call the admin routes.

Without keys nothing changes: ``auth.check`` compares the configured credentials (``--api-key``
and the Azure and Foundry ones), and every request acts for the default project ``""``. Once the
database holds a key (made with ``keys create``), every request needs a credential: a key, looked
up by its SHA-256 in the store on every request (one indexed query, no cache, so a key revoked on
any replica is refused by every replica at its next request), or a configured credential, which
opens the default project. Keys are never deleted, so once one is seen the answer "keys are on"
is kept; until then each request asks the store again (a key made while servers run counts at
once).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..config import ServerConfig
from ..errors import ErrorReply
from ..storage.keys import secret_hash
from ..storage.scope import DEFAULT_PROJECT
from ..storage.sql_objects import ObjectStore
from . import auth

ADMIN_NEEDED = "This route needs an API key created with `keys create --admin`."
REVOKED = "This API key has been revoked."


@dataclass(frozen=True)
class Caller:
    project: str
    admin: bool


OPEN = Caller(DEFAULT_PROJECT, admin=True)  # a server without keys: as before keys existed


def _credential(flavor: str, headers: Mapping[str, str]) -> str | None:
    if flavor == "azure" and headers.get("api-key"):  # Azure's own header first, else its bearer
        return headers.get("api-key")
    return auth.bearer(headers)


def _configured(config: ServerConfig, flavor: str, given: str) -> bool:
    """Whether `given` is a credential set on the command line for this flavor (never "any")."""
    if flavor == "foundry":
        return auth.matches(given, config.foundry_token if config.foundry_token is not None else config.api_key)
    if flavor == "azure":
        key = config.azure_api_key if config.azure_api_key is not None else config.api_key
        return auth.matches(given, key, config.azure_token)
    return auth.matches(given, config.api_key)


def _refusal(flavor: str, given: str | None, message: str | None = None) -> ErrorReply:
    if flavor == "foundry":
        return ErrorReply(401, auth.FOUNDRY_DENIED, code="invalid_token")
    if flavor == "azure":
        return ErrorReply(401, auth.AZURE_DENIED, code="invalid_api_key")
    if given is None:
        return ErrorReply(401, auth.NO_KEY)
    return ErrorReply(401, message or f"Incorrect API key provided: {auth.masked(given)}.", code="invalid_api_key")


class Access:
    """Decides the caller of each request (one per app)."""

    def __init__(self, config: ServerConfig, store: ObjectStore) -> None:
        self.config = config
        self.store = store
        self._keys_seen = False

    def keys_on(self) -> bool:
        if not self._keys_seen:
            self._keys_seen = self.store.has_keys()
        return self._keys_seen

    def caller(self, flavor: str, headers: Mapping[str, str]) -> Caller:
        """The caller of a request under `flavor` ("openai", "azure", "foundry", "admin"), or the
        401 (no or unknown or revoked credential) or 403 (an admin route, a key without admin)."""
        if not self.keys_on():
            auth.check(self.config, flavor, headers)
            return OPEN
        given = _credential(flavor, headers)
        if given is None:
            raise _refusal(flavor, None)
        if _configured(self.config, flavor, given):
            found = Caller(DEFAULT_PROJECT, admin=False)
        else:
            key = self.store.key_by_hash(secret_hash(given))
            if key is None:
                raise _refusal(flavor, given)
            if not key.live:
                raise _refusal(flavor, given, REVOKED)
            found = Caller(key.project, key.admin)
        if flavor == "admin" and not found.admin:
            raise ErrorReply(403, ADMIN_NEEDED, type="permission_error", code="admin_key_required")
        return found
