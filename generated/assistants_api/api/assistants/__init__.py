"""The assistants operations: records, flat functions and method mixins.

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

    from ...models.assistant_file_object import AssistantFileObject
    from ...models.assistant_object import AssistantObject
    from ...models.create_assistant_file_request import CreateAssistantFileRequest
    from ...models.create_assistant_request import CreateAssistantRequest
    from ...models.delete_assistant_file_response import DeleteAssistantFileResponse
    from ...models.delete_assistant_response import DeleteAssistantResponse
    from ...models.list_assistant_files_response import ListAssistantFilesResponse
    from ...models.list_assistants_response import ListAssistantsResponse
    from ...models.modify_assistant_request import ModifyAssistantRequest

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_ASSISTANTS = Operation(
    "list_assistants",
    "GET",
    "/assistants",
    (),
    None,
    "list_assistants_response:ListAssistantsResponse",
    False,
    models=_MODELS,
)

CREATE_ASSISTANT = Operation(
    "create_assistant",
    "POST",
    "/assistants",
    (),
    "create_assistant_request:CreateAssistantRequest",
    "assistant_object:AssistantObject",
    False,
    models=_MODELS,
)

GET_ASSISTANT = Operation(
    "get_assistant",
    "GET",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    None,
    "assistant_object:AssistantObject",
    False,
    models=_MODELS,
)

MODIFY_ASSISTANT = Operation(
    "modify_assistant",
    "POST",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    "modify_assistant_request:ModifyAssistantRequest",
    "assistant_object:AssistantObject",
    False,
    models=_MODELS,
)

DELETE_ASSISTANT = Operation(
    "delete_assistant",
    "DELETE",
    "/assistants/{assistant_id}",
    ("assistant_id",),
    None,
    "delete_assistant_response:DeleteAssistantResponse",
    False,
    models=_MODELS,
)

LIST_ASSISTANT_FILES = Operation(
    "list_assistant_files",
    "GET",
    "/assistants/{assistant_id}/files",
    ("assistant_id",),
    None,
    "list_assistant_files_response:ListAssistantFilesResponse",
    False,
    models=_MODELS,
)

CREATE_ASSISTANT_FILE = Operation(
    "create_assistant_file",
    "POST",
    "/assistants/{assistant_id}/files",
    ("assistant_id",),
    "create_assistant_file_request:CreateAssistantFileRequest",
    "assistant_file_object:AssistantFileObject",
    False,
    models=_MODELS,
)

GET_ASSISTANT_FILE = Operation(
    "get_assistant_file",
    "GET",
    "/assistants/{assistant_id}/files/{file_id}",
    (
        "assistant_id",
        "file_id",
    ),
    None,
    "assistant_file_object:AssistantFileObject",
    False,
    models=_MODELS,
)

DELETE_ASSISTANT_FILE = Operation(
    "delete_assistant_file",
    "DELETE",
    "/assistants/{assistant_id}/files/{file_id}",
    (
        "assistant_id",
        "file_id",
    ),
    None,
    "delete_assistant_file_response:DeleteAssistantFileResponse",
    False,
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_assistants": LIST_ASSISTANTS,
    "create_assistant": CREATE_ASSISTANT,
    "get_assistant": GET_ASSISTANT,
    "modify_assistant": MODIFY_ASSISTANT,
    "delete_assistant": DELETE_ASSISTANT,
    "list_assistant_files": LIST_ASSISTANT_FILES,
    "create_assistant_file": CREATE_ASSISTANT_FILE,
    "get_assistant_file": GET_ASSISTANT_FILE,
    "delete_assistant_file": DELETE_ASSISTANT_FILE,
}
"""The assistants operations by function name (old spellings included)."""


def list_assistants(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListAssistantsResponse:
    """List assistants

    Returns one page of the organization's assistants.

    Returns the decoded ListAssistantsResponse (one page: pass its `last_id` as `after=` for
    the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_ASSISTANTS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListAssistantsResponse", parse_response(LIST_ASSISTANTS, send(client, request), client))


async def list_assistants_async(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListAssistantsResponse:
    """List assistants

    The awaitable form of `list_assistants`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_ASSISTANTS,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListAssistantsResponse", parse_response(LIST_ASSISTANTS, response, client))


def create_assistant(
    body: CreateAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Create an assistant

    Creates a new assistant from a model, optional instructions and a set of tools.

    Returns the decoded AssistantObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        body: The request: a CreateAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_ASSISTANT, (), body, None)
    return cast("AssistantObject", parse_response(CREATE_ASSISTANT, send(client, request), client))


async def create_assistant_async(
    body: CreateAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Create an assistant

    The awaitable form of `create_assistant`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_ASSISTANT, (), body, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(CREATE_ASSISTANT, response, client))


def get_assistant(
    assistant_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Retrieve an assistant

    Fetches a single assistant by its ID.

    Returns the decoded AssistantObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(GET_ASSISTANT, (assistant_id,), None, None)
    return cast("AssistantObject", parse_response(GET_ASSISTANT, send(client, request), client))


async def get_assistant_async(
    assistant_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Retrieve an assistant

    The awaitable form of `get_assistant`: the same arguments, answer and errors.
    """

    request = build_request(GET_ASSISTANT, (assistant_id,), None, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(GET_ASSISTANT, response, client))


def modify_assistant(
    assistant_id: str,
    body: ModifyAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Modify an assistant

    Changes the given fields of an assistant; fields left out keep their value.

    Returns the decoded AssistantObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(MODIFY_ASSISTANT, (assistant_id,), body, None)
    return cast("AssistantObject", parse_response(MODIFY_ASSISTANT, send(client, request), client))


async def modify_assistant_async(
    assistant_id: str,
    body: ModifyAssistantRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantObject:
    """Modify an assistant

    The awaitable form of `modify_assistant`: the same arguments, answer and errors.
    """

    request = build_request(MODIFY_ASSISTANT, (assistant_id,), body, None)
    response = await send_async(client, request)
    return cast("AssistantObject", parse_response(MODIFY_ASSISTANT, response, client))


def delete_assistant(
    assistant_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteAssistantResponse:
    """Delete an assistant

    Removes an assistant permanently.

    Returns the decoded DeleteAssistantResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(DELETE_ASSISTANT, (assistant_id,), None, None)
    return cast("DeleteAssistantResponse", parse_response(DELETE_ASSISTANT, send(client, request), client))


async def delete_assistant_async(
    assistant_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteAssistantResponse:
    """Delete an assistant

    The awaitable form of `delete_assistant`: the same arguments, answer and errors.
    """

    request = build_request(DELETE_ASSISTANT, (assistant_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteAssistantResponse", parse_response(DELETE_ASSISTANT, response, client))


def list_assistant_files(
    assistant_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListAssistantFilesResponse:
    """List an assistant's files (first beta)

    Returns one page of the files linked to an assistant. First beta only (`OpenAI-Beta:
    assistants=v1`).

    Returns the decoded ListAssistantFilesResponse (one page: pass its `last_id` as `after=`
    for the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_ASSISTANT_FILES,
        (assistant_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListAssistantFilesResponse", parse_response(LIST_ASSISTANT_FILES, send(client, request), client))


async def list_assistant_files_async(
    assistant_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListAssistantFilesResponse:
    """List an assistant's files (first beta)

    The awaitable form of `list_assistant_files`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_ASSISTANT_FILES,
        (assistant_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    response = await send_async(client, request)
    return cast("ListAssistantFilesResponse", parse_response(LIST_ASSISTANT_FILES, response, client))


def create_assistant_file(
    assistant_id: str,
    body: CreateAssistantFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantFileObject:
    """Attach a file to an assistant (first beta)

    Links an uploaded file (uploaded with purpose `assistants`) to an
    assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
    the current version uses `tool_resources` instead.

    Returns the decoded AssistantFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_ASSISTANT_FILE, (assistant_id,), body, None)
    return cast("AssistantFileObject", parse_response(CREATE_ASSISTANT_FILE, send(client, request), client))


async def create_assistant_file_async(
    assistant_id: str,
    body: CreateAssistantFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantFileObject:
    """Attach a file to an assistant (first beta)

    The awaitable form of `create_assistant_file`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_ASSISTANT_FILE, (assistant_id,), body, None)
    response = await send_async(client, request)
    return cast("AssistantFileObject", parse_response(CREATE_ASSISTANT_FILE, response, client))


def get_assistant_file(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantFileObject:
    """Retrieve an assistant file (first beta)

    Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded AssistantFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        GET_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("AssistantFileObject", parse_response(GET_ASSISTANT_FILE, send(client, request), client))


async def get_assistant_file_async(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> AssistantFileObject:
    """Retrieve an assistant file (first beta)

    The awaitable form of `get_assistant_file`: the same arguments, answer and errors.
    """

    request = build_request(
        GET_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("AssistantFileObject", parse_response(GET_ASSISTANT_FILE, response, client))


def delete_assistant_file(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteAssistantFileResponse:
    """Detach a file from an assistant (first beta)

    Removes the link between a file and an assistant; the file itself stays.
    First beta only (`OpenAI-Beta: assistants=v1`).

    Returns the decoded DeleteAssistantFileResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        assistant_id: ID of the assistant.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        DELETE_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("DeleteAssistantFileResponse", parse_response(DELETE_ASSISTANT_FILE, send(client, request), client))


async def delete_assistant_file_async(
    assistant_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteAssistantFileResponse:
    """Detach a file from an assistant (first beta)

    The awaitable form of `delete_assistant_file`: the same arguments, answer and errors.
    """

    request = build_request(
        DELETE_ASSISTANT_FILE,
        (
            assistant_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("DeleteAssistantFileResponse", parse_response(DELETE_ASSISTANT_FILE, response, client))


class AssistantsSync(Operations):
    """The assistants methods of SyncOperations."""

    __slots__ = ()

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[AssistantObject, ListAssistantsResponse]:
        """List assistants

        Lists the organization's assistants.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every AssistantObject
        of every page (ListAssistantsResponse pages from `.pages()`), not one page.

        Args:
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListAssistantsResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[AssistantObject, ListAssistantsResponse]",
            self._paginate(
                LIST_ASSISTANTS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                to_options(options),
            ),
        )

    def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Create an assistant

        Creates a new assistant from a model, optional instructions and a set of tools.

        Returns the decoded AssistantObject.

        Args:
            body: The request: a CreateAssistantRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid AssistantObject is an APIResponseValidationError.
        """

        return cast("AssistantObject", self._call(CREATE_ASSISTANT, (), body, None, to_options(options)))

    def get_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Retrieve an assistant

        Fetches a single assistant by its ID.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid AssistantObject is an APIResponseValidationError.
        """

        return cast("AssistantObject", self._call(GET_ASSISTANT, (assistant_id,), None, None, to_options(options)))

    def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Modify an assistant

        Changes the given fields of an assistant; fields left out keep their value.

        Returns the decoded AssistantObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a ModifyAssistantRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid AssistantObject is an APIResponseValidationError.
        """

        return cast("AssistantObject", self._call(MODIFY_ASSISTANT, (assistant_id,), body, None, to_options(options)))

    def delete_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteAssistantResponse:
        """Delete an assistant

        Removes an assistant permanently.

        Returns the decoded DeleteAssistantResponse.

        Args:
            assistant_id: ID of the assistant.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteAssistantResponse is an APIResponseValidationError.
        """

        return cast(
            "DeleteAssistantResponse", self._call(DELETE_ASSISTANT, (assistant_id,), None, None, to_options(options))
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[AssistantFileObject, ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Lists the files linked to an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every
        AssistantFileObject of every page (ListAssistantFilesResponse pages from `.pages()`),
        not one page.

        Args:
            assistant_id: ID of the assistant.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListAssistantFilesResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[AssistantFileObject, ListAssistantFilesResponse]",
            self._paginate(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                to_options(options),
            ),
        )

    def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantFileObject:
        """Attach a file to an assistant (first beta)

        Links an uploaded file (uploaded with purpose `assistants`) to an
        assistant. First beta only: requires `OpenAI-Beta: assistants=v1`;
        the current version uses `tool_resources` instead.

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            body: The request: a CreateAssistantFileRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid AssistantFileObject is an APIResponseValidationError.
        """

        return cast(
            "AssistantFileObject", self._call(CREATE_ASSISTANT_FILE, (assistant_id,), body, None, to_options(options))
        )

    def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> AssistantFileObject:
        """Retrieve an assistant file (first beta)

        Fetches one file link of an assistant. First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded AssistantFileObject.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid AssistantFileObject is an APIResponseValidationError.
        """

        return cast(
            "AssistantFileObject",
            self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteAssistantFileResponse:
        """Detach a file from an assistant (first beta)

        Removes the link between a file and an assistant; the file itself stays.
        First beta only (`OpenAI-Beta: assistants=v1`).

        Returns the decoded DeleteAssistantFileResponse.

        Args:
            assistant_id: ID of the assistant.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such assistant or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteAssistantFileResponse is an APIResponseValidationError.
        """

        return cast(
            "DeleteAssistantFileResponse",
            self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )


class AssistantsAsync(Operations):
    """The assistants methods of AsyncOperations."""

    __slots__ = ()

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[AssistantObject, ListAssistantsResponse]:
        """List assistants

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        AssistantObject of every page (ListAssistantsResponse pages from `.pages()`, the first
        from `await`); otherwise as the sync `list_assistants`: the same arguments and errors.
        """

        return cast(
            "AsyncPaginator[AssistantObject, ListAssistantsResponse]",
            self._paginate(
                LIST_ASSISTANTS,
                (),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                to_options(options),
            ),
        )

    async def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Create an assistant

        The awaitable form of the sync `create_assistant`: the same arguments, answer and errors.
        """

        return cast("AssistantObject", await self._call(CREATE_ASSISTANT, (), body, None, to_options(options)))

    async def get_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Retrieve an assistant

        The awaitable form of the sync `get_assistant`: the same arguments, answer and errors.
        """

        return cast(
            "AssistantObject", await self._call(GET_ASSISTANT, (assistant_id,), None, None, to_options(options))
        )

    async def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantObject:
        """Modify an assistant

        The awaitable form of the sync `modify_assistant`: the same arguments, answer and errors.
        """

        return cast(
            "AssistantObject", await self._call(MODIFY_ASSISTANT, (assistant_id,), body, None, to_options(options))
        )

    async def delete_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteAssistantResponse:
        """Delete an assistant

        The awaitable form of the sync `delete_assistant`: the same arguments, answer and errors.
        """

        return cast(
            "DeleteAssistantResponse",
            await self._call(DELETE_ASSISTANT, (assistant_id,), None, None, to_options(options)),
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[AssistantFileObject, ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        AssistantFileObject of every page (ListAssistantFilesResponse pages from `.pages()`, the
        first from `await`); otherwise as the sync `list_assistant_files`: the same arguments
        and errors.
        """

        return cast(
            "AsyncPaginator[AssistantFileObject, ListAssistantFilesResponse]",
            self._paginate(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                },
                to_options(options),
            ),
        )

    async def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> AssistantFileObject:
        """Attach a file to an assistant (first beta)

        The awaitable form of the sync `create_assistant_file`: the same arguments, answer and errors.
        """

        return cast(
            "AssistantFileObject",
            await self._call(CREATE_ASSISTANT_FILE, (assistant_id,), body, None, to_options(options)),
        )

    async def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> AssistantFileObject:
        """Retrieve an assistant file (first beta)

        The awaitable form of the sync `get_assistant_file`: the same arguments, answer and errors.
        """

        return cast(
            "AssistantFileObject",
            await self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteAssistantFileResponse:
        """Detach a file from an assistant (first beta)

        The awaitable form of the sync `delete_assistant_file`: the same arguments, answer and errors.
        """

        return cast(
            "DeleteAssistantFileResponse",
            await self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )


class AssistantsSyncRaw(RawOperations):
    """The assistants methods of SyncRawOperations."""

    __slots__ = ()

    def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListAssistantsResponse]:
        """List assistants

        `list_assistants` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListAssistantsResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListAssistantsResponse]",
            self._call(
                LIST_ASSISTANTS,
                (),
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

    def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Create an assistant

        `create_assistant` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast("RawResponse[AssistantObject]", self._call(CREATE_ASSISTANT, (), body, None, to_options(options)))

    def get_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Retrieve an assistant

        `get_assistant` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantObject]", self._call(GET_ASSISTANT, (assistant_id,), None, None, to_options(options))
        )

    def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Modify an assistant

        `modify_assistant` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantObject]",
            self._call(MODIFY_ASSISTANT, (assistant_id,), body, None, to_options(options)),
        )

    def delete_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteAssistantResponse]:
        """Delete an assistant

        `delete_assistant` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteAssistantResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteAssistantResponse]",
            self._call(DELETE_ASSISTANT, (assistant_id,), None, None, to_options(options)),
        )

    def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        `list_assistant_files` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListAssistantFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListAssistantFilesResponse]",
            self._call(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
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

    def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantFileObject]:
        """Attach a file to an assistant (first beta)

        `create_assistant_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            self._call(CREATE_ASSISTANT_FILE, (assistant_id,), body, None, to_options(options)),
        )

    def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantFileObject]:
        """Retrieve an assistant file (first beta)

        `get_assistant_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteAssistantFileResponse]:
        """Detach a file from an assistant (first beta)

        `delete_assistant_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteAssistantFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteAssistantFileResponse]",
            self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )


class AssistantsAsyncRaw(RawOperations):
    """The assistants methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_assistants(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListAssistantsResponse]:
        """List assistants

        `list_assistants`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListAssistantsResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListAssistantsResponse]",
            await self._call(
                LIST_ASSISTANTS,
                (),
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

    async def create_assistant(
        self,
        body: CreateAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Create an assistant

        `create_assistant`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantObject]", await self._call(CREATE_ASSISTANT, (), body, None, to_options(options))
        )

    async def get_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Retrieve an assistant

        `get_assistant`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantObject]",
            await self._call(GET_ASSISTANT, (assistant_id,), None, None, to_options(options)),
        )

    async def modify_assistant(
        self,
        assistant_id: str,
        body: ModifyAssistantRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantObject]:
        """Modify an assistant

        `modify_assistant`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantObject]",
            await self._call(MODIFY_ASSISTANT, (assistant_id,), body, None, to_options(options)),
        )

    async def delete_assistant(
        self,
        assistant_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteAssistantResponse]:
        """Delete an assistant

        `delete_assistant`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteAssistantResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteAssistantResponse]",
            await self._call(DELETE_ASSISTANT, (assistant_id,), None, None, to_options(options)),
        )

    async def list_assistant_files(
        self,
        assistant_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListAssistantFilesResponse]:
        """List an assistant's files (first beta)

        `list_assistant_files`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListAssistantFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListAssistantFilesResponse]",
            await self._call(
                LIST_ASSISTANT_FILES,
                (assistant_id,),
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

    async def create_assistant_file(
        self,
        assistant_id: str,
        body: CreateAssistantFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantFileObject]:
        """Attach a file to an assistant (first beta)

        `create_assistant_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            await self._call(CREATE_ASSISTANT_FILE, (assistant_id,), body, None, to_options(options)),
        )

    async def get_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[AssistantFileObject]:
        """Retrieve an assistant file (first beta)

        `get_assistant_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        AssistantFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[AssistantFileObject]",
            await self._call(
                GET_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def delete_assistant_file(
        self,
        assistant_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteAssistantFileResponse]:
        """Detach a file from an assistant (first beta)

        `delete_assistant_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteAssistantFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteAssistantFileResponse]",
            await self._call(
                DELETE_ASSISTANT_FILE,
                (
                    assistant_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )


__all__ = [
    "CREATE_ASSISTANT",
    "CREATE_ASSISTANT_FILE",
    "DELETE_ASSISTANT",
    "DELETE_ASSISTANT_FILE",
    "GET_ASSISTANT",
    "GET_ASSISTANT_FILE",
    "LIST_ASSISTANTS",
    "LIST_ASSISTANT_FILES",
    "MODIFY_ASSISTANT",
    "OPERATIONS",
    "AssistantsAsync",
    "AssistantsAsyncRaw",
    "AssistantsSync",
    "AssistantsSyncRaw",
    "create_assistant",
    "create_assistant_async",
    "create_assistant_file",
    "create_assistant_file_async",
    "delete_assistant",
    "delete_assistant_async",
    "delete_assistant_file",
    "delete_assistant_file_async",
    "get_assistant",
    "get_assistant_async",
    "get_assistant_file",
    "get_assistant_file_async",
    "list_assistant_files",
    "list_assistant_files_async",
    "list_assistants",
    "list_assistants_async",
    "modify_assistant",
    "modify_assistant_async",
]
