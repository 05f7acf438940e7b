"""Every error the client raises, shared by the flat functions and the facade.

    APIError
    ├── APIStatusError                 the server answered with a 3xx, 4xx or 5xx status
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── UnprocessableEntityError   422
    │   ├── RateLimitError             429
    │   └── InternalServerError        >= 500
    ├── APIConnectionError             no answer: refused, reset, dropped
    │   ├── APITimeoutError            no answer in time (a timeout, or the call's deadline)
    │   └── StreamInterruptedError     an event stream ended before `done`
    │       └── StreamResumeError      ... and could not be resumed (it names the run)
    ├── APIResponseValidationError     an answer that is not what the spec says
    │   └── ResponseTooLargeError      an answer larger than max_response_bytes
    ├── CredentialsError               the token provider failed
    ├── StreamError                    the server sent an `error` event in a stream
    ├── PollTimeoutError               a run, vector store, file or batch did not settle in time
    └── UploadIncompleteError          a multi-part upload stopped; it carries what resumes it

Errors carry requests and responses whose credential headers are masked, and their messages
and bodies have every credential the client sent replaced by `[redacted]`.
`ResponseDecodeError` is the decoders' own failure, which callers see as an
APIResponseValidationError.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Collection
from typing import Any

import httpx2

REDACTED = "[redacted]"
MAX_QUOTE = 200
"""At most this many characters of a value go into an error message."""


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
    def __init__(self, request: httpx2.Request | None = None, message: str = "Request timed out.") -> None:
        super().__init__(message, request=request)


class StreamInterruptedError(APIConnectionError):
    """The event stream closed before the server's final `done` event."""


class StreamResumeError(StreamInterruptedError):
    """A run stream was cut and could not be resumed: the host numbers no events (the hosted
    APIs send no `id:`), it was cut before it named its run, or every try to resume it failed.

    `operation` is the operation that opened the stream; `thread_id`, `run_id` and
    `last_event_id` (None when unknown) what a resume would have needed; `tries` how many were
    made. The cut, or the last try's failure, is chained."""

    def __init__(
        self,
        message: str,
        *,
        operation: str,
        thread_id: str | None,
        run_id: str | None,
        last_event_id: str | None,
        tries: int = 0,
    ) -> None:
        super().__init__(message)
        self.operation = operation
        self.thread_id = thread_id
        self.run_id = run_id
        self.last_event_id = last_event_id
        self.tries = tries


class APIResponseValidationError(APIError):
    """An answer whose body is not what the operation's schema says (or cannot be read).

    `path` is where in the body, as a JSON path (`data[3].content[0].text.value`; "" for the
    whole body); `model` the schema expected there, when known."""

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        operation: str,
        model: str | None,
        path: str = "",
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.operation = operation
        self.model = model
        self.path = path


class ResponseTooLargeError(APIResponseValidationError):
    """The answer's body, decompressed, is larger than the client's `max_response_bytes`."""

    def __init__(self, message: str, *, response: httpx2.Response, operation: str, limit: int) -> None:
        super().__init__(message, response=response, operation=operation, model=None)
        self.limit = limit


class CredentialsError(APIError):
    """The `token_provider` raised instead of giving a token (the original is chained)."""


class StreamError(APIError):
    """The server reported an error inside an event stream."""

    def __init__(self, message: str, *, code: str | None = None, data: Any = None) -> None:
        super().__init__(message)
        self.code = code
        self.data = data


class PollTimeoutError(APIError, TimeoutError):
    """Polling gave up: the run (or vector store, file, batch) was still not final.

    `polled` is the last object read (`run` names it too, for run polling), `operation` the
    operation that polled it."""

    def __init__(self, message: str, *, run: Any, operation: str = "get_run") -> None:
        super().__init__(message)
        self.run = self.polled = run
        self.operation = operation


class UploadIncompleteError(APIError):
    """A multi-part upload stopped before it was completed. `upload_id` and `done_parts` (part ids
    by part index) are what `upload_large_file(..., upload_id=, done_parts=)` takes to resume it;
    the cause is chained."""

    def __init__(self, message: str, *, upload_id: str, done_parts: dict[int, str]) -> None:
        super().__init__(message)
        self.upload_id = upload_id
        self.done_parts = done_parts


class ResponseDecodeError(ValueError):
    """A 2xx body that is not what the spec says the operation answers."""

    def __init__(self, operation: str, model: str, reason: str, path: str = ""):
        self.operation = operation
        self.model = model
        self.reason = reason
        self.path = path
        """Where in the body: a JSON path such as `data[3].content[0].text.value` ("" for the whole body)."""
        where = f" at {path}" if path else ""
        super().__init__(f"{operation}: the response is not a valid {model}{where}: {reason}")


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


