"""What the typed operation methods return besides models, and what a client supplies them.

The generated method mixins (`assistants_api.api.SyncOperations` and friends) subclass
`Operations` or `RawOperations`; a client class inherits them and supplies `_call` (and
`_paginate`), which every generated method calls with its `Operation` record.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Generator, Iterator, Mapping
from typing import Any, Protocol, TypeVar, runtime_checkable

import httpx2

from .operation import Operation
from .options import Options

__all__ = ["AsyncPaginator", "Operations", "Paginator", "RawOperations", "RawResponse"]

_T_co = TypeVar("_T_co", covariant=True)
_P_co = TypeVar("_P_co", covariant=True)


@runtime_checkable
class Paginator(Protocol[_T_co, _P_co]):
    """Every item of a list operation across pages; `.pages()` gives the pages themselves.

    What a list method returns: a lazy paginator over every item of every page, not one page.
    Iterating fetches a page (`limit` items) only when the previous one is used up. `.pages()`
    gives the whole pages (`data`, `first_id`, `last_id`, `has_more`), for checkpointing. With
    `after=` (or no cursor) both follow `order`; `before=` alone walks backwards: items come
    nearest the cursor first (newest first for `order="asc"`), while each page keeps the API's
    own order. Errors are raised when a page is fetched, not by the list call.
    """

    def __iter__(self) -> Iterator[_T_co]: ...
    def pages(self) -> Iterator[_P_co]: ...


@runtime_checkable
class AsyncPaginator(Protocol[_T_co, _P_co]):
    """`async for` over every item; `await` gives the first page; `.pages()` every page.

    What a list method of AsyncClient returns: `async for` fetches a page only when the previous
    one is used up, and `await` gives the first page alone. Otherwise as `Paginator`: cursors,
    `order`, and errors raised when a page is fetched.
    """

    def __aiter__(self) -> AsyncIterator[_T_co]: ...
    def pages(self) -> AsyncIterator[_P_co]: ...
    def __await__(self) -> Generator[Any, None, _P_co]: ...


class RawResponse(Protocol[_T_co]):
    """An HTTP answer with its decoded model a call away (`with_raw_response` methods)."""

    @property
    def http_response(self) -> httpx2.Response: ...
    @property
    def status_code(self) -> int: ...
    @property
    def headers(self) -> httpx2.Headers: ...
    @property
    def request_id(self) -> str | None: ...
    def parse(self) -> _T_co: ...


class RawOperations:
    """Base of the generated raw method mixins: a subclass supplies `_call`."""

    __slots__ = ()

    def _call(
        self, op: Operation, path_args: tuple[str, ...], body: Any, query: Mapping[str, Any] | None, options: Options
    ) -> Any:
        raise NotImplementedError


class Operations(RawOperations):
    """Base of the generated method mixins: a subclass supplies `_call` and `_paginate`.

    What every operation method raises (the `with_raw_response` methods the same, `.parse()`
    the decoding errors), once retries are spent:

    - `NotFoundError`: no such object (404), as each method's docstring names it.
    - `APIStatusError`: any other error status, as its subclass (`BadRequestError` 400,
      `AuthenticationError` 401, `RateLimitError` 429, `InternalServerError` 5xx, ...), with
      `.status_code`, `.type`, `.code`, `.param` and `.request_id`.
    - `APITimeoutError`: no answer within `timeout` on the last attempt, or none within `deadline`.
    - `APIConnectionError`: no answer at all (refused, reset, dropped), on the last attempt.
    - `ResponseTooLargeError`: an answer larger than `max_response_bytes` (an
      APIResponseValidationError).
    - `APIResponseValidationError`: a 2xx body that does not decode as the operation's model;
      with `strict=True`, any value the spec does not allow, named by its JSON path.
    """

    __slots__ = ()

    def _paginate(self, op: Operation, path_args: tuple[str, ...], query: Mapping[str, Any], options: Options) -> Any:
        raise NotImplementedError
