from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_assistant_files_response import ListAssistantFilesResponse
from ...models.list_order import ListOrder
from ...types import UNSET, Response, Unset


def _get_kwargs(
    assistant_id: str,
    *,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["after"] = after

    params["before"] = before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assistants/{assistant_id}/files".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListAssistantFilesResponse:
    if response.status_code == 200:
        response_200 = ListAssistantFilesResponse.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | ListAssistantFilesResponse]:
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
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | ListAssistantFilesResponse]:
    """List an assistant's files (first beta)

     Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Args:
        assistant_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort direction by creation time.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantFilesResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantFilesResponse | None:
    """List an assistant's files (first beta)

     Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Args:
        assistant_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort direction by creation time.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantFilesResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        limit=limit,
        order=order,
        after=after,
        before=before,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> Response[ErrorResponse | ListAssistantFilesResponse]:
    """List an assistant's files (first beta)

     Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Args:
        assistant_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort direction by creation time.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListAssistantFilesResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        limit=limit,
        order=order,
        after=after,
        before=before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = 20,
    order: ListOrder | Unset = UNSET,
    after: str | Unset = UNSET,
    before: str | Unset = UNSET,
) -> ErrorResponse | ListAssistantFilesResponse | None:
    """List an assistant's files (first beta)

     Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Args:
        assistant_id (str):
        limit (int | Unset):  Default: 20.
        order (ListOrder | Unset): Sort direction by creation time.
        after (str | Unset):
        before (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListAssistantFilesResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            limit=limit,
            order=order,
            after=after,
            before=before,
        )
    ).parsed
