"""assistants_client: a typed client for the Assistants API.

    from assistants_client import Client
    with Client() as client:                      # OPENAI_API_KEY, OPENAI_BASE_URL, ...
        run = client.create_run_and_poll("thread_abc", {"assistant_id": "asst_abc"})
        for message in client.list_messages("thread_abc", order="asc"):
            ...

Every operation of openapi.yaml is a method of Client and AsyncClient; the models are in
`assistants_api.models`; the errors below form one tree under APIError.
"""

from assistants_core.results import AsyncPaginator, Paginator

from ._citations import Citation, resolve_citations
from ._client import AsyncClient, Client
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    CredentialsError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    PollTimeoutError,
    RateLimitError,
    ResponseTooLargeError,
    StreamError,
    StreamInterruptedError,
    StreamResumeError,
    UnprocessableEntityError,
    UploadIncompleteError,
)
from ._files import FileSource
from ._handlers import AssistantEventHandler, AsyncAssistantEventHandler
from ._response import APIResponse
from ._retry import RetryPolicy
from ._settings import version as _version
from ._stores import BatchUpload
from ._streaming import AsyncRunStream, EventValidationError, RunStream, StreamEvent, UnknownEvent
from ._toolargs import ToolArgumentsError
from ._toolschema import ToolDefinitionError, function_tool

__version__ = _version()
"""The installed version (from pyproject.toml, through the package metadata)."""

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "APITimeoutError",
    "AsyncClient",
    "AsyncPaginator",
    "AsyncRunStream",
    "AuthenticationError",
    "BadRequestError",
    "Client",
    "ConflictError",
    "CredentialsError",
    "EventValidationError",
    "InternalServerError",
    "NotFoundError",
    "Paginator",
    "PermissionDeniedError",
    "PollTimeoutError",
    "RateLimitError",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RunStream",
    "StreamError",
    "StreamEvent",
    "StreamInterruptedError",
    "StreamResumeError",
    "ToolArgumentsError",
    "ToolDefinitionError",
    "UnknownEvent",
    "UnprocessableEntityError",
    "UploadIncompleteError",
    "BatchUpload",
    "Citation",
    "FileSource",
    "function_tool",
    "resolve_citations",
]
