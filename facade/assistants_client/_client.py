"""Client and AsyncClient: every operation of the spec as a typed method.

The methods themselves are generated (`assistants_api.api.SyncOperations` and friends); this
module supplies what they share: settings, authentication, retries, error mapping, decoding,
raw responses and pagination. Streaming, polling and the tool loop live in `_runs.py`.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar

import httpx2
from assistants_api import errors as generated_errors
from assistants_api.api import (
    AsyncRawOperations,
    Operation,
    Options,
    SyncRawOperations,
    build_request,
)
from assistants_api.types import UNSET

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    status_error,
)
from ._pagination import AsyncPaginator, SyncPaginator
from ._response import APIResponse
from ._retry import RetryPolicy, asleep
from ._runs import AsyncRunsMixin, SyncRunsMixin

__all__ = ["AsyncClient", "Client"]

log = logging.getLogger("assistants_client")

H = TypeVar("H", httpx2.Client, httpx2.AsyncClient)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_TIMEOUT = httpx2.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_BETA = "assistants=v2"
USER_AGENT = "assistants-client/0.1.0"


class _Settings:
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
    ) -> None:
        api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        if api_key is None and token_provider is None:
            raise APIError("No API key: pass api_key=... or set OPENAI_API_KEY.")
        base = str(base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")
        _warn_if_plain_http(base)
        self.base_url = base
        self.timeout = timeout
        self.max_retries = max_retries
        self.retry = retry or RetryPolicy()
        self.token_provider = token_provider
        self.api_key_header = api_key_header
        self._api_key = api_key
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json"}
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
        self.default_query = dict(default_query or {})

    def credentials(self, refresh: bool = False) -> tuple[str, str]:
        """The auth header for the next attempt (the token provider is asked every time)."""
        if self.token_provider is not None:
            return "Authorization", f"Bearer {self.token_provider()}"
        assert self._api_key is not None
        if self.api_key_header == "Authorization":
            return "Authorization", f"Bearer {self._api_key}"
        return self.api_key_header, self._api_key


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


class _Core(Generic[H]):
    """What Client and AsyncClient share: settings, building requests, judging each attempt."""

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | httpx2.URL | None = None,
        organization: str | None = None,
        project: str | None = None,
        beta: str | None = DEFAULT_BETA,
        timeout: float | httpx2.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: H | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, Any] | None = None,
        retry: RetryPolicy | None = None,
        token_provider: Callable[[], str] | None = None,
        api_key_header: str = "Authorization",
    ) -> None:
        self._settings = _Settings(
            api_key=api_key,
            base_url=base_url,
            organization=organization,
            project=project,
            beta=beta,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            retry=retry,
            token_provider=token_provider,
            api_key_header=api_key_header,
        )
        # Made on first use: building an httpx client (its SSL context) costs more than
        # importing this package, and a client that is never used should not pay it.
        self._given_http: H | None = http_client
        self._made_http: H | None = None

    @property
    def _http(self) -> H:
        if self._given_http is not None:
            return self._given_http
        if self._made_http is None:
            self._made_http = self._new_http(self._settings.timeout)
        return self._made_http

    @staticmethod
    def _new_http(timeout: float | httpx2.Timeout | None) -> H:
        raise NotImplementedError

    @classmethod
    def azure(
        cls,
        *,
        endpoint: str,
        api_version: str,
        api_key: str | None = None,
        token_provider: Callable[[], str] | None = None,
        **kwargs: Any,
    ) -> Self:
        """A client for Azure OpenAI: `{endpoint}/openai`, `api-version` on every call, and
        either an `api-key` header or a bearer token from `token_provider` (asked before each
        request, and again after a 401, so an expired token is replaced)."""
        if (api_key is None) == (token_provider is None):
            raise ValueError("Client.azure needs exactly one of api_key= or token_provider=")
        query = {**kwargs.pop("default_query", {}), "api-version": api_version}
        return cls(
            api_key=api_key,
            token_provider=token_provider,
            api_key_header="api-key",
            base_url=endpoint.rstrip("/") + "/openai",
            default_query=query,
            **kwargs,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r}, max_retries={self.max_retries})"

    def _build(
        self,
        http: httpx2.Client | httpx2.AsyncClient,
        op: Operation,
        path_args: tuple[str, ...],
        body: Any,
        query: Mapping[str, Any] | None,
        options: Options,
        *,
        stream: bool = False,
    ) -> httpx2.Request:
        if op.streams and not stream and _wants_stream(body):
            raise ValueError(f"{op.name}: a body with stream=True answers with events; use the stream_* methods")
        if stream:
            body = {**_as_mapping(body), "stream": True}
        spec = build_request(op, path_args, body, query)
        settings = self._settings
        params = {**settings.default_query, **spec.get("params", {}), **(options.extra_query or {})}
        headers = dict(settings.headers)
        if stream:
            headers["Accept"] = "text/event-stream"
        if op.method == "POST":
            # One key per logical call, kept across retries: a retried create cannot create twice.
            headers["Idempotency-Key"] = f"assistants-client-{uuid.uuid4().hex}"
        headers.update(spec.get("headers", {}))
        headers.update(options.extra_headers or {})
        timeout = settings.timeout if options.timeout is UNSET else options.timeout
        return http.build_request(
            op.method,
            settings.base_url + spec["url"],
            params=params or None,
            content=spec.get("content"),
            headers=headers,
            timeout=timeout,  # type: ignore[arg-type]
        )

    def _authorize(self, request: httpx2.Request) -> None:
        name, value = self._settings.credentials()
        request.headers[name] = value

    def _retries(self, options: Options) -> int:
        return self._settings.max_retries if options.max_retries is None else options.max_retries

    def _judge(
        self,
        request: httpx2.Request,
        response: httpx2.Response | None,
        failure: httpx2.TransportError | None,
        attempt: int,
        retries: int,
        refreshed: bool,
    ) -> float | None:
        """After one attempt: None when `response` is the answer, else seconds to wait, or raise."""
        if response is not None:
            if log.isEnabledFor(logging.DEBUG):
                request_id = response.headers.get("x-request-id")
                log.debug("%s %s -> %s (request id %s)", request.method, request.url, response.status_code, request_id)
            if response.is_success:
                return None
            if response.status_code == 401 and self._settings.token_provider is not None and not refreshed:
                log.debug("401 with a token provider: asking it for a fresh token and trying once more")
                return 0.0
        else:
            log.debug("%s %s -> %s", request.method, request.url, type(failure).__name__)
        policy = self._settings.retry
        if attempt < retries and policy.is_retryable(response):
            delay = policy.delay(attempt, response)
            log.debug(
                "retrying %s %s in %.2fs (retry %d of %d)", request.method, request.url, delay, attempt + 1, retries
            )
            return delay
        if response is not None:
            raise status_error(response)
        if isinstance(failure, httpx2.TimeoutException):
            raise APITimeoutError(request) from failure
        raise APIConnectionError(f"Connection error: {failure}", request=request) from failure

    def _decode(self, op: Operation, response: httpx2.Response) -> Any:
        try:
            data = json.loads(response.content)
        except ValueError as exc:
            kind = response.headers.get("content-type", "no content-type")
            raise APIResponseValidationError(
                f"{op.name}: the response body is not JSON ({kind}): {response.text[:200]!r}",
                response=response,
                operation=op.name,
                model=None,
            ) from exc
        try:
            return op.decode(data)
        except generated_errors.ResponseDecodeError as exc:
            raise APIResponseValidationError(str(exc), response=response, operation=op.name, model=exc.model) from exc


def _wants_stream(body: Any) -> bool:
    if isinstance(body, Mapping):
        return body.get("stream") is True
    return getattr(body, "stream", None) is True


def _as_mapping(body: Any) -> dict[str, Any]:
    if isinstance(body, Mapping):
        return dict(body)
    to_dict = getattr(body, "to_dict", None)
    if to_dict is None:
        raise TypeError(f"a request body must be a mapping or a generated model, not {type(body).__name__}")
    return to_dict()  # type: ignore[no-any-return]


class Client(_Core[httpx2.Client], SyncRunsMixin):
    """The Assistants API over a blocking httpx2.Client.

    Settings left out come from the environment: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID,
    OPENAI_PROJECT_ID. A `http_client` you pass is used as it is and never closed by this client.
    """

    @staticmethod
    def _new_http(timeout: float | httpx2.Timeout | None) -> httpx2.Client:
        return httpx2.Client(timeout=timeout)

    # -- plumbing the generated methods call -------------------------------------------------

    def _send(self, request: httpx2.Request, options: Options, *, stream: bool = False) -> httpx2.Response:
        retries = self._retries(options)
        attempt, refreshed = 0, False
        while True:
            self._authorize(request)
            response: httpx2.Response | None = None
            failure: httpx2.TransportError | None = None
            try:
                response = self._http.send(request, stream=stream)
                if stream and not response.is_success:
                    response.read()
            except httpx2.TransportError as exc:
                failure = exc
            delay = self._judge(request, response, failure, attempt, retries, refreshed)
            if delay is None:
                assert response is not None
                return response
            # The one retry with a fresh token after a 401 is not counted against max_retries.
            token_retry = response is not None and response.status_code == 401 and not refreshed
            refreshed = refreshed or token_retry
            if response is not None:
                response.close()
            if not token_retry:
                attempt += 1
            time.sleep(delay)

    def _request(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> httpx2.Response:
        return self._send(self._build(self._http, op, path_args, body, query, options), options)

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        return self._decode(op, self._request(op, path_args, body, query, options))

    def _paginate(
        self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options
    ) -> SyncPaginator[Any, Any]:
        return SyncPaginator(lambda q: self._call(op, path_args, None, q, options), op, query)

    @property
    def with_raw_response(self) -> _RawClient:
        """The same operations, answering `APIResponse` (status, headers, request id, `.parse()`)."""
        return _RawClient(self)

    # -- lifetime -----------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection pool, unless it was passed in by the caller."""
        if self._made_http is not None:
            self._made_http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _RawClient(SyncRawOperations):
    __slots__ = ("_client",)

    def __init__(self, client: Client) -> None:
        self._client = client

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> APIResponse[Any]:
        response = self._client._request(op, path_args, body, query, options)
        return APIResponse(response, lambda r: self._client._decode(op, r))


