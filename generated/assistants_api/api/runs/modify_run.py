from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.modify_run_request import ModifyRunRequest
from ...models.run_object import RunObject
from ...types import Response


def _get_kwargs(
    thread_id: str,
    run_id: str,
    *,
    body: ModifyRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/threads/{thread_id}/runs/{run_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            run_id=quote(str(run_id), safe=""),
        ),
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
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyRunRequest,
) -> Response[ErrorResponse | RunObject]:
    """Modify a run

     Updates the metadata of a run.

    Args:
        thread_id (str):
        run_id (str):
        body (ModifyRunRequest): Body of `modifyRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyRunRequest,
) -> ErrorResponse | RunObject | None:
    """Modify a run

     Updates the metadata of a run.

    Args:
        thread_id (str):
        run_id (str):
        body (ModifyRunRequest): Body of `modifyRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return sync_detailed(
        thread_id=thread_id,
        run_id=run_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyRunRequest,
) -> Response[ErrorResponse | RunObject]:
    """Modify a run

     Updates the metadata of a run.

    Args:
        thread_id (str):
        run_id (str):
        body (ModifyRunRequest): Body of `modifyRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | RunObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        run_id=run_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    run_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: ModifyRunRequest,
) -> ErrorResponse | RunObject | None:
    """Modify a run

     Updates the metadata of a run.

    Args:
        thread_id (str):
        run_id (str):
        body (ModifyRunRequest): Body of `modifyRun`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | RunObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            run_id=run_id,
            client=client,
            body=body,
        )
    ).parsed
