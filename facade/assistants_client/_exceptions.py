"""Every error the client raises.

    APIError
    ├── APIStatusError                 the server answered with a 4xx/5xx status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   └── InternalServerError        >= 500
    ├── APIConnectionError             no answer: refused, reset, dropped
    │   ├── APITimeoutError            no answer in time
    │   └── StreamInterruptedError     an event stream ended before `done`
    ├── APIResponseValidationError     a 2xx answer that is not what the spec says
    ├── StreamError                    the server sent an `error` event in a stream
    └── PollTimeoutError               a run did not settle within the polling deadline

Messages name what went wrong (the operation, the field, the status) and never the API key.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "StreamError",
    "StreamInterruptedError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base of every error this client raises."""

    message: str
    request: httpx2.Request | None

    def __init__(self, message: str, *, request: httpx2.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIStatusError(APIError):
    """An answer with an error status. `type`, `param` and `code` come from the error envelope."""

    status_code: int

    def __init__(self, message: str, *, response: httpx2.Response, body: Any) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")
        error = body.get("error") if isinstance(body, dict) else None
        error = error if isinstance(error, dict) else {}
        self.type: str | None = _text(error.get("type"))
        self.param: str | None = _text(error.get("param"))
        self.code: str | None = _text(error.get("code"))


class BadRequestError(APIStatusError):
    status_code = 400


class AuthenticationError(APIStatusError):
    status_code = 401


class PermissionDeniedError(APIStatusError):
    status_code = 403


class NotFoundError(APIStatusError):
    status_code = 404


class ConflictError(APIStatusError):
    status_code = 409


class UnprocessableEntityError(APIStatusError):
    status_code = 422


class RateLimitError(APIStatusError):
    status_code = 429


class InternalServerError(APIStatusError):
    pass


class APIConnectionError(APIError):
    """The request got no usable answer (connection refused, reset, dropped mid-way)."""

    def __init__(self, message: str = "Connection error.", *, request: httpx2.Request | None = None) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    def __init__(self, request: httpx2.Request | None = None) -> None:
        super().__init__("Request timed out.", request=request)


class StreamInterruptedError(APIConnectionError):
    """The event stream closed before the server's final `done` event."""


class APIResponseValidationError(APIError):
    """A successful status whose body does not match the operation's schema."""

    def __init__(self, message: str, *, response: httpx2.Response, operation: str, model: str | None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.operation = operation
        self.model = model


class StreamError(APIError):
    """The server reported an error inside an event stream."""

    def __init__(self, message: str, *, code: str | None = None, data: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.data = data


class PollTimeoutError(APIError, TimeoutError):
    """Polling gave up: the run was still not terminal (nor waiting for tool outputs)."""

    def __init__(self, message: str, *, run: Any) -> None:
        super().__init__(message)
        self.run = run


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def status_error(response: httpx2.Response) -> APIStatusError:
    """The typed error for an error answer (its body must have been read)."""
    try:
        body: Any = json.loads(response.content) if response.content else None
    except ValueError:
        body = response.text
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        detail = str(error["message"])
    elif isinstance(body, str) and body.strip():
        detail = body.strip()[:500]
    else:
        detail = response.reason_phrase or "no details"
    request = response.request
    message = f"{response.status_code} from {request.method} {request.url.path}: {detail}"
    request_id = response.headers.get("x-request-id")
    if request_id:
        message += f" (request id {request_id})"
    status = response.status_code
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(message, response=response, body=body)
