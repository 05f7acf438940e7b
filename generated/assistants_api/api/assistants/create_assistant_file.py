from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.assistant_file_object import AssistantFileObject
from ...models.create_assistant_file_request import CreateAssistantFileRequest
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    assistant_id: str,
    *,
    body: CreateAssistantFileRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/assistants/{assistant_id}/files".format(
            assistant_id=quote(str(assistant_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssistantFileObject | ErrorResponse:
    if response.status_code == 200:
        response_200 = AssistantFileObject.from_dict(response.json())

        return response_200

    response_default = ErrorResponse.from_dict(response.json())

    return response_default


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AssistantFileObject | ErrorResponse]:
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
    body: CreateAssistantFileRequest,
) -> Response[AssistantFileObject | ErrorResponse]:
    """Attach a file to an assistant (first beta)

     Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Args:
        assistant_id (str):
        body (CreateAssistantFileRequest): Body of `createAssistantFile`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantFileObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssistantFileRequest,
) -> AssistantFileObject | ErrorResponse | None:
    """Attach a file to an assistant (first beta)

     Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Args:
        assistant_id (str):
        body (CreateAssistantFileRequest): Body of `createAssistantFile`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantFileObject | ErrorResponse
    """

    return sync_detailed(
        assistant_id=assistant_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssistantFileRequest,
) -> Response[AssistantFileObject | ErrorResponse]:
    """Attach a file to an assistant (first beta)

     Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Args:
        assistant_id (str):
        body (CreateAssistantFileRequest): Body of `createAssistantFile`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssistantFileObject | ErrorResponse]
    """

    kwargs = _get_kwargs(
        assistant_id=assistant_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    assistant_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateAssistantFileRequest,
) -> AssistantFileObject | ErrorResponse | None:
    """Attach a file to an assistant (first beta)

     Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Args:
        assistant_id (str):
        body (CreateAssistantFileRequest): Body of `createAssistantFile`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssistantFileObject | ErrorResponse
    """

    return (
        await asyncio_detailed(
            assistant_id=assistant_id,
            client=client,
            body=body,
        )
    ).parsed
