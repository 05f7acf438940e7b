"""Every operation of the API as a flat function, and the tables the facade is built from.

Generated from openapi.yaml by openapi-python-client with the templates in generator/templates.
Do not edit: change the spec or a template and run `make generate`.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator, Generator, Iterator, Mapping, Sequence
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, TypeVar, Union, cast, runtime_checkable
from urllib.parse import quote

import httpx2

from .. import errors
from ..types import UNSET, InvalidValue, Unset

if TYPE_CHECKING:
    from ..client import AuthenticatedClient, Client
    from ..models.assistant_file_object import AssistantFileObject
    from ..models.assistant_object import AssistantObject
    from ..models.create_assistant_file_request import CreateAssistantFileRequest
    from ..models.create_assistant_request import CreateAssistantRequest
    from ..models.create_message_request import CreateMessageRequest
    from ..models.create_run_request import CreateRunRequest
    from ..models.create_thread_and_run_request import CreateThreadAndRunRequest
    from ..models.create_thread_request import CreateThreadRequest
    from ..models.delete_assistant_file_response import DeleteAssistantFileResponse
    from ..models.delete_assistant_response import DeleteAssistantResponse
    from ..models.delete_message_response import DeleteMessageResponse
    from ..models.delete_thread_response import DeleteThreadResponse
    from ..models.error_object import ErrorObject
    from ..models.list_assistant_files_response import ListAssistantFilesResponse
    from ..models.list_assistants_response import ListAssistantsResponse
    from ..models.list_message_files_response import ListMessageFilesResponse
    from ..models.list_messages_response import ListMessagesResponse
    from ..models.list_run_steps_response import ListRunStepsResponse
    from ..models.list_runs_response import ListRunsResponse
    from ..models.list_threads_response import ListThreadsResponse
    from ..models.message_delta_object import MessageDeltaObject
    from ..models.message_file_object import MessageFileObject
    from ..models.message_object import MessageObject
    from ..models.modify_assistant_request import ModifyAssistantRequest
    from ..models.modify_message_request import ModifyMessageRequest
    from ..models.modify_run_request import ModifyRunRequest
    from ..models.modify_thread_request import ModifyThreadRequest
    from ..models.run_object import RunObject
    from ..models.run_step_delta_object import RunStepDeltaObject
    from ..models.run_step_object import RunStepObject
    from ..models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest
    from ..models.thread_object import ThreadObject

_MODELS = __name__.rpartition(".")[0] + ".models"
_T_co = TypeVar("_T_co", covariant=True)
_P_co = TypeVar("_P_co", covariant=True)


class Operation:
    """What the spec says of one operation: enough to build its request and decode its answer."""

    __slots__ = ("_models", "body", "method", "name", "path", "path_params", "response", "streams")

    def __init__(
        self,
        name: str,
        method: str,
        path: str,
        path_params: tuple[str, ...],
        body: str | None,
        response: str,
        streams: bool = False,
    ) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.path_params = path_params
        self.body = body
        self.response = response
        self.streams = streams
        self._models: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"Operation({self.name!r}, {self.method} {self.path})"

    def model(self, ref: str) -> Any:
        """The model class named by `ref` ("module:Class"), imported on first use."""
        cls = self._models.get(ref)
        if cls is None:
            module, _, name = ref.partition(":")
            cls = self._models[ref] = getattr(import_module(f"{_MODELS}.{module}"), name)
        return cls

    def url(self, path_args: Sequence[str]) -> str:
        """The path with every parameter URL-encoded (a `/` in an id cannot change the route)."""
        if not self.path_params:
            return self.path
        return self.path.format(**{n: _segment(v) for n, v in zip(self.path_params, path_args, strict=True)})

    def decode(self, data: Any, strict: bool = False) -> Any:
        """Decode a parsed JSON body into the response model, or raise ResponseDecodeError.

        Tolerant by default (what a host left out reads as None); `strict=True` rejects any
        value the spec does not allow, naming its JSON path."""
        return decode_model(self.model(self.response), data, self.name, strict)


_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9_-]+").fullmatch


def _segment(value: Any) -> str:
    """One path parameter, percent-encoded (an ID as the API makes them needs none)."""
    text = str(value)
    return text if _PLAIN_SEGMENT(text) else quote(text, safe="")


def decode_model(cls: Any, data: Any, operation: str, strict: bool = False) -> Any:
    """`cls.from_dict(data)`, with any failure turned into errors.ResponseDecodeError."""
    if not isinstance(data, dict):  # JSON objects are dicts; a Mapping ABC check costs more
        raise errors.ResponseDecodeError(operation, cls.__name__, f"expected a JSON object, got {type(data).__name__}")
    try:
        return cls.from_dict(data, strict)
    except InvalidValue as exc:
        raise errors.ResponseDecodeError(operation, cls.__name__, exc.reason, exc.json_path) from exc
    except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as exc:
        reason = f"{type(exc).__name__}: {str(exc)[:200]}"
        raise errors.ResponseDecodeError(operation, cls.__name__, reason) from exc


def jsonable(value: Any) -> Any:
    """A request body as plain JSON data: models become dicts, mappings and lists are walked."""
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, Mapping):
        return {k: jsonable(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def query_params(query: Mapping[str, Any] | None) -> dict[str, Any]:
    """Query parameters as httpx takes them; None and UNSET mean "not sent"."""
    params: dict[str, Any] = {}
    if query:
        for key, value in query.items():
            if value is None or value is UNSET:
                continue
            if isinstance(value, bool):
                value = "true" if value else "false"
            elif isinstance(value, (list, tuple)):
                value = [str(v) for v in value]
            params[key] = value
    return params


def build_request(
    op: Operation, path_args: Sequence[str], body: Any, query: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The keyword arguments of `httpx2.Client.build_request` for one call."""
    request: dict[str, Any] = {"method": op.method, "url": op.url(path_args)}
    params = query_params(query)
    if params:
        request["params"] = params
    if op.body is not None:
        request["content"] = json.dumps(jsonable(body), separators=(",", ":")).encode()
        request["headers"] = {"Content-Type": "application/json"}
    return request


def _transport_error(exc: httpx2.TransportError, client: AuthenticatedClient | Client) -> errors.APIError:
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


def send(client: AuthenticatedClient | Client, request: dict[str, Any]) -> httpx2.Response:
    """One request of a flat function; a transport failure is APIConnectionError or APITimeoutError."""
    try:
        return client.get_httpx_client().request(**request)
    except httpx2.TransportError as exc:
        raise _transport_error(exc, client) from exc


async def send_async(client: AuthenticatedClient | Client, request: dict[str, Any]) -> httpx2.Response:
    """The async twin of `send`."""
    try:
        return await client.get_async_httpx_client().request(**request)
    except httpx2.TransportError as exc:
        raise _transport_error(exc, client) from exc


def parse_response(op: Operation, response: httpx2.Response, client: AuthenticatedClient | Client) -> Any:
    """The decoded model of a 2xx answer; the typed error (errors.NotFoundError, ...) of any other."""
    if not 200 <= response.status_code < 300:
        credentials = client._credentials()
        errors.masked_request(response.request, credentials)
        raise errors.status_error(response, tuple(credentials.values()))
    return decode_response(op, response, client.strict)


def decode_response(op: Operation, response: httpx2.Response, strict: bool, secrets: Sequence[str] = ()) -> Any:
    """The decoded model of a read 2xx answer. Whatever the bytes (not JSON, invalid UTF-8,
    nesting too deep for the parser, a number too large for a float, a value the schema does not
    allow), a failure is an errors.APIResponseValidationError naming the operation and the JSON
    path, with the original chained."""
    try:
        data = json.loads(response.content)
    except Exception as exc:  # ValueError, UnicodeDecodeError, RecursionError
        kind = response.headers.get("content-type", "no content-type")
        snippet = errors.redact(errors.quote(response.text), secrets)
        raise errors.APIResponseValidationError(
            f"{op.name}: the response body is not JSON ({kind}): {snippet!r} ({type(exc).__name__})",
            response=response,
            operation=op.name,
            model=None,
        ) from exc
    try:
        return op.decode(data, strict)
    except errors.ResponseDecodeError as exc:
        where = f" at {exc.path}" if exc.path else ""
        reason = errors.redact(errors.quote(exc.reason), secrets)
        message = f"{op.name}: the response is not a valid {exc.model}{where}: {reason}"
        raise errors.APIResponseValidationError(
            message, response=response, operation=op.name, model=exc.model, path=exc.path
        ) from exc
    except Exception as exc:  # RecursionError, OverflowError: what the decoders do not name themselves
        model = op.response.partition(":")[2]
        reason = errors.redact(errors.quote(f"{type(exc).__name__}: {exc}"), secrets)
        raise errors.APIResponseValidationError(
            f"{op.name}: the response is not a valid {model}: {reason}",
            response=response,
            operation=op.name,
            model=model,
        ) from exc


