"""The decisions of one call, apart from its I/O: which credentials each attempt carries, whether
to try again and after how long, the token refresh after a 401, the call's deadline and the cap
on the answer's size.

`Attempts` does no I/O. The sync and async clients drive it in loops of a few lines (the shape
of httpx's auth flows): `prepare()` before each attempt, `received()` for each chunk of a body,
then `answered()` or `failed()`, which give the seconds to wait before the next attempt, None
when the answer is final, or raise the typed error. Whatever leaves a call (the answer, or an
error) carries the request with its credential headers masked.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx2
from assistants_core.errors import (
    REDACTED,
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APITimeoutError,
    ResponseTooLargeError,
    detached_response,
    masked_request,
    quote,
    redact,
    status_error,
)
from assistants_core.multipart import MultipartBody
from assistants_core.options import Options
from assistants_core.types import UNSET

from ._settings import Settings

__all__ = ["OPERATION", "Attempts", "Deadline", "deadline_of"]

OPERATION = "assistants_client.operation"
"""The request extension naming the operation a request is for (the engine ignores it)."""

log = logging.getLogger("assistants_client")


class Deadline:
    """A point in time a call must be done by (monotonic clock)."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def passed(self) -> bool:
        return time.monotonic() >= self.at

    def error(self, request: httpx2.Request) -> APITimeoutError:
        message = f"{request.method} {request.url.path}: no successful answer within the deadline of {self.seconds:g}s"
        return APITimeoutError(request, message)


def deadline_of(settings: Settings, options: Options) -> Deadline | None:
    """The call's deadline, started now (None: the call has none; `Attempts` starts it itself
    unless it is given one, as a stream does to bound the time to its first event)."""
    seconds = settings.deadline if options.deadline is UNSET else options.deadline
    return None if seconds is None else Deadline(seconds)  # type: ignore[arg-type]


