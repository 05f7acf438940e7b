from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.message_file_object import MessageFileObject
from ...types import Response


def _get_kwargs(
    thread_id: str,
    message_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/threads/{thread_id}/messages/{message_id}/files/{file_id}".format(
            thread_id=quote(str(thread_id), safe=""),
            message_id=quote(str(message_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageFileObject:
    if response.status_code == 200:
        response_200 = MessageFileObject.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | MessageFileObject]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageFileObject]:
    """Retrieve a message file (first beta)

     Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFileObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageFileObject | None:
    """Retrieve a message file (first beta)

     Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFileObject
    """

    return sync_detailed(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResponse | MessageFileObject]:
    """Retrieve a message file (first beta)

     Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageFileObject]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        message_id=message_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: str,
    message_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResponse | MessageFileObject | None:
    """Retrieve a message file (first beta)

     Fetches one file link of a message. First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        thread_id (str):
        message_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageFileObject
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            message_id=message_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