LIST_ASSISTANTS = Operation(
    "list_assistants",
    "GET",
    "/assistants",
    (),
    None,
    "list_assistants_response:ListAssistantsResponse",
    False,
)
CREATE_ASSISTANT = Operation(
    "create_assistant",
    "POST",
    "/assistants",
    (),
    "create_assistant_request:CreateAssistantRequest",
    "assistant_object:AssistantObject",
    False,
)
GET_ASSISTANT = Operation(
    "get_assistant",
    "GET",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    None,
    "assistant_object:AssistantObject",
    False,
)
MODIFY_ASSISTANT = Operation(
    "modify_assistant",
    "POST",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    "modify_assistant_request:ModifyAssistantRequest",
    "assistant_object:AssistantObject",
    False,
)
DELETE_ASSISTANT = Operation(
    "delete_assistant",
    "DELETE",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    None,
    "delete_assistant_response:DeleteAssistantResponse",
    False,
)
LIST_ASSISTANT_FILES = Operation(
    "list_assistant_files",
    "GET",
    "/assistants/{assistant_id}/files",
    ("assistant_id",),
    None,
    "list_assistant_files_response:ListAssistantFilesResponse",
    False,
)
CREATE_ASSISTANT_FILE = Operation(
    "create_assistant_file",
    "POST",
    "/assistants/{assistant_id}/files",
    ("assistant_id",),
    "create_assistant_file_request:CreateAssistantFileRequest",
    "assistant_file_object:AssistantFileObject",
    False,
)
GET_ASSISTANT_FILE = Operation(
    "get_assistant_file",
    "GET",
    "/assistants/{assistant_id}/files/{file_id}",
    (
        "assistant_id",
        "file_id",
    ),
    None,
    "assistant_file_object:AssistantFileObject",
    False,
)
DELETE_ASSISTANT_FILE = Operation(
    "delete_assistant_file",
    "DELETE",
    "/assistants/{assistant_id}/files/{file_id}",
    (
        "assistant_id",
        "file_id",
    ),
    None,
    "delete_assistant_file_response:DeleteAssistantFileResponse",
    False,
)
LIST_MESSAGES = Operation(
    "list_messages",
    "GET",
    "/threads/{thread_id}/messages",
    ("thread_id",),
    None,
    "list_messages_response:ListMessagesResponse",
    False,
)
CREATE_MESSAGE = Operation(
    "create_message",
    "POST",
    "/threads/{thread_id}/messages",
    ("thread_id",),
    "create_message_request:CreateMessageRequest",
    "message_object:MessageObject",
    False,
)
GET_MESSAGE = Operation(
    "get_message",
    "GET",
    "/threads/{thread_id}/messages/{message_id}",
    (
        "thread_id",
        "message_id",
    ),
    None,
    "message_object:MessageObject",
    False,
)
MODIFY_MESSAGE = Operation(
    "modify_message",
    "POST",
    "/threads/{thread_id}/messages/{message_id}",
    (
        "thread_id",
        "message_id",
    ),
    "modify_message_request:ModifyMessageRequest",
    "message_object:MessageObject",
    False,
)
DELETE_MESSAGE = Operation(
    "delete_message",
    "DELETE",
    "/threads/{thread_id}/messages/{message_id}",
    (
        "thread_id",
        "message_id",
    ),
    None,
    "delete_message_response:DeleteMessageResponse",
    False,
)
LIST_MESSAGE_FILES = Operation(
    "list_message_files",
    "GET",
    "/threads/{thread_id}/messages/{message_id}/files",
    (
        "thread_id",
        "message_id",
    ),
    None,
    "list_message_files_response:ListMessageFilesResponse",
    False,
)
GET_MESSAGE_FILE = Operation(
    "get_message_file",
    "GET",
    "/threads/{thread_id}/messages/{message_id}/files/{file_id}",
    (
        "thread_id",
        "message_id",
        "file_id",
    ),
    None,
    "message_file_object:MessageFileObject",
    False,
)
LIST_RUN_STEPS = Operation(
    "list_run_steps",
    "GET",
    "/threads/{thread_id}/runs/{run_id}/steps",
    (
        "thread_id",
        "run_id",
    ),
    None,
    "list_run_steps_response:ListRunStepsResponse",
    False,
)
GET_RUN_STEP = Operation(
    "get_run_step",
    "GET",
    "/threads/{thread_id}/runs/{run_id}/steps/{step_id}",
    (
        "thread_id",
        "run_id",
        "step_id",
    ),
    None,
    "run_step_object:RunStepObject",
    False,
)
LIST_RUNS = Operation(
    "list_runs",
    "GET",
    "/threads/{thread_id}/runs",
    ("thread_id",),
    None,
    "list_runs_response:ListRunsResponse",
    False,
)
CREATE_RUN = Operation(
    "create_run",
    "POST",
    "/threads/{thread_id}/runs",
    ("thread_id",),
    "create_run_request:CreateRunRequest",
    "run_object:RunObject",
    True,
)
GET_RUN = Operation(
    "get_run",
    "GET",
    "/threads/{thread_id}/runs/{run_id}",
    (
        "thread_id",
        "run_id",
    ),
    None,
    "run_object:RunObject",
    False,
)
MODIFY_RUN = Operation(
    "modify_run",
    "POST",
    "/threads/{thread_id}/runs/{run_id}",
    (
        "thread_id",
        "run_id",
    ),
    "modify_run_request:ModifyRunRequest",
    "run_object:RunObject",
    False,
)
CANCEL_RUN = Operation(
    "cancel_run",
    "POST",
    "/threads/{thread_id}/runs/{run_id}/cancel",
    (
        "thread_id",
        "run_id",
    ),
    None,
    "run_object:RunObject",
    False,
)
SUBMIT_TOOL_OUTPUTS_TO_RUN = Operation(
    "submit_tool_outputs_to_run",
    "POST",
    "/threads/{thread_id}/runs/{run_id}/submit_tool_outputs",
    (
        "thread_id",
        "run_id",
    ),
    "submit_tool_outputs_run_request:SubmitToolOutputsRunRequest",
    "run_object:RunObject",
    True,
)
LIST_THREADS = Operation(
    "list_threads",
    "GET",
    "/threads",
    (),
    None,
    "list_threads_response:ListThreadsResponse",
    False,
)
CREATE_THREAD = Operation(
    "create_thread",
    "POST",
    "/threads",
    (),
    "create_thread_request:CreateThreadRequest",
    "thread_object:ThreadObject",
    False,
)
CREATE_THREAD_AND_RUN = Operation(
    "create_thread_and_run",
    "POST",
    "/threads/runs",
    (),
    "create_thread_and_run_request:CreateThreadAndRunRequest",
    "run_object:RunObject",
    True,
)
GET_THREAD = Operation(
    "get_thread",
    "GET",
    "/threads/{thread_id}",
    ("thread_id",),
    None,
    "thread_object:ThreadObject",
    False,
)
MODIFY_THREAD = Operation(
    "modify_thread",
    "POST",
    "/threads/{thread_id}",
    ("thread_id",),
    "modify_thread_request:ModifyThreadRequest",
    "thread_object:ThreadObject",
    False,
)
DELETE_THREAD = Operation(
    "delete_thread",
    "DELETE",
    "/threads/{thread_id}",
    ("thread_id",),
    None,
    "delete_thread_response:DeleteThreadResponse",
    False,
)

OPERATIONS: dict[str, Operation] = {
    "list_assistants": LIST_ASSISTANTS,
    "create_assistant": CREATE_ASSISTANT,
    "get_assistant": GET_ASSISTANT,
    "modify_assistant": MODIFY_ASSISTANT,
    "delete_assistant": DELETE_ASSISTANT,
    "list_assistant_files": LIST_ASSISTANT_FILES,
    "create_assistant_file": CREATE_ASSISTANT_FILE,
    "get_assistant_file": GET_ASSISTANT_FILE,
    "delete_assistant_file": DELETE_ASSISTANT_FILE,
    "list_messages": LIST_MESSAGES,
    "create_message": CREATE_MESSAGE,
    "get_message": GET_MESSAGE,
    "modify_message": MODIFY_MESSAGE,
    "delete_message": DELETE_MESSAGE,
    "list_message_files": LIST_MESSAGE_FILES,
    "get_message_file": GET_MESSAGE_FILE,
    "list_run_steps": LIST_RUN_STEPS,
    "get_run_step": GET_RUN_STEP,
    "list_runs": LIST_RUNS,
    "create_run": CREATE_RUN,
    "get_run": GET_RUN,
    "modify_run": MODIFY_RUN,
    "cancel_run": CANCEL_RUN,
    "submit_tool_outputs_to_run": SUBMIT_TOOL_OUTPUTS_TO_RUN,
    "list_threads": LIST_THREADS,
    "create_thread": CREATE_THREAD,
    "create_thread_and_run": CREATE_THREAD_AND_RUN,
    "get_thread": GET_THREAD,
    "modify_thread": MODIFY_THREAD,
    "delete_thread": DELETE_THREAD,
    "submit_tool_ouputs_to_run": SUBMIT_TOOL_OUTPUTS_TO_RUN,
}
"""Every operation by its function name (old spellings included)."""

STREAM_EVENTS: dict[str, str | None] = {
    "done": None,
    "error": "error_object:ErrorObject",
    "thread.message.delta": "message_delta_object:MessageDeltaObject",
    "thread.message.created": "message_object:MessageObject",
    "thread.message.in_progress": "message_object:MessageObject",
    "thread.message.completed": "message_object:MessageObject",
    "thread.message.incomplete": "message_object:MessageObject",
    "thread.run.step.delta": "run_step_delta_object:RunStepDeltaObject",
    "thread.run.step.created": "run_step_object:RunStepObject",
    "thread.run.step.in_progress": "run_step_object:RunStepObject",
    "thread.run.step.completed": "run_step_object:RunStepObject",
    "thread.run.step.failed": "run_step_object:RunStepObject",
    "thread.run.step.cancelled": "run_step_object:RunStepObject",
    "thread.run.step.expired": "run_step_object:RunStepObject",
    "thread.run.created": "run_object:RunObject",
    "thread.run.queued": "run_object:RunObject",
    "thread.run.in_progress": "run_object:RunObject",
    "thread.run.requires_action": "run_object:RunObject",
    "thread.run.completed": "run_object:RunObject",
    "thread.run.incomplete": "run_object:RunObject",
    "thread.run.failed": "run_object:RunObject",
    "thread.run.cancelling": "run_object:RunObject",
    "thread.run.cancelled": "run_object:RunObject",
    "thread.run.expired": "run_object:RunObject",
    "thread.created": "thread_object:ThreadObject",
}
"""The model of each streaming event's `data`, by event name ("module:Class"; None: not JSON)."""


# Typed stream events: one class per event name of the spec's `*StreamEvent` components, so that
# comparing `event.event` with a literal (`==` or `match`/`case`) narrows `event.data` to its model.


class BaseEvent:
    """What every stream event has: its name (`event`) and its payload (`data`)."""

    __slots__ = ("data", "event")

    event: str
    data: Any

    def __init__(self, event: str, data: Any) -> None:
        self.event = event
        self.data = data

    def __iter__(self) -> Iterator[Any]:
        return iter((self.event, self.data))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, BaseEvent)
            and type(other) is type(self)
            and (self.event, self.data) == (other.event, other.data)
        )

    def __hash__(self) -> int:
        return hash(self.event)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.event!r}, {type(self.data).__name__})"


class DoneEvent(BaseEvent):
    """`done`: The end-of-stream marker; `data` is the literal string `[DONE]`."""

    __slots__ = ()

    event: Literal["done"]
    data: str


class ErrorEvent(BaseEvent):
    """`error`: An error event; `data` describes the error."""

    __slots__ = ()

    event: Literal["error"]
    data: ErrorObject


class ThreadMessageDeltaEvent(BaseEvent):
    """`thread.message.delta`: A message delta event; `data` is the change."""

    __slots__ = ()

    event: Literal["thread.message.delta"]
    data: MessageDeltaObject


class ThreadMessageCreatedEvent(BaseEvent):
    """`thread.message.created`: A message life-cycle event; `data` is the message in its new state."""

    __slots__ = ()

    event: Literal["thread.message.created"]
    data: MessageObject


class ThreadMessageInProgressEvent(BaseEvent):
    """`thread.message.in_progress`: A message life-cycle event; `data` is the message in its new state."""

    __slots__ = ()

    event: Literal["thread.message.in_progress"]
    data: MessageObject


class ThreadMessageCompletedEvent(BaseEvent):
    """`thread.message.completed`: A message life-cycle event; `data` is the message in its new state."""

    __slots__ = ()

    event: Literal["thread.message.completed"]
    data: MessageObject


class ThreadMessageIncompleteEvent(BaseEvent):
    """`thread.message.incomplete`: A message life-cycle event; `data` is the message in its new state."""

    __slots__ = ()

    event: Literal["thread.message.incomplete"]
    data: MessageObject


class ThreadRunStepDeltaEvent(BaseEvent):
    """`thread.run.step.delta`: A run step delta event; `data` is the change."""

    __slots__ = ()

    event: Literal["thread.run.step.delta"]
    data: RunStepDeltaObject


class ThreadRunStepCreatedEvent(BaseEvent):
    """`thread.run.step.created`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.created"]
    data: RunStepObject


class ThreadRunStepInProgressEvent(BaseEvent):
    """`thread.run.step.in_progress`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.in_progress"]
    data: RunStepObject


