"""The messages operations: records, flat functions and method mixins.

Generated from openapi.yaml by openapi-python-client with the templates in generator/templates.
Do not edit: change the spec or a template and run `make generate`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Unpack, cast

from assistants_core.flat import parse_response, send, send_async
from assistants_core.operation import Operation, build_request
from assistants_core.options import CallOptions, to_options
from assistants_core.results import AsyncPaginator, Operations, Paginator, RawOperations, RawResponse

if TYPE_CHECKING:  # models are named in annotations only, and imported on first use (Operation.model)
    from assistants_core.client import AuthenticatedClient, UnauthenticatedClient

    from ...models.create_message_request import CreateMessageRequest
    from ...models.delete_message_response import DeleteMessageResponse
    from ...models.list_message_files_response import ListMessageFilesResponse
    from ...models.list_messages_response import ListMessagesResponse
    from ...models.message_file_object import MessageFileObject
    from ...models.message_object import MessageObject
    from ...models.modify_message_request import ModifyMessageRequest

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_MESSAGES = Operation(
    "list_messages",
    "GET",
    "/threads/{thread_id}/messages",
    ("thread_id",),
    None,
    "list_messages_response:ListMessagesResponse",
    False,
    models=_MODELS,
)

CREATE_MESSAGE = Operation(
    "create_message",
    "POST",
    "/threads/{thread_id}/messages",
    ("thread_id",),
    "create_message_request:CreateMessageRequest",
    "message_object:MessageObject",
    False,
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_messages": LIST_MESSAGES,
    "create_message": CREATE_MESSAGE,
    "get_message": GET_MESSAGE,
    "modify_message": MODIFY_MESSAGE,
    "delete_message": DELETE_MESSAGE,
    "list_message_files": LIST_MESSAGE_FILES,
    "get_message_file": GET_MESSAGE_FILE,
}
"""The messages operations by function name (old spellings included)."""


def list_messages(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    run_id: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListMessagesResponse:
    """List the messages of a thread

    Returns one page of a thread's messages, optionally only those produced by one run.

    Returns the decoded ListMessagesResponse (one page: pass its `last_id` as `after=` for
    the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        run_id: Only the messages that this run created.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListMessagesResponse:
    """List the messages of a thread

    The awaitable form of `list_messages`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Add a message to a thread

    Appends a new message to the thread.

    Returns the decoded MessageObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_MESSAGE, (thread_id,), body, None)
    return cast("MessageObject", parse_response(CREATE_MESSAGE, send(client, request), client))


async def create_message_async(
    thread_id: str,
    body: CreateMessageRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Add a message to a thread

    The awaitable form of `create_message`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_MESSAGE, (thread_id,), body, None)
    response = await send_async(client, request)
    return cast("MessageObject", parse_response(CREATE_MESSAGE, response, client))


def get_message(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Retrieve a message

    Fetches a single message of a thread.

    Returns the decoded MessageObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Retrieve a message

    The awaitable form of `get_message`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Modify a message

    Updates the metadata of a message; its content cannot be changed.

    Returns the decoded MessageObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageObject:
    """Modify a message

    The awaitable form of `modify_message`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteMessageResponse:
    """Delete a message

    Removes a message from its thread.

    Returns the decoded DeleteMessageResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteMessageResponse:
    """Delete a message

    The awaitable form of `delete_message`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListMessageFilesResponse:
    """List a message's files (first beta)

    Returns one page of the files linked to a message. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListMessageFilesResponse (one page: pass its `last_id` as `after=`
    for the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListMessageFilesResponse:
    """List a message's files (first beta)

    The awaitable form of `list_message_files`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageFileObject:
    """Retrieve a message file (first beta)

    Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded MessageFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        message_id: ID of the message.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> MessageFileObject:
    """Retrieve a message file (first beta)

    The awaitable form of `get_message_file`: the same arguments, answer and errors.
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


class MessagesSync(Operations):
    """The messages methods of SyncOperations."""

    __slots__ = ()

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[MessageObject, ListMessagesResponse]:
        """List the messages of a thread

        Lists a thread's messages, optionally only those produced by one run.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every MessageObject
        of every page (ListMessagesResponse pages from `.pages()`), not one page.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            run_id: Only the messages that this run created.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListMessagesResponse is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Add a message to a thread

        Appends a new message to the thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a CreateMessageRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid MessageObject is an APIResponseValidationError.
        """

        return cast("MessageObject", self._call(CREATE_MESSAGE, (thread_id,), body, None, to_options(options)))

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Retrieve a message

        Fetches a single message of a thread.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or message (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid MessageObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Modify a message

        Updates the metadata of a message; its content cannot be changed.

        Returns the decoded MessageObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            body: The request: a ModifyMessageRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or message (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid MessageObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteMessageResponse:
        """Delete a message

        Removes a message from its thread.

        Returns the decoded DeleteMessageResponse.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or message (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteMessageResponse is an APIResponseValidationError.
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
                to_options(options),
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
        **options: Unpack[CallOptions],
    ) -> Paginator[MessageFileObject, ListMessageFilesResponse]:
        """List a message's files (first beta)

        Lists the files linked to a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every
        MessageFileObject of every page (ListMessageFilesResponse pages from `.pages()`), not
        one page.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or message (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListMessageFilesResponse is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageFileObject:
        """Retrieve a message file (first beta)

        Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded MessageFileObject.

        Args:
            thread_id: ID of the thread.
            message_id: ID of the message.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or message or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid MessageFileObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )


class MessagesAsync(Operations):
    """The messages methods of AsyncOperations."""

    __slots__ = ()

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[MessageObject, ListMessagesResponse]:
        """List the messages of a thread

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        MessageObject of every page (ListMessagesResponse pages from `.pages()`, the first from
        `await`); otherwise as the sync `list_messages`: the same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Add a message to a thread

        The awaitable form of the sync `create_message`: the same arguments, answer and errors.
        """

        return cast("MessageObject", await self._call(CREATE_MESSAGE, (thread_id,), body, None, to_options(options)))

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Retrieve a message

        The awaitable form of the sync `get_message`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> MessageObject:
        """Modify a message

        The awaitable form of the sync `modify_message`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteMessageResponse:
        """Delete a message

        The awaitable form of the sync `delete_message`: the same arguments, answer and errors.
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
                to_options(options),
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
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[MessageFileObject, ListMessageFilesResponse]:
        """List a message's files (first beta)

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        MessageFileObject of every page (ListMessageFilesResponse pages from `.pages()`, the
        first from `await`); otherwise as the sync `list_message_files`: the same arguments and
        errors.
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
                to_options(options),
            ),
        )

    async def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> MessageFileObject:
        """Retrieve a message file (first beta)

        The awaitable form of the sync `get_message_file`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )


class MessagesSyncRaw(RawOperations):
    """The messages methods of SyncRawOperations."""

    __slots__ = ()

    def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListMessagesResponse]:
        """List the messages of a thread

        `list_messages` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListMessagesResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Add a message to a thread

        `create_message` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[MessageObject]", self._call(CREATE_MESSAGE, (thread_id,), body, None, to_options(options))
        )

    def get_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Retrieve a message

        `get_message` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
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
                to_options(options),
            ),
        )

    def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Modify a message

        `modify_message` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
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
                to_options(options),
            ),
        )

    def delete_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteMessageResponse]:
        """Delete a message

        `delete_message` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteMessageResponse. The same arguments and errors.
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
                to_options(options),
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
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListMessageFilesResponse]:
        """List a message's files (first beta)

        `list_message_files` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListMessageFilesResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageFileObject]:
        """Retrieve a message file (first beta)

        `get_message_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageFileObject. The same arguments and errors.
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
                to_options(options),
            ),
        )


class MessagesAsyncRaw(RawOperations):
    """The messages methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_messages(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        run_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListMessagesResponse]:
        """List the messages of a thread

        `list_messages`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListMessagesResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_message(
        self,
        thread_id: str,
        body: CreateMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Add a message to a thread

        `create_message`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[MessageObject]",
            await self._call(CREATE_MESSAGE, (thread_id,), body, None, to_options(options)),
        )

    async def get_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Retrieve a message

        `get_message`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def modify_message(
        self,
        thread_id: str,
        message_id: str,
        body: ModifyMessageRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageObject]:
        """Modify a message

        `modify_message`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageObject. The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def delete_message(
        self,
        thread_id: str,
        message_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteMessageResponse]:
        """Delete a message

        `delete_message`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteMessageResponse. The same arguments and errors.
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
                to_options(options),
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
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListMessageFilesResponse]:
        """List a message's files (first beta)

        `list_message_files`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListMessageFilesResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def get_message_file(
        self,
        thread_id: str,
        message_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[MessageFileObject]:
        """Retrieve a message file (first beta)

        `get_message_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        MessageFileObject. The same arguments and errors.
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
                to_options(options),
            ),
        )


__all__ = [
    "CREATE_MESSAGE",
    "DELETE_MESSAGE",
    "GET_MESSAGE",
    "GET_MESSAGE_FILE",
    "LIST_MESSAGES",
    "LIST_MESSAGE_FILES",
    "MODIFY_MESSAGE",
    "OPERATIONS",
    "MessagesAsync",
    "MessagesAsyncRaw",
    "MessagesSync",
    "MessagesSyncRaw",
    "create_message",
    "create_message_async",
    "delete_message",
    "delete_message_async",
    "get_message",
    "get_message_async",
    "get_message_file",
    "get_message_file_async",
    "list_message_files",
    "list_message_files_async",
    "list_messages",
    "list_messages_async",
    "modify_message",
    "modify_message_async",
]
