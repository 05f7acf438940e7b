"""`assistants-client`: the command line of the client package (export, verify, import).

Exit status: 0 done, 1 the work failed (the message says why; an export or an import stopped
this way resumes when rerun with the same arguments), 2 a usage error, 3 the host refused the
credential.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .._client import Client
from .._exceptions import APIError, AuthenticationError, PermissionDeniedError
from .archive import ArchiveError
from .archive_io import verify
from .progress import Progress

__all__ = ["main"]

FOUNDRY_SCOPE = "https://ai.azure.com/.default"
MAX_THREAD_IDS = 10_000_000


def _host_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("the host (the same settings as Client)")
    group.add_argument("--base-url", default=None, help="the API's base URL (default: $OPENAI_BASE_URL)")
    group.add_argument("--api-key", default=None, help="its key (default: $OPENAI_API_KEY; better there than here)")
    group.add_argument("--foundry-endpoint", default=None, help="an Azure AI Foundry project endpoint")
    group.add_argument(
        "--foundry-token", default=None, help="its bearer token (default: from azure-identity, when installed)"
    )
    group.add_argument("--azure-endpoint", default=None, help="an Azure OpenAI endpoint (with --api-version)")
    group.add_argument("--api-version", default=None, help="the Azure OpenAI api-version")
    group.add_argument("--max-retries", type=int, default=5, help="retries of each request (default 5)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="assistants-client", description="Move an Assistants host's data.")
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="export everything a host holds into an archive directory")
    export.add_argument("--out", required=True, type=Path, help="the archive directory (rerun with it to resume)")
    export.add_argument("--thread-ids", type=Path, default=None, help="a file of thread ids, one per line")
    export.add_argument("--concurrency", type=int, default=4, help="requests at once (default 4)")
    export.add_argument("--since", type=int, default=None, help="only objects created at or after this Unix time")
    _host_arguments(export)
    check = commands.add_parser("verify", help="check an archive against its manifest")
    check.add_argument("archive", type=Path)
    load = commands.add_parser("import", help="import an archive through a host's API (new ids)")
    load.add_argument("archive", type=Path)
    load.add_argument("--concurrency", type=int, default=4, help="threads imported at once (default 4)")
    _host_arguments(load)
    return parser


def _token_from_azure_identity() -> Callable[[], str]:
    try:
        identity: Any = importlib.import_module("azure.identity")
    except ImportError:
        raise SystemExit("--foundry-endpoint needs --foundry-token, or the azure-identity package installed") from None
    provider: Callable[[], str] = identity.get_bearer_token_provider(identity.DefaultAzureCredential(), FOUNDRY_SCOPE)
    return provider


def client_from_args(args: argparse.Namespace) -> Client:
    """A Client for the host the arguments (and the environment, as Client reads it) name."""
    common: dict[str, Any] = {"max_retries": args.max_retries}
    if args.foundry_endpoint:
        token = args.foundry_token
        provider = (lambda: token) if token else _token_from_azure_identity()
        return Client.foundry(endpoint=args.foundry_endpoint, token_provider=provider, **common)
    if args.azure_endpoint:
        if not args.api_version:
            raise SystemExit("--azure-endpoint needs --api-version")
        key = args.api_key or os.environ.get("AZURE_OPENAI_API_KEY") or os.environ.get("OPENAI_API_KEY")
        return Client.azure(endpoint=args.azure_endpoint, api_version=args.api_version, api_key=key, **common)
    return Client(base_url=args.base_url, api_key=args.api_key, **common)


def read_thread_ids(path: Path) -> list[str]:
    """Thread ids, one a line; blank lines and lines starting with `#` are skipped."""
    ids = []
    with path.open(encoding="utf-8") as fh:
        for number, line in enumerate(fh):
            if number >= MAX_THREAD_IDS:
                break
            text = line.strip()
            if text and not text.startswith("#"):
                ids.append(text)
    return ids


def _export(args: argparse.Namespace) -> int:
    from .exporter import Exporter

    ids = read_thread_ids(args.thread_ids) if args.thread_ids else []
    with client_from_args(args) as client:
        manifest = Exporter(
            client, args.out, thread_ids=ids, concurrency=args.concurrency, since=args.since, progress=Progress()
        ).run()
    counts = ", ".join(f"{n} {kind}" for kind, n in manifest["counts"].items())
    print(f"exported {counts} to {args.out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from .importer import Importer

    with client_from_args(args) as client:
        report = Importer(client, args.archive, concurrency=args.concurrency, progress=Progress()).run()
    print(
        f"imported into {client.base_url}: {report['summary']} (id-map.json and import-report.json in {args.archive})"
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "verify":
            manifest = verify(args.archive)
            print(
                f"{args.archive}: a valid archive (format version {manifest['format_version']}) of {manifest['source']}"
            )
            return 0
        return _export(args) if args.command == "export" else _import(args)
    except ArchiveError as exc:
        print(f"assistants-client {args.command}: {exc}", file=sys.stderr)
        return 1
    except (AuthenticationError, PermissionDeniedError) as exc:
        print(
            f"assistants-client {args.command}: the host refused the credential ({exc.status_code}: {exc.message});"
            " what was done is kept: rerun the same command to resume",
            file=sys.stderr,
        )
        return 3
    except APIError as exc:
        print(
            f"assistants-client {args.command}: {type(exc).__name__}: {exc}; what was done is kept:"
            " rerun the same command to resume",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print(f"assistants-client {args.command}: interrupted; rerun the same command to resume", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
