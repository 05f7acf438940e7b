"""The files operations: records, flat functions and method mixins.

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

    from ...models.create_file_request import CreateFileRequest
    from ...models.delete_file_response import DeleteFileResponse
    from ...models.list_files_response import ListFilesResponse
    from ...models.open_ai_file import OpenAIFile

_MODELS = __name__.rpartition(".api.")[0] + ".models"

LIST_FILES = Operation(
    "list_files",
    "GET",
    "/files",
    (),
    None,
    "list_files_response:ListFilesResponse",
    False,
    models=_MODELS,
)

CREATE_FILE = Operation(
    "create_file",
    "POST",
    "/files",
    (),
    "create_file_request:CreateFileRequest",
    "open_ai_file:OpenAIFile",
    False,
    models=_MODELS,
    body_kind="multipart",
    file_fields=("file",),
)

RETRIEVE_FILE = Operation(
    "retrieve_file",
    "GET",
    "/files/{file_id}",
    ("file_id",),
    None,
    "open_ai_file:OpenAIFile",
    False,
    models=_MODELS,
)

DELETE_FILE = Operation(
    "delete_file",
    "DELETE",
    "/files/{file_id}",
    ("file_id",),
    None,
    "delete_file_response:DeleteFileResponse",
    False,
    models=_MODELS,
)

DOWNLOAD_FILE = Operation(
    "download_file",
    "GET",
    "/files/{file_id}/content",
    ("file_id",),
    None,
    None,
    False,
    models=_MODELS,
    response_kind="binary",
)

OPERATIONS: dict[str, Operation] = {
    "list_files": LIST_FILES,
    "create_file": CREATE_FILE,
    "retrieve_file": RETRIEVE_FILE,
    "delete_file": DELETE_FILE,
    "download_file": DOWNLOAD_FILE,
}
"""The files operations by function name (old spellings included)."""


def list_files(
    *,
    purpose: str | None = None,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListFilesResponse:
    """List files

    Returns one page of the files uploaded to the organization or project, optionally only
    those of one purpose.

    Returns the decoded ListFilesResponse (one page: pass its `last_id` as `after=` for the
    next); one attempt, as every [flat function][assistants_core.flat].

    Args:
        purpose: None
        limit: How many items one request asks for (the API takes 1 to 100).
        order: `asc` for oldest first, `desc` for newest first (by `created_at`).
        after: Cursor: start after the object with this ID (a page's `last_id`).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(
        LIST_FILES,
        (),
        None,
        {
            "purpose": purpose,
            "limit": limit,
            "order": order,
            "after": after,
        },
    )
    return cast("ListFilesResponse", parse_response(LIST_FILES, send(client, request), client))


