"""The vector stores operations: records, flat functions and method mixins.

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

    from ...models.create_vector_store_file_batch_request import CreateVectorStoreFileBatchRequest
    from ...models.create_vector_store_file_request import CreateVectorStoreFileRequest
    from ...models.create_vector_store_request import CreateVectorStoreRequest
    from ...models.delete_vector_store_file_response import DeleteVectorStoreFileResponse
    from ...models.delete_vector_store_response import DeleteVectorStoreResponse
    from ...models.list_vector_store_files_response import ListVectorStoreFilesResponse
    from ...models.list_vector_stores_response import ListVectorStoresResponse
    from ...models.update_vector_store_file_attributes_request import UpdateVectorStoreFileAttributesRequest
    from ...models.update_vector_store_request import UpdateVectorStoreRequest
    from ...models.vector_store_file_batch_object import VectorStoreFileBatchObject
    from ...models.vector_store_file_content_response import VectorStoreFileContentResponse
    from ...models.vector_store_file_object import VectorStoreFileObject
    from ...models.vector_store_object import VectorStoreObject
    from ...models.vector_store_search_request import VectorStoreSearchRequest
    from ...models.vector_store_search_result import VectorStoreSearchResult
    from ...models.vector_store_search_results_page import VectorStoreSearchResultsPage
    from ...models.vector_store_text_content import VectorStoreTextContent

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_VECTOR_STORES = Operation(
    "list_vector_stores",
    "GET",
    "/vector_stores",
    (),
    None,
    "list_vector_stores_response:ListVectorStoresResponse",
    False,
    models=_MODELS,
)

CREATE_VECTOR_STORE = Operation(
    "create_vector_store",
    "POST",
    "/vector_stores",
    (),
    "create_vector_store_request:CreateVectorStoreRequest",
    "vector_store_object:VectorStoreObject",
    False,
    models=_MODELS,
)

GET_VECTOR_STORE = Operation(
    "get_vector_store",
    "GET",
    "/vector_stores/{vector_store_id}",
    ("vector_store_id",),
    None,
    "vector_store_object:VectorStoreObject",
    False,
    models=_MODELS,
)

MODIFY_VECTOR_STORE = Operation(
    "modify_vector_store",
    "POST",
    "/vector_stores/{vector_store_id}",
    ("vector_store_id",),
    "update_vector_store_request:UpdateVectorStoreRequest",
    "vector_store_object:VectorStoreObject",
    False,
    models=_MODELS,
)

DELETE_VECTOR_STORE = Operation(
    "delete_vector_store",
    "DELETE",
    "/vector_stores/{vector_store_id}",
    ("vector_store_id",),
    None,
    "delete_vector_store_response:DeleteVectorStoreResponse",
    False,
    models=_MODELS,
)

LIST_VECTOR_STORE_FILES = Operation(
    "list_vector_store_files",
    "GET",
    "/vector_stores/{vector_store_id}/files",
    ("vector_store_id",),
    None,
    "list_vector_store_files_response:ListVectorStoreFilesResponse",
    False,
    models=_MODELS,
)

CREATE_VECTOR_STORE_FILE = Operation(
    "create_vector_store_file",
    "POST",
    "/vector_stores/{vector_store_id}/files",
    ("vector_store_id",),
    "create_vector_store_file_request:CreateVectorStoreFileRequest",
    "vector_store_file_object:VectorStoreFileObject",
    False,
    models=_MODELS,
)

GET_VECTOR_STORE_FILE = Operation(
    "get_vector_store_file",
    "GET",
    "/vector_stores/{vector_store_id}/files/{file_id}",
    (
        "vector_store_id",
        "file_id",
    ),
    None,
    "vector_store_file_object:VectorStoreFileObject",
    False,
    models=_MODELS,
)

UPDATE_VECTOR_STORE_FILE_ATTRIBUTES = Operation(
    "update_vector_store_file_attributes",
    "POST",
    "/vector_stores/{vector_store_id}/files/{file_id}",
    (
        "vector_store_id",
        "file_id",
    ),
    "update_vector_store_file_attributes_request:UpdateVectorStoreFileAttributesRequest",
    "vector_store_file_object:VectorStoreFileObject",
    False,
    models=_MODELS,
)

DELETE_VECTOR_STORE_FILE = Operation(
    "delete_vector_store_file",
    "DELETE",
    "/vector_stores/{vector_store_id}/files/{file_id}",
    (
        "vector_store_id",
        "file_id",
    ),
    None,
    "delete_vector_store_file_response:DeleteVectorStoreFileResponse",
    False,
    models=_MODELS,
)

RETRIEVE_VECTOR_STORE_FILE_CONTENT = Operation(
    "retrieve_vector_store_file_content",
    "GET",
    "/vector_stores/{vector_store_id}/files/{file_id}/content",
    (
        "vector_store_id",
        "file_id",
    ),
    None,
    "vector_store_file_content_response:VectorStoreFileContentResponse",
    False,
    models=_MODELS,
)

CREATE_VECTOR_STORE_FILE_BATCH = Operation(
    "create_vector_store_file_batch",
    "POST",
    "/vector_stores/{vector_store_id}/file_batches",
    ("vector_store_id",),
    "create_vector_store_file_batch_request:CreateVectorStoreFileBatchRequest",
    "vector_store_file_batch_object:VectorStoreFileBatchObject",
    False,
    models=_MODELS,
)

GET_VECTOR_STORE_FILE_BATCH = Operation(
    "get_vector_store_file_batch",
    "GET",
    "/vector_stores/{vector_store_id}/file_batches/{batch_id}",
    (
        "vector_store_id",
        "batch_id",
    ),
    None,
    "vector_store_file_batch_object:VectorStoreFileBatchObject",
    False,
    models=_MODELS,
)

CANCEL_VECTOR_STORE_FILE_BATCH = Operation(
    "cancel_vector_store_file_batch",
    "POST",
    "/vector_stores/{vector_store_id}/file_batches/{batch_id}/cancel",
    (
        "vector_store_id",
        "batch_id",
    ),
    None,
    "vector_store_file_batch_object:VectorStoreFileBatchObject",
    False,
    models=_MODELS,
)

LIST_FILES_IN_VECTOR_STORE_BATCH = Operation(
    "list_files_in_vector_store_batch",
    "GET",
    "/vector_stores/{vector_store_id}/file_batches/{batch_id}/files",
    (
        "vector_store_id",
        "batch_id",
    ),
    None,
    "list_vector_store_files_response:ListVectorStoreFilesResponse",
    False,
    models=_MODELS,
)

SEARCH_VECTOR_STORE = Operation(
    "search_vector_store",
    "POST",
    "/vector_stores/{vector_store_id}/search",
    ("vector_store_id",),
    "vector_store_search_request:VectorStoreSearchRequest",
    "vector_store_search_results_page:VectorStoreSearchResultsPage",
    False,
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "list_vector_stores": LIST_VECTOR_STORES,
    "create_vector_store": CREATE_VECTOR_STORE,
    "get_vector_store": GET_VECTOR_STORE,
    "modify_vector_store": MODIFY_VECTOR_STORE,
    "delete_vector_store": DELETE_VECTOR_STORE,
    "list_vector_store_files": LIST_VECTOR_STORE_FILES,
    "create_vector_store_file": CREATE_VECTOR_STORE_FILE,
    "get_vector_store_file": GET_VECTOR_STORE_FILE,
    "update_vector_store_file_attributes": UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
    "delete_vector_store_file": DELETE_VECTOR_STORE_FILE,
    "retrieve_vector_store_file_content": RETRIEVE_VECTOR_STORE_FILE_CONTENT,
    "create_vector_store_file_batch": CREATE_VECTOR_STORE_FILE_BATCH,
    "get_vector_store_file_batch": GET_VECTOR_STORE_FILE_BATCH,
    "cancel_vector_store_file_batch": CANCEL_VECTOR_STORE_FILE_BATCH,
    "list_files_in_vector_store_batch": LIST_FILES_IN_VECTOR_STORE_BATCH,
    "search_vector_store": SEARCH_VECTOR_STORE,
}
"""The vector stores operations by function name (old spellings included)."""


def list_vector_stores(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoresResponse:
    """List vector stores

    Returns one page of the vector stores.

    Returns the decoded ListVectorStoresResponse (one page: pass its `last_id` as `after=`
    for the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_VECTOR_STORES,
        (),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
        },
    )
    return cast("ListVectorStoresResponse", parse_response(LIST_VECTOR_STORES, send(client, request), client))