class ThreadRunStepCompletedEvent(BaseEvent):
    """`thread.run.step.completed`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.completed"]
    data: RunStepObject


class ThreadRunStepFailedEvent(BaseEvent):
    """`thread.run.step.failed`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.failed"]
    data: RunStepObject


class ThreadRunStepCancelledEvent(BaseEvent):
    """`thread.run.step.cancelled`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.cancelled"]
    data: RunStepObject


class ThreadRunStepExpiredEvent(BaseEvent):
    """`thread.run.step.expired`: A run step life-cycle event; `data` is the step in its new state."""

    __slots__ = ()

    event: Literal["thread.run.step.expired"]
    data: RunStepObject


class ThreadRunCreatedEvent(BaseEvent):
    """`thread.run.created`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.created"]
    data: RunObject


class ThreadRunQueuedEvent(BaseEvent):
    """`thread.run.queued`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.queued"]
    data: RunObject


class ThreadRunInProgressEvent(BaseEvent):
    """`thread.run.in_progress`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.in_progress"]
    data: RunObject


class ThreadRunRequiresActionEvent(BaseEvent):
    """`thread.run.requires_action`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.requires_action"]
    data: RunObject


class ThreadRunCompletedEvent(BaseEvent):
    """`thread.run.completed`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.completed"]
    data: RunObject


class ThreadRunIncompleteEvent(BaseEvent):
    """`thread.run.incomplete`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.incomplete"]
    data: RunObject


class ThreadRunFailedEvent(BaseEvent):
    """`thread.run.failed`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.failed"]
    data: RunObject


class ThreadRunCancellingEvent(BaseEvent):
    """`thread.run.cancelling`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.cancelling"]
    data: RunObject


class ThreadRunCancelledEvent(BaseEvent):
    """`thread.run.cancelled`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.cancelled"]
    data: RunObject


class ThreadRunExpiredEvent(BaseEvent):
    """`thread.run.expired`: A run life-cycle event; `data` is the run in its new state."""

    __slots__ = ()

    event: Literal["thread.run.expired"]
    data: RunObject


class ThreadCreatedEvent(BaseEvent):
    """`thread.created`: A thread event; `data` is the thread."""

    __slots__ = ()

    event: Literal["thread.created"]
    data: ThreadObject


class UnknownEvent(BaseEvent):
    """An event the client could not type; its `event` is always "unknown".

    Either the spec does not name it (a newer host's event, a keep-alive), or, in tolerant mode,
    its data did not decode as the spec's model. `name` is the event name as sent, `data` the
    parsed JSON (or the text, when it is not JSON) and `reason` says why it is here. Keeping the
    tag a literal of its own keeps narrowing on `event.event` intact for every known event."""

    __slots__ = ("name", "reason")

    event: Literal["unknown"]
    data: Any

    def __init__(self, name: str, data: Any, reason: str) -> None:
        super().__init__("unknown", data)
        self.name = name
        self.reason = reason

    def __repr__(self) -> str:
        return f"UnknownEvent({self.name!r}, {type(self.data).__name__}, reason={self.reason!r})"


StreamEvent: TypeAlias = (
    DoneEvent
    | ErrorEvent
    | ThreadMessageDeltaEvent
    | ThreadMessageCreatedEvent
    | ThreadMessageInProgressEvent
    | ThreadMessageCompletedEvent
    | ThreadMessageIncompleteEvent
    | ThreadRunStepDeltaEvent
    | ThreadRunStepCreatedEvent
    | ThreadRunStepInProgressEvent
    | ThreadRunStepCompletedEvent
    | ThreadRunStepFailedEvent
    | ThreadRunStepCancelledEvent
    | ThreadRunStepExpiredEvent
    | ThreadRunCreatedEvent
    | ThreadRunQueuedEvent
    | ThreadRunInProgressEvent
    | ThreadRunRequiresActionEvent
    | ThreadRunCompletedEvent
    | ThreadRunIncompleteEvent
    | ThreadRunFailedEvent
    | ThreadRunCancellingEvent
    | ThreadRunCancelledEvent
    | ThreadRunExpiredEvent
    | ThreadCreatedEvent
    | UnknownEvent
)
"""Any event of a stream: compare `event.event` with a name to narrow it to its class."""

EVENT_CLASSES: dict[str, type[BaseEvent]] = {
    "done": DoneEvent,
    "error": ErrorEvent,
    "thread.message.delta": ThreadMessageDeltaEvent,
    "thread.message.created": ThreadMessageCreatedEvent,
    "thread.message.in_progress": ThreadMessageInProgressEvent,
    "thread.message.completed": ThreadMessageCompletedEvent,
    "thread.message.incomplete": ThreadMessageIncompleteEvent,
    "thread.run.step.delta": ThreadRunStepDeltaEvent,
    "thread.run.step.created": ThreadRunStepCreatedEvent,
    "thread.run.step.in_progress": ThreadRunStepInProgressEvent,
    "thread.run.step.completed": ThreadRunStepCompletedEvent,
    "thread.run.step.failed": ThreadRunStepFailedEvent,
    "thread.run.step.cancelled": ThreadRunStepCancelledEvent,
    "thread.run.step.expired": ThreadRunStepExpiredEvent,
    "thread.run.created": ThreadRunCreatedEvent,
    "thread.run.queued": ThreadRunQueuedEvent,
    "thread.run.in_progress": ThreadRunInProgressEvent,
    "thread.run.requires_action": ThreadRunRequiresActionEvent,
    "thread.run.completed": ThreadRunCompletedEvent,
    "thread.run.incomplete": ThreadRunIncompleteEvent,
    "thread.run.failed": ThreadRunFailedEvent,
    "thread.run.cancelling": ThreadRunCancellingEvent,
    "thread.run.cancelled": ThreadRunCancelledEvent,
    "thread.run.expired": ThreadRunExpiredEvent,
    "thread.created": ThreadCreatedEvent,
}
"""The event class of each event name the spec knows."""


@runtime_checkable
class Paginator(Protocol[_T_co, _P_co]):
    """Every item of a list operation across pages; `.pages()` gives the pages themselves."""

    def __iter__(self) -> Iterator[_T_co]: ...
    def pages(self) -> Iterator[_P_co]: ...


@runtime_checkable
class AsyncPaginator(Protocol[_T_co, _P_co]):
    """`async for` over every item; `await` gives the first page; `.pages()` every page."""

    def __aiter__(self) -> AsyncIterator[_T_co]: ...
    def pages(self) -> AsyncIterator[_P_co]: ...
    def __await__(self) -> Generator[Any, None, _P_co]: ...


class RawResponse(Protocol[_T_co]):
    """An HTTP answer with its decoded model a call away."""

    @property
    def http_response(self) -> httpx2.Response: ...
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx2.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    def parse(self) -> _T_co: ...


# Flat functions: the generated client in, the decoded model out.