class Attempts:
    """Everything decided about one call's attempts."""

    __slots__ = (
        "attempt",
        "deadline",
        "header",
        "last",
        "limit",
        "refreshed",
        "request",
        "resendable",
        "retries",
        "settings",
        "size",
    )

    @property
    def operation(self) -> str:
        return str(self.request.extensions.get(OPERATION, self.request.url.path))

    def __init__(
        self, settings: Settings, request: httpx2.Request, options: Options, deadline: Deadline | None
    ) -> None:
        self.settings = settings
        self.request = request
        self.retries = settings.max_retries if options.max_retries is None else options.max_retries
        # A multipart body streamed from a source that cannot be read again (a non-seekable
        # stream) is sent once: a failure that would be retried raises its typed error instead.
        stream = request.stream
        self.resendable = not isinstance(stream, MultipartBody) or stream.rewindable
        if not self.resendable:
            self.retries = 0
        self.limit = settings.max_response_bytes if options.max_response_bytes is None else options.max_response_bytes
        if deadline is None and (options.deadline is not UNSET or settings.deadline is not None):
            deadline = deadline_of(settings, options)
        self.deadline = deadline
        self.attempt = 0
        self.header = ""
        self.refreshed = False
        self.size = 0
        self.last: httpx2.Response | BaseException | None = None
        """The outcome of the latest attempt that is being retried: chained when a deadline ends the call."""

    # -- before and during an attempt ---------------------------------------------------------

    def prepare(self) -> None:
        """Before each attempt: this attempt's credentials; within a deadline, timeouts that end
        no later than it."""
        request = self.request
        try:
            name, value = self.settings.credentials()
        except APIError:
            self._final()
            raise
        request.headers[name] = value
        self.header = name
        self.size = 0
        deadline = self.deadline
        if deadline is not None:
            left = deadline.remaining()
            if left <= 0:
                raise self._final(deadline.error(request), self.last)
            timeouts: dict[str, float | None] = dict(request.extensions.get("timeout") or {})
            for key in ("connect", "read", "write", "pool"):
                limit = timeouts.get(key)
                timeouts[key] = left if limit is None else min(limit, left)
            request.extensions["timeout"] = timeouts

    def received(self, chunk: int, response: httpx2.Response) -> None:
        """After each chunk of a body: stop at the size cap, or when the deadline has passed
        (the caller closes the response)."""
        self.size += chunk
        if self.size > self.limit:
            message = (
                f"{self.request.method} {self.request.url.path}: the answer is larger than "
                f"max_response_bytes={self.limit} (counted after decompression); reading stopped"
            )
            self._final()
            raise ResponseTooLargeError(
                message, response=self._exposed(response, b""), operation=self.operation, limit=self.limit
            )
        if self.deadline is not None and self.deadline.passed():
            raise self._final(self.deadline.error(self.request))

    # -- after an attempt ---------------------------------------------------------------------

    def answered(self, response: httpx2.Response) -> float | None:
        """After an answer (its body read, unless it is a successful stream)."""
        request = self.request
        if log.isEnabledFor(logging.DEBUG):
            request_id = response.headers.get("x-request-id")
            log.debug("%s %s -> %s (request id %s)", request.method, request.url, response.status_code, request_id)
        if response.is_success:
            self._final()
            return None
        if (
            response.status_code == 401
            and self.settings.token_provider is not None
            and not self.refreshed
            and self.resendable
        ):
            # The one retry with a fresh token after a 401 is not counted against max_retries.
            log.debug("401 with a token provider: asking it for a fresh token and trying once more")
            self.refreshed = True
            return 0.0
        if not response.is_redirect and self.attempt < self.retries and self.settings.retry.is_retryable(response):
            self.last = response
            return self._retry_in(self.settings.retry.delay(self.attempt, response))
        self._final()
        raise status_error(response, self.settings.secrets)

    def failed(self, failure: httpx2.HTTPError, response: httpx2.Response | None) -> float | None:
        """After an attempt that raised in the engine (no answer, or a body that broke off)."""
        request = self.request
        log.debug("%s %s -> %s", request.method, request.url, type(failure).__name__)
        if isinstance(failure, httpx2.TransportError):
            self.last = failure
            if self.attempt < self.retries and self.settings.retry.is_retryable(None):
                return self._retry_in(self.settings.retry.delay(self.attempt, None))
            if self.deadline is not None and self.deadline.passed():
                raise self._final(self.deadline.error(request), failure)
            if isinstance(failure, httpx2.TimeoutException):
                raise self._final(APITimeoutError(request), failure)
            detail = redact(quote(str(failure)), self.settings.secrets)
            raise self._final(APIConnectionError(f"Connection error: {detail}", request=request), failure)
        # DecodingError (a corrupt gzip body, ...) and the engine's other refusals: not retried.
        detail = redact(quote(f"{type(failure).__name__}: {failure}"), self.settings.secrets)
        message = f"{request.method} {request.url.path}: the answer could not be read: {detail}"
        if response is None:
            raise self._final(APIConnectionError(message, request=request), failure)
        self._final()
        error = APIResponseValidationError(
            message, response=self._exposed(response, b""), operation=self.operation, model=None
        )
        raise error from failure

    def _retry_in(self, delay: float) -> float:
        request = self.request
        deadline = self.deadline
        if deadline is not None and deadline.remaining() < delay:
            raise self._final(deadline.error(request), self.last)
        log.debug(
            "retrying %s %s in %.2fs (retry %d of %d)",
            request.method,
            request.url,
            delay,
            self.attempt + 1,
            self.retries,
        )
        self.attempt += 1
        return delay

    # -- what leaves the call -----------------------------------------------------------------

    def _final(self, error: APIError | None = None, cause: httpx2.Response | BaseException | None = None) -> Any:
        """The request is not sent again: mask its credentials wherever it is seen from now on."""
        if self.header:
            self.request.headers[self.header] = REDACTED
        if self.settings.credential_headers:
            masked_request(self.request, self.settings.credential_headers)
        if error is not None and cause is not None:
            error.__cause__ = (
                status_error(cause, self.settings.secrets) if isinstance(cause, httpx2.Response) else cause
            )
        return error

    def _exposed(self, response: httpx2.Response, content: bytes | None = None) -> httpx2.Response:
        return detached_response(response, self.settings.secrets, content)
