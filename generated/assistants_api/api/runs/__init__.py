"""The runs operations: records, flat functions and method mixins.

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

    from ...models.create_run_request import CreateRunRequest
    from ...models.list_runs_response import ListRunsResponse
    from ...models.modify_run_request import ModifyRunRequest
    from ...models.run_object import RunObject
    from ...models.submit_tool_outputs_run_request import SubmitToolOutputsRunRequest

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_RUNS = Operation(
    "list_runs",
    "GET",
    "/threads/{thread_id}/runs",
    ("thread_id",),
    None,
    "list_runs_response:ListRunsResponse",
    False,
    models=_MODELS,
)

CREATE_RUN = Operation(
    "create_run",
    "POST",
    "/threads/{thread_id}/runs",
    ("thread_id",),
    "create_run_request:CreateRunRequest",
    "run_object:RunObject",
    True,
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
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
    models=_MODELS,
)

GET_RUN_EVENTS = Operation(
    "get_run_events",
    "GET",
    "/threads/{thread_id}/runs/{run_id}/events",
    (
        "thread_id",
        "run_id",
    ),
    None,
    None,
    True,
    models=_MODELS,
    response_kind="binary",
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
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_runs": LIST_RUNS,
    "create_run": CREATE_RUN,
    "get_run": GET_RUN,
    "modify_run": MODIFY_RUN,
    "cancel_run": CANCEL_RUN,
    "get_run_events": GET_RUN_EVENTS,
    "submit_tool_outputs_to_run": SUBMIT_TOOL_OUTPUTS_TO_RUN,
    "submit_tool_ouputs_to_run": SUBMIT_TOOL_OUTPUTS_TO_RUN,
}
"""The runs operations by function name (old spellings included)."""


def list_runs(
    thread_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListRunsResponse:
    """List the runs of a thread

    Returns one page of the runs started on a thread.

    Returns the decoded ListRunsResponse (one page: pass its `last_id` as `after=` for the
    next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListRunsResponse:
    """List the runs of a thread

    The awaitable form of `list_runs`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Start a run

    Starts a run of an assistant on an existing thread. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        body: The request: a CreateRunRequest, or a mapping with the same JSON field
            names.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Start a run

    The awaitable form of `create_run`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Retrieve a run

    Fetches the current state of a run.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Retrieve a run

    The awaitable form of `get_run`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Modify a run

    Updates the metadata of a run.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a ModifyRunRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Modify a run

    The awaitable form of `modify_run`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Cancel a run

    Asks the server to stop a run that has not finished yet. The run moves
    to `cancelling` and later to `cancelled`.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Cancel a run

    The awaitable form of `cancel_run`: the same arguments, answer and errors.
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


def get_run_events(
    thread_id: str,
    run_id: str,
    *,
    last_event_id: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> bytes:
    """Resume a run's event stream

    Host extension of `assistants_server` (not in the OpenAI API, whose
    hosts answer 404): streams the events of a run after a position and
    then follows the run live, to resume a stream whose connection was cut.
    Every event of a run stream from this host carries an `id:` line, its
    position in the run's event log; pass the last one received as
    `last_event_id` (or in the `Last-Event-ID` header). The stream goes on from the next
    event, on any replica, and ends as the cut stream would have: with
    `done` once the run ends or needs action. A position the host no
    longer keeps (or never gave) is answered 410 with the code
    `run_events_unavailable`, never with a gap.

    Returns the decoded bytes; one attempt, as every [flat function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        last_event_id: None
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        GET_RUN_EVENTS,
        (
            thread_id,
            run_id,
        ),
        None,
        {
            "last_event_id": last_event_id,
        },
    )
    return cast("bytes", parse_response(GET_RUN_EVENTS, send(client, request), client))


async def get_run_events_async(
    thread_id: str,
    run_id: str,
    *,
    last_event_id: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> bytes:
    """Resume a run's event stream

    The awaitable form of `get_run_events`: the same arguments, answer and errors.
    """

    request = build_request(
        GET_RUN_EVENTS,
        (
            thread_id,
            run_id,
        ),
        None,
        {
            "last_event_id": last_event_id,
        },
    )
    response = await send_async(client, request)
    return cast("bytes", parse_response(GET_RUN_EVENTS, response, client))


def submit_tool_outputs_to_run(
    thread_id: str,
    run_id: str,
    body: SubmitToolOutputsRunRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Submit tool outputs to a run

    Hands the results of the function calls back to a run whose status is
    `requires_action` (with `required_action.type` = `submit_tool_outputs`).
    The outputs of all pending calls go in one request. With
    `"stream": true` the answer is an event stream instead of the run
    object.

    Returns the decoded RunObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        body: The request: a SubmitToolOutputsRunRequest, or a mapping with the same
            JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunObject:
    """Submit tool outputs to a run

    The awaitable form of `submit_tool_outputs_to_run`: the same arguments, answer and errors.
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


class RunsSync(Operations):
    """The runs methods of SyncOperations."""

    __slots__ = ()

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[RunObject, ListRunsResponse]:
        """List the runs of a thread

        Lists the runs started on a thread.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every RunObject of
        every page (ListRunsResponse pages from `.pages()`), not one page.

        Args:
            thread_id: ID of the thread.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListRunsResponse is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
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
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Retrieve a run

        Fetches the current state of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Modify a run

        Updates the metadata of a run.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            body: The request: a ModifyRunRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Cancel a run

        Asks the server to stop a run that has not finished yet. The run moves
        to `cancelling` and later to `cancelled`.

        Returns the decoded RunObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def get_run_events(
        self,
        thread_id: str,
        run_id: str,
        *,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """Resume a run's event stream

        Host extension of `assistants_server` (not in the OpenAI API, whose
        hosts answer 404): streams the events of a run after a position and
        then follows the run live, to resume a stream whose connection was cut.
        Every event of a run stream from this host carries an `id:` line, its
        position in the run's event log; pass the last one received as
        `last_event_id` (or in the `Last-Event-ID` header). The stream goes on from the next
        event, on any replica, and ends as the cut stream would have: with
        `done` once the run ends or needs action. A position the host no
        longer keeps (or never gave) is answered 410 with the code
        `run_events_unavailable`, never with a gap.

        Returns the decoded bytes.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            last_event_id: None
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid bytes is an APIResponseValidationError.
        """

        return cast(
            "bytes",
            self._call(
                GET_RUN_EVENTS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "last_event_id": last_event_id,
                },
                to_options(options),
            ),
        )

    def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
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
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run


class RunsAsync(Operations):
    """The runs methods of AsyncOperations."""

    __slots__ = ()

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[RunObject, ListRunsResponse]:
        """List the runs of a thread

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every RunObject
        of every page (ListRunsResponse pages from `.pages()`, the first from `await`);
        otherwise as the sync `list_runs`: the same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Start a run

        The awaitable form of the sync `create_run`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Retrieve a run

        The awaitable form of the sync `get_run`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Modify a run

        The awaitable form of the sync `modify_run`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Cancel a run

        The awaitable form of the sync `cancel_run`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    async def get_run_events(
        self,
        thread_id: str,
        run_id: str,
        *,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """Resume a run's event stream

        The awaitable form of the sync `get_run_events`: the same arguments, answer and errors.
        """

        return cast(
            "bytes",
            await self._call(
                GET_RUN_EVENTS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "last_event_id": last_event_id,
                },
                to_options(options),
            ),
        )

    async def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RunObject:
        """Submit tool outputs to a run

        The awaitable form of the sync `submit_tool_outputs_to_run`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run


class RunsSyncRaw(RawOperations):
    """The runs methods of SyncRawOperations."""

    __slots__ = ()

    def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListRunsResponse]:
        """List the runs of a thread

        `list_runs` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListRunsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Start a run

        `create_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    def get_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Retrieve a run

        `get_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Modify a run

        `modify_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Cancel a run

        `cancel_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    def get_run_events(
        self,
        thread_id: str,
        run_id: str,
        *,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bytes]:
        """Resume a run's event stream

        `get_run_events` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the bytes. The
        same arguments and errors.
        """

        return cast(
            "RawResponse[bytes]",
            self._call(
                GET_RUN_EVENTS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "last_event_id": last_event_id,
                },
                to_options(options),
            ),
        )

    def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Submit tool outputs to a run

        `submit_tool_outputs_to_run` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run


class RunsAsyncRaw(RawOperations):
    """The runs methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_runs(
        self,
        thread_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListRunsResponse]:
        """List the runs of a thread

        `list_runs`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListRunsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def create_run(
        self,
        thread_id: str,
        body: CreateRunRequest | Mapping[str, Any],
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Start a run

        `create_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def get_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Retrieve a run

        `get_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def modify_run(
        self,
        thread_id: str,
        run_id: str,
        body: ModifyRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Modify a run

        `modify_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def cancel_run(
        self,
        thread_id: str,
        run_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Cancel a run

        `cancel_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def get_run_events(
        self,
        thread_id: str,
        run_id: str,
        *,
        last_event_id: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bytes]:
        """Resume a run's event stream

        `get_run_events`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the bytes. The
        same arguments and errors.
        """

        return cast(
            "RawResponse[bytes]",
            await self._call(
                GET_RUN_EVENTS,
                (
                    thread_id,
                    run_id,
                ),
                None,
                {
                    "last_event_id": last_event_id,
                },
                to_options(options),
            ),
        )

    async def submit_tool_outputs_to_run(
        self,
        thread_id: str,
        run_id: str,
        body: SubmitToolOutputsRunRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunObject]:
        """Submit tool outputs to a run

        `submit_tool_outputs_to_run`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the RunObject.
        The same arguments and errors.
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
                to_options(options),
            ),
        )

    submit_tool_ouputs_to_run = submit_tool_outputs_to_run


__all__ = [
    "CANCEL_RUN",
    "CREATE_RUN",
    "GET_RUN",
    "GET_RUN_EVENTS",
    "LIST_RUNS",
    "MODIFY_RUN",
    "OPERATIONS",
    "SUBMIT_TOOL_OUTPUTS_TO_RUN",
    "RunsAsync",
    "RunsAsyncRaw",
    "RunsSync",
    "RunsSyncRaw",
    "cancel_run",
    "cancel_run_async",
    "create_run",
    "create_run_async",
    "get_run",
    "get_run_async",
    "get_run_events",
    "get_run_events_async",
    "list_runs",
    "list_runs_async",
    "modify_run",
    "modify_run_async",
    "submit_tool_ouputs_to_run",
    "submit_tool_ouputs_to_run_async",
    "submit_tool_outputs_to_run",
    "submit_tool_outputs_to_run_async",
]