def quote(value: str, limit: int = MAX_QUOTE) -> str:
    """`value` cut to `limit` characters, saying how much was left out."""
    if len(value) <= limit:
        return value
    return f"{value[:limit]}... ({len(value) - limit} more characters)"


# A secret shorter than this is only redacted where it stands as a word of its own: a test key
# such as "any" must not turn `thread_company` into `thread_comp[redacted]`.
_SHORT_SECRET = 8


def redact(text: str, secrets: Collection[str]) -> str:
    """`text` with every secret replaced by [redacted], as written or as escaped in a repr
    (a secret with a control character shows as `\\n` in httpx2's own messages)."""
    for secret in secrets:
        if not secret:
            continue
        for form in dict.fromkeys((secret, secret.encode("unicode_escape").decode("ascii"))):
            if form not in text:
                continue
            if len(form) >= _SHORT_SECRET:
                text = text.replace(form, REDACTED)
            else:
                text = re.sub(rf"(?<![\w-]){re.escape(form)}(?![\w-])", REDACTED, text)
    return text


def _redact_json(value: Any, secrets: Collection[str]) -> Any:
    # Also catches a secret the server wrote with JSON escapes (`\u0073k-...`).
    if isinstance(value, str):
        return redact(value, secrets)
    if isinstance(value, dict):
        return {redact(str(k), secrets): _redact_json(v, secrets) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_json(v, secrets) for v in value]
    return value


def masked_request(request: httpx2.Request, credential_headers: Collection[str]) -> httpx2.Request:
    """`request` itself, with the values of its credential headers replaced by [redacted].

    Called once the request has been sent for the last time, so every later view of it (an
    error's `.request`, a response's `.request`, a chained httpx2 error) shows no credential."""
    headers = request.headers
    for name in credential_headers:
        if name in headers:
            headers[name] = REDACTED
    return request


def detached_response(
    response: httpx2.Response, secrets: Collection[str], content: bytes | None = None
) -> httpx2.Response:
    """A copy of a read response, cut off from the transport (no connection, no redirect
    request), with every secret redacted from its headers and body."""
    body = response.content if content is None else content
    if secrets:
        text = body.decode("utf-8", errors="replace")
        redacted = redact(text, secrets)
        if redacted != text:
            body = redacted.encode()
    headers = [(k, redact(v, secrets)) for k, v in response.headers.multi_items()]
    extensions = {k: v for k, v in response.extensions.items() if k in ("http_version", "reason_phrase")}
    copy = httpx2.Response(response.status_code, content=body, request=response.request, extensions=extensions)
    copy.headers = httpx2.Headers(headers)  # as received; set after the body, which is already decoded
    with contextlib.suppress(RuntimeError):  # not read to its end
        copy.elapsed = response.elapsed
    return copy


def status_error(response: httpx2.Response, secrets: Collection[str] = ()) -> APIStatusError:
    """The typed error for an error answer (its body must have been read): the envelope parsed,
    every secret redacted from the message and the body."""
    response = detached_response(response, secrets)
    try:
        body: Any = json.loads(response.content) if response.content else None
    except Exception:  # not JSON, invalid UTF-8, nested too deep...
        body = response.text
    if secrets:
        body = _redact_json(body, secrets)
    error = body.get("error") if isinstance(body, dict) else None
    if isinstance(error, dict) and error.get("message"):
        detail = quote(str(error["message"]), 500)
    elif isinstance(body, str) and body.strip():
        detail = quote(body.strip(), 500)
    else:
        detail = response.reason_phrase or "no details"
    request = response.request
    status = response.status_code
    message = f"{status} from {request.method} {request.url.path}: {detail}"
    if 300 <= status < 400:
        location = response.headers.get("location")
        message += f" (redirect to {quote(location) if location else 'nowhere'}; redirects are not followed)"
    request_id = response.headers.get("x-request-id")
    if request_id:
        message += f" (request id {quote(request_id, 100)})"
    cls = _STATUS_ERRORS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(redact(message, secrets), response=response, body=body)


__all__ = [
    "MAX_QUOTE",
    "REDACTED",
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "CredentialsError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollTimeoutError",
    "UploadIncompleteError",
    "RateLimitError",
    "ResponseDecodeError",
    "ResponseTooLargeError",
    "StreamError",
    "StreamInterruptedError",
    "StreamResumeError",
    "UnprocessableEntityError",
    "detached_response",
    "masked_request",
    "quote",
    "redact",
    "status_error",
]
