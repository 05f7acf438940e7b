"""``python -m assistants_server``: serve the local API in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from .config import ServerConfig
from .faults import FaultConfig
from .http.app import AssistantsApp
from .http.listener import open_socket, origin, serve, uvicorn_server
from .options import add_arguments, values


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
    return ServerConfig(**values(args, ServerConfig), faults=faults)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    config = config_from_args(parser.parse_args(argv))
    try:
        app = AssistantsApp(config)
    except ValueError as exc:  # a model backend that cannot be built from these flags
        parser.error(str(exc))
    sock = open_socket(config)
    port = sock.getsockname()[1]

    def announce() -> None:
        print(f"{origin(config, port)}/v1", flush=True)

    try:
        asyncio.run(serve(uvicorn_server(app), sock, announce))
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
        app.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
