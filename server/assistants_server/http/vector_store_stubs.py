"""Placeholders for the vector-store operations until their handlers are merged (branch
`files-vs` brings ``vector_store_handlers.py``, which takes this module's place in
``handlers.HANDLER_MODULES``; delete this file then). Each answers a typed 404: no vector
store can exist without them."""

from __future__ import annotations

from ..errors import ErrorReply
from .replies import Ctx, Reply


def _later() -> ErrorReply:
    return ErrorReply(404, "Vector stores are not served by this build yet.", code="not_implemented")


async def list_vector_stores(ctx: Ctx) -> Reply:
    raise _later()


async def create_vector_store(ctx: Ctx) -> Reply:
    raise _later()


async def get_vector_store(ctx: Ctx) -> Reply:
    raise _later()


async def modify_vector_store(ctx: Ctx) -> Reply:
    raise _later()


async def delete_vector_store(ctx: Ctx) -> Reply:
    raise _later()


async def list_vector_store_files(ctx: Ctx) -> Reply:
    raise _later()


async def create_vector_store_file(ctx: Ctx) -> Reply:
    raise _later()


async def get_vector_store_file(ctx: Ctx) -> Reply:
    raise _later()


async def update_vector_store_file_attributes(ctx: Ctx) -> Reply:
    raise _later()


async def delete_vector_store_file(ctx: Ctx) -> Reply:
    raise _later()


async def retrieve_vector_store_file_content(ctx: Ctx) -> Reply:
    raise _later()


async def create_vector_store_file_batch(ctx: Ctx) -> Reply:
    raise _later()


async def get_vector_store_file_batch(ctx: Ctx) -> Reply:
    raise _later()


async def cancel_vector_store_file_batch(ctx: Ctx) -> Reply:
    raise _later()


async def list_files_in_vector_store_batch(ctx: Ctx) -> Reply:
    raise _later()


async def search_vector_store(ctx: Ctx) -> Reply:
    raise _later()
