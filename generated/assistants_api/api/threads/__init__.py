"""The threads operations: records, flat functions and method mixins.

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

    from ...models.create_thread_and_run_request import CreateThreadAndRunRequest
    from ...models.create_thread_request import CreateThreadRequest
    from ...models.delete_thread_response import DeleteThreadResponse
    from ...models.list_threads_response import ListThreadsResponse
    from ...models.modify_thread_request import ModifyThreadRequest
    from ...models.run_object import RunObject
    from ...models.thread_object import ThreadObject

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_THREADS = Operation(
    "list_threads",
    "GET",
    "/threads",
    (),
    None,
    "list_threads_response:ListThreadsResponse",
    False,
    models=_MODELS,
)

CREATE_THREAD = Operation(
    "create_thread",
    "POST",
    "/threads",
    (),
    "create_thread_request:CreateThreadRequest",
    "thread_object:ThreadObject",
    False,
    models=_MODELS,
)

CREATE_THREAD_AND_RUN = Operation(
    "create_thread_and_run",
    "POST",
    "/threads/runs",
    (),
    "create_thread_and_run_request:CreateThreadAndRunRequest",
    "run_object:RunObject",
    True,
    models=_MODELS,
)

GET_THREAD = Operation(
    "get_thread",
    "GET",
    "/threads/{thread_id}",
    ("thread_id",),
    None,
    "thread_object:ThreadObject",
    False,
    models=_MODELS,
)

MODIFY_THREAD = Operation(
    "modify_thread",
    "POST",
    "/threads/{thread_id}",
    ("thread_id",),
    "modify_thread_request:ModifyThreadRequest",
    "thread_object:ThreadObject",
    False,
    models=_MODELS,
)

DELETE_THREAD = Operation(
    "delete_thread",
    "DELETE",
    "/threads/{thread_id}",
    ("thread_id",),
    None,
    "delete_thread_response:DeleteThreadResponse",
    False,
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_threads": LIST_THREADS,
    "create_thread": CREATE_THREAD,
    "create_thread_and_run": CREATE_THREAD_AND_RUN,
    "get_thread": GET_THREAD,
    "modify_thread": MODIFY_THREAD,
    "delete_thread": DELETE_THREAD,
}
"""The threads operations by function name (old spellings included)."""


def list_threads(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListThreadsResponse:
    """List threads

    Returns one page of the threads of the project, cursor paginated like
    the other lists. This operation is an extension of the Azure AI Foundry
    Agent Service: the OpenAI API has no way to list threads, and a host
    without the extension answers 404.

    Returns the decoded ListThreadsResponse (one page: pass its `last_id` as `after=` for
    the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListThreadsResponse:
    """List threads

    The awaitable form of `list_threads`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Create a thread

    Starts a new thread, optionally seeded with messages and tool resources.

    Returns the decoded ThreadObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        body: The request: a CreateThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_THREAD, (), body, None)
    return cast("ThreadObject", parse_response(CREATE_THREAD, send(client, request), client))


async def create_thread_async(
    body: CreateThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Create a thread

    The awaitable form of `create_thread`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_THREAD, (), body, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(CREATE_THREAD, response, client))


def create_thread_and_run(
    body: CreateThreadAndRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Create a thread and start a run on it

    Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        body: The request: a CreateThreadAndRunRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_THREAD_AND_RUN, (), body, None)
    return cast("RunObject", parse_response(CREATE_THREAD_AND_RUN, send(client, request), client))


async def create_thread_and_run_async(
    body: CreateThreadAndRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Create a thread and start a run on it

    The awaitable form of `create_thread_and_run`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_THREAD_AND_RUN, (), body, None)
    response = await send_async(client, request)
    return cast("RunObject", parse_response(CREATE_THREAD_AND_RUN, response, client))


def get_thread(
    thread_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Retrieve a thread

    Fetches a single thread by its ID.

    Returns the decoded ThreadObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(GET_THREAD, (thread_id,), None, None)
    return cast("ThreadObject", parse_response(GET_THREAD, send(client, request), client))


async def get_thread_async(
    thread_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Retrieve a thread

    The awaitable form of `get_thread`: the same arguments, answer and errors.
    """

    request = build_request(GET_THREAD, (thread_id,), None, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(GET_THREAD, response, client))


def modify_thread(
    thread_id: str,
    body: ModifyThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Modify a thread

    Updates the tool resources and/or metadata of a thread.

    Returns the decoded ThreadObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(MODIFY_THREAD, (thread_id,), body, None)
    return cast("ThreadObject", parse_response(MODIFY_THREAD, send(client, request), client))


async def modify_thread_async(
    thread_id: str,
    body: ModifyThreadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ThreadObject:
    """Modify a thread

    The awaitable form of `modify_thread`: the same arguments, answer and errors.
    """

    request = build_request(MODIFY_THREAD, (thread_id,), body, None)
    response = await send_async(client, request)
    return cast("ThreadObject", parse_response(MODIFY_THREAD, response, client))


def delete_thread(
    thread_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteThreadResponse:
    """Delete a thread

    Removes a thread and its messages permanently.

    Returns the decoded DeleteThreadResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(DELETE_THREAD, (thread_id,), None, None)
    return cast("DeleteThreadResponse", parse_response(DELETE_THREAD, send(client, request), client))


async def delete_thread_async(
    thread_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteThreadResponse:
    """Delete a thread

    The awaitable form of `delete_thread`: the same arguments, answer and errors.
    """

    request = build_request(DELETE_THREAD, (thread_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteThreadResponse", parse_response(DELETE_THREAD, response, client))


class ThreadsSync(Operations):
    """The threads methods of SyncOperations."""

    __slots__ = ()

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[ThreadObject, ListThreadsResponse]:
        """List threads

        Lists the threads of the project, cursor paginated like
        the other lists. This operation is an extension of the Azure AI Foundry
        Agent Service: the OpenAI API has no way to list threads, and a host
        without the extension answers 404.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every ThreadObject of
        every page (ListThreadsResponse pages from `.pages()`), not one page.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListThreadsResponse is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Create a thread

        Starts a new thread, optionally seeded with messages and tool resources.

        Returns the decoded ThreadObject.

        Args:
            body: The request: a CreateThreadRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ThreadObject is an APIResponseValidationError.
        """

        return cast("ThreadObject", self._call(CREATE_THREAD, (), body, None, to_options(options)))

    def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
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
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
        """

        return cast("RunObject", self._call(CREATE_THREAD_AND_RUN, (), body, None, to_options(options)))

    def get_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Retrieve a thread

        Fetches a single thread by its ID.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ThreadObject is an APIResponseValidationError.
        """

        return cast("ThreadObject", self._call(GET_THREAD, (thread_id,), None, None, to_options(options)))

    def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Modify a thread

        Updates the tool resources and/or metadata of a thread.

        Returns the decoded ThreadObject.

        Args:
            thread_id: ID of the thread.
            body: The request: a ModifyThreadRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ThreadObject is an APIResponseValidationError.
        """

        return cast("ThreadObject", self._call(MODIFY_THREAD, (thread_id,), body, None, to_options(options)))

    def delete_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteThreadResponse:
        """Delete a thread

        Removes a thread and its messages permanently.

        Returns the decoded DeleteThreadResponse.

        Args:
            thread_id: ID of the thread.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteThreadResponse is an APIResponseValidationError.
        """

        return cast("DeleteThreadResponse", self._call(DELETE_THREAD, (thread_id,), None, None, to_options(options)))


class ThreadsAsync(Operations):
    """The threads methods of AsyncOperations."""

    __slots__ = ()

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[ThreadObject, ListThreadsResponse]:
        """List threads

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        ThreadObject of every page (ListThreadsResponse pages from `.pages()`, the first from
        `await`); otherwise as the sync `list_threads`: the same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Create a thread

        The awaitable form of the sync `create_thread`: the same arguments, answer and errors.
        """

        return cast("ThreadObject", await self._call(CREATE_THREAD, (), body, None, to_options(options)))

    async def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Create a thread and start a run on it

        The awaitable form of the sync `create_thread_and_run`: the same arguments, answer and errors.
        """

        return cast("RunObject", await self._call(CREATE_THREAD_AND_RUN, (), body, None, to_options(options)))

    async def get_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Retrieve a thread

        The awaitable form of the sync `get_thread`: the same arguments, answer and errors.
        """

        return cast("ThreadObject", await self._call(GET_THREAD, (thread_id,), None, None, to_options(options)))

    async def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> ThreadObject:
        """Modify a thread

        The awaitable form of the sync `modify_thread`: the same arguments, answer and errors.
        """

        return cast("ThreadObject", await self._call(MODIFY_THREAD, (thread_id,), body, None, to_options(options)))

    async def delete_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteThreadResponse:
        """Delete a thread

        The awaitable form of the sync `delete_thread`: the same arguments, answer and errors.
        """

        return cast(
            "DeleteThreadResponse", await self._call(DELETE_THREAD, (thread_id,), None, None, to_options(options))
        )


class ThreadsSyncRaw(RawOperations):
    """The threads methods of SyncRawOperations."""

    __slots__ = ()

    def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListThreadsResponse]:
        """List threads

        `list_threads` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListThreadsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Create a thread

        `create_thread` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast("RawResponse[ThreadObject]", self._call(CREATE_THREAD, (), body, None, to_options(options)))

    def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Create a thread and start a run on it

        `create_thread_and_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
        """

        return cast("RawResponse[RunObject]", self._call(CREATE_THREAD_AND_RUN, (), body, None, to_options(options)))

    def get_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Retrieve a thread

        `get_thread` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast("RawResponse[ThreadObject]", self._call(GET_THREAD, (thread_id,), None, None, to_options(options)))

    def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Modify a thread

        `modify_thread` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[ThreadObject]", self._call(MODIFY_THREAD, (thread_id,), body, None, to_options(options))
        )

    def delete_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteThreadResponse]:
        """Delete a thread

        `delete_thread` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteThreadResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteThreadResponse]",
            self._call(DELETE_THREAD, (thread_id,), None, None, to_options(options)),
        )


class ThreadsAsyncRaw(RawOperations):
    """The threads methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_threads(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListThreadsResponse]:
        """List threads

        `list_threads`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListThreadsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_thread(
        self,
        body: CreateThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Create a thread

        `create_thread`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast("RawResponse[ThreadObject]", await self._call(CREATE_THREAD, (), body, None, to_options(options)))

    async def create_thread_and_run(
        self,
        body: CreateThreadAndRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Create a thread and start a run on it

        `create_thread_and_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[RunObject]", await self._call(CREATE_THREAD_AND_RUN, (), body, None, to_options(options))
        )

    async def get_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Retrieve a thread

        `get_thread`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[ThreadObject]", await self._call(GET_THREAD, (thread_id,), None, None, to_options(options))
        )

    async def modify_thread(
        self,
        thread_id: str,
        body: ModifyThreadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[ThreadObject]:
        """Modify a thread

        `modify_thread`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the ThreadObject.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[ThreadObject]", await self._call(MODIFY_THREAD, (thread_id,), body, None, to_options(options))
        )

    async def delete_thread(
        self,
        thread_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteThreadResponse]:
        """Delete a thread

        `delete_thread`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteThreadResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteThreadResponse]",
            await self._call(DELETE_THREAD, (thread_id,), None, None, to_options(options)),
        )


__all__ = [
    "CREATE_THREAD",
    "CREATE_THREAD_AND_RUN",
    "DELETE_THREAD",
    "GET_THREAD",
    "LIST_THREADS",
    "MODIFY_THREAD",
    "OPERATIONS",
    "ThreadsAsync",
    "ThreadsAsyncRaw",
    "ThreadsSync",
    "ThreadsSyncRaw",
    "create_thread",
    "create_thread_and_run",
    "create_thread_and_run_async",
    "create_thread_async",
    "delete_thread",
    "delete_thread_async",
    "get_thread",
    "get_thread_async",
    "list_threads",
    "list_threads_async",
    "modify_thread",
    "modify_thread_async",
]
