"""``python -m assistants_server``: serve the local API in the foreground."""

from __future__ import annotations

import argparse
import asyncio
import sys

from .backends.factory import MODEL_BACKENDS
from .config import ServerConfig
from .faults import FaultConfig
from .http.app import AssistantsApp
from .http.serving import open_socket, origin, serve, uvicorn_server


def _rates(text: str) -> dict[int, float]:
    """``500:0.3,429:0.1`` -> {500: 0.3, 429: 0.1}."""
    out: dict[int, float] = {}
    for item in filter(None, (p.strip() for p in text.split(","))):
        status, _, rate = item.partition(":")
        out[int(status)] = float(rate)
    return out


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m assistants_server",
        description="Local Assistants API v2 server. Prints its base URL on the first line of stdout.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=0, help="port; 0 picks a free one (default)")
    p.add_argument("--db", metavar="PATH", help="keep state in this SQLite file across restarts")
    p.add_argument("--api-key", help="demand this bearer key (default: accept any)")
    p.add_argument("--azure-api-key", help="demand this api-key header on /openai routes")
    p.add_argument("--azure-token", help="accept this bearer token on /openai routes")
    p.add_argument("--foundry-token", help="demand this bearer token on /api/projects/... routes (default: any)")
    p.add_argument(
        "--step-delay",
        type=float,
        default=-1.0,
        help="seconds between run state changes (0.02 for the scripted model, 0 for a real one)",
    )
    p.add_argument("--run-expiry", type=float, default=600.0, help="seconds a run waits for tool outputs (600)")
    p.add_argument("--latency", type=float, default=0.0, help="seconds added to every API request")
    p.add_argument("--fault-rate", type=float, default=0.0, help="probability of a 500 before acting")
    p.add_argument(
        "--fault-status", type=_rates, default={}, metavar="S:R,...", help="error rates by status, e.g. 500:0.2,429:0.1"
    )
    p.add_argument("--retry-after", type=float, default=None, help="Retry-After seconds sent with injected errors")
    p.add_argument("--drop-rate", type=float, default=0.0, help="probability of closing a connection unanswered")
    p.add_argument("--cut-stream-rate", type=float, default=0.0, help="probability of cutting an SSE stream")
    p.add_argument("--cut-stream-after", type=int, default=3, help="frames sent before a cut (3)")
    p.add_argument(
        "--fail-after-commit-rate", type=float, default=0.0, help="probability of answering 500 after acting"
    )
    p.add_argument("--seed", type=int, default=None, help="seed for the fault generator")
    p.add_argument("--validate-responses", action="store_true", help="check responses against openapi.yaml")
    p.add_argument("--no-validate-requests", action="store_true", help="do not check request bodies")
    p.add_argument("--no-beta-header-check", action="store_true", help="do not demand the OpenAI-Beta header")
    p.add_argument("--log-level", default="warning")
    p.add_argument(
        "--keep-alive", type=int, default=5, metavar="SECONDS", help="whole seconds an idle connection stays open (5)"
    )
    model = p.add_argument_group("the model behind runs")
    model.add_argument(
        "--model-backend",
        choices=MODEL_BACKENDS,
        default="scripted",
        help="scripted (default, deterministic, offline) or chat-completions (a real model at --upstream-base-url)",
    )
    model.add_argument(
        "--upstream-base-url", metavar="URL", help="e.g. http://localhost:11434/v1; runs post to URL/chat/completions"
    )
    model.add_argument(
        "--upstream-api-key", metavar="KEY", help="bearer key for the upstream (default: $UPSTREAM_API_KEY, else none)"
    )
    model.add_argument(
        "--upstream-model", metavar="NAME", help="model sent upstream (default: the assistant's or run's model)"
    )
    model.add_argument(
        "--upstream-timeout", type=float, default=300.0, metavar="S", help="seconds the upstream may stay silent (300)"
    )
    return p


def config_from_args(args: argparse.Namespace) -> ServerConfig:
    rates = dict(args.fault_status)
    if args.fault_rate:
        rates[500] = rates.get(500, 0.0) + args.fault_rate
    faults = FaultConfig(
        error_rates=rates,
        retry_after=args.retry_after,
        latency=args.latency,
        drop_rate=args.drop_rate,
        cut_stream_rate=args.cut_stream_rate,
        cut_stream_after=args.cut_stream_after,
        fail_after_commit_rate=args.fail_after_commit_rate,
    )
    return ServerConfig(
        host=args.host,
        port=args.port,
        db=args.db,
        api_key=args.api_key,
        azure_api_key=args.azure_api_key,
        azure_token=args.azure_token,
        foundry_token=args.foundry_token,
        step_delay=args.step_delay,
        run_expiry=args.run_expiry,
        faults=faults,
        seed=args.seed,
        validate_responses=args.validate_responses,
        validate_requests=not args.no_validate_requests,
        require_beta_header=not args.no_beta_header_check,
        log_level=args.log_level,
        keep_alive=args.keep_alive,
        model_backend=args.model_backend,
        upstream_base_url=args.upstream_base_url,
        upstream_api_key=args.upstream_api_key,
        upstream_model=args.upstream_model,
        upstream_timeout=args.upstream_timeout,
    )


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