async def list_vector_stores_async(
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoresResponse:
    """List vector stores

    The awaitable form of `list_vector_stores`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_VECTOR_STORES,
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
    return cast("ListVectorStoresResponse", parse_response(LIST_VECTOR_STORES, response, client))


def create_vector_store(
    body: CreateVectorStoreRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Create a vector store

    Creates a vector store, optionally filled at once with files, which are then processed
    in the background.

    Returns the decoded VectorStoreObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        body: The request: a CreateVectorStoreRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_VECTOR_STORE, (), body, None)
    return cast("VectorStoreObject", parse_response(CREATE_VECTOR_STORE, send(client, request), client))


async def create_vector_store_async(
    body: CreateVectorStoreRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Create a vector store

    The awaitable form of `create_vector_store`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_VECTOR_STORE, (), body, None)
    response = await send_async(client, request)
    return cast("VectorStoreObject", parse_response(CREATE_VECTOR_STORE, response, client))


def get_vector_store(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Retrieve a vector store

    Fetches one vector store with its file counts.

    Returns the decoded VectorStoreObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(GET_VECTOR_STORE, (vector_store_id,), None, None)
    return cast("VectorStoreObject", parse_response(GET_VECTOR_STORE, send(client, request), client))


async def get_vector_store_async(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Retrieve a vector store

    The awaitable form of `get_vector_store`: the same arguments, answer and errors.
    """

    request = build_request(GET_VECTOR_STORE, (vector_store_id,), None, None)
    response = await send_async(client, request)
    return cast("VectorStoreObject", parse_response(GET_VECTOR_STORE, response, client))


def modify_vector_store(
    vector_store_id: str,
    body: UpdateVectorStoreRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Modify a vector store

    Changes the name, the expiration policy or the metadata of a vector store.

    Returns the decoded VectorStoreObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        body: The request: a UpdateVectorStoreRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(MODIFY_VECTOR_STORE, (vector_store_id,), body, None)
    return cast("VectorStoreObject", parse_response(MODIFY_VECTOR_STORE, send(client, request), client))


async def modify_vector_store_async(
    vector_store_id: str,
    body: UpdateVectorStoreRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreObject:
    """Modify a vector store

    The awaitable form of `modify_vector_store`: the same arguments, answer and errors.
    """

    request = build_request(MODIFY_VECTOR_STORE, (vector_store_id,), body, None)
    response = await send_async(client, request)
    return cast("VectorStoreObject", parse_response(MODIFY_VECTOR_STORE, response, client))


def delete_vector_store(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteVectorStoreResponse:
    """Delete a vector store

    Deletes a vector store. The files it held stay; only their place in the store goes.

    Returns the decoded DeleteVectorStoreResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(DELETE_VECTOR_STORE, (vector_store_id,), None, None)
    return cast("DeleteVectorStoreResponse", parse_response(DELETE_VECTOR_STORE, send(client, request), client))


async def delete_vector_store_async(
    vector_store_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteVectorStoreResponse:
    """Delete a vector store

    The awaitable form of `delete_vector_store`: the same arguments, answer and errors.
    """

    request = build_request(DELETE_VECTOR_STORE, (vector_store_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteVectorStoreResponse", parse_response(DELETE_VECTOR_STORE, response, client))


def list_vector_store_files(
    vector_store_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoreFilesResponse:
    """List the files of a vector store

    Returns one page of the files in a vector store, optionally only those in one status.

    Returns the decoded ListVectorStoreFilesResponse (one page: pass its `last_id` as
    `after=` for the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        filter: Processing state of a file in a vector store; only `completed` files are
            searched.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_VECTOR_STORE_FILES,
        (vector_store_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "filter": filter,
        },
    )
    return cast("ListVectorStoreFilesResponse", parse_response(LIST_VECTOR_STORE_FILES, send(client, request), client))


async def list_vector_store_files_async(
    vector_store_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoreFilesResponse:
    """List the files of a vector store

    The awaitable form of `list_vector_store_files`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_VECTOR_STORE_FILES,
        (vector_store_id,),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "filter": filter,
        },
    )
    response = await send_async(client, request)
    return cast("ListVectorStoreFilesResponse", parse_response(LIST_VECTOR_STORE_FILES, response, client))


def create_vector_store_file(
    vector_store_id: str,
    body: CreateVectorStoreFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Add a file to a vector store

    Attaches an uploaded file to a vector store; it is extracted, chunked and indexed in the
    background.

    Returns the decoded VectorStoreFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        body: The request: a CreateVectorStoreFileRequest, or a mapping with the same
            JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None)
    return cast("VectorStoreFileObject", parse_response(CREATE_VECTOR_STORE_FILE, send(client, request), client))


async def create_vector_store_file_async(
    vector_store_id: str,
    body: CreateVectorStoreFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Add a file to a vector store

    The awaitable form of `create_vector_store_file`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None)
    response = await send_async(client, request)
    return cast("VectorStoreFileObject", parse_response(CREATE_VECTOR_STORE_FILE, response, client))


def get_vector_store_file(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Retrieve a vector store file

    Fetches one file of a vector store with its processing status.

    Returns the decoded VectorStoreFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        GET_VECTOR_STORE_FILE,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    return cast("VectorStoreFileObject", parse_response(GET_VECTOR_STORE_FILE, send(client, request), client))


async def get_vector_store_file_async(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Retrieve a vector store file

    The awaitable form of `get_vector_store_file`: the same arguments, answer and errors.
    """

    request = build_request(
        GET_VECTOR_STORE_FILE,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("VectorStoreFileObject", parse_response(GET_VECTOR_STORE_FILE, response, client))


def update_vector_store_file_attributes(
    vector_store_id: str,
    file_id: str,
    body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Update a vector store file's attributes

    Replaces the attributes (the filterable key/value pairs) of a file in a vector store.

    Returns the decoded VectorStoreFileObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        file_id: ID of the file.
        body: The request: a UpdateVectorStoreFileAttributesRequest, or a mapping with
            the same JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
        (
            vector_store_id,
            file_id,
        ),
        body,
        None,
    )
    return cast(
        "VectorStoreFileObject", parse_response(UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, send(client, request), client)
    )


async def update_vector_store_file_attributes_async(
    vector_store_id: str,
    file_id: str,
    body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileObject:
    """Update a vector store file's attributes

    The awaitable form of `update_vector_store_file_attributes`: the same arguments, answer and errors.
    """

    request = build_request(
        UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
        (
            vector_store_id,
            file_id,
        ),
        body,
        None,
    )
    response = await send_async(client, request)
    return cast("VectorStoreFileObject", parse_response(UPDATE_VECTOR_STORE_FILE_ATTRIBUTES, response, client))


def delete_vector_store_file(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteVectorStoreFileResponse:
    """Remove a file from a vector store

    Takes a file out of a vector store. The file itself stays; delete it with `deleteFile`.

    Returns the decoded DeleteVectorStoreFileResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        DELETE_VECTOR_STORE_FILE,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    return cast(
        "DeleteVectorStoreFileResponse", parse_response(DELETE_VECTOR_STORE_FILE, send(client, request), client)
    )


async def delete_vector_store_file_async(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteVectorStoreFileResponse:
    """Remove a file from a vector store

    The awaitable form of `delete_vector_store_file`: the same arguments, answer and errors.
    """

    request = build_request(
        DELETE_VECTOR_STORE_FILE,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("DeleteVectorStoreFileResponse", parse_response(DELETE_VECTOR_STORE_FILE, response, client))


def retrieve_vector_store_file_content(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileContentResponse:
    """Read a vector store file's parsed text

    Returns the text the vector store extracted from the file.

    Returns the decoded VectorStoreFileContentResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        RETRIEVE_VECTOR_STORE_FILE_CONTENT,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    return cast(
        "VectorStoreFileContentResponse",
        parse_response(RETRIEVE_VECTOR_STORE_FILE_CONTENT, send(client, request), client),
    )


async def retrieve_vector_store_file_content_async(
    vector_store_id: str,
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileContentResponse:
    """Read a vector store file's parsed text

    The awaitable form of `retrieve_vector_store_file_content`: the same arguments, answer and errors.
    """

    request = build_request(
        RETRIEVE_VECTOR_STORE_FILE_CONTENT,
        (
            vector_store_id,
            file_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("VectorStoreFileContentResponse", parse_response(RETRIEVE_VECTOR_STORE_FILE_CONTENT, response, client))


def create_vector_store_file_batch(
    vector_store_id: str,
    body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Add many files to a vector store

    Attaches up to 2,000 files in one request: either `file_ids` (all with
    the same attributes and chunking) or `files` (each with its own).

    Returns the decoded VectorStoreFileBatchObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        body: The request: a CreateVectorStoreFileBatchRequest, or a mapping with the
            same JSON field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None)
    return cast(
        "VectorStoreFileBatchObject", parse_response(CREATE_VECTOR_STORE_FILE_BATCH, send(client, request), client)
    )


async def create_vector_store_file_batch_async(
    vector_store_id: str,
    body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Add many files to a vector store

    The awaitable form of `create_vector_store_file_batch`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None)
    response = await send_async(client, request)
    return cast("VectorStoreFileBatchObject", parse_response(CREATE_VECTOR_STORE_FILE_BATCH, response, client))


def get_vector_store_file_batch(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Retrieve a file batch

    Fetches a file batch with the counts of its files by status.

    Returns the decoded VectorStoreFileBatchObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        batch_id: ID of the batch.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        GET_VECTOR_STORE_FILE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        None,
    )
    return cast(
        "VectorStoreFileBatchObject", parse_response(GET_VECTOR_STORE_FILE_BATCH, send(client, request), client)
    )


async def get_vector_store_file_batch_async(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Retrieve a file batch

    The awaitable form of `get_vector_store_file_batch`: the same arguments, answer and errors.
    """

    request = build_request(
        GET_VECTOR_STORE_FILE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("VectorStoreFileBatchObject", parse_response(GET_VECTOR_STORE_FILE_BATCH, response, client))


def cancel_vector_store_file_batch(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Cancel a file batch

    Stops the processing of the batch's files that have not finished yet; those end
    `cancelled`.

    Returns the decoded VectorStoreFileBatchObject; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        batch_id: ID of the batch.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        CANCEL_VECTOR_STORE_FILE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        None,
    )
    return cast(
        "VectorStoreFileBatchObject", parse_response(CANCEL_VECTOR_STORE_FILE_BATCH, send(client, request), client)
    )


async def cancel_vector_store_file_batch_async(
    vector_store_id: str,
    batch_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreFileBatchObject:
    """Cancel a file batch

    The awaitable form of `cancel_vector_store_file_batch`: the same arguments, answer and errors.
    """

    request = build_request(
        CANCEL_VECTOR_STORE_FILE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        None,
    )
    response = await send_async(client, request)
    return cast("VectorStoreFileBatchObject", parse_response(CANCEL_VECTOR_STORE_FILE_BATCH, response, client))


def list_files_in_vector_store_batch(
    vector_store_id: str,
    batch_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoreFilesResponse:
    """List the files of a batch

    Returns one page of the vector store files that came with one batch.

    Returns the decoded ListVectorStoreFilesResponse (one page: pass its `last_id` as
    `after=` for the next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        batch_id: ID of the batch.
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        before: Cursor: start before the object with this ID (a page's `first_id`).
        filter: Processing state of a file in a vector store; only `completed` files are
            searched.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_FILES_IN_VECTOR_STORE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "filter": filter,
        },
    )
    return cast(
        "ListVectorStoreFilesResponse", parse_response(LIST_FILES_IN_VECTOR_STORE_BATCH, send(client, request), client)
    )


async def list_files_in_vector_store_batch_async(
    vector_store_id: str,
    batch_id: str,
    *,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    before: str | None = None,
    filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListVectorStoreFilesResponse:
    """List the files of a batch

    The awaitable form of `list_files_in_vector_store_batch`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_FILES_IN_VECTOR_STORE_BATCH,
        (
            vector_store_id,
            batch_id,
        ),
        None,
        {
            "limit": limit,
            "order": order,
            "after": after,
            "before": before,
            "filter": filter,
        },
    )
    response = await send_async(client, request)
    return cast("ListVectorStoreFilesResponse", parse_response(LIST_FILES_IN_VECTOR_STORE_BATCH, response, client))


def search_vector_store(
    vector_store_id: str,
    body: VectorStoreSearchRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreSearchResultsPage:
    """Search a vector store

    Finds the chunks of the store's files that best answer a query, optionally only in files
    whose attributes pass a filter.

    Returns the decoded VectorStoreSearchResultsPage; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        vector_store_id: ID of the vector store.
        body: The request: a VectorStoreSearchRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(SEARCH_VECTOR_STORE, (vector_store_id,), body, None)
    return cast("VectorStoreSearchResultsPage", parse_response(SEARCH_VECTOR_STORE, send(client, request), client))


async def search_vector_store_async(
    vector_store_id: str,
    body: VectorStoreSearchRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> VectorStoreSearchResultsPage:
    """Search a vector store

    The awaitable form of `search_vector_store`: the same arguments, answer and errors.
    """

    request = build_request(SEARCH_VECTOR_STORE, (vector_store_id,), body, None)
    response = await send_async(client, request)
    return cast("VectorStoreSearchResultsPage", parse_response(SEARCH_VECTOR_STORE, response, client))


class VectorStoresSync(Operations):
    """The vector stores methods of SyncOperations."""

    __slots__ = ()

    def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[VectorStoreObject, ListVectorStoresResponse]:
        """List vector stores

        Lists the vector stores.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every
        VectorStoreObject of every page (ListVectorStoresResponse pages from `.pages()`), not
        one page.

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
                valid ListVectorStoresResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[VectorStoreObject, ListVectorStoresResponse]",
            self._paginate(
                LIST_VECTOR_STORES,
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

    def create_vector_store(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Create a vector store

        Creates a vector store, optionally filled at once with files, which are then processed
        in the background.

        Returns the decoded VectorStoreObject.

        Args:
            body: The request: a CreateVectorStoreRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreObject is an APIResponseValidationError.
        """

        return cast("VectorStoreObject", self._call(CREATE_VECTOR_STORE, (), body, None, to_options(options)))

    def get_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Retrieve a vector store

        Fetches one vector store with its file counts.

        Returns the decoded VectorStoreObject.

        Args:
            vector_store_id: ID of the vector store.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreObject", self._call(GET_VECTOR_STORE, (vector_store_id,), None, None, to_options(options))
        )

    def modify_vector_store(
        self,
        vector_store_id: str,
        body: UpdateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Modify a vector store

        Changes the name, the expiration policy or the metadata of a vector store.

        Returns the decoded VectorStoreObject.

        Args:
            vector_store_id: ID of the vector store.
            body: The request: a UpdateVectorStoreRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreObject", self._call(MODIFY_VECTOR_STORE, (vector_store_id,), body, None, to_options(options))
        )

    def delete_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store

        Deletes a vector store. The files it held stay; only their place in the store goes.

        Returns the decoded DeleteVectorStoreResponse.

        Args:
            vector_store_id: ID of the vector store.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteVectorStoreResponse is an APIResponseValidationError.
        """

        return cast(
            "DeleteVectorStoreResponse",
            self._call(DELETE_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[VectorStoreFileObject, ListVectorStoreFilesResponse]:
        """List the files of a vector store

        Lists the files in a vector store, optionally only those in one status.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every
        VectorStoreFileObject of every page (ListVectorStoreFilesResponse pages from
        `.pages()`), not one page.

        Args:
            vector_store_id: ID of the vector store.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            filter: Processing state of a file in a vector store; only `completed` files are
                searched.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListVectorStoreFilesResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[VectorStoreFileObject, ListVectorStoreFilesResponse]",
            self._paginate(
                LIST_VECTOR_STORE_FILES,
                (vector_store_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    def create_vector_store_file(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Add a file to a vector store

        Attaches an uploaded file to a vector store; it is extracted, chunked and indexed in the
        background.

        Returns the decoded VectorStoreFileObject.

        Args:
            vector_store_id: ID of the vector store.
            body: The request: a CreateVectorStoreFileRequest, or a mapping with the same
                JSON field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileObject",
            self._call(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None, to_options(options)),
        )

    def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Retrieve a vector store file

        Fetches one file of a vector store with its processing status.

        Returns the decoded VectorStoreFileObject.

        Args:
            vector_store_id: ID of the vector store.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileObject",
            self._call(
                GET_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Update a vector store file's attributes

        Replaces the attributes (the filterable key/value pairs) of a file in a vector store.

        Returns the decoded VectorStoreFileObject.

        Args:
            vector_store_id: ID of the vector store.
            file_id: ID of the file.
            body: The request: a UpdateVectorStoreFileAttributesRequest, or a mapping with
                the same JSON field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileObject",
            self._call(
                UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                (
                    vector_store_id,
                    file_id,
                ),
                body,
                None,
                to_options(options),
            ),
        )

    def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteVectorStoreFileResponse:
        """Remove a file from a vector store

        Takes a file out of a vector store. The file itself stays; delete it with `deleteFile`.

        Returns the decoded DeleteVectorStoreFileResponse.

        Args:
            vector_store_id: ID of the vector store.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteVectorStoreFileResponse is an APIResponseValidationError.
        """

        return cast(
            "DeleteVectorStoreFileResponse",
            self._call(
                DELETE_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileContentResponse:
        """Read a vector store file's parsed text

        Returns the text the vector store extracted from the file.

        Returns the decoded VectorStoreFileContentResponse.

        Args:
            vector_store_id: ID of the vector store.
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileContentResponse is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileContentResponse",
            self._call(
                RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Add many files to a vector store

        Attaches up to 2,000 files in one request: either `file_ids` (all with
        the same attributes and chunking) or `files` (each with its own).

        Returns the decoded VectorStoreFileBatchObject.

        Args:
            vector_store_id: ID of the vector store.
            body: The request: a CreateVectorStoreFileBatchRequest, or a mapping with the
                same JSON field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileBatchObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileBatchObject",
            self._call(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None, to_options(options)),
        )

    def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Retrieve a file batch

        Fetches a file batch with the counts of its files by status.

        Returns the decoded VectorStoreFileBatchObject.

        Args:
            vector_store_id: ID of the vector store.
            batch_id: ID of the batch.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or batch (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileBatchObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileBatchObject",
            self._call(
                GET_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Cancel a file batch

        Stops the processing of the batch's files that have not finished yet; those end
        `cancelled`.

        Returns the decoded VectorStoreFileBatchObject.

        Args:
            vector_store_id: ID of the vector store.
            batch_id: ID of the batch.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or batch (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreFileBatchObject is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreFileBatchObject",
            self._call(
                CANCEL_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[VectorStoreFileObject, ListVectorStoreFilesResponse]:
        """List the files of a batch

        Lists the vector store files that came with one batch.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every
        VectorStoreFileObject of every page (ListVectorStoreFilesResponse pages from
        `.pages()`), not one page.

        Args:
            vector_store_id: ID of the vector store.
            batch_id: ID of the batch.
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            before: Cursor: start before the object with this ID (a page's `first_id`).
            filter: Processing state of a file in a vector store; only `completed` files are
                searched.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store or batch (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListVectorStoreFilesResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[VectorStoreFileObject, ListVectorStoreFilesResponse]",
            self._paginate(
                LIST_FILES_IN_VECTOR_STORE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    def search_vector_store(
        self,
        vector_store_id: str,
        body: VectorStoreSearchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store

        Finds the chunks of the store's files that best answer a query, optionally only in files
        whose attributes pass a filter.

        Returns the decoded VectorStoreSearchResultsPage.

        Args:
            vector_store_id: ID of the vector store.
            body: The request: a VectorStoreSearchRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such vector store (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid VectorStoreSearchResultsPage is an APIResponseValidationError.
        """

        return cast(
            "VectorStoreSearchResultsPage",
            self._call(SEARCH_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )


class VectorStoresAsync(Operations):
    """The vector stores methods of AsyncOperations."""

    __slots__ = ()

    def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[VectorStoreObject, ListVectorStoresResponse]:
        """List vector stores

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        VectorStoreObject of every page (ListVectorStoresResponse pages from `.pages()`, the
        first from `await`); otherwise as the sync `list_vector_stores`: the same arguments and
        errors.
        """

        return cast(
            "AsyncPaginator[VectorStoreObject, ListVectorStoresResponse]",
            self._paginate(
                LIST_VECTOR_STORES,
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

    async def create_vector_store(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Create a vector store

        The awaitable form of the sync `create_vector_store`: the same arguments, answer and errors.
        """

        return cast("VectorStoreObject", await self._call(CREATE_VECTOR_STORE, (), body, None, to_options(options)))

    async def get_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Retrieve a vector store

        The awaitable form of the sync `get_vector_store`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreObject", await self._call(GET_VECTOR_STORE, (vector_store_id,), None, None, to_options(options))
        )

    async def modify_vector_store(
        self,
        vector_store_id: str,
        body: UpdateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreObject:
        """Modify a vector store

        The awaitable form of the sync `modify_vector_store`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreObject",
            await self._call(MODIFY_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )

    async def delete_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteVectorStoreResponse:
        """Delete a vector store

        The awaitable form of the sync `delete_vector_store`: the same arguments, answer and errors.
        """

        return cast(
            "DeleteVectorStoreResponse",
            await self._call(DELETE_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[VectorStoreFileObject, ListVectorStoreFilesResponse]:
        """List the files of a vector store

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        VectorStoreFileObject of every page (ListVectorStoreFilesResponse pages from `.pages()`,
        the first from `await`); otherwise as the sync `list_vector_store_files`: the same
        arguments and errors.
        """

        return cast(
            "AsyncPaginator[VectorStoreFileObject, ListVectorStoreFilesResponse]",
            self._paginate(
                LIST_VECTOR_STORE_FILES,
                (vector_store_id,),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    async def create_vector_store_file(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Add a file to a vector store

        The awaitable form of the sync `create_vector_store_file`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileObject",
            await self._call(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None, to_options(options)),
        )

    async def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Retrieve a vector store file

        The awaitable form of the sync `get_vector_store_file`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileObject",
            await self._call(
                GET_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileObject:
        """Update a vector store file's attributes

        The awaitable form of the sync `update_vector_store_file_attributes`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileObject",
            await self._call(
                UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                (
                    vector_store_id,
                    file_id,
                ),
                body,
                None,
                to_options(options),
            ),
        )

    async def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteVectorStoreFileResponse:
        """Remove a file from a vector store

        The awaitable form of the sync `delete_vector_store_file`: the same arguments, answer and errors.
        """

        return cast(
            "DeleteVectorStoreFileResponse",
            await self._call(
                DELETE_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileContentResponse:
        """Read a vector store file's parsed text

        The awaitable form of the sync `retrieve_vector_store_file_content`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileContentResponse",
            await self._call(
                RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Add many files to a vector store

        The awaitable form of the sync `create_vector_store_file_batch`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileBatchObject",
            await self._call(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None, to_options(options)),
        )

    async def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Retrieve a file batch

        The awaitable form of the sync `get_vector_store_file_batch`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileBatchObject",
            await self._call(
                GET_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> VectorStoreFileBatchObject:
        """Cancel a file batch

        The awaitable form of the sync `cancel_vector_store_file_batch`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreFileBatchObject",
            await self._call(
                CANCEL_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[VectorStoreFileObject, ListVectorStoreFilesResponse]:
        """List the files of a batch

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        VectorStoreFileObject of every page (ListVectorStoreFilesResponse pages from `.pages()`,
        the first from `await`); otherwise as the sync `list_files_in_vector_store_batch`: the
        same arguments and errors.
        """

        return cast(
            "AsyncPaginator[VectorStoreFileObject, ListVectorStoreFilesResponse]",
            self._paginate(
                LIST_FILES_IN_VECTOR_STORE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    async def search_vector_store(
        self,
        vector_store_id: str,
        body: VectorStoreSearchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> VectorStoreSearchResultsPage:
        """Search a vector store

        The awaitable form of the sync `search_vector_store`: the same arguments, answer and errors.
        """

        return cast(
            "VectorStoreSearchResultsPage",
            await self._call(SEARCH_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )


class VectorStoresSyncRaw(RawOperations):
    """The vector stores methods of SyncRawOperations."""

    __slots__ = ()

    def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoresResponse]:
        """List vector stores

        `list_vector_stores` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoresResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoresResponse]",
            self._call(
                LIST_VECTOR_STORES,
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

    def create_vector_store(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Create a vector store

        `create_vector_store` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]", self._call(CREATE_VECTOR_STORE, (), body, None, to_options(options))
        )

    def get_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Retrieve a vector store

        `get_vector_store` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]",
            self._call(GET_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    def modify_vector_store(
        self,
        vector_store_id: str,
        body: UpdateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Modify a vector store

        `modify_vector_store` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]",
            self._call(MODIFY_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )

    def delete_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteVectorStoreResponse]:
        """Delete a vector store

        `delete_vector_store` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteVectorStoreResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteVectorStoreResponse]",
            self._call(DELETE_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoreFilesResponse]:
        """List the files of a vector store

        `list_vector_store_files` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoreFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoreFilesResponse]",
            self._call(
                LIST_VECTOR_STORE_FILES,
                (vector_store_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    def create_vector_store_file(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Add a file to a vector store

        `create_vector_store_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            self._call(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None, to_options(options)),
        )

    def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Retrieve a vector store file

        `get_vector_store_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            self._call(
                GET_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Update a vector store file's attributes

        `update_vector_store_file_attributes` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            self._call(
                UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                (
                    vector_store_id,
                    file_id,
                ),
                body,
                None,
                to_options(options),
            ),
        )

    def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteVectorStoreFileResponse]:
        """Remove a file from a vector store

        `delete_vector_store_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteVectorStoreFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteVectorStoreFileResponse]",
            self._call(
                DELETE_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileContentResponse]:
        """Read a vector store file's parsed text

        `retrieve_vector_store_file_content` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileContentResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileContentResponse]",
            self._call(
                RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Add many files to a vector store

        `create_vector_store_file_batch` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            self._call(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None, to_options(options)),
        )

    def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Retrieve a file batch

        `get_vector_store_file_batch` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            self._call(
                GET_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Cancel a file batch

        `cancel_vector_store_file_batch` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            self._call(
                CANCEL_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoreFilesResponse]:
        """List the files of a batch

        `list_files_in_vector_store_batch` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoreFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoreFilesResponse]",
            self._call(
                LIST_FILES_IN_VECTOR_STORE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    def search_vector_store(
        self,
        vector_store_id: str,
        body: VectorStoreSearchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreSearchResultsPage]:
        """Search a vector store

        `search_vector_store` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreSearchResultsPage. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreSearchResultsPage]",
            self._call(SEARCH_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )


class VectorStoresAsyncRaw(RawOperations):
    """The vector stores methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_vector_stores(
        self,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoresResponse]:
        """List vector stores

        `list_vector_stores`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoresResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoresResponse]",
            await self._call(
                LIST_VECTOR_STORES,
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

    async def create_vector_store(
        self,
        body: CreateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Create a vector store

        `create_vector_store`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]", await self._call(CREATE_VECTOR_STORE, (), body, None, to_options(options))
        )

    async def get_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Retrieve a vector store

        `get_vector_store`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]",
            await self._call(GET_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    async def modify_vector_store(
        self,
        vector_store_id: str,
        body: UpdateVectorStoreRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreObject]:
        """Modify a vector store

        `modify_vector_store`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreObject]",
            await self._call(MODIFY_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )

    async def delete_vector_store(
        self,
        vector_store_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteVectorStoreResponse]:
        """Delete a vector store

        `delete_vector_store`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteVectorStoreResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteVectorStoreResponse]",
            await self._call(DELETE_VECTOR_STORE, (vector_store_id,), None, None, to_options(options)),
        )

    async def list_vector_store_files(
        self,
        vector_store_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoreFilesResponse]:
        """List the files of a vector store

        `list_vector_store_files`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoreFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoreFilesResponse]",
            await self._call(
                LIST_VECTOR_STORE_FILES,
                (vector_store_id,),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    async def create_vector_store_file(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Add a file to a vector store

        `create_vector_store_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            await self._call(CREATE_VECTOR_STORE_FILE, (vector_store_id,), body, None, to_options(options)),
        )

    async def get_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Retrieve a vector store file

        `get_vector_store_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            await self._call(
                GET_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def update_vector_store_file_attributes(
        self,
        vector_store_id: str,
        file_id: str,
        body: UpdateVectorStoreFileAttributesRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileObject]:
        """Update a vector store file's attributes

        `update_vector_store_file_attributes`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileObject]",
            await self._call(
                UPDATE_VECTOR_STORE_FILE_ATTRIBUTES,
                (
                    vector_store_id,
                    file_id,
                ),
                body,
                None,
                to_options(options),
            ),
        )

    async def delete_vector_store_file(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteVectorStoreFileResponse]:
        """Remove a file from a vector store

        `delete_vector_store_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteVectorStoreFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteVectorStoreFileResponse]",
            await self._call(
                DELETE_VECTOR_STORE_FILE,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def retrieve_vector_store_file_content(
        self,
        vector_store_id: str,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileContentResponse]:
        """Read a vector store file's parsed text

        `retrieve_vector_store_file_content`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileContentResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileContentResponse]",
            await self._call(
                RETRIEVE_VECTOR_STORE_FILE_CONTENT,
                (
                    vector_store_id,
                    file_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def create_vector_store_file_batch(
        self,
        vector_store_id: str,
        body: CreateVectorStoreFileBatchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Add many files to a vector store

        `create_vector_store_file_batch`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            await self._call(CREATE_VECTOR_STORE_FILE_BATCH, (vector_store_id,), body, None, to_options(options)),
        )

    async def get_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Retrieve a file batch

        `get_vector_store_file_batch`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            await self._call(
                GET_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def cancel_vector_store_file_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreFileBatchObject]:
        """Cancel a file batch

        `cancel_vector_store_file_batch`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreFileBatchObject. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreFileBatchObject]",
            await self._call(
                CANCEL_VECTOR_STORE_FILE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                None,
                to_options(options),
            ),
        )

    async def list_files_in_vector_store_batch(
        self,
        vector_store_id: str,
        batch_id: str,
        *,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        before: str | None = None,
        filter: Literal["in_progress", "completed", "cancelled", "failed"] | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListVectorStoreFilesResponse]:
        """List the files of a batch

        `list_files_in_vector_store_batch`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListVectorStoreFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListVectorStoreFilesResponse]",
            await self._call(
                LIST_FILES_IN_VECTOR_STORE_BATCH,
                (
                    vector_store_id,
                    batch_id,
                ),
                None,
                {
                    "limit": limit,
                    "order": order,
                    "after": after,
                    "before": before,
                    "filter": filter,
                },
                to_options(options),
            ),
        )

    async def search_vector_store(
        self,
        vector_store_id: str,
        body: VectorStoreSearchRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[VectorStoreSearchResultsPage]:
        """Search a vector store

        `search_vector_store`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        VectorStoreSearchResultsPage. The same arguments and errors.
        """

        return cast(
            "RawResponse[VectorStoreSearchResultsPage]",
            await self._call(SEARCH_VECTOR_STORE, (vector_store_id,), body, None, to_options(options)),
        )


__all__ = [
    "CANCEL_VECTOR_STORE_FILE_BATCH",
    "CREATE_VECTOR_STORE",
    "CREATE_VECTOR_STORE_FILE",
    "CREATE_VECTOR_STORE_FILE_BATCH",
    "DELETE_VECTOR_STORE",
    "DELETE_VECTOR_STORE_FILE",
    "GET_VECTOR_STORE",
    "GET_VECTOR_STORE_FILE",
    "GET_VECTOR_STORE_FILE_BATCH",
    "LIST_FILES_IN_VECTOR_STORE_BATCH",
    "LIST_VECTOR_STORES",
    "LIST_VECTOR_STORE_FILES",
    "MODIFY_VECTOR_STORE",
    "OPERATIONS",
    "RETRIEVE_VECTOR_STORE_FILE_CONTENT",
    "SEARCH_VECTOR_STORE",
    "UPDATE_VECTOR_STORE_FILE_ATTRIBUTES",
    "VectorStoresAsync",
    "VectorStoresAsyncRaw",
    "VectorStoresSync",
    "VectorStoresSyncRaw",
    "cancel_vector_store_file_batch",
    "cancel_vector_store_file_batch_async",
    "create_vector_store",
    "create_vector_store_async",
    "create_vector_store_file",
    "create_vector_store_file_async",
    "create_vector_store_file_batch",
    "create_vector_store_file_batch_async",
    "delete_vector_store",
    "delete_vector_store_async",
    "delete_vector_store_file",
    "delete_vector_store_file_async",
    "get_vector_store",
    "get_vector_store_async",
    "get_vector_store_file",
    "get_vector_store_file_async",
    "get_vector_store_file_batch",
    "get_vector_store_file_batch_async",
    "list_files_in_vector_store_batch",
    "list_files_in_vector_store_batch_async",
    "list_vector_store_files",
    "list_vector_store_files_async",
    "list_vector_stores",
    "list_vector_stores_async",
    "modify_vector_store",
    "modify_vector_store_async",
    "retrieve_vector_store_file_content",
    "retrieve_vector_store_file_content_async",
    "search_vector_store",
    "search_vector_store_async",
    "update_vector_store_file_attributes",
    "update_vector_store_file_attributes_async",
]
