"""The uploads operations: records, flat functions and method mixins.

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

    from ...models.add_upload_part_request import AddUploadPartRequest
    from ...models.complete_upload_request import CompleteUploadRequest
    from ...models.create_upload_request import CreateUploadRequest
    from ...models.upload import Upload
    from ...models.upload_part import UploadPart

_MODELS = __name__.rpartition(".api.")[0] + ".models"

CREATE_UPLOAD = Operation(
    "create_upload",
    "POST",
    "/uploads",
    (),
    "create_upload_request:CreateUploadRequest",
    "upload:Upload",
    False,
    models=_MODELS,
)

ADD_UPLOAD_PART = Operation(
    "add_upload_part",
    "POST",
    "/uploads/{upload_id}/parts",
    ("upload_id",),
    "add_upload_part_request:AddUploadPartRequest",
    "upload_part:UploadPart",
    False,
    models=_MODELS,
    body_kind="multipart",
    file_fields=("data",),
)

COMPLETE_UPLOAD = Operation(
    "complete_upload",
    "POST",
    "/uploads/{upload_id}/complete",
    ("upload_id",),
    "complete_upload_request:CompleteUploadRequest",
    "upload:Upload",
    False,
    models=_MODELS,
)

CANCEL_UPLOAD = Operation(
    "cancel_upload",
    "POST",
    "/uploads/{upload_id}/cancel",
    ("upload_id",),
    None,
    "upload:Upload",
    False,
    models=_MODELS,
)

OPERATIONS: dict[str, Operation] = {
    "create_upload": CREATE_UPLOAD,
    "add_upload_part": ADD_UPLOAD_PART,
    "complete_upload": COMPLETE_UPLOAD,
    "cancel_upload": CANCEL_UPLOAD,
}
"""The uploads operations by function name (old spellings included)."""


def create_upload(
    body: CreateUploadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Start an upload

    Opens an upload for a large file, sent afterwards in parts of at most
    64 MB each (8 GB in all). An upload not completed within an hour
    expires.

    Returns the decoded Upload; one attempt, as every [flat function][assistants_core.flat].

    Args:
        body: The request: a CreateUploadRequest, or a mapping with the same JSON field
            names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CREATE_UPLOAD, (), body, None)
    return cast("Upload", parse_response(CREATE_UPLOAD, send(client, request), client))


async def create_upload_async(
    body: CreateUploadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Start an upload

    The awaitable form of `create_upload`: the same arguments, answer and errors.
    """

    request = build_request(CREATE_UPLOAD, (), body, None)
    response = await send_async(client, request)
    return cast("Upload", parse_response(CREATE_UPLOAD, response, client))


