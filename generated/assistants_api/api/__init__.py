"""Every operation of the API as a flat function, and the tables the facade is built from.

The operations live in one module per resource (`assistants_api.api.runs`, ...); this package
composes them. The runtime they share (the Operation record, per-call options, paginators, the
event bases) is the hand-written `assistants_core`.

Generated from openapi.yaml by openapi-python-client with the templates in generator/templates.
Do not edit: change the spec or a template and run `make generate`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias, Union

from assistants_core.events import BaseEvent, UnknownEvent
from assistants_core.flat import parse_response, send, send_async
from assistants_core.operation import Operation, build_request, decode_model, decode_response, jsonable, query_params
from assistants_core.options import CallOptions, Options
from assistants_core.results import AsyncPaginator, Paginator, RawResponse

from . import assistants as _assistants
from . import files as _files
from . import messages as _messages
from . import run_steps as _run_steps
from . import runs as _runs
from . import threads as _threads
from . import uploads as _uploads
from . import vector_stores as _vector_stores
from .assistants import (
    CREATE_ASSISTANT,
    CREATE_ASSISTANT_FILE,
    DELETE_ASSISTANT,
    DELETE_ASSISTANT_FILE,
    GET_ASSISTANT,
    GET_ASSISTANT_FILE,
    LIST_ASSISTANT_FILES,
    LIST_ASSISTANTS,
    MODIFY_ASSISTANT,
    create_assistant,
    create_assistant_async,
    create_assistant_file,
    create_assistant_file_async,
    delete_assistant,
    delete_assistant_async,
    delete_assistant_file,
    delete_assistant_file_async,
    get_assistant,
    get_assistant_async,
    get_assistant_file,
    get_assistant_file_async,
    list_assistant_files,
    list_assistant_files_async,
    list_assistants,
    list_assistants_async,
    modify_assistant,
    modify_assistant_async,
)
from .files import (
    CREATE_FILE,
    DELETE_FILE,
    DOWNLOAD_FILE,
    LIST_FILES,
    RETRIEVE_FILE,
    create_file,
    create_file_async,
    delete_file,
    delete_file_async,
    download_file,
    download_file_async,
    list_files,
    list_files_async,
    retrieve_file,
    retrieve_file_async,
)
from .messages import (
    CREATE_MESSAGE,
    DELETE_MESSAGE,
    GET_MESSAGE,
    GET_MESSAGE_FILE,
    LIST_MESSAGE_FILES,
    LIST_MESSAGES,
    MODIFY_MESSAGE,
    create_message,
    create_message_async,
    delete_message,
    delete_message_async,
    get_message,
    get_message_async,
    get_message_file,
    get_message_file_async,
    list_message_files,
    list_message_files_async,
    list_messages,
    list_messages_async,
    modify_message,
    modify_message_async,
)
from .run_steps import (
    GET_RUN_STEP,
    LIST_RUN_STEPS,
    get_run_step,
    get_run_step_async,
    list_run_steps,
    list_run_steps_async,
)
from .runs import (
    CANCEL_RUN,
    CREATE_RUN,
    GET_RUN,
    GET_RUN_EVENTS,
    LIST_RUNS,
    MODIFY_RUN,
    SUBMIT_TOOL_OUTPUTS_TO_RUN,
    cancel_run,
    cancel_run_async,
    create_run,
    create_run_async,
    get_run,
    get_run_async,
    get_run_events,
    get_run_events_async,
    list_runs,
    list_runs_async,
    modify_run,
    modify_run_async,
    submit_tool_ouputs_to_run,
    submit_tool_ouputs_to_run_async,
    submit_tool_outputs_to_run,
    submit_tool_outputs_to_run_async,
)
from .threads import (
    CREATE_THREAD,
    CREATE_THREAD_AND_RUN,
    DELETE_THREAD,
    GET_THREAD,
    LIST_THREADS,
    MODIFY_THREAD,
    create_thread,
    create_thread_and_run,
    create_thread_and_run_async,
    create_thread_async,
    delete_thread,
    delete_thread_async,
    get_thread,
    get_thread_async,
    list_threads,
    list_threads_async,
    modify_thread,
    modify_thread_async,
)
from .uploads import (
    ADD_UPLOAD_PART,
    CANCEL_UPLOAD,
    COMPLETE_UPLOAD,
    CREATE_UPLOAD,
    add_upload_part,
    add_upload_part_async,
    cancel_upload,
    cancel_upload_async,
    complete_upload,
    complete_upload_async,
    create_upload,
    create_upload_async,
)
from .vector_stores import (
    CANCEL_VECTOR_STORE_FILE_BATCH,
    CREATE_VECTOR_STORE,
    CREATE_VECTOR_STORE_FILE,
    CREATE_VECTOR_STORE_FILE_BATCH,
    DELETE_VECTOR_STORE,
    DELETE_VECTOR_STORE_FILE,
    GET_VECTOR_STORE,
    GET_VECTOR_STORE_FILE,
    GET_VECTOR_STORE_FILE_BATCH,
    LIST_FILES_IN_VECTOR_STORE_BATCH,
    LIST_VECTOR_STORE_FILES,
    LIST_VECTOR_STORES,
    MODIFY_VECTOR_STORE,
    RETRIEVE_VECTOR_STORE_FILE_CONTENT,
    SEARCH_VECTOR_STORE,
    UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
    cancel_vector_store_file_batch,
    cancel_vector_store_file_batch_async,
    create_vector_store,
    create_vector_store_async,
    create_vector_store_file,
    create_vector_store_file_async,
    create_vector_store_file_batch,
    create_vector_store_file_batch_async,
    delete_vector_store,
    delete_vector_store_async,
    delete_vector_store_file,
    delete_vector_store_file_async,
    get_vector_store,
    get_vector_store_async,
    get_vector_store_file,
    get_vector_store_file_async,
    get_vector_store_file_batch,
    get_vector_store_file_batch_async,
    list_files_in_vector_store_batch,
    list_files_in_vector_store_batch_async,
    list_vector_store_files,
    list_vector_store_files_async,
    list_vector_stores,
    list_vector_stores_async,
    modify_vector_store,
    modify_vector_store_async,
    retrieve_vector_store_file_content,
    retrieve_vector_store_file_content_async,
    search_vector_store,
    search_vector_store_async,
    update_vector_store_file_attributes,
    update_vector_store_file_attributes_async,
)

# The events' models only name types here: importing them all would cost every import of the
# client tens of milliseconds; the decoders import each model when it is first used.
if TYPE_CHECKING:
    from ..models.error_object import ErrorObject
    from ..models.message_delta_object import MessageDeltaObject
    from ..models.message_object import MessageObject
    from ..models.run_object import RunObject
    from ..models.run_step_delta_object import RunStepDeltaObject
    from ..models.run_step_object import RunStepObject
    from ..models.thread_object import ThreadObject

OPERATIONS: dict[str, Operation] = {
    **_assistants.OPERATIONS,
    **_files.OPERATIONS,
    **_messages.OPERATIONS,
    **_run_steps.OPERATIONS,
    **_runs.OPERATIONS,
    **_threads.OPERATIONS,
    **_uploads.OPERATIONS,
    **_vector_stores.OPERATIONS,
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


class SyncOperations(
    _assistants.AssistantsSync,
    _files.FilesSync,
    _messages.MessagesSync,
    _run_steps.RunStepsSync,
    _runs.RunsSync,
    _threads.ThreadsSync,
    _uploads.UploadsSync,
    _vector_stores.VectorStoresSync,
):
    """One typed method per operation; a client subclass supplies `_call` and `_paginate`."""

    __slots__ = ()


class AsyncOperations(
    _assistants.AssistantsAsync,
    _files.FilesAsync,
    _messages.MessagesAsync,
    _run_steps.RunStepsAsync,
    _runs.RunsAsync,
    _threads.ThreadsAsync,
    _uploads.UploadsAsync,
    _vector_stores.VectorStoresAsync,
):
    """The awaitable twin of SyncOperations; list methods return async paginators."""

    __slots__ = ()


class SyncRawOperations(
    _assistants.AssistantsSyncRaw,
    _files.FilesSyncRaw,
    _messages.MessagesSyncRaw,
    _run_steps.RunStepsSyncRaw,
    _runs.RunsSyncRaw,
    _threads.ThreadsSyncRaw,
    _uploads.UploadsSyncRaw,
    _vector_stores.VectorStoresSyncRaw,
):
    """SyncOperations answering RawResponse wrappers (status, headers, then the model)."""

    __slots__ = ()


class AsyncRawOperations(
    _assistants.AssistantsAsyncRaw,
    _files.FilesAsyncRaw,
    _messages.MessagesAsyncRaw,
    _run_steps.RunStepsAsyncRaw,
    _runs.RunsAsyncRaw,
    _threads.ThreadsAsyncRaw,
    _uploads.UploadsAsyncRaw,
    _vector_stores.VectorStoresAsyncRaw,
):
    """AsyncOperations answering RawResponse wrappers."""

    __slots__ = ()


__all__ = [
    "ADD_UPLOAD_PART",
    "CANCEL_RUN",
    "CANCEL_UPLOAD",
    "CANCEL_VECTOR_STORE_FILE_BATCH",
    "COMPLETE_UPLOAD",
    "CREATE_ASSISTANT",
    "CREATE_ASSISTANT_FILE",
    "CREATE_FILE",
    "CREATE_MESSAGE",
    "CREATE_RUN",
    "CREATE_THREAD",
    "CREATE_THREAD_AND_RUN",
    "CREATE_UPLOAD",
    "CREATE_VECTOR_STORE",
    "CREATE_VECTOR_STORE_FILE",
    "CREATE_VECTOR_STORE_FILE_BATCH",
    "DELETE_ASSISTANT",
    "DELETE_ASSISTANT_FILE",
    "DELETE_FILE",
    "DELETE_MESSAGE",
    "DELETE_THREAD",
    "DELETE_VECTOR_STORE",
    "DELETE_VECTOR_STORE_FILE",
    "DOWNLOAD_FILE",
    "EVENT_CLASSES",
    "GET_ASSISTANT",
    "GET_ASSISTANT_FILE",
    "GET_MESSAGE",
    "GET_MESSAGE_FILE",
    "GET_RUN",
    "GET_RUN_EVENTS",
    "GET_RUN_STEP",
    "GET_THREAD",
    "GET_VECTOR_STORE",
    "GET_VECTOR_STORE_FILE",
    "GET_VECTOR_STORE_FILE_BATCH",
    "LIST_ASSISTANTS",
    "LIST_ASSISTANT_FILES",
    "LIST_FILES",
    "LIST_FILES_IN_VECTOR_STORE_BATCH",
    "LIST_MESSAGES",
    "LIST_MESSAGE_FILES",
    "LIST_RUNS",
    "LIST_RUN_STEPS",
    "LIST_THREADS",
    "LIST_VECTOR_STORES",
    "LIST_VECTOR_STORE_FILES",
    "MODIFY_ASSISTANT",
    "MODIFY_MESSAGE",
    "MODIFY_RUN",
    "MODIFY_THREAD",
    "MODIFY_VECTOR_STORE",
    "OPERATIONS",
    "RETRIEVE_FILE",
    "RETRIEVE_VECTOR_STORE_FILE_CONTENT",
    "SEARCH_VECTOR_STORE",
    "STREAM_EVENTS",
    "SUBMIT_TOOL_OUTPUTS_TO_RUN",
    "UPDATE_VECTOR_STORE_FILE_ATTRIBUTES",
    "AsyncOperations",
    "AsyncPaginator",
    "AsyncRawOperations",
    "BaseEvent",
    "CallOptions",
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
    "add_upload_part",
    "add_upload_part_async",
    "build_request",
    "cancel_run",
    "cancel_run_async",
    "cancel_upload",
    "cancel_upload_async",
    "cancel_vector_store_file_batch",
    "cancel_vector_store_file_batch_async",
    "complete_upload",
    "complete_upload_async",
    "create_assistant",
    "create_assistant_async",
    "create_assistant_file",
    "create_assistant_file_async",
    "create_file",
    "create_file_async",
    "create_message",
    "create_message_async",
    "create_run",
    "create_run_async",
    "create_thread",
    "create_thread_and_run",
    "create_thread_and_run_async",
    "create_thread_async",
    "create_upload",
    "create_upload_async",
    "create_vector_store",
    "create_vector_store_async",
    "create_vector_store_file",
    "create_vector_store_file_async",
    "create_vector_store_file_batch",
    "create_vector_store_file_batch_async",
    "decode_model",
    "decode_response",
    "delete_assistant",
    "delete_assistant_async",
    "delete_assistant_file",
    "delete_assistant_file_async",
    "delete_file",
    "delete_file_async",
    "delete_message",
    "delete_message_async",
    "delete_thread",
    "delete_thread_async",
    "delete_vector_store",
    "delete_vector_store_async",
    "delete_vector_store_file",
    "delete_vector_store_file_async",
    "download_file",
    "download_file_async",
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
    "get_run_events",
    "get_run_events_async",
    "get_run_step",
    "get_run_step_async",
    "get_thread",
    "get_thread_async",
    "get_vector_store",
    "get_vector_store_async",
    "get_vector_store_file",
    "get_vector_store_file_async",
    "get_vector_store_file_batch",
    "get_vector_store_file_batch_async",
    "jsonable",
    "list_assistant_files",
    "list_assistant_files_async",
    "list_assistants",
    "list_assistants_async",
    "list_files",
    "list_files_async",
    "list_files_in_vector_store_batch",
    "list_files_in_vector_store_batch_async",
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
    "list_vector_store_files",
    "list_vector_store_files_async",
    "list_vector_stores",
    "list_vector_stores_async",
    "modify_assistant",
    "modify_assistant_async",
    "modify_message",
    "modify_message_async",
    "modify_run",
    "modify_run_async",
    "modify_thread",
    "modify_thread_async",
    "modify_vector_store",
    "modify_vector_store_async",
    "parse_response",
    "query_params",
    "retrieve_file",
    "retrieve_file_async",
    "retrieve_vector_store_file_content",
    "retrieve_vector_store_file_content_async",
    "search_vector_store",
    "search_vector_store_async",
    "send",
    "send_async",
    "submit_tool_ouputs_to_run",
    "submit_tool_ouputs_to_run_async",
    "submit_tool_outputs_to_run",
    "submit_tool_outputs_to_run_async",
    "update_vector_store_file_attributes",
    "update_vector_store_file_attributes_async",
]
