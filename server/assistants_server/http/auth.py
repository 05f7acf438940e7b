"""Who may call: the credential each route prefix demands, compared in constant time.

============================  ==========================================================
prefix                        accepted credential
============================  ==========================================================
``/v1``, ``/_mock``           ``Authorization: Bearer <api_key>``
``/openai`` (Azure)           ``api-key: <azure_api_key, else api_key>``, or a bearer
                              token that is ``azure_token`` or that key
``/api/projects/{p}``         ``Authorization: Bearer <foundry_token, else api_key>``
(Foundry)                     (with neither: any bearer token, as a stand-in for Entra)
============================  ==========================================================

A prefix with nothing configured is open, for local use; ``exposed_without_key`` tells the
command line when to warn about that.
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Mapping

from ..config import ServerConfig
from ..errors import ErrorReply

AZURE_DENIED = (
    "Access denied due to invalid subscription key or expired/invalid token. "
    "Make sure to provide a valid api-key header or Authorization bearer token."
)
FOUNDRY_DENIED = "Access denied: send a valid Microsoft Entra token as 'Authorization: Bearer <token>'."
NO_KEY = (
    "You didn't provide an API key. You need to provide your API key in an Authorization header "
    "using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."
)


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def matches(given: str | None, *wanted: str | None) -> bool:
    """Whether `given` is one of the configured values, each compared in constant time."""
    if given is None:
        return False
    found = False
    for value in wanted:
        if value is not None and hmac.compare_digest(_bytes(given), _bytes(value)):
            found = True
    return found


def bearer(headers: Mapping[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    return auth[7:].strip() if auth.lower().startswith("bearer ") else None


def masked(key: str) -> str:
    return key[:3] + "*" * min(20, max(0, len(key) - 7)) + key[-4:] if 7 < len(key) <= 200 else "***"


def check(config: ServerConfig, flavor: str, headers: Mapping[str, str]) -> None:
    """Raise the 401 a request under `flavor` ("openai", "azure", "foundry", "admin") deserves."""
    token = bearer(headers)
    if flavor == "foundry":
        wanted = config.foundry_token if config.foundry_token is not None else config.api_key
        if token and (wanted is None or matches(token, wanted)):
            return
        raise ErrorReply(401, FOUNDRY_DENIED, code="invalid_token")
    if flavor == "azure":
        key = config.azure_api_key if config.azure_api_key is not None else config.api_key
        if key is None and config.azure_token is None:
            return
        if matches(headers.get("api-key"), key) or matches(token, key, config.azure_token):
            return
        raise ErrorReply(401, AZURE_DENIED, code="invalid_api_key")
    if config.api_key is None:
        return
    if token is None:
        raise ErrorReply(401, NO_KEY)
    if not matches(token, config.api_key):
        raise ErrorReply(401, f"Incorrect API key provided: {masked(token)}.", code="invalid_api_key")


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def exposed_without_key(config: ServerConfig, keys_on: bool = False) -> list[str]:
    """What a server listening beyond loopback leaves open (empty: nothing, or loopback only);
    `keys_on`: the database holds API keys, which every route then demands."""
    if is_loopback(config.host):
        return []
    open_parts = []
    if config.api_key is None and not keys_on:
        open_parts.append("/v1 takes any caller (no --api-key)")
        if config.azure_api_key is None and config.azure_token is None:
            open_parts.append("/openai takes any caller")
        if config.foundry_token is None:
            open_parts.append("/api/projects/... takes any bearer token")
    if config.admin:
        open_parts.append("--admin serves the test hooks (/_mock, X-Mock-*)")
    return open_parts
