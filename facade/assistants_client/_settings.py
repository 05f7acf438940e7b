"""What a client was configured with: where it points, how it authenticates, its limits.

Credentials are kept here and nowhere else: `credentials()` gives the header for one attempt,
`secrets` what must never appear in an error, `credential_headers` what is masked in the
requests that errors and raw responses expose.
"""

from __future__ import annotations

import functools
import importlib.metadata
import ipaddress
import logging
import os
import threading
from collections.abc import Callable, Mapping
from typing import Any

import httpx2
from assistants_core.errors import APIError, CredentialsError, quote, redact

from ._retry import RetryPolicy

__all__ = ["DEFAULT_MAX_RESPONSE_BYTES", "Settings", "check_http_client"]

log = logging.getLogger("assistants_client")

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024
DISTRIBUTION = "assistants-client"
RECENT_TOKENS = 4
"""How many of the token provider's latest tokens are redacted from errors."""


@functools.cache
def version() -> str:
    """This package's version, from its installed metadata (pyproject.toml is the one source).

    A vendored copy (imported under another package name, see scripts/vendor) has no metadata of
    its own, nor has a source tree that was never installed: both report "0+unknown"."""
    if __name__.partition(".")[0].replace("_", "-") != DISTRIBUTION:
        return "0+unknown"
    try:
        return importlib.metadata.version(DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


class Settings:
    """Everything a client was configured with, shared by its raw-response view."""

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | httpx2.URL | None,
        organization: str | None,
        project: str | None,
        beta: str | None,
        timeout: float | httpx2.Timeout | None,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, Any] | None,
        retry: RetryPolicy | None,
        token_provider: Callable[[], str] | None,
        api_key_header: str,
        deadline: float | None,
        max_response_bytes: int,
        strict: bool,
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if api_key is None and token_provider is None:
            raise APIError("No API key: pass api_key=... or set OPENAI_API_KEY.")
        if api_key is not None:
            api_key = header_safe(api_key, "the API key")
        base = str(base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        _warn_if_plain_http(base)
        self.base_url = base
        self.timeout = timeout
        self.max_retries = max_retries
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.strict = strict
        self.retry = retry or RetryPolicy()
        self.token_provider = token_provider
        self.api_key_header = api_key_header
        self._api_key = api_key
        self._tokens: list[str] = []
        self._lock = threading.Lock()
        self.secrets: tuple[str, ...] = (api_key,) if api_key else ()
        headers = {"User-Agent": f"{DISTRIBUTION}/{version()}", "Accept": "application/json"}
        organization = organization if organization is not None else os.environ.get("OPENAI_ORG_ID")
        project = project if project is not None else os.environ.get("OPENAI_PROJECT_ID")
        if organization:
            headers["OpenAI-Organization"] = organization
        if project:
            headers["OpenAI-Project"] = project
        if beta:
            headers["OpenAI-Beta"] = beta
        headers.update(default_headers or {})
        self.headers = headers
        named = {"authorization", "api-key", api_key_header.lower()}
        self.credential_headers = tuple(name for name in headers if name.lower() in named)
        """Credential headers among the default headers (the one each attempt sets is masked too)."""
        self.default_query = dict(default_query or {})

    def credentials(self) -> tuple[str, str]:
        """The auth header for the next attempt (the token provider is asked every time)."""
        if self.token_provider is None:
            assert self._api_key is not None
            if self.api_key_header == "Authorization":
                return "Authorization", f"Bearer {self._api_key}"
            return self.api_key_header, self._api_key
        try:
            token = self.token_provider()
        except Exception as exc:
            detail = redact(quote(f"{type(exc).__name__}: {exc}"), self.secrets)
            raise CredentialsError(f"the token provider failed: {detail}") from exc
        if not isinstance(token, str) or not token:
            raise CredentialsError(f"the token provider returned {type(token).__name__}, not a token string")
        token = header_safe(token, "the token from token_provider")
        if token not in self.secrets:
            self._remember(token)
        return "Authorization", f"Bearer {token}"

    def _remember(self, token: str) -> None:
        # Under a lock, so that threads getting new tokens at once lose none of them; `secrets` is
        # replaced as a whole, so a reader sees an old or a new tuple.
        with self._lock:
            self._tokens = [*self._tokens[-(RECENT_TOKENS - 1) :], token]
            self.secrets = ((self._api_key,) if self._api_key else ()) + tuple(self._tokens)


def header_safe(secret: str, what: str) -> str:
    """`secret` without surrounding white space (a key read from a file ends in a newline), or
    CredentialsError if what is left cannot travel in a header. The error never shows the secret:
    httpx2 would otherwise quote the whole header value in its own message."""
    cleaned = secret.strip()
    if not cleaned or any(ord(c) < 0x20 or ord(c) == 0x7F for c in cleaned):
        raise CredentialsError(f"{what} is empty or holds a control character (a line break inside it?): not sent")
    return cleaned


def check_http_client(http_client: object, expected: type[httpx2.Client] | type[httpx2.AsyncClient]) -> None:
    """A clear TypeError for anything but the httpx2 client this facade drives."""
    if http_client is None or isinstance(http_client, expected):
        return
    cls = type(http_client)
    got = f"{cls.__module__.partition('.')[0]}.{cls.__qualname__}"
    wanted = f"httpx2.{expected.__name__}"
    if cls.__module__.partition(".")[0] == "httpx":
        raise TypeError(
            f"http_client= takes an {wanted} (this client's HTTP engine is httpx2), not an {got} from httpx 0.x: "
            f"build it with `import httpx2; httpx2.{expected.__name__}(...)`, which takes the same arguments"
        )
    raise TypeError(f"http_client= takes an {wanted}, not {got}")


def _warn_if_plain_http(base_url: str) -> None:
    url = httpx2.URL(base_url)
    if url.scheme != "http":
        return
    host = url.host
    try:
        loopback = ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = host == "localhost"
    if not loopback:
        log.warning("base_url %s is plain http to a non-loopback host: the API key travels unencrypted", base_url)