async def list_files_async(
    *,
    purpose: str | None = None,
    limit: int | None = None,
    order: Literal["asc", "desc"] | None = None,
    after: str | None = None,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> ListFilesResponse:
    """List files

    The awaitable form of `list_files`: the same arguments, answer and errors.
    """

    request = build_request(
        LIST_FILES,
        (),
        None,
        {
            "purpose": purpose,
            "limit": limit,
            "order": order,
            "after": after,
        },
    )
    response = await send_async(client, request)
    return cast("ListFilesResponse", parse_response(LIST_FILES, response, client))


def create_file(
    body: CreateFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> OpenAIFile:
    """Upload a file

    Uploads one file as `multipart/form-data` (the `file` part and its
    `purpose`), for use by tools such as `file_search` and
    `code_interpreter` or by message attachments. A file may be up to
    512 MB; larger ones go through the uploads operations.

    Returns the decoded OpenAIFile; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        body: The multipart fields: a CreateFileRequest, or a mapping with the same
            field names. A binary field (`file`) takes a path, bytes, a binary file object
            or a `(filename, content[, content_type])` tuple, and is streamed from it
            ([MultipartBody][assistants_core.multipart.MultipartBody]).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_FILE, (), body, None)
    return cast("OpenAIFile", parse_response(CREATE_FILE, send(client, request), client))


async def create_file_async(
    body: CreateFileRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> OpenAIFile:
    """Upload a file

    The awaitable form of `create_file`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_FILE, (), body, None)
    response = await send_async(client, request)
    return cast("OpenAIFile", parse_response(CREATE_FILE, response, client))


def retrieve_file(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> OpenAIFile:
    """Retrieve a file

    Returns the description of one file (not its bytes).

    Returns the decoded OpenAIFile; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(RETRIEVE_FILE, (file_id,), None, None)
    return cast("OpenAIFile", parse_response(RETRIEVE_FILE, send(client, request), client))


async def retrieve_file_async(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> OpenAIFile:
    """Retrieve a file

    The awaitable form of `retrieve_file`: the same arguments, answer and errors.
    """

    request = build_request(RETRIEVE_FILE, (file_id,), None, None)
    response = await send_async(client, request)
    return cast("OpenAIFile", parse_response(RETRIEVE_FILE, response, client))


def delete_file(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteFileResponse:
    """Delete a file

    Deletes a file and its bytes. Vector stores that held it stop searching it.

    Returns the decoded DeleteFileResponse; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(DELETE_FILE, (file_id,), None, None)
    return cast("DeleteFileResponse", parse_response(DELETE_FILE, send(client, request), client))


async def delete_file_async(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> DeleteFileResponse:
    """Delete a file

    The awaitable form of `delete_file`: the same arguments, answer and errors.
    """

    request = build_request(DELETE_FILE, (file_id,), None, None)
    response = await send_async(client, request)
    return cast("DeleteFileResponse", parse_response(DELETE_FILE, response, client))


def download_file(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> bytes:
    """Download a file's bytes

    Returns the bytes of a file exactly as they were uploaded, as `application/octet-
    stream`.

    Returns the decoded bytes; one attempt, as every [flat function][assistants_core.flat].

    Args:
        file_id: ID of the file.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(DOWNLOAD_FILE, (file_id,), None, None)
    return cast("bytes", parse_response(DOWNLOAD_FILE, send(client, request), client))


async def download_file_async(
    file_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> bytes:
    """Download a file's bytes

    The awaitable form of `download_file`: the same arguments, answer and errors.
    """

    request = build_request(DOWNLOAD_FILE, (file_id,), None, None)
    response = await send_async(client, request)
    return cast("bytes", parse_response(DOWNLOAD_FILE, response, client))


class FilesSync(Operations):
    """The files methods of SyncOperations."""

    __slots__ = ()

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        **options: Unpack[CallOptions],
    ) -> Paginator[OpenAIFile, ListFilesResponse]:
        """List files

        Lists the files uploaded to the organization or project, optionally only those of one
        purpose.

        Returns a lazy [Paginator][assistants_core.results.Paginator] over every OpenAIFile of
        every page (ListFilesResponse pages from `.pages()`), not one page.

        Args:
            purpose: None
            limit: How many items one request asks for (the API takes 1 to 100).
            order: `asc` for oldest first, `desc` for newest first (by `created_at`).
            after: Cursor: start after the object with this ID (a page's `last_id`).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid ListFilesResponse is an APIResponseValidationError.
        """

        return cast(
            "Paginator[OpenAIFile, ListFilesResponse]",
            self._paginate(
                LIST_FILES,
                (),
                {
                    "purpose": purpose,
                    "limit": limit,
                    "order": order,
                    "after": after,
                },
                to_options(options),
            ),
        )

    def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Upload a file

        Uploads one file as `multipart/form-data` (the `file` part and its
        `purpose`), for use by tools such as `file_search` and
        `code_interpreter` or by message attachments. A file may be up to
        512 MB; larger ones go through the uploads operations.

        Returns the decoded OpenAIFile.

        Args:
            body: The multipart fields: a CreateFileRequest, or a mapping with the same
                field names. A binary field (`file`) takes a path, bytes, a binary file object
                or a `(filename, content[, content_type])` tuple, and is streamed from it
                ([MultipartBody][assistants_core.multipart.MultipartBody]).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid OpenAIFile is an APIResponseValidationError.
        """

        return cast("OpenAIFile", self._call(CREATE_FILE, (), body, None, to_options(options)))

    def retrieve_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Retrieve a file

        Returns the description of one file (not its bytes).

        Returns the decoded OpenAIFile.

        Args:
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid OpenAIFile is an APIResponseValidationError.
        """

        return cast("OpenAIFile", self._call(RETRIEVE_FILE, (file_id,), None, None, to_options(options)))

    def delete_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteFileResponse:
        """Delete a file

        Deletes a file and its bytes. Vector stores that held it stop searching it.

        Returns the decoded DeleteFileResponse.

        Args:
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid DeleteFileResponse is an APIResponseValidationError.
        """

        return cast("DeleteFileResponse", self._call(DELETE_FILE, (file_id,), None, None, to_options(options)))

    def download_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """Download a file's bytes

        Returns the bytes of a file exactly as they were uploaded, as `application/octet-
        stream`.

        Returns the decoded bytes.

        Args:
            file_id: ID of the file.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such file (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid bytes is an APIResponseValidationError.
        """

        return cast("bytes", self._call(DOWNLOAD_FILE, (file_id,), None, None, to_options(options)))


class FilesAsync(Operations):
    """The files methods of AsyncOperations."""

    __slots__ = ()

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        **options: Unpack[CallOptions],
    ) -> AsyncPaginator[OpenAIFile, ListFilesResponse]:
        """List files

        Returns an [AsyncPaginator][assistants_core.results.AsyncPaginator] over every
        OpenAIFile of every page (ListFilesResponse pages from `.pages()`, the first from
        `await`); otherwise as the sync `list_files`: the same arguments and errors.
        """

        return cast(
            "AsyncPaginator[OpenAIFile, ListFilesResponse]",
            self._paginate(
                LIST_FILES,
                (),
                {
                    "purpose": purpose,
                    "limit": limit,
                    "order": order,
                    "after": after,
                },
                to_options(options),
            ),
        )

    async def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Upload a file

        The awaitable form of the sync `create_file`: the same arguments, answer and errors.
        """

        return cast("OpenAIFile", await self._call(CREATE_FILE, (), body, None, to_options(options)))

    async def retrieve_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> OpenAIFile:
        """Retrieve a file

        The awaitable form of the sync `retrieve_file`: the same arguments, answer and errors.
        """

        return cast("OpenAIFile", await self._call(RETRIEVE_FILE, (file_id,), None, None, to_options(options)))

    async def delete_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> DeleteFileResponse:
        """Delete a file

        The awaitable form of the sync `delete_file`: the same arguments, answer and errors.
        """

        return cast("DeleteFileResponse", await self._call(DELETE_FILE, (file_id,), None, None, to_options(options)))

    async def download_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> bytes:
        """Download a file's bytes

        The awaitable form of the sync `download_file`: the same arguments, answer and errors.
        """

        return cast("bytes", await self._call(DOWNLOAD_FILE, (file_id,), None, None, to_options(options)))


class FilesSyncRaw(RawOperations):
    """The files methods of SyncRawOperations."""

    __slots__ = ()

    def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListFilesResponse]:
        """List files

        `list_files` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListFilesResponse]",
            self._call(
                LIST_FILES,
                (),
                None,
                {
                    "purpose": purpose,
                    "limit": limit,
                    "order": order,
                    "after": after,
                },
                to_options(options),
            ),
        )

    def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[OpenAIFile]:
        """Upload a file

        `create_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the OpenAIFile.
        The same arguments and errors.
        """

        return cast("RawResponse[OpenAIFile]", self._call(CREATE_FILE, (), body, None, to_options(options)))

    def retrieve_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[OpenAIFile]:
        """Retrieve a file

        `retrieve_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the OpenAIFile.
        The same arguments and errors.
        """

        return cast("RawResponse[OpenAIFile]", self._call(RETRIEVE_FILE, (file_id,), None, None, to_options(options)))

    def delete_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteFileResponse]:
        """Delete a file

        `delete_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteFileResponse]", self._call(DELETE_FILE, (file_id,), None, None, to_options(options))
        )

    def download_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bytes]:
        """Download a file's bytes

        `download_file` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the bytes. The
        same arguments and errors.
        """

        return cast("RawResponse[bytes]", self._call(DOWNLOAD_FILE, (file_id,), None, None, to_options(options)))


class FilesAsyncRaw(RawOperations):
    """The files methods of AsyncRawOperations."""

    __slots__ = ()

    async def list_files(
        self,
        *,
        purpose: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | None = None,
        after: str | None = None,
        **options: Unpack[CallOptions],
    ) -> RawResponse[ListFilesResponse]:
        """List files

        `list_files`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        ListFilesResponse (one page). The same arguments and errors.
        """

        return cast(
            "RawResponse[ListFilesResponse]",
            await self._call(
                LIST_FILES,
                (),
                None,
                {
                    "purpose": purpose,
                    "limit": limit,
                    "order": order,
                    "after": after,
                },
                to_options(options),
            ),
        )

    async def create_file(
        self,
        body: CreateFileRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[OpenAIFile]:
        """Upload a file

        `create_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the OpenAIFile.
        The same arguments and errors.
        """

        return cast("RawResponse[OpenAIFile]", await self._call(CREATE_FILE, (), body, None, to_options(options)))

    async def retrieve_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[OpenAIFile]:
        """Retrieve a file

        `retrieve_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the OpenAIFile.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[OpenAIFile]", await self._call(RETRIEVE_FILE, (file_id,), None, None, to_options(options))
        )

    async def delete_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[DeleteFileResponse]:
        """Delete a file

        `delete_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the
        DeleteFileResponse. The same arguments and errors.
        """

        return cast(
            "RawResponse[DeleteFileResponse]",
            await self._call(DELETE_FILE, (file_id,), None, None, to_options(options)),
        )

    async def download_file(
        self,
        file_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[bytes]:
        """Download a file's bytes

        `download_file`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the bytes. The
        same arguments and errors.
        """

        return cast("RawResponse[bytes]", await self._call(DOWNLOAD_FILE, (file_id,), None, None, to_options(options)))


__all__ = [
    "CREATE_FILE",
    "DELETE_FILE",
    "DOWNLOAD_FILE",
    "LIST_FILES",
    "OPERATIONS",
    "RETRIEVE_FILE",
    "FilesAsync",
    "FilesAsyncRaw",
    "FilesSync",
    "FilesSyncRaw",
    "create_file",
    "create_file_async",
    "delete_file",
    "delete_file_async",
    "download_file",
    "download_file_async",
    "list_files",
    "list_files_async",
    "retrieve_file",
    "retrieve_file_async",
]
