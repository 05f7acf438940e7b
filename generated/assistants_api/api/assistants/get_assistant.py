from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.assistant_object import AssistantObject
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_id}".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantObject | ErrorResponse:
    if response.status_code == 200:
        response_200 = AssistantObject.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssistantObject | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssistantObject | ErrorResponse]:
    """Retrieve an assistant

     Fetches a single assistant by its ID.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject | ErrorResponse | None:
    """Retrieve an assistant

     Fetches a single assistant by its ID.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantObject | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[AssistantObject | ErrorResponse]:
    """Retrieve an assistant

     Fetches a single assistant by its ID.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> AssistantObject | ErrorResponse | None:
    """Retrieve an assistant

     Fetches a single assistant by its ID.

    Args:
        assistant_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantObject | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
        )
    ).parsed
