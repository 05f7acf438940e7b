"""Client and AsyncClient are twins: the same public names, the same parameters, the same return
types (Async- names on the async side); async methods are awaitable except list methods, which
return async paginators. The same holds for their `with_raw_response` views."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from assistants_client import AsyncClient, Client
from assistants_client._client import _AsyncRawClient, _RawClient


def public(cls: type) -> dict[str, Any]:
    return {name: inspect.getattr_static(cls, name) for name in dir(cls) if not name.startswith("_")}


def unasync(text: str) -> str:
    return text.replace("AsyncClient", "Client").replace("AsyncRunStream", "RunStream").replace("Async", "")


TWINS = [(Client, AsyncClient), (_RawClient, _AsyncRawClient)]


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=["client", "raw"])
def test_same_public_names(sync: type, async_: type) -> None:
    assert sorted(public(sync)) == sorted(public(async_))
    assert len(public(sync)) > 29


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=["client", "raw"])
def test_same_signatures(sync: type, async_: type) -> None:
    for name, member in public(sync).items():
        twin = public(async_)[name]
        assert type(member) is type(twin), name  # property, classmethod, function alike
        if isinstance(member, property):
            assert member.fget is not None and twin.fget is not None
            left, right = inspect.signature(member.fget), inspect.signature(twin.fget)
        elif isinstance(member, classmethod):
            left, right = inspect.signature(member.__func__), inspect.signature(twin.__func__)
        else:
            left, right = inspect.signature(member), inspect.signature(twin)
        assert list(left.parameters) == list(right.parameters), name
        for a, b in zip(left.parameters.values(), right.parameters.values(), strict=True):
            assert (a.kind, a.default) == (b.kind, b.default), f"{name}({a.name})"
            assert unasync(str(a.annotation)) == unasync(str(b.annotation)), f"{name}({a.name})"
        assert unasync(str(left.return_annotation)) == unasync(str(right.return_annotation)), name


@pytest.mark.parametrize(("sync", "async_"), TWINS, ids=["client", "raw"])
def test_async_methods_are_awaitable_and_lists_paginate(sync: type, async_: type) -> None:
    for name, member in public(async_).items():
        if not inspect.isfunction(member):
            continue
        returns = str(inspect.signature(member).return_annotation)
        assert not inspect.iscoroutinefunction(public(sync)[name]), name
        if returns.startswith("AsyncPaginator["):
            assert not inspect.iscoroutinefunction(member), name
            assert str(inspect.signature(public(sync)[name]).return_annotation).startswith("Paginator["), name
        elif returns == "AsyncRunStream":
            assert not inspect.iscoroutinefunction(member), name  # a plain call, used with `async with`
        else:
            assert inspect.iscoroutinefunction(member), name


async def test_a_list_method_returns_a_paginator_on_both() -> None:
    from assistants_client._pagination import AsyncPageWalker, PageWalker

    sync_pages = Client(api_key="sk").list_messages("thread_1")
    async_pages = AsyncClient(api_key="sk").list_messages("thread_1")
    assert isinstance(sync_pages, PageWalker) and isinstance(async_pages, AsyncPageWalker)
