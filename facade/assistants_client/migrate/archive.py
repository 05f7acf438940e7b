"""The archive format, as data and pure functions (no I/O): its names, its lines, its manifest.

An archive is a directory::

    manifest.json              format, format_version, source, created_at, since, counts, files
    assistants.jsonl           one object per line, as the host answered it
    threads.jsonl  messages.jsonl  runs.jsonl  steps.jsonl
    files.jsonl    files/<file id>              the file objects, and each file's bytes
    vector_stores.jsonl  vector_store_files.jsonl

`docs/src/archive.md` is the stable description; this module is its reference implementation.
A reader refuses a `format_version` newer than `FORMAT_VERSION` (fields may be added within a
version, never removed or changed in meaning).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "FILES_DIR",
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "KINDS",
    "MANIFEST",
    "NOT_MEMBERS",
    "ArchiveError",
    "build_manifest",
    "check_manifest",
    "encode_line",
    "kind_file",
    "source_of",
]

FORMAT_NAME = "assistants-archive"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
FILES_DIR = "files"
NOT_MEMBERS: frozenset[str] = frozenset({".export", "import-journal.jsonl", "id-map.json", "import-report.json"})
"""What else may be in an archive's directory: an unfinished export's journal (`.export/`) and
an API import's journal, id map and report. Anything else the manifest does not list is refused."""
KINDS: tuple[str, ...] = (
    "assistants",
    "files",
    "vector_stores",
    "vector_store_files",
    "threads",
    "messages",
    "runs",
    "steps",
)
"""Every kind, in the order an importer loads them (what a kind refers to comes before it)."""

_SHA256 = re.compile(r"[0-9a-f]{64}")
_MEMBER = re.compile(r"(?:[a-z_]+\.jsonl|files/[A-Za-z0-9_-]{1,128})")


class ArchiveError(Exception):
    """An archive that cannot be read or trusted: the message names what is wrong, `problems`
    lists every problem found (at most the first 20 are in the message)."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = list(problems)
        shown = "; ".join(self.problems[:20])
        more = f" (and {len(self.problems) - 20} more)" if len(self.problems) > 20 else ""
        super().__init__(f"invalid archive: {shown}{more}")


def kind_file(kind: str) -> str:
    """The member that holds `kind`'s objects."""
    if kind not in KINDS:
        raise ValueError(f"not a kind of the archive: {kind!r}")
    return f"{kind}.jsonl"


def encode_line(obj: Mapping[str, Any]) -> bytes:
    """One object as one JSON Lines line: keys sorted, no spaces, UTF-8, so that the same object
    always gives the same bytes (two archives of the same data compare byte for byte)."""
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode() + b"\n"


def source_of(base_url: str) -> str:
    """The host as recorded in the manifest: scheme, host, port and path only. User info and the
    query are dropped, so that no credential can reach an archive."""
    parts = urlsplit(base_url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path.rstrip("/"), "", ""))


def build_manifest(
    *,
    source: str,
    created_at: int,
    since: int | None,
    counts: Mapping[str, int],
    files: Mapping[str, tuple[str, int]],
) -> dict[str, Any]:
    """The manifest: `files` maps each member's path to its (sha256, size in bytes)."""
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "source": source,
        "created_at": created_at,
        "since": since,
        "counts": {kind: int(counts.get(kind, 0)) for kind in KINDS},
        "files": {path: {"sha256": digest, "bytes": size} for path, (digest, size) in sorted(files.items())},
    }


def check_manifest(manifest: Any) -> list[str]:
    """What is wrong with a manifest's own shape (an empty list when nothing is). A newer format
    version is named first, since nothing else of such a manifest can be judged."""
    if not isinstance(manifest, dict):
        return ["manifest.json is not a JSON object"]
    if manifest.get("format") != FORMAT_NAME:
        return [f"manifest.json: format is {manifest.get('format')!r}, not {FORMAT_NAME!r}"]
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return [f"manifest.json: format_version {version!r} is not a version number"]
    if version > FORMAT_VERSION:
        return [
            f"manifest.json: format_version {version} is newer than this tool reads ({FORMAT_VERSION});"
            " upgrade assistants-client"
        ]
    problems = []
    counts = manifest.get("counts")
    if not isinstance(counts, dict) or any(not isinstance(counts.get(k), int) for k in KINDS):
        problems.append("manifest.json: counts must give a number for every kind")
    files = manifest.get("files")
    if not isinstance(files, dict):
        return [*problems, "manifest.json: files must map each member to its sha256 and bytes"]
    for path, entry in files.items():
        if not _MEMBER.fullmatch(path):
            problems.append(f"manifest.json: {path!r} is not a member an archive can hold")
        elif not (
            isinstance(entry, dict)
            and isinstance(entry.get("sha256"), str)
            and _SHA256.fullmatch(entry["sha256"])
            and isinstance(entry.get("bytes"), int)
        ):
            problems.append(f"manifest.json: the entry of {path} needs sha256 (64 hex digits) and bytes")
    for kind in KINDS:
        if kind_file(kind) not in files:
            problems.append(f"manifest.json: {kind_file(kind)} is not listed")
    return problems


def compare_members(
    listed: Mapping[str, Mapping[str, Any]], found: Mapping[str, tuple[str, int] | None], extra: Iterable[str]
) -> list[str]:
    """Each listed member against what is on disk (`found[path]` is (sha256, size), None when
    absent); `extra` are members on disk the manifest does not list."""
    problems = []
    for path, entry in sorted(listed.items()):
        got = found.get(path)
        if got is None:
            problems.append(f"{path} is missing")
        elif got[1] != entry["bytes"]:
            problems.append(f"{path} has {got[1]} bytes, the manifest says {entry['bytes']}")
        elif got[0] != entry["sha256"]:
            problems.append(f"{path} does not match its sha256 in the manifest (changed since the export)")
    problems.extend(f"{path} is not listed in the manifest" for path in sorted(extra))
    return problems
