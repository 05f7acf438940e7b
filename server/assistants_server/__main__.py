"""``python -m assistants_server``: serve the local API in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from typing import Any

from .config import ServerConfig
from .faults import FaultConfig
from .http.app import AssistantsApp
from .http.auth import exposed_without_key
from .http.listener import open_socket, origin, serve, uvicorn_server
from .http.tls import prepare as prepare_tls
from .options import add_arguments, values
from .storage.migrations import SchemaTooNew
from .storage.open import DB_ENV
from .storage.sql_db import DatabaseUnavailable


def build_parser() -> argparse.ArgumentParser:
    """The command line: every option of ``ServerConfig`` and ``FaultConfig``, as declared there."""
    parser = argparse.ArgumentParser(
        prog="python -m assistants_server",
        description="Local Assistants API v2 server. Prints its base URL on the first line of stdout.",
    )
    groups: dict[str, Any] = {}
    add_arguments(parser, ServerConfig, groups)
    add_arguments(parser, FaultConfig, groups)
    # a shorthand, not a setting of its own: it adds to the rate of 500s that --fault-status gives
    parser.add_argument("--fault-rate", type=float, default=0.0, help="probability of a 500 before acting")
    return parser


def config_from_args(args: argparse.Namespace) -> ServerConfig:
    faults = FaultConfig(**values(args, FaultConfig))
    if args.fault_rate:
        faults.error_rates[500] = faults.error_rates.get(500, 0.0) + args.fault_rate
    settings = values(args, ServerConfig)
    if settings.get("api_key") is None:  # from the environment, out of the process list
        settings["api_key"] = os.environ.get("ASSISTANTS_API_KEY") or None
    if settings.get("db") is None:  # a URL may carry a password: the environment keeps it out of `ps`
        settings["db"] = os.environ.get(DB_ENV) or None
    return ServerConfig(**settings, faults=faults)


def warn_if_exposed(config: ServerConfig, keys_on: bool = False) -> None:
    """Say loudly, on stderr, what a server listening beyond loopback leaves open."""
    for part in exposed_without_key(config, keys_on):
        print(f"WARNING: listening on {config.host}, and {part}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["import"]:  # a subcommand of its own; the serving flags stay as they were
        from .archive_load import main as import_main

        return import_main(argv[1:])
    if argv[:1] == ["keys"]:  # keys create|list|revoke: the API keys of a database
        from .key_admin import main as keys_main

        return keys_main(argv[1:])
    parser = build_parser()
    try:
        config = config_from_args(parser.parse_args(argv))
        tls = prepare_tls(config)  # TLSError (a ValueError): a certificate that cannot be served
        app = AssistantsApp(config)
    except (SchemaTooNew, DatabaseUnavailable) as exc:  # a newer release's database (left as it was), or none
        print(f"{parser.prog}: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # a setting out of bounds, or a model backend these flags cannot build
        parser.error(str(exc))
    warn_if_exposed(config, app.pipeline.access.keys_on())
    sock = open_socket(config)
    port = sock.getsockname()[1]

    def announce() -> None:
        print(f"{origin(config, port)}/v1", flush=True)
        if tls is not None and tls.ca_path:
            print(
                f"TLS: the local CA's certificate is {tls.ca_path} "
                f"(SSL_CERT_FILE={tls.ca_path} REQUESTS_CA_BUNDLE={tls.ca_path})",
                file=sys.stderr,
                flush=True,
            )

    try:
        asyncio.run(serve(uvicorn_server(app, tls), sock, announce))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        app.close()
        if tls is not None:
            tls.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
