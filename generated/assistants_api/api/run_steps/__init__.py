"""The run steps operations: records, flat functions and method mixins.

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

    from ...models.list_run_steps_response import ListRunStepsResponse
    from ...models.run_step_object import RunStepObject

_MODELS = __name__.rpartition(".api.")[0] + ".models"

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
    models=_MODELS,
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
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_run_steps": LIST_RUN_STEPS,
    "get_run_step": GET_RUN_STEP,
}
"""The run steps operations by function name (old spellings included)."""


def list_run_steps(
    thread_id: str,
    run_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListRunStepsResponse:
    """List the steps of a run

    Returns one page of the steps a run has taken.

    Returns the decoded ListRunStepsResponse (one page: pass its `last_id` as `after=` for
    the next); one attempt, as every [flat function][assistants_core.flat].

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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListRunStepsResponse:
    """List the steps of a run

    The awaitable form of `list_run_steps`: the same arguments, answer and errors.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunStepObject:
    """Retrieve a run step

    Fetches one step of a run.

    Returns the decoded RunStepObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        thread_id: ID of the thread.
        run_id: ID of the run.
        step_id: ID of the run step.
        include: Extra fields to fill in on run steps (the text of file search results).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
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
    client: AuthenticatedClient | UnauthenticatedClient,
) -> RunStepObject:
    """Retrieve a run step

    The awaitable form of `get_run_step`: the same arguments, answer and errors.
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


class RunStepsSync(Operations):
    """The run steps methods of SyncOperations."""

    __slots__ = ()

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
        **options: Unpack[CallOptions],
    ) -> Paginator[RunStepObject, ListRunStepsResponse]:
        """List the steps of a run

        Lists the steps a run has taken.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every RunStepObject
        of every page (ListRunStepsResponse pages from `.pages()`), not one page.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            include: Extra fields to fill in on run steps (the text of file search results).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListRunStepsResponse is an APIResponseValidationError.
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
                to_options(options),
            ),
        )

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RunStepObject:
        """Retrieve a run step

        Fetches one step of a run.

        Returns the decoded RunStepObject.

        Args:
            thread_id: ID of the thread.
            run_id: ID of the run.
            step_id: ID of the run step.
            include: Extra fields to fill in on run steps (the text of file search results).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such thread or run or step (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid RunStepObject is an APIResponseValidationError.
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
                to_options(options),
            ),
        )


class RunStepsAsync(Operations):
    """The run steps methods of AsyncOperations."""

    __slots__ = ()

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
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[RunStepObject, ListRunStepsResponse]:
        """List the steps of a run

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        RunStepObject of every page (ListRunStepsResponse pages from `.pages()`, the first from
        `await`); otherwise as the sync `list_run_steps`: the same arguments and errors.
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
                to_options(options),
            ),
        )

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RunStepObject:
        """Retrieve a run step

        The awaitable form of the sync `get_run_step`: the same arguments, answer and errors.
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
                to_options(options),
            ),
        )


class RunStepsSyncRaw(RawOperations):
    """The run steps methods of SyncRawOperations."""

    __slots__ = ()

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
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListRunStepsResponse]:
        """List the steps of a run

        `list_run_steps` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListRunStepsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunStepObject]:
        """Retrieve a run step

        `get_run_step` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        RunStepObject. The same arguments and errors.
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
                to_options(options),
            ),
        )


class RunStepsAsyncRaw(RawOperations):
    """The run steps methods of AsyncRawOperations."""

    __slots__ = ()

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
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListRunStepsResponse]:
        """List the steps of a run

        `list_run_steps`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListRunStepsResponse (one page). The same arguments and errors.
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
                to_options(options),
            ),
        )

    async def get_run_step(
        self,
        thread_id: str,
        run_id: str,
        step_id: str,
        *,
        include: Sequence[Literal["step_details.tool_calls[*].file_search.results[*].content"]] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[RunStepObject]:
        """Retrieve a run step

        `get_run_step`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        RunStepObject. The same arguments and errors.
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
                to_options(options),
            ),
        )


__all__ = [
    "GET_RUN_STEP",
    "LIST_RUN_STEPS",
    "OPERATIONS",
    "RunStepsAsync",
    "RunStepsAsyncRaw",
    "RunStepsSync",
    "RunStepsSyncRaw",
    "get_run_step",
    "get_run_step_async",
    "list_run_steps",
    "list_run_steps_async",
]