class AsyncClient(_Core[httpx2.AsyncClient], AsyncRunsMixin):
    """The Assistants API over an httpx2.AsyncClient; every operation is awaitable.

    List methods return an async paginator: `async for item in client.list_messages(...)`, or
    `await` it for the first page. Settings are those of `Client`.
    """

    @staticmethod
    def _new_http(timeout: float | httpx2.Timeout | None) -> httpx2.AsyncClient:
        return httpx2.AsyncClient(timeout=timeout)

    async def _send(self, request: httpx2.Request, options: Options, *, stream: bool = False) -> httpx2.Response:
        retries = self._retries(options)
        attempt, refreshed = 0, False
        while True:
            self._authorize(request)
            response: httpx2.Response | None = None
            failure: httpx2.TransportError | None = None
            try:
                response = await self._http.send(request, stream=stream)
                if stream and not response.is_success:
                    await response.aread()
            except httpx2.TransportError as exc:
                failure = exc
            delay = self._judge(request, response, failure, attempt, retries, refreshed)
            if delay is None:
                assert response is not None
                return response
            # The one retry with a fresh token after a 401 is not counted against max_retries.
            token_retry = response is not None and response.status_code == 401 and not refreshed
            refreshed = refreshed or token_retry
            if response is not None:
                await response.aclose()
            if not token_retry:
                attempt += 1
            await asleep(delay)

    async def _request(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> httpx2.Response:
        return await self._send(self._build(self._http, op, path_args, body, query, options), options)

    async def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        return self._decode(op, await self._request(op, path_args, body, query, options))

    def _paginate(
        self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options
    ) -> AsyncPaginator[Any, Any]:
        return AsyncPaginator(lambda q: self._call(op, path_args, None, q, options), op, query)

    @property
    def with_raw_response(self) -> _AsyncRawClient:
        """The same operations, answering `APIResponse` (status, headers, request id, `.parse()`)."""
        return _AsyncRawClient(self)

    async def close(self) -> None:
        """Close the connection pool, unless it was passed in by the caller."""
        if self._made_http is not None:
            await self._made_http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()


class _AsyncRawClient(AsyncRawOperations):
    __slots__ = ("_client",)

    def __init__(self, client: AsyncClient) -> None:
        self._client = client

    async def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> APIResponse[Any]:
        response = await self._client._request(op, path_args, body, query, options)
        return APIResponse(response, lambda r: self._client._decode(op, r))
