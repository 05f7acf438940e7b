"""Handlers of the Files and Uploads operations (named after their operationIds, found by
``handlers.handler_table``). A multipart body reaches them already on disk (``ctx.form``); they
commit what they keep, the pipeline drops the rest."""

from __future__ import annotations

import asyncio

from ..errors import ErrorReply
from ..file_records import PART_LIMIT
from .forms import ReceivedFile
from .replies import Ctx, FileReply, Reply, Staged


def _file(ctx: Ctx, field: str) -> ReceivedFile:
    received = ctx.form.files.get(field) if ctx.form is not None else None
    if received is None:
        raise ErrorReply(400, f"Missing required parameter: '{field}'.", param=field, code="missing_required_parameter")
    return received


# -- files ------------------------------------------------------------------------------------
async def _create_file(ctx: Ctx) -> Reply:
    received = _file(ctx, "file")
    file = ctx.domain.files.create(
        received.writer,
        filename=received.filename,
        purpose=ctx.body.get("purpose", ""),
        expires_after=ctx.body.get("expires_after"),
    )
    return Reply(file)


create_file = Staged(_create_file)


async def list_files(ctx: Ctx) -> Reply:
    query = ctx.query
    body = ctx.domain.files.page(
        limit=int(query.get("limit", 10_000)),
        order=str(query.get("order", "desc")),
        after=query.get("after"),
        purpose=query.get("purpose"),
    )
    return Reply(body)


async def retrieve_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.files.get(ctx.params["file_id"]))


async def delete_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.files.delete(ctx.params["file_id"]))


async def download_file(ctx: Ctx) -> FileReply:
    fh, size = ctx.domain.files.open(ctx.params["file_id"])
    return FileReply(fh, size)


# -- uploads ----------------------------------------------------------------------------------
async def _sweep(ctx: Ctx) -> None:
    """Before the transaction: expire abandoned uploads and expired files (bounded; each in its
    own commit, so a refused request does not bring back records whose bytes are gone)."""
    ctx.domain.files.sweep_expired()


async def _create_upload(ctx: Ctx) -> Reply:
    announced, limit = ctx.body.get("bytes"), ctx.domain.config.max_upload_bytes
    if isinstance(announced, int) and announced > limit:
        raise ErrorReply(
            400,
            f"Invalid 'bytes': {announced} is more than this server's largest upload, {limit} bytes.",
            param="bytes",
            code="invalid_value",
        )
    return Reply(ctx.domain.files.create_upload(ctx.body))


create_upload = Staged(_create_upload, prepare=_sweep)


async def _add_upload_part(ctx: Ctx) -> Reply:
    received = _file(ctx, "data")
    return Reply(ctx.domain.files.add_part(ctx.params["upload_id"], received.writer))


add_upload_part = Staged(_add_upload_part, file_limit=PART_LIMIT)


async def _join_parts(ctx: Ctx) -> None:
    """Before the transaction: check the parts, then join them on disk in a thread."""
    records = ctx.domain.files
    part_ids = records.check_complete(ctx.params["upload_id"], ctx.body)
    ctx.prepared = await asyncio.to_thread(records.join, part_ids, ctx.body.get("md5"))


async def _complete_upload(ctx: Ctx) -> Reply:
    joined = ctx.prepared
    try:
        return Reply(ctx.domain.files.complete(ctx.params["upload_id"], ctx.body, joined))
    finally:
        joined.abort()  # a no-op once committed


complete_upload = Staged(_complete_upload, prepare=_join_parts)


async def cancel_upload(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.files.cancel_upload(ctx.params["upload_id"]))
