"""Cursor pagination: every item of a list operation, fetched one page at a time.

A page is asked for only when the previous one is used up, so memory holds one page whatever
the total. Walking forwards (`after`, or no cursor) continues after each page's `last_id`;
walking backwards (`before` alone) continues before each page's `first_id`, and items are then
given nearest-the-cursor first, so iteration moves steadily away from it.

Order, in short: iterating items with `before=` gives them nearest the cursor first (with
`order="asc"` that is newest first), while `.pages()` gives each page as the API sent it, in
the `order` asked for (oldest first within each page for "asc"), the pages themselves walking
away from the cursor. With `after=` (or no cursor) both follow `order`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator, Mapping, Sequence
from typing import Any, Generic, TypeVar

from assistants_core.operation import Operation

__all__ = ["AsyncPageWalker", "PageWalker"]

T = TypeVar("T")
P = TypeVar("P")


class _Cursor:
    """Where the next page starts, derived from the page just read."""

    __slots__ = ("backwards", "query")

    def __init__(self, query: Mapping[str, Any]) -> None:
        self.query = dict(query)
        self.backwards = self.query.get("before") is not None and self.query.get("after") is None

    def advance(self, page: Any) -> bool:
        """Move past `page`; False when it was the last one."""
        data: Sequence[Any] = page.data
        if not page.has_more or not data:
            return False
        if self.backwards:
            self.query["before"] = _id(page, "first_id", data[0])
        else:
            self.query["after"] = _id(page, "last_id", data[-1])
        return True

    def items(self, page: Any) -> Sequence[Any]:
        data: Sequence[Any] = page.data
        return data[::-1] if self.backwards else data


def _id(page: Any, field: str, item: Any) -> str:
    value = getattr(page, field, None)
    return value if isinstance(value, str) and value else str(item.id)


class PageWalker(Generic[T, P]):
    """What list methods return (typed as `assistants_api.api.Paginator`, re-exported by this
    package): iterate for every item across pages; `.pages()` for the pages (with has_more, first_id, last_id).

    With `before=`, items come nearest the cursor first (newest first for `order="asc"`), while
    each page of `.pages()` keeps the API's own order; see the module docstring."""

    def __init__(self, fetch: Callable[[Mapping[str, Any]], P], op: Operation, query: Mapping[str, Any]) -> None:
        self._fetch = fetch
        self._op = op
        self._query = query

    def __repr__(self) -> str:
        return f"<PageWalker {self._op.name}>"

    def pages(self) -> Iterator[P]:
        """Every page, fetched as it is reached; each in the API's own order, also with `before=`."""
        return self._walk(_Cursor(self._query))

    def __iter__(self) -> Iterator[T]:
        cursor = _Cursor(self._query)
        for page in self._walk(cursor):
            yield from cursor.items(page)

    def _walk(self, cursor: _Cursor) -> Iterator[P]:
        while True:
            page = self._fetch(cursor.query)
            yield page
            if not cursor.advance(page):
                return


class AsyncPageWalker(Generic[T, P]):
    """What AsyncClient's list methods return (typed as `AsyncPaginator`): `async for` every item
    across pages; `await` it for the first page; `.pages()` for all pages.

    With `before=`, items come nearest the cursor first (newest first for `order="asc"`), while
    each page of `.pages()` keeps the API's own order (as for PageWalker)."""

    def __init__(
        self, fetch: Callable[[Mapping[str, Any]], Awaitable[P]], op: Operation, query: Mapping[str, Any]
    ) -> None:
        self._fetch = fetch
        self._op = op
        self._query = query

    def __repr__(self) -> str:
        return f"<AsyncPageWalker {self._op.name}>"

    def pages(self) -> AsyncIterator[P]:
        """Every page, fetched as it is reached; each in the API's own order, also with `before=`."""
        return self._walk(_Cursor(self._query))

    async def __aiter__(self) -> AsyncIterator[T]:
        cursor = _Cursor(self._query)
        async for page in self._walk(cursor):
            for item in cursor.items(page):
                yield item

    async def _walk(self, cursor: _Cursor) -> AsyncIterator[P]:
        while True:
            page = await self._fetch(cursor.query)
            yield page
            if not cursor.advance(page):
                return

    def __await__(self) -> Generator[Any, None, P]:
        return self._fetch(dict(self._query)).__await__()
