from http import HTTPStatus
from typing import Any

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_thread_and_run_request import CreateThreadAndRunRequest
from ...models.error_response import ErrorResponse
from ...models.run_object import RunObject
from ...types import Response


def _get_kwargs(
    *,
    body: CreateThreadAndRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/runs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResponse | RunObject:
    if response.status_code == 200:
        response_200 = RunObject.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | RunObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest,
) -> Response[ErrorResponse | RunObject]:
    """Create a thread and start a run on it

     Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Args:
        body (CreateThreadAndRunRequest): Body of `createThreadAndRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest,
) -> ErrorResponse | RunObject | None:
    """Create a thread and start a run on it

     Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Args:
        body (CreateThreadAndRunRequest): Body of `createThreadAndRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest,
) -> Response[ErrorResponse | RunObject]:
    """Create a thread and start a run on it

     Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Args:
        body (CreateThreadAndRunRequest): Body of `createThreadAndRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateThreadAndRunRequest,
) -> ErrorResponse | RunObject | None:
    """Create a thread and start a run on it

     Creates a thread and immediately starts a run of the given assistant on
    it, in a single request. With `"stream": true` the answer is an event
    stream instead of the run object.

    Args:
        body (CreateThreadAndRunRequest): Body of `createThreadAndRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
