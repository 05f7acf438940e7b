"""Reading and writing archives on disk: atomic writes, digests, `verify`, reading a kind.

Every member is written to a temporary file beside it and renamed into place, so a member on
disk is whole or absent whatever stops the writer.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .archive import FILES_DIR, KINDS, MANIFEST, NOT_MEMBERS, ArchiveError, check_manifest, compare_members, kind_file

__all__ = ["digest", "read_kind", "verify", "write_atomic"]

_CHUNK = 1024 * 1024
_PARTIAL = ".partial-"  # the temporary file of an atomic write (a kill may leave one)
MAX_FILES = 1_000_000  # members of files/ one verify looks at


def write_atomic(path: Path, chunks: Iterable[bytes]) -> int:
    """Write `chunks` to `path` through a temporary file and a rename; the bytes written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=_PARTIAL, dir=path.parent)
    size = 0
    try:
        with os.fdopen(fd, "wb") as fh:
            for chunk in chunks:
                fh.write(chunk)
                size += len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(name)
        raise
    return size


def digest(path: Path) -> tuple[str, int]:
    """(sha256 in hex, size) of a file, read in 1 MiB chunks."""
    sha = hashlib.sha256()
    size = 0
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            sha.update(chunk)
            size += len(chunk)
    return sha.hexdigest(), size


def _members_on_disk(root: Path) -> list[str]:
    """Every entry of the archive's directory and of its files/ that may be a member: all but
    the manifest, `NOT_MEMBERS` and the temporary files of an interrupted atomic write (so an
    unlisted one, a stray extra.txt or widgets.jsonl, is refused)."""
    found = []
    for entry in sorted(root.iterdir()):
        name = entry.name
        if name in (MANIFEST, FILES_DIR) or name in NOT_MEMBERS or name.startswith(_PARTIAL):
            continue
        found.append(name + ("/" if entry.is_dir() else ""))
    folder = root / FILES_DIR
    if folder.is_dir():
        for count, entry in enumerate(sorted(folder.iterdir())):
            if count >= MAX_FILES:
                break
            if not entry.name.startswith(_PARTIAL):
                found.append(f"{FILES_DIR}/{entry.name}" + ("" if entry.is_file() else "/"))
    elif folder.exists():
        found.append(FILES_DIR)
    return found


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(1 for _ in fh)


def verify(root: str | os.PathLike[str]) -> dict[str, Any]:
    """Check an archive against its manifest; its manifest when every member is there, whole and
    unchanged, else `ArchiveError` naming each problem (a missing, changed or unlisted member, a
    count that does not match, a format newer than this reader)."""
    folder = Path(root)
    if not folder.is_dir():
        raise ArchiveError([f"{folder} is not a directory"])
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ArchiveError([f"{MANIFEST} is missing (an export that has not finished?)"]) from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise ArchiveError([f"{MANIFEST} is not JSON: {exc}"]) from None
    problems = check_manifest(manifest)
    if problems:
        raise ArchiveError(problems)
    listed: dict[str, dict[str, Any]] = manifest["files"]
    on_disk = _members_on_disk(folder)
    found = {path: digest(folder / path) for path in on_disk if path in listed}
    problems = compare_members(listed, found, [path for path in on_disk if path not in listed])
    if not problems:
        for kind in KINDS:
            lines = _count_lines(folder / kind_file(kind))
            if lines != manifest["counts"][kind]:
                problems.append(
                    f"{kind_file(kind)} holds {lines} objects, the manifest counts {manifest['counts'][kind]}"
                )
    if problems:
        raise ArchiveError(problems)
    return dict(manifest)


def read_kind(root: str | os.PathLike[str], kind: str) -> Iterator[dict[str, Any]]:
    """The objects of `kind`, in archive order (call `verify` first)."""
    with (Path(root) / kind_file(kind)).open("rb") as fh:
        for number, line in enumerate(fh, 1):
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ArchiveError([f"{kind_file(kind)} line {number} is not JSON: {exc}"]) from None
            if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                raise ArchiveError([f"{kind_file(kind)} line {number} is not an object with an id"])
            yield obj
