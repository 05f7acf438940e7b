"""The handlers of the VectorStores operations (see ``handlers`` for the contract): each one a
call on ``domain.vector_stores`` and its reply."""

from __future__ import annotations

from ..vector_stores.search import search
from .replies import Ctx, Reply


async def create_vector_store(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.create_store(ctx.body))


async def list_vector_stores(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.page_stores(ctx.query))


async def get_vector_store(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.vector_store(ctx.params["vector_store_id"]))


async def modify_vector_store(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.modify_store(ctx.params["vector_store_id"], ctx.body))


async def delete_vector_store(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.delete_store(ctx.params["vector_store_id"]))


async def create_vector_store_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.create_file(ctx.params["vector_store_id"], ctx.body))


async def list_vector_store_files(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.page_files(ctx.params["vector_store_id"], ctx.query))


async def get_vector_store_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.file(ctx.params["vector_store_id"], ctx.params["file_id"]))


async def update_vector_store_file_attributes(ctx: Ctx) -> Reply:
    params = ctx.params
    return Reply(ctx.domain.vector_stores.update_attributes(params["vector_store_id"], params["file_id"], ctx.body))


async def delete_vector_store_file(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.delete_file(ctx.params["vector_store_id"], ctx.params["file_id"]))


async def retrieve_vector_store_file_content(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.file_content(ctx.params["vector_store_id"], ctx.params["file_id"]))


async def create_vector_store_file_batch(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.create_batch(ctx.params["vector_store_id"], ctx.body))


async def get_vector_store_file_batch(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.batch(ctx.params["vector_store_id"], ctx.params["batch_id"]))


async def cancel_vector_store_file_batch(ctx: Ctx) -> Reply:
    return Reply(ctx.domain.vector_stores.cancel_batch(ctx.params["vector_store_id"], ctx.params["batch_id"]))


async def list_files_in_vector_store_batch(ctx: Ctx) -> Reply:
    params = ctx.params
    return Reply(ctx.domain.vector_stores.page_files(params["vector_store_id"], ctx.query, params["batch_id"]))


async def search_vector_store(ctx: Ctx) -> Reply:
    return Reply(await search(ctx.domain.vector_stores, ctx.params["vector_store_id"], ctx.body))
