from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.delete_assistant_file_response import DeleteAssistantFileResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: str,
    file_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/assistants/{assistant_id}/files/{file_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
            file_id=quote(str(file_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteAssistantFileResponse | ErrorResponse:
    if response.status_code == 200:
        response_200 = DeleteAssistantFileResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeleteAssistantFileResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAssistantFileResponse | ErrorResponse]:
    """Detach a file from an assistant (first beta)

     Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantFileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        file_id=file_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantFileResponse | ErrorResponse | None:
    """Detach a file from an assistant (first beta)

     Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantFileResponse | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        file_id=file_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[DeleteAssistantFileResponse | ErrorResponse]:
    """Detach a file from an assistant (first beta)

     Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteAssistantFileResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        file_id=file_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> DeleteAssistantFileResponse | ErrorResponse | None:
    """Detach a file from an assistant (first beta)

     Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Args:
        assistant_id (str):
        file_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteAssistantFileResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            file_id=file_id,
            client=client,
        )
    ).parsed
