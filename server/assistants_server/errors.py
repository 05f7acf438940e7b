"""The error answer of the API: an exception the domain and the handlers raise, rendered as the
error envelope ``{"error": {"message", "type", "param", "code"}}``.

Named ``ErrorReply`` (not ``APIError``) so that it is never taken for the client's exception.
"""

from __future__ import annotations

from typing import Any


class ErrorReply(Exception):
    """An error answered with ``status`` and the API's error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        type: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.type = type
        self.param = param
        self.code = code
        self.headers = dict(headers or {})

    def body(self) -> dict[str, Any]:
        return error_body(self.message, type=self.type, param=self.param, code=self.code)


def error_body(
    message: str,
    *,
    type: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type, "param": param, "code": code}}


def quote(value: object, limit: int = 64) -> str:
    """At most `limit` characters of `value` for a message: an error never echoes a whole value."""
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "..."


def server_failure(request_id: str) -> ErrorReply:
    """The answer to a failure inside the server: no exception text, the request id to find it in the log."""
    return ErrorReply(
        500,
        f"The server had an error while processing your request (request id {request_id}).",
        type="server_error",
    )


def not_found(kind: str, object_id: str, param: str | None = None) -> ErrorReply:
    return ErrorReply(404, f"No {kind} found with id '{quote(object_id)}'.", param=param)


def bad_request(message: str, param: str | None = None, code: str | None = None) -> ErrorReply:
    return ErrorReply(400, message, param=param, code=code)
