from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_message_response import DeleteMessageResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    thread_id: str,
    message_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/threads/{thread_id}/messages/{message_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteMessageResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteMessageResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteMessageResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteMessageResponse | ErrorResponse]:
    """Delete a message

     Removes a message from its thread.

    Args:
        thread_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMessageResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteMessageResponse | ErrorResponse | None:
    """Delete a message

     Removes a message from its thread.

    Args:
        thread_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMessageResponse | ErrorResponse
    """

    return sync_detailed(
        thread_id=thread_id,
        message_id=message_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteMessageResponse | ErrorResponse]:
    """Delete a message

     Removes a message from its thread.

    Args:
        thread_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteMessageResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    message_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteMessageResponse | ErrorResponse | None:
    """Delete a message

     Removes a message from its thread.

    Args:
        thread_id (str):
        message_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteMessageResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            message_id=message_id,
            client=client,
        )
    ).parsed
