"""Client and AsyncClient: every operation of the spec as a typed method.

The methods themselves are generated (`assistants_api.api.SyncOperations` and friends); this
module supplies what they share: building requests, the send loops (I/O only: every decision
about attempts, retries, token refresh, the deadline and the size cap is `_attempts.Attempts`),
decoding, raw responses and pagination. Settings and credentials are `_settings.Settings`;
streaming, polling and the tool loop live in `_runs.py`.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Mapping
from typing import Any, Generic, Self, TypeVar, cast

import httpx2
from assistants_api.api import AsyncRawOperations, SyncRawOperations
from assistants_core.errors import APIResponseValidationError, detached_response
from assistants_core.operation import Operation, build_request, decode_response, stream_body
from assistants_core.options import Options
from assistants_core.types import UNSET

from ._attempts import OPERATION, Attempts, Deadline, deadline_of
from ._citations import AsyncCitationsMixin, SyncCitationsMixin
from ._pagination import AsyncPageWalker, PageWalker
from ._reading import aread_body as _aread
from ._reading import read_body as _read
from ._response import APIResponse
from ._retry import RetryPolicy, asleep
from ._runs import AsyncRunsMixin, SyncRunsMixin
from ._settings import DEFAULT_MAX_RESPONSE_BYTES, Settings, check_http_client
from ._stores import AsyncStoresMixin, SyncStoresMixin
from ._uploads import AsyncUploadsMixin, SyncUploadsMixin

__all__ = ["AsyncClient", "Client"]

H = TypeVar("H", httpx2.Client, httpx2.AsyncClient)

DEFAULT_TIMEOUT = httpx2.Timeout(600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_BETA = "assistants=v2"


class _Core(Generic[H]):
    """What Client and AsyncClient share: settings, building requests, decoding answers."""

    _engine: type[httpx2.Client] | type[httpx2.AsyncClient]

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
        deadline: float | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        strict: bool = False,
    ) -> None:
        check_http_client(http_client, self._engine)
        self._settings = Settings(
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
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            strict=strict,
        )
        # Made on first use: building an httpx client (its SSL context) costs more than
        # importing this package, and a client that is never used should not pay it.
        self._given_http: H | None = http_client
        self._made_http: H | None = None
        self._http_lock = threading.Lock()
        self._merged: tuple[object, list[tuple[bytes, bytes]], httpx2.Headers] | None = None

    @property
    def _http(self) -> H:
        http = self._given_http or self._made_http
        if http is None:
            with self._http_lock:  # the first calls of 16 threads at once still build one pool
                http = self._made_http
                if http is None:
                    http = self._made_http = cast(H, self._engine(timeout=self._settings.timeout))
        return http

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

    @classmethod
    def foundry(
        cls,
        *,
        endpoint: str,
        token_provider: Callable[[], str] | None = None,
        api_key: str | None = None,
        api_version: str = "v1",
        **kwargs: Any,
    ) -> Self:
        """A client for the Agent Service of Azure AI Foundry. `endpoint` is the project's
        endpoint, `https://<aiservices-id>.services.ai.azure.com/api/projects/<project>`.
        `api-version` goes on every call and no `OpenAI-Beta` header is sent. Authentication is
        a Microsoft Entra bearer token from `token_provider` (scope `https://ai.azure.com/.default`;
        asked before each request, and again after a 401), or an `api-key` header."""
        if (api_key is None) == (token_provider is None):
            raise ValueError("Client.foundry needs exactly one of token_provider= or api_key=")
        query = {**kwargs.pop("default_query", {}), "api-version": api_version}
        return cls(
            api_key=api_key,
            token_provider=token_provider,
            api_key_header="api-key",
            base_url=endpoint.rstrip("/"),
            default_query=query,
            beta=kwargs.pop("beta", None),
            **kwargs,
        )

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        return self._settings.max_retries

    @property
    def strict(self) -> bool:
        """Whether answers are decoded strictly (any value the spec does not allow is an error)."""
        return self._settings.strict

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
        if stream and body is not None:  # a resumed stream's GET has none
            body = {**_as_mapping(body), "stream": True}
        spec = build_request(op, path_args, body, query)
        settings = self._settings
        params = {**settings.default_query, **spec.get("params", {}), **(options.extra_query or {})}
        own: dict[str, str] = {}
        if stream:
            own["Accept"] = "text/event-stream"
        if op.method == "POST":
            # One key per logical call, kept across retries: a retried create cannot create twice.
            own["Idempotency-Key"] = f"assistants-client-{uuid.uuid4().hex}"
        own.update(spec.get("headers", {}))
        own.update(options.extra_headers or {})
        url = settings.base_url + spec["url"]
        timeout = settings.timeout if options.timeout is UNSET else options.timeout
        if not self._builds_itself(http, url):
            return stream_body(
                http.build_request(
                    op.method,
                    url,
                    params=params or None,
                    content=spec.get("content"),
                    headers={**settings.headers, **own},
                    timeout=timeout,  # type: ignore[arg-type]
                    extensions={OPERATION: op.name},
                ),
                spec,
            )
        headers = self._pool_headers(http)
        if own:
            headers = httpx2.Headers(headers)
            headers.update(own)
        # What `http.build_request` makes of an absolute URL (the pool's cookies and query
        # parameters, our timeout), except that the headers were merged once per pool, not per call.
        request = httpx2.Request(
            op.method,
            url,
            params=http.params.merge(params) if http.params else params or None,
            content=spec.get("content"),
            headers=headers,
            cookies=http.cookies,
            extensions={"timeout": httpx2.Timeout(timeout).as_dict(), OPERATION: op.name},  # type: ignore[arg-type]
        )
        return stream_body(request, spec)

    @staticmethod
    def _builds_itself(http: httpx2.Client | httpx2.AsyncClient, url: str) -> bool:
        """Whether a request for `url` can be made here as the pool would make it: the URL is
        absolute (a relative one is joined to the pool's base_url) and the pool's class does not
        build requests its own way."""
        return url.startswith(("https://", "http://")) and type(http).build_request in _STOCK_BUILDS

    def _pool_headers(self, http: httpx2.Client | httpx2.AsyncClient) -> httpx2.Headers:
        """The pool's own headers with this client's fixed ones over them, merged again only
        when the pool or its headers change (a user's pool may change them between calls)."""
        raw = http.headers.raw
        merged = self._merged
        if merged is None or merged[0] is not http or merged[1] != raw:
            headers = httpx2.Headers(http.headers)
            headers.update(self._settings.headers)
            merged = self._merged = (http, raw, headers)
        return merged[2]

    def _deadline(self, options: Options) -> Deadline | None:
        """The call's deadline, started now (None: it has none). The hook for streams: start it
        before `_send(..., stream=True, deadline=...)`, then raise `deadline.error(request)` if
        `deadline.passed()` before the first event arrives."""
        return deadline_of(self._settings, options)

    def _decode(self, op: Operation, response: httpx2.Response) -> Any:
        secrets = self._settings.secrets
        try:
            return decode_response(op, response, self._settings.strict, secrets)
        except APIResponseValidationError as exc:
            exc.response = detached_response(response, secrets)
            raise

    def _raw(self, op: Operation, response: httpx2.Response) -> APIResponse[Any]:
        # Cut off from the transport, whose internals still hold the unmasked request.
        return APIResponse(detached_response(response, ()), lambda r: self._decode(op, r))


_STOCK_BUILDS = (httpx2.Client.build_request, httpx2.AsyncClient.build_request)


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


class Client(_Core[httpx2.Client], SyncStoresMixin, SyncUploadsMixin, SyncRunsMixin, SyncCitationsMixin):
    """The Assistants API over a blocking httpx2.Client.

    Settings left out come from the environment: OPENAI_API_KEY, OPENAI_BASE_URL, OPENAI_ORG_ID,
    OPENAI_PROJECT_ID. A `http_client` you pass is used as it is (except that redirects are never
    followed) and never closed by this client.
    """

    _engine = httpx2.Client

    # -- plumbing the generated methods call -------------------------------------------------

    def _send(
        self, request: httpx2.Request, options: Options, *, stream: bool = False, deadline: Deadline | None = None
    ) -> httpx2.Response:
        """Send `request` until an answer is final (the I/O; `Attempts` decides)."""
        attempts = Attempts(self._settings, request, options, deadline)
        http = self._http
        while True:
            attempts.prepare()
            response = None
            try:
                response = http.send(request, stream=True, follow_redirects=False)
                if not (stream and response.is_success):
                    response = _read(response, attempts)
            except httpx2.HTTPError as exc:
                delay = attempts.failed(exc, response)
            else:
                delay = attempts.answered(response)
            if delay is None:
                return response  # type: ignore[return-value]
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
    ) -> PageWalker[Any, Any]:
        return PageWalker(lambda q: self._call(op, path_args, None, q, options), op, query)

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
        return self._client._raw(op, self._client._request(op, path_args, body, query, options))


class AsyncClient(_Core[httpx2.AsyncClient], AsyncStoresMixin, AsyncUploadsMixin, AsyncRunsMixin, AsyncCitationsMixin):
    """The Assistants API over an httpx2.AsyncClient; every operation is awaitable.

    List methods return an async paginator: `async for item in client.list_messages(...)`, or
    `await` it for the first page. Settings are those of `Client`.
    """

    _engine = httpx2.AsyncClient

    async def _send(
        self, request: httpx2.Request, options: Options, *, stream: bool = False, deadline: Deadline | None = None
    ) -> httpx2.Response:
        """Send `request` until an answer is final (the I/O; `Attempts` decides)."""
        attempts = Attempts(self._settings, request, options, deadline)
        http = self._http
        while True:
            attempts.prepare()
            response = None
            try:
                response = await http.send(request, stream=True, follow_redirects=False)
                if not (stream and response.is_success):
                    response = await _aread(response, attempts)
            except httpx2.HTTPError as exc:
                delay = attempts.failed(exc, response)
            else:
                delay = attempts.answered(response)
            if delay is None:
                return response  # type: ignore[return-value]
            await asleep(delay)

    async def _request(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> httpx2.Response:
        return await self._send(self._build(self._http, op, path_args, body, query, options), options)

    async def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        # `_request` written out: one coroutine less, resumed at every wait of every call
        request = self._build(self._http, op, path_args, body, query, options)
        return self._decode(op, await self._send(request, options))

    def _paginate(
        self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options
    ) -> AsyncPageWalker[Any, Any]:
        return AsyncPageWalker(lambda q: self._call(op, path_args, None, q, options), op, query)

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
        return self._client._raw(op, await self._client._request(op, path_args, body, query, options))