def add_upload_part(
    upload_id: str,
    body: AddUploadPartRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> UploadPart:
    """Add a part to an upload

    Sends one part (the `data` field of a `multipart/form-data` body, at most 64 MB). Parts
    may be sent in parallel; their order is set when the upload is completed.

    Returns the decoded UploadPart; one attempt, as every [flat
    function][assistants_core.flat].

    Args:
        upload_id: ID of the upload.
        body: The multipart fields: a AddUploadPartRequest, or a mapping with the same
            field names. A binary field (`data`) takes a path, bytes, a binary file object
            or a `(filename, content[, content_type])` tuple, and is streamed from it
            ([MultipartBody][assistants_core.multipart.MultipartBody]).
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(ADD_UPLOAD_PART, (upload_id,), body, None)
    return cast("UploadPart", parse_response(ADD_UPLOAD_PART, send(client, request), client))


async def add_upload_part_async(
    upload_id: str,
    body: AddUploadPartRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> UploadPart:
    """Add a part to an upload

    The awaitable form of `add_upload_part`: the same arguments, answer and errors.
    """

    request = build_request(ADD_UPLOAD_PART, (upload_id,), body, None)
    response = await send_async(client, request)
    return cast("UploadPart", parse_response(ADD_UPLOAD_PART, response, client))


def complete_upload(
    upload_id: str,
    body: CompleteUploadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Complete an upload

    Joins the parts in the order of `part_ids` into one file. The bytes in
    all must equal the `bytes` announced when the upload started, and when
    `md5` is given it must match the joined bytes.

    Returns the decoded Upload; one attempt, as every [flat function][assistants_core.flat].

    Args:
        upload_id: ID of the upload.
        body: The request: a CompleteUploadRequest, or a mapping with the same JSON
            field names.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(COMPLETE_UPLOAD, (upload_id,), body, None)
    return cast("Upload", parse_response(COMPLETE_UPLOAD, send(client, request), client))


async def complete_upload_async(
    upload_id: str,
    body: CompleteUploadRequest | Mapping[str, Any],
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Complete an upload

    The awaitable form of `complete_upload`: the same arguments, answer and errors.
    """

    request = build_request(COMPLETE_UPLOAD, (upload_id,), body, None)
    response = await send_async(client, request)
    return cast("Upload", parse_response(COMPLETE_UPLOAD, response, client))


def cancel_upload(
    upload_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Cancel an upload

    Cancels a pending upload; its parts are dropped and no part can be added afterwards.

    Returns the decoded Upload; one attempt, as every [flat function][assistants_core.flat].

    Args:
        upload_id: ID of the upload.
        client: The low-level client (`AuthenticatedClient` for a key): its base URL,
            headers, timeout and `strict` apply.
    """

    request = build_request(CANCEL_UPLOAD, (upload_id,), None, None)
    return cast("Upload", parse_response(CANCEL_UPLOAD, send(client, request), client))


async def cancel_upload_async(
    upload_id: str,
    *,
    client: AuthenticatedClient | UnauthenticatedClient,
) -> Upload:
    """Cancel an upload

    The awaitable form of `cancel_upload`: the same arguments, answer and errors.
    """

    request = build_request(CANCEL_UPLOAD, (upload_id,), None, None)
    response = await send_async(client, request)
    return cast("Upload", parse_response(CANCEL_UPLOAD, response, client))


class UploadsSync(Operations):
    """The uploads methods of SyncOperations."""

    __slots__ = ()

    def create_upload(
        self,
        body: CreateUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Start an upload

        Opens an upload for a large file, sent afterwards in parts of at most
        64 MB each (8 GB in all). An upload not completed within an hour
        expires.

        Returns the decoded Upload.

        Args:
            body: The request: a CreateUploadRequest, or a mapping with the same JSON field
                names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid Upload is an APIResponseValidationError.
        """

        return cast("Upload", self._call(CREATE_UPLOAD, (), body, None, to_options(options)))

    def add_upload_part(
        self,
        upload_id: str,
        body: AddUploadPartRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> UploadPart:
        """Add a part to an upload

        Sends one part (the `data` field of a `multipart/form-data` body, at most 64 MB). Parts
        may be sent in parallel; their order is set when the upload is completed.

        Returns the decoded UploadPart.

        Args:
            upload_id: ID of the upload.
            body: The multipart fields: a AddUploadPartRequest, or a mapping with the same
                field names. A binary field (`data`) takes a path, bytes, a binary file object
                or a `(filename, content[, content_type])` tuple, and is streamed from it
                ([MultipartBody][assistants_core.multipart.MultipartBody]).
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such upload (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid UploadPart is an APIResponseValidationError.
        """

        return cast("UploadPart", self._call(ADD_UPLOAD_PART, (upload_id,), body, None, to_options(options)))

    def complete_upload(
        self,
        upload_id: str,
        body: CompleteUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Complete an upload

        Joins the parts in the order of `part_ids` into one file. The bytes in
        all must equal the `bytes` announced when the upload started, and when
        `md5` is given it must match the joined bytes.

        Returns the decoded Upload.

        Args:
            upload_id: ID of the upload.
            body: The request: a CompleteUploadRequest, or a mapping with the same JSON
                field names.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such upload (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid Upload is an APIResponseValidationError.
        """

        return cast("Upload", self._call(COMPLETE_UPLOAD, (upload_id,), body, None, to_options(options)))

    def cancel_upload(
        self,
        upload_id: str,
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Cancel an upload

        Cancels a pending upload; its parts are dropped and no part can be added afterwards.

        Returns the decoded Upload.

        Args:
            upload_id: ID of the upload.
            **options: The per-call [CallOptions][assistants_core.options.CallOptions]:
                `timeout`, `max_retries`, `extra_headers`, `extra_query`, `deadline`,
                `max_response_bytes`.

        Raises:
            NotFoundError: No such upload (404).
            APIError: Any other failure, as for every operation
                ([Operations][assistants_core.results.Operations]); an answer that is not a
                valid Upload is an APIResponseValidationError.
        """

        return cast("Upload", self._call(CANCEL_UPLOAD, (upload_id,), None, None, to_options(options)))


class UploadsAsync(Operations):
    """The uploads methods of AsyncOperations."""

    __slots__ = ()

    async def create_upload(
        self,
        body: CreateUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Start an upload

        The awaitable form of the sync `create_upload`: the same arguments, answer and errors.
        """

        return cast("Upload", await self._call(CREATE_UPLOAD, (), body, None, to_options(options)))

    async def add_upload_part(
        self,
        upload_id: str,
        body: AddUploadPartRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> UploadPart:
        """Add a part to an upload

        The awaitable form of the sync `add_upload_part`: the same arguments, answer and errors.
        """

        return cast("UploadPart", await self._call(ADD_UPLOAD_PART, (upload_id,), body, None, to_options(options)))

    async def complete_upload(
        self,
        upload_id: str,
        body: CompleteUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Complete an upload

        The awaitable form of the sync `complete_upload`: the same arguments, answer and errors.
        """

        return cast("Upload", await self._call(COMPLETE_UPLOAD, (upload_id,), body, None, to_options(options)))

    async def cancel_upload(
        self,
        upload_id: str,
        **options: Unpack[CallOptions],
    ) -> Upload:
        """Cancel an upload

        The awaitable form of the sync `cancel_upload`: the same arguments, answer and errors.
        """

        return cast("Upload", await self._call(CANCEL_UPLOAD, (upload_id,), None, None, to_options(options)))


class UploadsSyncRaw(RawOperations):
    """The uploads methods of SyncRawOperations."""

    __slots__ = ()

    def create_upload(
        self,
        body: CreateUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Start an upload

        `create_upload` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast("RawResponse[Upload]", self._call(CREATE_UPLOAD, (), body, None, to_options(options)))

    def add_upload_part(
        self,
        upload_id: str,
        body: AddUploadPartRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[UploadPart]:
        """Add a part to an upload

        `add_upload_part` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the UploadPart.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[UploadPart]", self._call(ADD_UPLOAD_PART, (upload_id,), body, None, to_options(options))
        )

    def complete_upload(
        self,
        upload_id: str,
        body: CompleteUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Complete an upload

        `complete_upload` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast("RawResponse[Upload]", self._call(COMPLETE_UPLOAD, (upload_id,), body, None, to_options(options)))

    def cancel_upload(
        self,
        upload_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Cancel an upload

        `cancel_upload` answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast("RawResponse[Upload]", self._call(CANCEL_UPLOAD, (upload_id,), None, None, to_options(options)))


class UploadsAsyncRaw(RawOperations):
    """The uploads methods of AsyncRawOperations."""

    __slots__ = ()

    async def create_upload(
        self,
        body: CreateUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Start an upload

        `create_upload`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast("RawResponse[Upload]", await self._call(CREATE_UPLOAD, (), body, None, to_options(options)))

    async def add_upload_part(
        self,
        upload_id: str,
        body: AddUploadPartRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[UploadPart]:
        """Add a part to an upload

        `add_upload_part`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the UploadPart.
        The same arguments and errors.
        """

        return cast(
            "RawResponse[UploadPart]", await self._call(ADD_UPLOAD_PART, (upload_id,), body, None, to_options(options))
        )

    async def complete_upload(
        self,
        upload_id: str,
        body: CompleteUploadRequest | Mapping[str, Any],
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Complete an upload

        `complete_upload`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast(
            "RawResponse[Upload]", await self._call(COMPLETE_UPLOAD, (upload_id,), body, None, to_options(options))
        )

    async def cancel_upload(
        self,
        upload_id: str,
        **options: Unpack[CallOptions],
    ) -> RawResponse[Upload]:
        """Cancel an upload

        `cancel_upload`, awaitable, answering the HTTP response undecoded
        ([RawResponse][assistants_core.results.RawResponse]): `.parse()` gives the Upload. The
        same arguments and errors.
        """

        return cast(
            "RawResponse[Upload]", await self._call(CANCEL_UPLOAD, (upload_id,), None, None, to_options(options))
        )


__all__ = [
    "ADD_UPLOAD_PART",
    "CANCEL_UPLOAD",
    "COMPLETE_UPLOAD",
    "CREATE_UPLOAD",
    "OPERATIONS",
    "UploadsAsync",
    "UploadsAsyncRaw",
    "UploadsSync",
    "UploadsSyncRaw",
    "add_upload_part",
    "add_upload_part_async",
    "cancel_upload",
    "cancel_upload_async",
    "complete_upload",
    "complete_upload_async",
    "create_upload",
    "create_upload_async",
]
