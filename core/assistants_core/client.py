"""The low-level clients the flat functions take: a base URL and an httpx2 client.

`UnauthenticatedClient` sends no key; `AuthenticatedClient` adds one. Neither shows the key or
the headers in its repr. (The facade's `assistants_client.Client` is the full client: retries,
pagination, streams.)
"""

from types import TracebackType
from typing import Any, Self

import httpx2
from attrs import define, evolve, field

__all__ = ["AuthenticatedClient", "UnauthenticatedClient"]


@define
class UnauthenticatedClient:
    """Settings for calling the API without a key; the httpx clients are made on first use.

    Attributes:
        base_url: The API's root, e.g. ``https://api.openai.com/v1``.
        timeout: Per-request timeout passed to httpx.
        verify_ssl: httpx's ``verify`` (a bool, a path or an SSL context).
        follow_redirects: Whether httpx follows redirects.
        httpx_args: Further keyword arguments for the httpx client constructors.
        strict: Decode answers strictly: a value the spec does not allow raises
            ``errors.ResponseDecodeError`` naming its JSON path, instead of being kept as it came.
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx2.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: Any = field(default=True, kw_only=True, alias="verify_ssl", repr=False)
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects", repr=False)
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    strict: bool = field(default=False, kw_only=True)
    _client: httpx2.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False, repr=False)

    def _auth_headers(self) -> dict[str, str]:
        return {}

    def _credentials(self) -> dict[str, str]:
        """Credential header name -> secret: masked in the requests errors carry, redacted from their text."""
        return {}

    def _all_headers(self) -> dict[str, str]:
        return {**self._headers, **self._auth_headers()}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends `headers`."""
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends `cookies`."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx2.Timeout) -> Self:
        """A copy of this client with another timeout."""
        return evolve(self, timeout=timeout)

    def _httpx_options(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._all_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Use `client` as it is (its own base URL, headers and timeout apply)."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """The httpx2.Client requests go through, made on first use."""
        if self._client is None:
            self._client = httpx2.Client(**self._httpx_options())
        return self._client

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Use `async_client` as it is (its own base URL, headers and timeout apply)."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """The httpx2.AsyncClient requests go through, made on first use."""
        if self._async_client is None:
            self._async_client = httpx2.AsyncClient(**self._httpx_options())
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.get_httpx_client().__exit__(exc_type, exc_value, traceback)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc_value: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        await self.get_async_httpx_client().__aexit__(exc_type, exc_value, traceback)


@define
class AuthenticatedClient(UnauthenticatedClient):
    """An UnauthenticatedClient that sends an API key with every request.

    Attributes:
        token: The API key (never shown in a repr).
        prefix: The scheme before the key in the header (``Bearer``; empty for a bare key).
        auth_header_name: The header carrying the key (``api-key`` for Azure OpenAI).
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _auth_headers(self) -> dict[str, str]:
        return {self.auth_header_name: f"{self.prefix} {self.token}" if self.prefix else self.token}

    def _credentials(self) -> dict[str, str]:
        return {self.auth_header_name: self.token}