def list_assistants(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListAssistantsResponse:
    """List assistants

    Returns one page of the organization's assistants.

    Returns the decoded ListAssistantsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListAssistantsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_ASSISTANTS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListAssistantsResponse", parse_response(LIST_ASSISTANTS, send(client, request), client))


async def list_assistants_async(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListAssistantsResponse:
    """List assistants

    Returns one page of the organization's assistants.

    Returns the decoded ListAssistantsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListAssistantsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_ASSISTANTS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListAssistantsResponse", parse_response(LIST_ASSISTANTS, response, client))


def create_assistant(
    body: CreateAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Create an assistant

    Creates a new assistant from a model, optional instructions and a set of tools.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_ASSISTANT, (), body, None)
    return cast("AssistantObject", parse_response(CREATE_ASSISTANT, send(client, request), client))


async def create_assistant_async(
    body: CreateAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Create an assistant

    Creates a new assistant from a model, optional instructions and a set of tools.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_ASSISTANT, (), body, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(CREATE_ASSISTANT, response, client))


def get_assistant(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Retrieve an assistant

    Fetches a single assistant by its ID.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(GET_ASSISTANT, (assistant_id,), None, None)
    return cast("AssistantObject", parse_response(GET_ASSISTANT, send(client, request), client))


async def get_assistant_async(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Retrieve an assistant

    Fetches a single assistant by its ID.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(GET_ASSISTANT, (assistant_id,), None, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(GET_ASSISTANT, response, client))


def modify_assistant(
    assistant_id: str,
    body: ModifyAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Modify an assistant

    Changes the given fields of an assistant; fields left out keep their value.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(MODIFY_ASSISTANT, (assistant_id,), body, None)
    return cast("AssistantObject", parse_response(MODIFY_ASSISTANT, send(client, request), client))


async def modify_assistant_async(
    assistant_id: str,
    body: ModifyAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject:
    """Modify an assistant

    Changes the given fields of an assistant; fields left out keep their value.

    Returns the decoded AssistantObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantObject; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(MODIFY_ASSISTANT, (assistant_id,), body, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(MODIFY_ASSISTANT, response, client))


def delete_assistant(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantResponse:
    """Delete an assistant

    Removes an assistant permanently.

    Returns the decoded DeleteAssistantResponse; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteAssistantResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(DELETE_ASSISTANT, (assistant_id,), None, None)
    return cast("DeleteAssistantResponse", parse_response(DELETE_ASSISTANT, send(client, request), client))


async def delete_assistant_async(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantResponse:
    """Delete an assistant

    Removes an assistant permanently.

    Returns the decoded DeleteAssistantResponse; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteAssistantResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(DELETE_ASSISTANT, (assistant_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteAssistantResponse", parse_response(DELETE_ASSISTANT, response, client))


def list_assistant_files(
    assistant_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListAssistantFilesResponse:
    """List an assistant's files (first beta)

    Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListAssistantFilesResponse (one page: pass its `last_id` as `after=`
    for the next); `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListAssistantFilesResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_ASSISTANT_FILES,
        (assistant_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListAssistantFilesResponse", parse_response(LIST_ASSISTANT_FILES, send(client, request), client))


async def list_assistant_files_async(
    assistant_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListAssistantFilesResponse:
    """List an assistant's files (first beta)

    Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListAssistantFilesResponse (one page: pass its `last_id` as `after=`
    for the next); `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListAssistantFilesResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_ASSISTANT_FILES,
        (assistant_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListAssistantFilesResponse", parse_response(LIST_ASSISTANT_FILES, response, client))


def create_assistant_file(
    assistant_id: str,
    body: CreateAssistantFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFileObject:
    """Attach a file to an assistant (first beta)

    Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Returns the decoded AssistantFileObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_ASSISTANT_FILE, (assistant_id,), body, None)
    return cast("AssistantFileObject", parse_response(CREATE_ASSISTANT_FILE, send(client, request), client))


async def create_assistant_file_async(
    assistant_id: str,
    body: CreateAssistantFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFileObject:
    """Attach a file to an assistant (first beta)

    Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Returns the decoded AssistantFileObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_ASSISTANT_FILE, (assistant_id,), body, None)
    response = await send_async(client, request)
    return cast("AssistantFileObject", parse_response(CREATE_ASSISTANT_FILE, response, client))


def get_assistant_file(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFileObject:
    """Retrieve an assistant file (first beta)

    Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded AssistantFileObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("AssistantFileObject", parse_response(GET_ASSISTANT_FILE, send(client, request), client))


async def get_assistant_file_async(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantFileObject:
    """Retrieve an assistant file (first beta)

    Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded AssistantFileObject; `client.strict` selects strict decoding.

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            AssistantFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("AssistantFileObject", parse_response(GET_ASSISTANT_FILE, response, client))


def delete_assistant_file(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantFileResponse:
    """Detach a file from an assistant (first beta)

    Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded DeleteAssistantFileResponse; `client.strict` selects strict
    decoding.

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteAssistantFileResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        DELETE_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("DeleteAssistantFileResponse", parse_response(DELETE_ASSISTANT_FILE, send(client, request), client))


async def delete_assistant_file_async(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantFileResponse:
    """Detach a file from an assistant (first beta)

    Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded DeleteAssistantFileResponse; `client.strict` selects strict
    decoding.

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteAssistantFileResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        DELETE_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("DeleteAssistantFileResponse", parse_response(DELETE_ASSISTANT_FILE, response, client))


def list_messages(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    run_id: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListMessagesResponse:
    """List the messages of a thread

    Returns one page of a thread's messages, optionally only those produced by one run.

    Returns the decoded ListMessagesResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        run_id: Only the messages that this run created.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListMessagesResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_MESSAGES,
        (thread_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "run_id": run_id,
        },
    )
    return cast("ListMessagesResponse", parse_response(LIST_MESSAGES, send(client, request), client))


async def list_messages_async(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    run_id: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListMessagesResponse:
    """List the messages of a thread

    Returns one page of a thread's messages, optionally only those produced by one run.

    Returns the decoded ListMessagesResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        run_id: Only the messages that this run created.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListMessagesResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_MESSAGES,
        (thread_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "run_id": run_id,
        },
    )
    response = await send_async(client, request)
    return cast("ListMessagesResponse", parse_response(LIST_MESSAGES, response, client))


def create_message(
    thread_id: str,
    body: CreateMessageRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Add a message to a thread

    Appends a new message to the thread.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_MESSAGE, (thread_id,), body, None)
    return cast("MessageObject", parse_response(CREATE_MESSAGE, send(client, request), client))


async def create_message_async(
    thread_id: str,
    body: CreateMessageRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Add a message to a thread

    Appends a new message to the thread.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_MESSAGE, (thread_id,), body, None)
    response = await send_async(client, request)
    return cast("MessageObject", parse_response(CREATE_MESSAGE, response, client))


def get_message(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Retrieve a message

    Fetches a single message of a thread.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        None,
        None,
    )
    return cast("MessageObject", parse_response(GET_MESSAGE, send(client, request), client))


async def get_message_async(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Retrieve a message

    Fetches a single message of a thread.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("MessageObject", parse_response(GET_MESSAGE, response, client))


def modify_message(
    thread_id: str,
    message_id: str,
    body: ModifyMessageRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Modify a message

    Updates the metadata of a message; its content cannot be changed.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        MODIFY_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        body,
        None,
    )
    return cast("MessageObject", parse_response(MODIFY_MESSAGE, send(client, request), client))


async def modify_message_async(
    thread_id: str,
    message_id: str,
    body: ModifyMessageRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> MessageObject:
    """Modify a message

    Updates the metadata of a message; its content cannot be changed.

    Returns the decoded MessageObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as MessageObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        MODIFY_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        body,
        None,
    )
    response = await send_async(client, request)
    return cast("MessageObject", parse_response(MODIFY_MESSAGE, response, client))


def delete_message(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteMessageResponse:
    """Delete a message

    Removes a message from its thread.

    Returns the decoded DeleteMessageResponse; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteMessageResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        DELETE_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        None,
        None,
    )
    return cast("DeleteMessageResponse", parse_response(DELETE_MESSAGE, send(client, request), client))


async def delete_message_async(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteMessageResponse:
    """Delete a message

    Removes a message from its thread.

    Returns the decoded DeleteMessageResponse; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteMessageResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        DELETE_MESSAGE,
        (
            thread_id,
            message_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("DeleteMessageResponse", parse_response(DELETE_MESSAGE, response, client))


def list_message_files(
    thread_id: str,
    message_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListMessageFilesResponse:
    """List a message's files (first beta)

    Returns one page of the files linked to a message. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListMessageFilesResponse (one page: pass its `last_id` as `after=`
    for the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListMessageFilesResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_MESSAGE_FILES,
        (
            thread_id,
            message_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListMessageFilesResponse", parse_response(LIST_MESSAGE_FILES, send(client, request), client))


async def list_message_files_async(
    thread_id: str,
    message_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListMessageFilesResponse:
    """List a message's files (first beta)

    Returns one page of the files linked to a message. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListMessageFilesResponse (one page: pass its `last_id` as `after=`
    for the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListMessageFilesResponse; with `client.strict`, any value the spec does not
            allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_MESSAGE_FILES,
        (
            thread_id,
            message_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListMessageFilesResponse", parse_response(LIST_MESSAGE_FILES, response, client))


def get_message_file(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageFileObject:
    """Retrieve a message file (first beta)

    Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded MessageFileObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            MessageFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_MESSAGE_FILE,
        (
            thread_id,
            message_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("MessageFileObject", parse_response(GET_MESSAGE_FILE, send(client, request), client))


async def get_message_file_async(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> MessageFileObject:
    """Retrieve a message file (first beta)

    Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded MessageFileObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            MessageFileObject; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_MESSAGE_FILE,
        (
            thread_id,
            message_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("MessageFileObject", parse_response(GET_MESSAGE_FILE, response, client))


def list_run_steps(
    thread_id: str,
    run_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> ListRunStepsResponse:
    """List the steps of a run

    Returns one page of the steps a run has taken.

    Returns the decoded ListRunStepsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListRunStepsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_RUN_STEPS,
        (
            thread_id,
            run_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "include[]": include,
        },
    )
    return cast("ListRunStepsResponse", parse_response(LIST_RUN_STEPS, send(client, request), client))


async def list_run_steps_async(
    thread_id: str,
    run_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> ListRunStepsResponse:
    """List the steps of a run

    Returns one page of the steps a run has taken.

    Returns the decoded ListRunStepsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListRunStepsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_RUN_STEPS,
        (
            thread_id,
            run_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "include[]": include,
        },
    )
    response = await send_async(client, request)
    return cast("ListRunStepsResponse", parse_response(LIST_RUN_STEPS, response, client))


def get_run_step(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> RunStepObject:
    """Retrieve a run step

    Fetches one step of a run.

    Returns the decoded RunStepObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        step_id: ID of the run step.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunStepObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_RUN_STEP,
        (
            thread_id,
            run_id,
            step_id,
        ),
        None,
        {
            "include[]": include,
        },
    )
    return cast("RunStepObject", parse_response(GET_RUN_STEP, send(client, request), client))


async def get_run_step_async(
    thread_id: str,
    run_id: str,
    step_id: str,
    *,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> RunStepObject:
    """Retrieve a run step

    Fetches one step of a run.

    Returns the decoded RunStepObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        step_id: ID of the run step.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunStepObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_RUN_STEP,
        (
            thread_id,
            run_id,
            step_id,
        ),
        None,
        {
            "include[]": include,
        },
    )
    response = await send_async(client, request)
    return cast("RunStepObject", parse_response(GET_RUN_STEP, response, client))


def list_runs(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListRunsResponse:
    """List the runs of a thread

    Returns one page of the runs started on a thread.

    Returns the decoded ListRunsResponse (one page: pass its `last_id` as `after=` for the
    next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListRunsResponse; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_RUNS,
        (thread_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListRunsResponse", parse_response(LIST_RUNS, send(client, request), client))


async def list_runs_async(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListRunsResponse:
    """List the runs of a thread

    Returns one page of the runs started on a thread.

    Returns the decoded ListRunsResponse (one page: pass its `last_id` as `after=` for the
    next); `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListRunsResponse; with `client.strict`, any value the spec does not allow, named
            by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_RUNS,
        (thread_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListRunsResponse", parse_response(LIST_RUNS, response, client))


def create_run(
    thread_id: str,
    body: CreateRunRequest | Mapping[str, Any],
    *,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Start a run

    Starts a run of an assistant on an existing thread. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateRunRequest, or a mapping with the same JSON field
            names.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        CREATE_RUN,
        (thread_id,),
        body,
        {
            "include[]": include,
        },
    )
    return cast("RunObject", parse_response(CREATE_RUN, send(client, request), client))


async def create_run_async(
    thread_id: str,
    body: CreateRunRequest | Mapping[str, Any],
    *,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Start a run

    Starts a run of an assistant on an existing thread. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateRunRequest, or a mapping with the same JSON field
            names.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        CREATE_RUN,
        (thread_id,),
        body,
        {
            "include[]": include,
        },
    )
    response = await send_async(client, request)
    return cast("RunObject", parse_response(CREATE_RUN, response, client))


def get_run(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Retrieve a run

    Fetches the current state of a run.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_RUN,
        (
            thread_id,
            run_id,
        ),
        None,
        None,
    )
    return cast("RunObject", parse_response(GET_RUN, send(client, request), client))


async def get_run_async(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Retrieve a run

    Fetches the current state of a run.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        GET_RUN,
        (
            thread_id,
            run_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("RunObject", parse_response(GET_RUN, response, client))


def modify_run(
    thread_id: str,
    run_id: str,
    body: ModifyRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Modify a run

    Updates the metadata of a run.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a ModifyRunRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        MODIFY_RUN,
        (
            thread_id,
            run_id,
        ),
        body,
        None,
    )
    return cast("RunObject", parse_response(MODIFY_RUN, send(client, request), client))


async def modify_run_async(
    thread_id: str,
    run_id: str,
    body: ModifyRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Modify a run

    Updates the metadata of a run.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a ModifyRunRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        MODIFY_RUN,
        (
            thread_id,
            run_id,
        ),
        body,
        None,
    )
    response = await send_async(client, request)
    return cast("RunObject", parse_response(MODIFY_RUN, response, client))


def cancel_run(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Cancel a run

    Asks the server to stop a run that has not finished yet. The run moves
    to `cancelling` and later to `cancelled`.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        CANCEL_RUN,
        (
            thread_id,
            run_id,
        ),
        None,
        None,
    )
    return cast("RunObject", parse_response(CANCEL_RUN, send(client, request), client))


async def cancel_run_async(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Cancel a run

    Asks the server to stop a run that has not finished yet. The run moves
    to `cancelling` and later to `cancelled`.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        CANCEL_RUN,
        (
            thread_id,
            run_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("RunObject", parse_response(CANCEL_RUN, response, client))


def submit_tool_outputs_to_run(
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputsRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Submit tool outputs to a run

    Hands the results of the function calls back to a run whose status is
    `requires_action` (with `required_action.type` = `submit_tool_outputs`).
    The outputs of all pending calls go in one request. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
            JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        SUBMIT_TOOL_OUTPUTS_TO_RUN,
        (
            thread_id,
            run_id,
        ),
        body,
        None,
    )
    return cast("RunObject", parse_response(SUBMIT_TOOL_OUTPUTS_TO_RUN, send(client, request), client))


async def submit_tool_outputs_to_run_async(
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputsRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Submit tool outputs to a run

    Hands the results of the function calls back to a run whose status is
    `requires_action` (with `required_action.type` = `submit_tool_outputs`).
    The outputs of all pending calls go in one request. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
            JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        SUBMIT_TOOL_OUTPUTS_TO_RUN,
        (
            thread_id,
            run_id,
        ),
        body,
        None,
    )
    response = await send_async(client, request)
    return cast("RunObject", parse_response(SUBMIT_TOOL_OUTPUTS_TO_RUN, response, client))


submit_tool_ouputs_to_run = submit_tool_outputs_to_run
submit_tool_ouputs_to_run_async = submit_tool_outputs_to_run_async


def list_threads(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListThreadsResponse:
    """List threads

    Returns one page of the threads of the project, cursor paginated like
    the other lists. This operation is an extension of the Azure AI Foundry
    Agent Service: the OpenAI API has no way to list threads, and a host
    without the extension answers 404.

    Returns the decoded ListThreadsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListThreadsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_THREADS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListThreadsResponse", parse_response(LIST_THREADS, send(client, request), client))


async def list_threads_async(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | Client,
) -> ListThreadsResponse:
    """List threads

    Returns one page of the threads of the project, cursor paginated like
    the other lists. This operation is an extension of the Azure AI Foundry
    Agent Service: the OpenAI API has no way to list threads, and a host
    without the extension answers 404.

    Returns the decoded ListThreadsResponse (one page: pass its `last_id` as `after=` for
    the next); `client.strict` selects strict decoding.

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            ListThreadsResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(
        LIST_THREADS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListThreadsResponse", parse_response(LIST_THREADS, response, client))


def create_thread(
    body: CreateThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Create a thread

    Starts a new thread, optionally seeded with messages and tool resources.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_THREAD, (), body, None)
    return cast("ThreadObject", parse_response(CREATE_THREAD, send(client, request), client))


async def create_thread_async(
    body: CreateThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Create a thread

    Starts a new thread, optionally seeded with messages and tool resources.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_THREAD, (), body, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(CREATE_THREAD, response, client))


def create_thread_and_run(
    body: CreateThreadAndRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Create a thread and start a run on it

    Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_THREAD_AND_RUN, (), body, None)
    return cast("RunObject", parse_response(CREATE_THREAD_AND_RUN, send(client, request), client))


async def create_thread_and_run_async(
    body: CreateThreadAndRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> RunObject:
    """Create a thread and start a run on it

    Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Returns the decoded RunObject; `client.strict` selects strict decoding.

    Args:
        body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as RunObject; with
            `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(CREATE_THREAD_AND_RUN, (), body, None)
    response = await send_async(client, request)
    return cast("RunObject", parse_response(CREATE_THREAD_AND_RUN, response, client))


def get_thread(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Retrieve a thread

    Fetches a single thread by its ID.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(GET_THREAD, (thread_id,), None, None)
    return cast("ThreadObject", parse_response(GET_THREAD, send(client, request), client))


async def get_thread_async(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Retrieve a thread

    Fetches a single thread by its ID.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(GET_THREAD, (thread_id,), None, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(GET_THREAD, response, client))


def modify_thread(
    thread_id: str,
    body: ModifyThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Modify a thread

    Updates the tool resources and/or metadata of a thread.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(MODIFY_THREAD, (thread_id,), body, None)
    return cast("ThreadObject", parse_response(MODIFY_THREAD, send(client, request), client))


async def modify_thread_async(
    thread_id: str,
    body: ModifyThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | Client,
) -> ThreadObject:
    """Modify a thread

    Updates the tool resources and/or metadata of a thread.

    Returns the decoded ThreadObject; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as ThreadObject;
            with `client.strict`, any value the spec does not allow, named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(MODIFY_THREAD, (thread_id,), body, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(MODIFY_THREAD, response, client))


def delete_thread(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteThreadResponse:
    """Delete a thread

    Removes a thread and its messages permanently.

    Returns the decoded DeleteThreadResponse; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteThreadResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(DELETE_THREAD, (thread_id,), None, None)
    return cast("DeleteThreadResponse", parse_response(DELETE_THREAD, send(client, request), client))


async def delete_thread_async(
    thread_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteThreadResponse:
    """Delete a thread

    Removes a thread and its messages permanently.

    Returns the decoded DeleteThreadResponse; `client.strict` selects strict decoding.

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.

    Options:
        - `timeout`: the `client`'s own (`client.with_timeout(...)` for a copy with
            another).
        - `max_retries`: none here: each call is one attempt (the facade's `Client`
            retries).
        - `extra_headers`: `client.with_headers({...})` gives a copy that also sends
            them.
        - `extra_query`: `AuthenticatedClient(..., httpx_args={"params": {...}})` adds
            query parameters to every call.

    Raises:
        APIStatusError: A non-2xx answer, as its subclass for the status
            (`NotFoundError` for 404, `BadRequestError`, `AuthenticationError`,
            `RateLimitError`, `InternalServerError`, ...), with `.status_code`, `.type`,
            `.code`, `.param` and `.request_id` from the error envelope.
        APIResponseValidationError: A 2xx answer that does not decode as
            DeleteThreadResponse; with `client.strict`, any value the spec does not allow,
            named by its JSON path.
        APIConnectionError: No answer (refused, reset, dropped); `APITimeoutError` when
            it timed out.
    """

    request = build_request(DELETE_THREAD, (thread_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteThreadResponse", parse_response(DELETE_THREAD, response, client))


class Options:
    """Per-call settings: each left at its default takes the client's own."""

    __slots__ = ("deadline", "extra_headers", "extra_query", "max_response_bytes", "max_retries", "timeout")

    def __init__(
        self,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.extra_headers = extra_headers
        self.extra_query = extra_query
        self.deadline = deadline
        """Seconds for the whole call, retries and waits included (None: no deadline)."""
        self.max_response_bytes = max_response_bytes
        """The largest answer accepted, counted after decompression."""


class SyncOperations:
    """One typed method per operation; a client subclass supplies `_call` and `_paginate`."""

    __slots__ = ()

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        raise NotImplementedError

    def _paginate(self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options) -> Any:
        raise NotImplementedError

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[AssistantObject, ListAssistantsResponse]:
        """List assistants

        Lists the organization's assistants.

        Returns a lazy paginator over every AssistantObject of every page, not one page:
        iterating fetches a page (`limit` items) only when the previous one is used up.
        `.pages()` gives the whole ListAssistantsResponse pages (`data`, `first_id`, `last_id`,
        `has_more`), for checkpointing. With `after=` (or no cursor) both follow `order`;
        `before=` alone walks backwards: items come nearest the cursor first (newest first for
        `order="asc"`), while each page keeps the API's own order. Errors are raised when a page
        is fetched, not by this call.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListAssistantsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "Paginator[AssistantObject, ListAssistantsResponse]",
            self._paginate(
                LIST_ASSISTANTS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Create an assistant

        Creates a new assistant from a model, optional instructions and a set of tools.

        Returns the decoded AssistantObject.

        Args:
            body: The request: a CreateAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            self._call(
                CREATE_ASSISTANT,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Retrieve an assistant

        Fetches a single assistant by its ID.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            self._call(
                GET_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Modify an assistant

        Changes the given fields of an assistant; fields left out keep their value.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            self._call(
                MODIFY_ASSISTANT,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant

        Removes an assistant permanently.

        Returns the decoded DeleteAssistantResponse.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteAssistantResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteAssistantResponse",
            self._call(
                DELETE_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[AssistantFileObject, ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Lists the files linked to an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns a lazy paginator over every AssistantFileObject of every page, not one page:
        iterating fetches a page (`limit` items) only when the previous one is used up.
        `.pages()` gives the whole ListAssistantFilesResponse pages (`data`, `first_id`,
        `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both follow
        `order`; `before=` alone walks backwards: items come nearest the cursor first (newest
        first for `order="asc"`), while each page keeps the API's own order. Errors are raised
        when a page is fetched, not by this call.

        Args:
            assistant_id: ID of the assistant.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListAssistantFilesResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "Paginator[AssistantFileObject, ListAssistantFilesResponse]",
            self._paginate(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantFileObject:
        """Attach a file to an assistant (first beta)

        Links an uploaded file (uploaded with purpose `assistants`) to an
        assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
        the current version uses `tool_resources` instead.

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AssistantFileObject",
            self._call(
                CREATE_ASSISTANT_FILE,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantFileObject:
        """Retrieve an assistant file (first beta)

        Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AssistantFileObject",
            self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteAssistantFileResponse:
        """Detach a file from an assistant (first beta)

        Removes the link between a file and an assistant; the file itself stays.
        First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded DeleteAssistantFileResponse.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteAssistantFileResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "DeleteAssistantFileResponse",
            self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[MessageObject, ListMessagesResponse]:
        """List the messages of a thread

        Lists a thread's messages, optionally only those produced by one run.

        Returns a lazy paginator over every MessageObject of every page, not one page: iterating
        fetches a page (`limit` items) only when the previous one is used up. `.pages()` gives
        the whole ListMessagesResponse pages (`data`, `first_id`, `last_id`, `has_more`), for
        checkpointing. With `after=` (or no cursor) both follow `order`; `before=` alone walks
        backwards: items come nearest the cursor first (newest first for `order="asc"`), while
        each page keeps the API's own order. Errors are raised when a page is fetched, not by
        this call.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            run_id: Only the messages that this run created.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListMessagesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "Paginator[MessageObject, ListMessagesResponse]",
            self._paginate(
                LIST_MESSAGES,
                (thread_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "run_id": run_id,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Add a message to a thread

        Appends a new message to the thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            self._call(
                CREATE_MESSAGE,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Retrieve a message

        Fetches a single message of a thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            self._call(
                GET_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Modify a message

        Updates the metadata of a message; its content cannot be changed.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            self._call(
                MODIFY_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteMessageResponse:
        """Delete a message

        Removes a message from its thread.

        Returns the decoded DeleteMessageResponse.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteMessageResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteMessageResponse",
            self._call(
                DELETE_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_message_files(
        self,
        thread_id: str,
        message_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[MessageFileObject, ListMessageFilesResponse]:
        """List a message's files (first beta)

        Lists the files linked to a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns a lazy paginator over every MessageFileObject of every page, not one page:
        iterating fetches a page (`limit` items) only when the previous one is used up.
        `.pages()` gives the whole ListMessageFilesResponse pages (`data`, `first_id`,
        `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both follow
        `order`; `before=` alone walks backwards: items come nearest the cursor first (newest
        first for `order="asc"`), while each page keeps the API's own order. Errors are raised
        when a page is fetched, not by this call.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListMessageFilesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "Paginator[MessageFileObject, ListMessageFilesResponse]",
            self._paginate(
                LIST_MESSAGE_FILES,
                (
                    thread_id,
                    message_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageFileObject:
        """Retrieve a message file (first beta)

        Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded MessageFileObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                MessageFileObject; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "MessageFileObject",
            self._call(
                GET_MESSAGE_FILE,
                (
                    thread_id,
                    message_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[RunStepObject, ListRunStepsResponse]:
        """List the steps of a run

        Lists the steps a run has taken.

        Returns a lazy paginator over every RunStepObject of every page, not one page: iterating
        fetches a page (`limit` items) only when the previous one is used up. `.pages()` gives
        the whole ListRunStepsResponse pages (`data`, `first_id`, `last_id`, `has_more`), for
        checkpointing. With `after=` (or no cursor) both follow `order`; `before=` alone walks
        backwards: items come nearest the cursor first (newest first for `order="asc"`), while
        each page keeps the API's own order. Errors are raised when a page is fetched, not by
        this call.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListRunStepsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "Paginator[RunStepObject, ListRunStepsResponse]",
            self._paginate(
                LIST_RUN_STEPS,
                (
                    thread_id,
                    run_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunStepObject:
        """Retrieve a run step

        Fetches one step of a run.

        Returns the decoded RunStepObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            step_id: ID of the run step.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run or step (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunStepObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunStepObject",
            self._call(
                GET_RUN_STEP,
                (
                    thread_id,
                    run_id,
                    step_id,
                ),
                None,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[RunObject, ListRunsResponse]:
        """List the runs of a thread

        Lists the runs started on a thread.

        Returns a lazy paginator over every RunObject of every page, not one page: iterating
        fetches a page (`limit` items) only when the previous one is used up. `.pages()` gives
        the whole ListRunsResponse pages (`data`, `first_id`, `last_id`, `has_more`), for
        checkpointing. With `after=` (or no cursor) both follow `order`; `before=` alone walks
        backwards: items come nearest the cursor first (newest first for `order="asc"`), while
        each page keeps the API's own order. Errors are raised when a page is fetched, not by
        this call.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ListRunsResponse;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "Paginator[RunObject, ListRunsResponse]",
            self._paginate(
                LIST_RUNS,
                (thread_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Start a run

        Starts a run of an assistant on an existing thread. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_run` streams the events.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateRunRequest, or a mapping with the same JSON field
                names.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                CREATE_RUN,
                (thread_id,),
                body,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Retrieve a run

        Fetches the current state of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                GET_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Modify a run

        Updates the metadata of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a ModifyRunRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                MODIFY_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Cancel a run

        Asks the server to stop a run that has not finished yet. The run moves
        to `cancelling` and later to `cancelled`.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                CANCEL_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Submit tool outputs to a run

        Hands the results of the function calls back to a run whose status is
        `requires_action` (with `required_action.type` = `submit_tool_outputs`).
        The outputs of all pending calls go in one request. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_tool_outputs` streams the events.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
                JSON field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                SUBMIT_TOOL_OUTPUTS_TO_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> Paginator[ThreadObject, ListThreadsResponse]:
        """List threads

        Lists the threads of the project, cursor paginated like
        the other lists. This operation is an extension of the Azure AI Foundry
        Agent Service: the OpenAI API has no way to list threads, and a host
        without the extension answers 404.

        Returns a lazy paginator over every ThreadObject of every page, not one page: iterating
        fetches a page (`limit` items) only when the previous one is used up. `.pages()` gives
        the whole ListThreadsResponse pages (`data`, `first_id`, `last_id`, `has_more`), for
        checkpointing. With `after=` (or no cursor) both follow `order`; `before=` alone walks
        backwards: items come nearest the cursor first (newest first for `order="asc"`), while
        each page keeps the API's own order. Errors are raised when a page is fetched, not by
        this call.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListThreadsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "Paginator[ThreadObject, ListThreadsResponse]",
            self._paginate(
                LIST_THREADS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Create a thread

        Starts a new thread, optionally seeded with messages and tool resources.

        Returns the decoded ThreadObject.

        Args:
            body: The request: a CreateThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            self._call(
                CREATE_THREAD,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Create a thread and start a run on it

        Creates a thread and immediately starts a run of the given assistant on
        it, in a single request. With `"stream": true` the answer is an event
        stream instead of the run object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_thread_and_run` streams the events.

        Args:
            body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            self._call(
                CREATE_THREAD_AND_RUN,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Retrieve a thread

        Fetches a single thread by its ID.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            self._call(
                GET_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Modify a thread

        Updates the tool resources and/or metadata of a thread.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            self._call(
                MODIFY_THREAD,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread

        Removes a thread and its messages permanently.

        Returns the decoded DeleteThreadResponse.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteThreadResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteThreadResponse",
            self._call(
                DELETE_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )


class AsyncOperations:
    """The awaitable twin of SyncOperations; list methods return async paginators."""

    __slots__ = ()

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        raise NotImplementedError

    def _paginate(self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options) -> Any:
        raise NotImplementedError

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[AssistantObject, ListAssistantsResponse]:
        """List assistants

        Lists the organization's assistants.

        Returns an async paginator over every AssistantObject of every page, not one page:
        `async for` fetches a page (`limit` items) only when the previous one is used up, and
        `await` gives the first ListAssistantsResponse alone. `.pages()` gives the whole pages
        (`data`, `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or no
        cursor) both follow `order`; `before=` alone walks backwards: items come nearest the
        cursor first (newest first for `order="asc"`), while each page keeps the API's own
        order. Errors are raised when a page is fetched, not by this call.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListAssistantsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AsyncPaginator[AssistantObject, ListAssistantsResponse]",
            self._paginate(
                LIST_ASSISTANTS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Create an assistant

        Creates a new assistant from a model, optional instructions and a set of tools.

        Returns the decoded AssistantObject.

        Args:
            body: The request: a CreateAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            await self._call(
                CREATE_ASSISTANT,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Retrieve an assistant

        Fetches a single assistant by its ID.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            await self._call(
                GET_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantObject:
        """Modify an assistant

        Changes the given fields of an assistant; fields left out keep their value.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as AssistantObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AssistantObject",
            await self._call(
                MODIFY_ASSISTANT,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteAssistantResponse:
        """Delete an assistant

        Removes an assistant permanently.

        Returns the decoded DeleteAssistantResponse.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteAssistantResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteAssistantResponse",
            await self._call(
                DELETE_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[AssistantFileObject, ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Lists the files linked to an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns an async paginator over every AssistantFileObject of every page, not one page:
        `async for` fetches a page (`limit` items) only when the previous one is used up, and
        `await` gives the first ListAssistantFilesResponse alone. `.pages()` gives the whole
        pages (`data`, `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or
        no cursor) both follow `order`; `before=` alone walks backwards: items come nearest the
        cursor first (newest first for `order="asc"`), while each page keeps the API's own
        order. Errors are raised when a page is fetched, not by this call.

        Args:
            assistant_id: ID of the assistant.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListAssistantFilesResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "AsyncPaginator[AssistantFileObject, ListAssistantFilesResponse]",
            self._paginate(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantFileObject:
        """Attach a file to an assistant (first beta)

        Links an uploaded file (uploaded with purpose `assistants`) to an
        assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
        the current version uses `tool_resources` instead.

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AssistantFileObject",
            await self._call(
                CREATE_ASSISTANT_FILE,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AssistantFileObject:
        """Retrieve an assistant file (first beta)

        Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AssistantFileObject",
            await self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteAssistantFileResponse:
        """Detach a file from an assistant (first beta)

        Removes the link between a file and an assistant; the file itself stays.
        First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded DeleteAssistantFileResponse.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteAssistantFileResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "DeleteAssistantFileResponse",
            await self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[MessageObject, ListMessagesResponse]:
        """List the messages of a thread

        Lists a thread's messages, optionally only those produced by one run.

        Returns an async paginator over every MessageObject of every page, not one page: `async
        for` fetches a page (`limit` items) only when the previous one is used up, and `await`
        gives the first ListMessagesResponse alone. `.pages()` gives the whole pages (`data`,
        `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both
        follow `order`; `before=` alone walks backwards: items come nearest the cursor first
        (newest first for `order="asc"`), while each page keeps the API's own order. Errors are
        raised when a page is fetched, not by this call.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            run_id: Only the messages that this run created.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListMessagesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AsyncPaginator[MessageObject, ListMessagesResponse]",
            self._paginate(
                LIST_MESSAGES,
                (thread_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "run_id": run_id,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Add a message to a thread

        Appends a new message to the thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            await self._call(
                CREATE_MESSAGE,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Retrieve a message

        Fetches a single message of a thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            await self._call(
                GET_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageObject:
        """Modify a message

        Updates the metadata of a message; its content cannot be changed.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as MessageObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "MessageObject",
            await self._call(
                MODIFY_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteMessageResponse:
        """Delete a message

        Removes a message from its thread.

        Returns the decoded DeleteMessageResponse.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteMessageResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteMessageResponse",
            await self._call(
                DELETE_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_message_files(
        self,
        thread_id: str,
        message_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[MessageFileObject, ListMessageFilesResponse]:
        """List a message's files (first beta)

        Lists the files linked to a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns an async paginator over every MessageFileObject of every page, not one page:
        `async for` fetches a page (`limit` items) only when the previous one is used up, and
        `await` gives the first ListMessageFilesResponse alone. `.pages()` gives the whole pages
        (`data`, `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or no
        cursor) both follow `order`; `before=` alone walks backwards: items come nearest the
        cursor first (newest first for `order="asc"`), while each page keeps the API's own
        order. Errors are raised when a page is fetched, not by this call.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListMessageFilesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AsyncPaginator[MessageFileObject, ListMessageFilesResponse]",
            self._paginate(
                LIST_MESSAGE_FILES,
                (
                    thread_id,
                    message_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> MessageFileObject:
        """Retrieve a message file (first beta)

        Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded MessageFileObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                MessageFileObject; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "MessageFileObject",
            await self._call(
                GET_MESSAGE_FILE,
                (
                    thread_id,
                    message_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[RunStepObject, ListRunStepsResponse]:
        """List the steps of a run

        Lists the steps a run has taken.

        Returns an async paginator over every RunStepObject of every page, not one page: `async
        for` fetches a page (`limit` items) only when the previous one is used up, and `await`
        gives the first ListRunStepsResponse alone. `.pages()` gives the whole pages (`data`,
        `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both
        follow `order`; `before=` alone walks backwards: items come nearest the cursor first
        (newest first for `order="asc"`), while each page keeps the API's own order. Errors are
        raised when a page is fetched, not by this call.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListRunStepsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AsyncPaginator[RunStepObject, ListRunStepsResponse]",
            self._paginate(
                LIST_RUN_STEPS,
                (
                    thread_id,
                    run_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunStepObject:
        """Retrieve a run step

        Fetches one step of a run.

        Returns the decoded RunStepObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            step_id: ID of the run step.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run or step (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunStepObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunStepObject",
            await self._call(
                GET_RUN_STEP,
                (
                    thread_id,
                    run_id,
                    step_id,
                ),
                None,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[RunObject, ListRunsResponse]:
        """List the runs of a thread

        Lists the runs started on a thread.

        Returns an async paginator over every RunObject of every page, not one page: `async for`
        fetches a page (`limit` items) only when the previous one is used up, and `await` gives
        the first ListRunsResponse alone. `.pages()` gives the whole pages (`data`, `first_id`,
        `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both follow
        `order`; `before=` alone walks backwards: items come nearest the cursor first (newest
        first for `order="asc"`), while each page keeps the API's own order. Errors are raised
        when a page is fetched, not by this call.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ListRunsResponse;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "AsyncPaginator[RunObject, ListRunsResponse]",
            self._paginate(
                LIST_RUNS,
                (thread_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Start a run

        Starts a run of an assistant on an existing thread. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_run` streams the events.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateRunRequest, or a mapping with the same JSON field
                names.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                CREATE_RUN,
                (thread_id,),
                body,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Retrieve a run

        Fetches the current state of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                GET_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Modify a run

        Updates the metadata of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a ModifyRunRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                MODIFY_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Cancel a run

        Asks the server to stop a run that has not finished yet. The run moves
        to `cancelling` and later to `cancelled`.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                CANCEL_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Submit tool outputs to a run

        Hands the results of the function calls back to a run whose status is
        `requires_action` (with `required_action.type` = `submit_tool_outputs`).
        The outputs of all pending calls go in one request. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_tool_outputs` streams the events.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
                JSON field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                SUBMIT_TOOL_OUTPUTS_TO_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> AsyncPaginator[ThreadObject, ListThreadsResponse]:
        """List threads

        Lists the threads of the project, cursor paginated like
        the other lists. This operation is an extension of the Azure AI Foundry
        Agent Service: the OpenAI API has no way to list threads, and a host
        without the extension answers 404.

        Returns an async paginator over every ThreadObject of every page, not one page: `async
        for` fetches a page (`limit` items) only when the previous one is used up, and `await`
        gives the first ListThreadsResponse alone. `.pages()` gives the whole pages (`data`,
        `first_id`, `last_id`, `has_more`), for checkpointing. With `after=` (or no cursor) both
        follow `order`; `before=` alone walks backwards: items come nearest the cursor first
        (newest first for `order="asc"`), while each page keeps the API's own order. Errors are
        raised when a page is fetched, not by this call.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                ListThreadsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "AsyncPaginator[ThreadObject, ListThreadsResponse]",
            self._paginate(
                LIST_THREADS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Create a thread

        Starts a new thread, optionally seeded with messages and tool resources.

        Returns the decoded ThreadObject.

        Args:
            body: The request: a CreateThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            await self._call(
                CREATE_THREAD,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RunObject:
        """Create a thread and start a run on it

        Creates a thread and immediately starts a run of the given assistant on
        it, in a single request. With `"stream": true` the answer is an event
        stream instead of the run object.

        Returns the decoded RunObject.
        A body with `"stream": true` is refused (ValueError): `stream_thread_and_run` streams the events.

        Args:
            body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as RunObject; with
                `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "RunObject",
            await self._call(
                CREATE_THREAD_AND_RUN,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Retrieve a thread

        Fetches a single thread by its ID.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            await self._call(
                GET_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> ThreadObject:
        """Modify a thread

        Updates the tool resources and/or metadata of a thread.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as ThreadObject;
                with `strict=True`, any value the spec does not allow, named by its JSON path.
        """

        return cast(
            "ThreadObject",
            await self._call(
                MODIFY_THREAD,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> DeleteThreadResponse:
        """Delete a thread

        Removes a thread and its messages permanently.

        Returns the decoded DeleteThreadResponse.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: A 2xx body that does not decode as
                DeleteThreadResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "DeleteThreadResponse",
            await self._call(
                DELETE_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )


class SyncRawOperations:
    """SyncOperations answering RawResponse wrappers (status, headers, then the model)."""

    __slots__ = ()

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        raise NotImplementedError

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListAssistantsResponse]:
        """List assistants

        Returns one page of the organization's assistants.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListAssistantsResponse (one page).

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListAssistantsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListAssistantsResponse]",
            self._call(
                LIST_ASSISTANTS,
                (),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Create an assistant

        Creates a new assistant from a model, optional instructions and a set of tools.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            body: The request: a CreateAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            self._call(
                CREATE_ASSISTANT,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Retrieve an assistant

        Fetches a single assistant by its ID.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            self._call(
                GET_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Modify an assistant

        Changes the given fields of an assistant; fields left out keep their value.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            self._call(
                MODIFY_ASSISTANT,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteAssistantResponse]:
        """Delete an assistant

        Removes an assistant permanently.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteAssistantResponse.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteAssistantResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteAssistantResponse]",
            self._call(
                DELETE_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
        assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListAssistantFilesResponse (one page).

        Args:
            assistant_id: ID of the assistant.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListAssistantFilesResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "RawResponse[ListAssistantFilesResponse]",
            self._call(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantFileObject]:
        """Attach a file to an assistant (first beta)

        Links an uploaded file (uploaded with purpose `assistants`) to an
        assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
        the current version uses `tool_resources` instead.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            self._call(
                CREATE_ASSISTANT_FILE,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantFileObject]:
        """Retrieve an assistant file (first beta)

        Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteAssistantFileResponse]:
        """Detach a file from an assistant (first beta)

        Removes the link between a file and an assistant; the file itself stays.
        First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteAssistantFileResponse.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteAssistantFileResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteAssistantFileResponse]",
            self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListMessagesResponse]:
        """List the messages of a thread

        Returns one page of a thread's messages, optionally only those produced by one run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListMessagesResponse (one page).

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            run_id: Only the messages that this run created.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListMessagesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListMessagesResponse]",
            self._call(
                LIST_MESSAGES,
                (thread_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "run_id": run_id,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Add a message to a thread

        Appends a new message to the thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            self._call(
                CREATE_MESSAGE,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Retrieve a message

        Fetches a single message of a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            self._call(
                GET_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Modify a message

        Updates the metadata of a message; its content cannot be changed.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            self._call(
                MODIFY_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteMessageResponse]:
        """Delete a message

        Removes a message from its thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteMessageResponse.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteMessageResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteMessageResponse]",
            self._call(
                DELETE_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_message_files(
        self,
        thread_id: str,
        message_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListMessageFilesResponse]:
        """List a message's files (first beta)

        Returns one page of the files linked to a message. First beta only (`OpenAI-Beta:
        assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListMessageFilesResponse (one page).

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListMessageFilesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListMessageFilesResponse]",
            self._call(
                LIST_MESSAGE_FILES,
                (
                    thread_id,
                    message_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageFileObject]:
        """Retrieve a message file (first beta)

        Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageFileObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageFileObject; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "RawResponse[MessageFileObject]",
            self._call(
                GET_MESSAGE_FILE,
                (
                    thread_id,
                    message_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListRunStepsResponse]:
        """List the steps of a run

        Returns one page of the steps a run has taken.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListRunStepsResponse (one page).

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListRunStepsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListRunStepsResponse]",
            self._call(
                LIST_RUN_STEPS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunStepObject]:
        """Retrieve a run step

        Fetches one step of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunStepObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            step_id: ID of the run step.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run or step (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunStepObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[RunStepObject]",
            self._call(
                GET_RUN_STEP,
                (
                    thread_id,
                    run_id,
                    step_id,
                ),
                None,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListRunsResponse]:
        """List the runs of a thread

        Returns one page of the runs started on a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListRunsResponse (one page).

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListRunsResponse; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "RawResponse[ListRunsResponse]",
            self._call(
                LIST_RUNS,
                (thread_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Start a run

        Starts a run of an assistant on an existing thread. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateRunRequest, or a mapping with the same JSON field
                names.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                CREATE_RUN,
                (thread_id,),
                body,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Retrieve a run

        Fetches the current state of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                GET_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Modify a run

        Updates the metadata of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a ModifyRunRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                MODIFY_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Cancel a run

        Asks the server to stop a run that has not finished yet. The run moves
        to `cancelling` and later to `cancelled`.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                CANCEL_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Submit tool outputs to a run

        Hands the results of the function calls back to a run whose status is
        `requires_action` (with `required_action.type` = `submit_tool_outputs`).
        The outputs of all pending calls go in one request. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
                JSON field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                SUBMIT_TOOL_OUTPUTS_TO_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListThreadsResponse]:
        """List threads

        Returns one page of the threads of the project, cursor paginated like
        the other lists. This operation is an extension of the Azure AI Foundry
        Agent Service: the OpenAI API has no way to list threads, and a host
        without the extension answers 404.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListThreadsResponse (one page).

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListThreadsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListThreadsResponse]",
            self._call(
                LIST_THREADS,
                (),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Create a thread

        Starts a new thread, optionally seeded with messages and tool resources.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            body: The request: a CreateThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            self._call(
                CREATE_THREAD,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Create a thread and start a run on it

        Creates a thread and immediately starts a run of the given assistant on
        it, in a single request. With `"stream": true` the answer is an event
        stream instead of the run object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            self._call(
                CREATE_THREAD_AND_RUN,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def get_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Retrieve a thread

        Fetches a single thread by its ID.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            self._call(
                GET_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Modify a thread

        Updates the tool resources and/or metadata of a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            self._call(
                MODIFY_THREAD,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteThreadResponse]:
        """Delete a thread

        Removes a thread and its messages permanently.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteThreadResponse.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteThreadResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteThreadResponse]",
            self._call(
                DELETE_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )


class AsyncRawOperations:
    """AsyncOperations answering RawResponse wrappers."""

    __slots__ = ()

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        raise NotImplementedError

    async def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListAssistantsResponse]:
        """List assistants

        Returns one page of the organization's assistants.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListAssistantsResponse (one page).

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListAssistantsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListAssistantsResponse]",
            await self._call(
                LIST_ASSISTANTS,
                (),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Create an assistant

        Creates a new assistant from a model, optional instructions and a set of tools.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            body: The request: a CreateAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            await self._call(
                CREATE_ASSISTANT,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Retrieve an assistant

        Fetches a single assistant by its ID.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            await self._call(
                GET_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantObject]:
        """Modify an assistant

        Changes the given fields of an assistant; fields left out keep their value.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[AssistantObject]",
            await self._call(
                MODIFY_ASSISTANT,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_assistant(
        self,
        assistant_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteAssistantResponse]:
        """Delete an assistant

        Removes an assistant permanently.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteAssistantResponse.

        Args:
            assistant_id: ID of the assistant.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteAssistantResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteAssistantResponse]",
            await self._call(
                DELETE_ASSISTANT,
                (assistant_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
        assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListAssistantFilesResponse (one page).

        Args:
            assistant_id: ID of the assistant.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListAssistantFilesResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "RawResponse[ListAssistantFilesResponse]",
            await self._call(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantFileObject]:
        """Attach a file to an assistant (first beta)

        Links an uploaded file (uploaded with purpose `assistants`) to an
        assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
        the current version uses `tool_resources` instead.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            await self._call(
                CREATE_ASSISTANT_FILE,
                (assistant_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[AssistantFileObject]:
        """Retrieve an assistant file (first beta)

        Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                AssistantFileObject; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            await self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteAssistantFileResponse]:
        """Detach a file from an assistant (first beta)

        Removes the link between a file and an assistant; the file itself stays.
        First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteAssistantFileResponse.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteAssistantFileResponse; with `strict=True`, any value the spec does not
                allow, named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteAssistantFileResponse]",
            await self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListMessagesResponse]:
        """List the messages of a thread

        Returns one page of a thread's messages, optionally only those produced by one run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListMessagesResponse (one page).

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            run_id: Only the messages that this run created.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListMessagesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListMessagesResponse]",
            await self._call(
                LIST_MESSAGES,
                (thread_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "run_id": run_id,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Add a message to a thread

        Appends a new message to the thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            await self._call(
                CREATE_MESSAGE,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Retrieve a message

        Fetches a single message of a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            await self._call(
                GET_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageObject]:
        """Modify a message

        Updates the metadata of a message; its content cannot be changed.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[MessageObject]",
            await self._call(
                MODIFY_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteMessageResponse]:
        """Delete a message

        Removes a message from its thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteMessageResponse.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteMessageResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteMessageResponse]",
            await self._call(
                DELETE_MESSAGE,
                (
                    thread_id,
                    message_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def list_message_files(
        self,
        thread_id: str,
        message_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListMessageFilesResponse]:
        """List a message's files (first beta)

        Returns one page of the files linked to a message. First beta only (`OpenAI-Beta:
        assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListMessageFilesResponse (one page).

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListMessageFilesResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListMessageFilesResponse]",
            await self._call(
                LIST_MESSAGE_FILES,
                (
                    thread_id,
                    message_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[MessageFileObject]:
        """Retrieve a message file (first beta)

        Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the MessageFileObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            file_id: ID of the file.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or message or file (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                MessageFileObject; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "RawResponse[MessageFileObject]",
            await self._call(
                GET_MESSAGE_FILE,
                (
                    thread_id,
                    message_id,
                    file_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def list_run_steps(
        self,
        thread_id: str,
        run_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListRunStepsResponse]:
        """List the steps of a run

        Returns one page of the steps a run has taken.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListRunStepsResponse (one page).

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListRunStepsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListRunStepsResponse]",
            await self._call(
                LIST_RUN_STEPS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunStepObject]:
        """Retrieve a run step

        Fetches one step of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunStepObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            step_id: ID of the run step.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run or step (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunStepObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[RunStepObject]",
            await self._call(
                GET_RUN_STEP,
                (
                    thread_id,
                    run_id,
                    step_id,
                ),
                None,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListRunsResponse]:
        """List the runs of a thread

        Returns one page of the runs started on a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListRunsResponse (one page).

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListRunsResponse; with `strict=True`, any value the spec does not allow, named
                by its JSON path.
        """

        return cast(
            "RawResponse[ListRunsResponse]",
            await self._call(
                LIST_RUNS,
                (thread_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Start a run

        Starts a run of an assistant on an existing thread. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateRunRequest, or a mapping with the same JSON field
                names.
            include: Extra fields to fill in on run steps (the text of file search results).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                CREATE_RUN,
                (thread_id,),
                body,
                {
                    "include[]": include,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Retrieve a run

        Fetches the current state of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                GET_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Modify a run

        Updates the metadata of a run.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a ModifyRunRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                MODIFY_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Cancel a run

        Asks the server to stop a run that has not finished yet. The run moves
        to `cancelling` and later to `cancelled`.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                CANCEL_RUN,
                (
                    thread_id,
                    run_id,
                ),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Submit tool outputs to a run

        Hands the results of the function calls back to a run whose status is
        `requires_action` (with `required_action.type` = `submit_tool_outputs`).
        The outputs of all pending calls go in one request. With
        `"stream": true` the answer is an event stream instead of the run
        object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
                JSON field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread or run (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                SUBMIT_TOOL_OUTPUTS_TO_RUN,
                (
                    thread_id,
                    run_id,
                ),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run

    async def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ListThreadsResponse]:
        """List threads

        Returns one page of the threads of the project, cursor paginated like
        the other lists. This operation is an extension of the Azure AI Foundry
        Agent Service: the OpenAI API has no way to list threads, and a host
        without the extension answers 404.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ListThreadsResponse (one page).

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ListThreadsResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[ListThreadsResponse]",
            await self._call(
                LIST_THREADS,
                (),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Create a thread

        Starts a new thread, optionally seeded with messages and tool resources.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            body: The request: a CreateThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            await self._call(
                CREATE_THREAD,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[RunObject]:
        """Create a thread and start a run on it

        Creates a thread and immediately starts a run of the given assistant on
        it, in a single request. With `"stream": true` the answer is an event
        stream instead of the run object.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the RunObject.

        Args:
            body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
                field names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                RunObject; with `strict=True`, any value the spec does not allow, named by its
                JSON path.
        """

        return cast(
            "RawResponse[RunObject]",
            await self._call(
                CREATE_THREAD_AND_RUN,
                (),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def get_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Retrieve a thread

        Fetches a single thread by its ID.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            await self._call(
                GET_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[ThreadObject]:
        """Modify a thread

        Updates the tool resources and/or metadata of a thread.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the ThreadObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
                names.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                ThreadObject; with `strict=True`, any value the spec does not allow, named by
                its JSON path.
        """

        return cast(
            "RawResponse[ThreadObject]",
            await self._call(
                MODIFY_THREAD,
                (thread_id,),
                body,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )

    async def delete_thread(
        self,
        thread_id: str,
        *,
        timeout: float | httpx2.Timeout | None | Unset = UNSET,
        max_retries: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, Any] | None = None,
        deadline: float | None | Unset = UNSET,
        max_response_bytes: int | None = None,
    ) -> RawResponse[DeleteThreadResponse]:
        """Delete a thread

        Removes a thread and its messages permanently.

        Returns the HTTP answer undecoded: `.status_code`, `.headers`, `.request_id`,
        `.http_response`, and `.parse()` for the DeleteThreadResponse.

        Args:
            thread_id: ID of the thread.

        Options:
            Each one left out takes the client's setting.

            - `timeout`: seconds (or an `httpx2.Timeout`) for each HTTP attempt; `None`
                waits as long as it takes.
            - `max_retries`: at most this many retries of a failure the client's
                `RetryPolicy` retries (by default a connection error, a timeout, or a 408, 409,
                429 or 5xx answer), with backoff honouring `Retry-After`.
            - `extra_headers`: headers sent with this call, over the client's and the
                operation's own.
            - `extra_query`: query parameters sent with this call, over the operation's own.
            - `deadline`: seconds for the whole call, every attempt and wait included
                (`None`: no deadline).
            - `max_response_bytes`: the largest answer accepted, counted after
                decompression.

        Raises:
            NotFoundError: No such thread (404).
            APIStatusError: Any other error status once retries are spent, as its subclass
                (`BadRequestError` 400, `AuthenticationError` 401, `RateLimitError` 429,
                `InternalServerError` 5xx, ...), with `.status_code`, `.type`, `.code`, `.param`
                and `.request_id`.
            APITimeoutError: No answer within `timeout` on the last attempt, or none within
                `deadline`.
            APIConnectionError: No answer at all (refused, reset, dropped), on the last
                attempt.
            ResponseTooLargeError: An answer larger than `max_response_bytes` (an
                APIResponseValidationError).
            APIResponseValidationError: From `.parse()`: a 2xx body that does not decode as
                DeleteThreadResponse; with `strict=True`, any value the spec does not allow,
                named by its JSON path.
        """

        return cast(
            "RawResponse[DeleteThreadResponse]",
            await self._call(
                DELETE_THREAD,
                (thread_id,),
                None,
                None,
                Options(timeout, max_retries, extra_headers, extra_query, deadline, max_response_bytes),
            ),
        )


__all__ = [
    "EVENT_CLASSES",
    "OPERATIONS",
    "STREAM_EVENTS",
    "AsyncOperations",
    "AsyncPaginator",
    "AsyncRawOperations",
    "BaseEvent",
    "DoneEvent",
    "ErrorEvent",
    "Operation",
    "Options",
    "Paginator",
    "RawResponse",
    "StreamEvent",
    "SyncOperations",
    "SyncRawOperations",
    "ThreadCreatedEvent",
    "ThreadMessageCompletedEvent",
    "ThreadMessageCreatedEvent",
    "ThreadMessageDeltaEvent",
    "ThreadMessageInProgressEvent",
    "ThreadMessageIncompleteEvent",
    "ThreadRunCancelledEvent",
    "ThreadRunCancellingEvent",
    "ThreadRunCompletedEvent",
    "ThreadRunCreatedEvent",
    "ThreadRunExpiredEvent",
    "ThreadRunFailedEvent",
    "ThreadRunInProgressEvent",
    "ThreadRunIncompleteEvent",
    "ThreadRunQueuedEvent",
    "ThreadRunRequiresActionEvent",
    "ThreadRunStepCancelledEvent",
    "ThreadRunStepCompletedEvent",
    "ThreadRunStepCreatedEvent",
    "ThreadRunStepDeltaEvent",
    "ThreadRunStepExpiredEvent",
    "ThreadRunStepFailedEvent",
    "ThreadRunStepInProgressEvent",
    "UnknownEvent",
    "build_request",
    "cancel_run",
    "cancel_run_async",
    "create_assistant",
    "create_assistant_async",
    "create_assistant_file",
    "create_assistant_file_async",
    "create_message",
    "create_message_async",
    "create_run",
    "create_run_async",
    "create_thread",
    "create_thread_and_run",
    "create_thread_and_run_async",
    "create_thread_async",
    "decode_model",
    "decode_response",
    "delete_assistant",
    "delete_assistant_async",
    "delete_assistant_file",
    "delete_assistant_file_async",
    "delete_message",
    "delete_message_async",
    "delete_thread",
    "delete_thread_async",
    "get_assistant",
    "get_assistant_async",
    "get_assistant_file",
    "get_assistant_file_async",
    "get_message",
    "get_message_async",
    "get_message_file",
    "get_message_file_async",
    "get_run",
    "get_run_async",
    "get_run_step",
    "get_run_step_async",
    "get_thread",
    "get_thread_async",
    "jsonable",
    "list_assistant_files",
    "list_assistant_files_async",
    "list_assistants",
    "list_assistants_async",
    "list_message_files",
    "list_message_files_async",
    "list_messages",
    "list_messages_async",
    "list_run_steps",
    "list_run_steps_async",
    "list_runs",
    "list_runs_async",
    "list_threads",
    "list_threads_async",
    "modify_assistant",
    "modify_assistant_async",
    "modify_message",
    "modify_message_async",
    "modify_run",
    "modify_run_async",
    "modify_thread",
    "modify_thread_async",
    "parse_response",
    "query_params",
    "submit_tool_ouputs_to_run",
    "submit_tool_ouputs_to_run_async",
    "submit_tool_outputs_to_run",
    "submit_tool_outputs_to_run_async",
]
