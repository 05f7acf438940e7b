"""``python -m assistants_server keys create|list|revoke --db PATH_OR_URL``: the API keys a
server's database holds.

``create`` prints the new key on the last line of its output, once: the database keeps only its
hash. ``list`` shows what is kept of each key (never the key), ``revoke`` ends one at once for
every server on that database (each request looks its key up afresh).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections.abc import Sequence

from .storage.keys import ApiKey, new_secret, secret_hash
from .storage.open import DB_ENV
from .storage.open import open_store as open_database
from .storage.scope import DEFAULT_PROJECT
from .storage.sql_objects import ObjectStore

PROG = "python -m assistants_server keys"
PROJECT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
NAME_LIMIT = 200


def project_name(text: str) -> str:
    """A project's name as typed: letters, digits, '.', '_', '-' (or '' for the default project)."""
    if text == DEFAULT_PROJECT or PROJECT_NAME.fullmatch(text):
        return text
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a project name: 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"
        " (or '' for the default project, the one --api-key and a server without keys use)"
    )


def label(text: str) -> str:
    if len(text) > NAME_LIMIT or any(ord(ch) < 32 for ch in text):
        raise argparse.ArgumentTypeError(f"a key's name is at most {NAME_LIMIT} printable characters")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Make, list and revoke the API keys of a database.")
    db_help = "the server's --db: a SQLite file or a postgresql:// URL (default: $ASSISTANTS_DB_URL)"
    commands = parser.add_subparsers(dest="command", required=True, metavar="{create,list,revoke}")
    create = commands.add_parser("create", help="make a key; it is printed on the last line, once")
    create.add_argument("--db", help=db_help)
    create.add_argument("--project", required=True, type=project_name, help="the project the key opens")
    create.add_argument("--admin", action="store_true", help="the key may also call the /_mock admin routes")
    create.add_argument("--name", default="", type=label, help="a label to tell keys apart in `keys list`")
    listing = commands.add_parser("list", help="every key: id, project, name, admin, created, revoked")
    listing.add_argument("--db", help=db_help)
    revoke = commands.add_parser("revoke", help="refuse a key from now on, on every server of the database")
    revoke.add_argument("key_id", help="the key's id, as `keys list` shows it (key_...)")
    revoke.add_argument("--db", help=db_help)
    return parser


def open_store(db: str) -> ObjectStore:
    """The store a server started with ``--db db`` uses."""
    return open_database(db)


def _when(seconds: int | None) -> str:
    return "-" if seconds is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds))


def _row(key: ApiKey) -> list[str]:
    project = key.project if key.project != DEFAULT_PROJECT else "(default)"
    return [
        key.id,
        project,
        key.name or "-",
        "yes" if key.admin else "no",
        _when(key.created_at),
        _when(key.revoked_at),
    ]


def table(keys: Sequence[ApiKey]) -> str:
    rows = [["id", "project", "name", "admin", "created", "revoked"], *(_row(k) for k in keys)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows)


def run(args: argparse.Namespace, store: ObjectStore) -> int:
    if args.command == "create":
        secret = new_secret()
        key = store.create_key(args.project, secret_hash(secret), name=args.name, admin=args.admin)
        project = repr(key.project) if key.project != DEFAULT_PROJECT else "the default project ('')"
        print(f"created {key.id} for {project}{', admin' if key.admin else ''}")
        print("the key is shown once, below: the database keeps only its SHA-256")
        print(secret, flush=True)
        return 0
    if args.command == "list":
        print(table(store.keys()), flush=True)
        return 0
    revoked = store.revoke_key(args.key_id)
    if revoked is None:
        print(f"{PROG} revoke: no key {args.key_id!r} in this database (see `keys list`)", file=sys.stderr)
        return 1
    print(f"revoked {revoked.id} (project {revoked.project!r}) at {_when(revoked.revoked_at)}", flush=True)
    return 0


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    db = args.db or os.environ.get(DB_ENV)
    if not db:
        parser.error("--db is required (or $ASSISTANTS_DB_URL): the database the servers use")
    if "://" not in db and not os.path.exists(db) and args.command != "create":
        print(f"{PROG} {args.command}: no database at {db!r}", file=sys.stderr)
        return 1
    try:
        store = open_store(db)
    except Exception as exc:  # unreachable, unwritable, from a later release: say which, no traceback
        print(f"{PROG} {args.command}: cannot open the database: {exc}", file=sys.stderr)
        return 1
    try:
        return run(args, store)
    finally:
        store.close()
