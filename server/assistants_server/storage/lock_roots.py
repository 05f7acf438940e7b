"""What a write transaction locks, decided apart from any database: its lock roots.

A transaction names a *root* when it begins: an object whose writes it makes (``("thread",
id)``, ``("vector_store", id)``, ...), ``WRITES_ONLY`` (no object: only what its writes need), or
``None``, the whole database. On PostgreSQL the root is a transaction-level advisory lock, taken
before anything is read, so a check made inside still holds when the transaction writes; two
transactions on different roots run at the same time. A request with an ``Idempotency-Key``
locks the key first (``("idempotency", project, key, method, path)``), then its root. SQLite has
one writer anyway and takes none of them.

Each write names the lock it needs (``needed``): a thread's messages, runs and steps need the
thread, a vector store's files and batches the store, a new assistant, file or vector store the
*collection* of its kind in its project (so that rows of one list commit in the order of their
``seq``: a pager reading ``after`` a row never misses one committed later with a smaller seq). A
lock not yet held is taken as the write comes, if its rank is lower than the rank of every lock
the transaction holds (``Locks.admit``). Locks are thus always taken in decreasing rank, one per
rank, after ``WRITE_LOCK`` (shared for a rooted transaction, exclusive for ``None``): no two
transactions can wait for each other. A write that would break the order is a programming error
(``LockOrderError``), raised on both stores so the tests find it.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

Root = tuple[str, ...]
WRITES_ONLY: Root = ()  # no root object: the transaction takes only what its writes need
RANKS = {"idempotency": 6, "thread": 5, "assistant": 5, "upload": 5, "file": 5, "vector_store": 4}
# the lists of top-level kinds the API lists, by rank: a new assistant's inline vector stores
# are made before it
COLLECTION_RANKS = {"vector_store": 3, "assistant": 2, "file": 1}
# the kind of the object whose lock a child's write needs, and where the child names it
_CHILDREN = {
    "message": ("thread", "thread_id"),
    "run": ("thread", "thread_id"),
    "step": ("thread", "thread_id"),
    "vector_store_file": ("vector_store", None),
    "vector_store_file_batch": ("vector_store", None),
    "assistant_file": ("assistant", None),
    "upload_part": ("upload", None),
}
# path parameters that name a transaction's root, first found first; a file alone locks the
# whole database (deleting one reaches every vector store that holds it)
PATH_ROOTS = (
    ("thread_id", "thread"),
    ("vector_store_id", "vector_store"),
    ("assistant_id", "assistant"),
    ("upload_id", "upload"),
)


class LockOrderError(RuntimeError):
    """A write needs a lock the transaction may not take now (it would break the lock order)."""


def key(root: Root) -> int:
    """The 32-bit signed advisory-lock key of `root` (a collision only makes two roots wait)."""
    value = zlib.crc32("\x1f".join(root).encode())
    return value - (1 << 32) if value >= 1 << 31 else value


def needed(kind: str, obj: Mapping[str, Any], parent: str | None, project: str, *, inserting: bool) -> Root | None:
    """The lock a write of `obj` (`kind`, under `parent`) needs; None when it needs none."""
    child = _CHILDREN.get(kind)
    if child is not None:
        owner, named_by = child
        owner_id = obj.get(named_by) if named_by else parent
        return (owner, str(owner_id)) if owner_id else None
    if inserting:
        return ("collection", project, kind) if kind in COLLECTION_RANKS else None
    return (kind, str(obj["id"])) if kind in RANKS else None


def request_root(params: Mapping[str, str]) -> Root | None:
    """The root of a request's transaction from its operation's path parameters: the thread,
    vector store, assistant or upload it names; ``WRITES_ONLY`` for an operation that names
    none (it creates a new object); None (the whole database) for a file's own operations."""
    for name, kind in PATH_ROOTS:
        if name in params:
            return (kind, params[name])
    return None if "file_id" in params else WRITES_ONLY


@dataclass
class Locks:
    """The locks one transaction holds (None: the whole database) and the ids it created."""

    root: Root | None
    held: list[Root] = field(default_factory=list)
    created: set[str] = field(default_factory=set)

    @staticmethod
    def rank(lock: Root) -> int:
        return COLLECTION_RANKS[lock[2]] if lock[0] == "collection" else RANKS[lock[0]]

    def covers(self, lock: Root) -> bool:
        return self.root is None or lock in self.held or (len(lock) == 2 and lock[1] in self.created)

    def admit(self, lock: Root) -> bool:
        """Whether `lock` must be taken now (False: already covered); LockOrderError when it
        may not be taken by this transaction."""
        if self.covers(lock):
            return False
        rank = self.rank(lock)
        if any(self.rank(h) <= rank for h in self.held):
            raise LockOrderError(f"a transaction holding {self.held} cannot also lock {lock}")
        self.held.append(lock)
        return True
