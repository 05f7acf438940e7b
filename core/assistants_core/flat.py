"""What the flat functions share: one request through a low-level client, and its answer.

A flat function (`assistants_api.api.get_run(..., client=...)`) makes one attempt: no retries,
no pagination (a list function returns one page). `client.strict` selects strict decoding.

Per-call options have no keywords here; the low-level client carries them:

- `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with another).
- `max_retries`: none here: each call is one attempt (the facade's `Client` retries).
- `extra_headers`: `client.with_headers({...})` gives a copy that also sends them.
- `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds query parameters
  to every call.

What a flat function raises:

- `APIStatusError`: a non-2xx answer, as its subclass for the status (`NotFoundError` for 404,
  `BadRequestError`, `AuthenticationError`, `RateLimitError`, `InternalServerError`, ...), with
  `.status_code`, `.type`, `.code`, `.param` and `.request_id` from the error envelope.
- `APIResponseValidationError`: a 2xx answer that does not decode as the operation's model; with
  `client.strict`, any value the spec does not allow, named by its JSON path.
- `APIConnectionError`: no answer (refused, reset, dropped); `APITimeoutError` when it timed out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx2

from . import errors
from .operation import Operation, decode_response, stream_body

if TYPE_CHECKING:  # attrs and the clients load when a client is made, not with this module
    from .client import UnauthenticatedClient

__all__ = ["parse_response", "send", "send_async"]


def _transport_error(exc: httpx2.TransportError, client: UnauthenticatedClient) -> errors.APIError:
    """httpx2's failure as the typed error, its request masked, the token redacted."""
    credentials = client._credentials()
    try:
        request: httpx2.Request | None = errors.masked_request(exc.request, credentials)
    except RuntimeError:  # an error raised before any request was made
        request = None
    detail = errors.redact(errors.quote(f"{type(exc).__name__}: {exc}"), tuple(credentials.values()))
    if isinstance(exc, httpx2.TimeoutException):
        return errors.APITimeoutError(request, f"Request timed out: {detail}")
    return errors.APIConnectionError(f"Connection error: {detail}", request=request)


def send(client: UnauthenticatedClient, request: dict[str, Any]) -> httpx2.Response:
    """One request of a flat function; a transport failure is APIConnectionError or APITimeoutError."""
    try:
        http = client.get_httpx_client()
        return http.send(stream_body(http.build_request(**request), request))
    except httpx2.TransportError as exc:
        raise _transport_error(exc, client) from exc


async def send_async(client: UnauthenticatedClient, request: dict[str, Any]) -> httpx2.Response:
    """The async twin of `send`."""
    try:
        http = client.get_async_httpx_client()
        return await http.send(stream_body(http.build_request(**request), request))
    except httpx2.TransportError as exc:
        raise _transport_error(exc, client) from exc


def parse_response(op: Operation, response: httpx2.Response, client: UnauthenticatedClient) -> Any:
    """The decoded model of a 2xx answer; the typed error (errors.NotFoundError, ...) of any other."""
    if not 200 <= response.status_code < 300:
        credentials = client._credentials()
        errors.masked_request(response.request, credentials)
        raise errors.status_error(response, tuple(credentials.values()))
    return decode_response(op, response, client.strict)
