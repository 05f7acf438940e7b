"""The server's settings: one object read by the app, the in-thread ``Server`` and the command
line, which is derived from the fields below (``options``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .faults import FaultConfig
from .options import option

SCRIPTED_STEP_DELAY = 0.02  # seconds between a scripted run's state changes, by default
MODEL_BACKENDS = ("scripted", "chat-completions")
MODEL_GROUP = "the model behind runs"
GUARD_GROUP = "exposing the server (limits and test hooks)"
SEARCH_GROUP = "file_search (hybrid retrieval with an embeddings endpoint)"
CODE_GROUP = "code_interpreter (a sandboxed Python per thread)"
CODE_SANDBOXES = ("bwrap", "none")
TLS_GROUP = "HTTPS (azure-core sends bearer tokens over https only)"
# The largest field the API takes is 256,000 characters (an assistant's instructions, a message's
# content): at most 4 bytes each in UTF-8, or 12 per character written as a \u escape pair.
# 8 MiB holds a body with a few such fields written either way.
MAX_BODY_BYTES = 8 * 1024 * 1024
MAX_FILE_BYTES = 512 * 1024 * 1024  # the API's limit on one uploaded file (createFile)
MAX_UPLOAD_BYTES = 8 * 1024 * 1024 * 1024  # the API's limit on a file made through the Uploads API


@dataclass
class ServerConfig:
    """Every option of the local server, each declared once with its command-line help.

    ``step_delay``, ``azure_token`` and ``foundry_token`` may change while the server runs
    (``Server.set_step_delay``, ``Server.set_azure_token``, ``POST /_mock/azure_token``).
    """

    host: str = option("127.0.0.1", "address to bind (default 127.0.0.1)")
    port: int = option(0, "port; 0 picks a free one (default)")
    db: str | None = option(
        None,
        "keep state across restarts in this SQLite file, or in PostgreSQL at a postgresql://user:pass@host:port/dbname"
        " URL, which any number of replicas share (default: $ASSISTANTS_DB_URL, else in memory)",
        metavar="PATH_OR_URL",
        secret=True,  # a URL may carry a password
    )
    db_pool_max: int = option(
        10, "most PostgreSQL connections this server opens, with a postgresql:// --db (10)", metavar="N"
    )
    data_dir: str | None = option(
        None,
        "keep uploaded files' bytes in this directory (default: PATH.files beside --db, else a temporary one)",
        metavar="PATH",
    )
    api_key: str | None = option(
        None,
        "demand this key on every route: a bearer token, or the api-key header on /openai "
        "(default: $ASSISTANTS_API_KEY, else none)",
        secret=True,
    )
    azure_api_key: str | None = option(
        None, "the api-key header /openai routes demand (default: --api-key)", secret=True
    )
    azure_token: str | None = option(None, "also accept this bearer token on /openai routes", secret=True)
    foundry_token: str | None = option(
        None, "the bearer token /api/projects/... routes demand (default: --api-key, else any)", secret=True
    )
    tls_cert: str | None = option(
        None,
        "serve HTTPS with this certificate (PEM, its chain after it); with --tls-key",
        metavar="PATH",
        group=TLS_GROUP,
    )
    tls_key: str | None = option(None, "the private key of --tls-cert (PEM)", metavar="PATH", group=TLS_GROUP)
    tls_self_signed: bool = option(
        False,
        "serve HTTPS with a local CA made at start and a certificate for 127.0.0.1, localhost and ::1",
        group=TLS_GROUP,
    )
    tls_ca_out: str | None = option(
        None,
        "where --tls-self-signed writes its CA's certificate, for SSL_CERT_FILE / REQUESTS_CA_BUNDLE "
        "(default: tls-ca.pem in the data directory, else in a temporary one; printed on stderr)",
        metavar="PATH",
        group=TLS_GROUP,
    )
    step_delay: float = option(
        -1.0, "seconds between run state changes (0.02 for the scripted model, 0 for a real one)"
    )
    run_expiry: float = option(600.0, "seconds a run waits for tool outputs (600)")
    run_slots: int = option(
        32,
        "with a postgresql:// --db: most runs this replica drives at once, claimed from the shared queue; 0: it"
        " serves requests and streams but drives no run (32)",
    )
    run_lease_seconds: float = option(
        30.0,
        "with a postgresql:// --db: how long a replica's claim on a run lasts without a heartbeat; another replica"
        " takes a run over this long after its replica died (30)",
    )
    file_search_wait: float = option(
        60.0, "seconds a file_search run waits for its vector stores' files still being processed (60)", metavar="S"
    )
    faults: FaultConfig = field(default_factory=FaultConfig)  # on the command line field by field
    seed: int | None = option(None, "seed for the fault generator")
    validate_responses: bool = option(False, "check responses against openapi.yaml")
    validate_requests: bool = option(True, "do not check request bodies", flag="--no-validate-requests")
    require_beta_header: bool = option(True, "do not demand the OpenAI-Beta header", flag="--no-beta-header-check")
    spec_path: str | None = None  # another openapi.yaml (not on the command line)
    log_level: str = option("warning", "uvicorn's log level (warning)")
    keep_alive: int = option(5, "whole seconds an idle connection stays open (5)", metavar="SECONDS")
    console: bool = option(
        False, "serve the browser console at /console/ (static files; every call it makes goes through /v1)"
    )
    admin: bool = option(
        False, "serve the test hooks: the /_mock routes and the X-Mock-* headers (off: 404, ignored)", group=GUARD_GROUP
    )
    max_body_bytes: int = option(
        MAX_BODY_BYTES, f"largest request body in bytes; larger ones get a 413 ({MAX_BODY_BYTES})", group=GUARD_GROUP
    )
    max_file_bytes: int = option(
        MAX_FILE_BYTES,
        f"largest file createFile takes, and largest upload part, in bytes; larger ones get a 413 ({MAX_FILE_BYTES})",
        group=GUARD_GROUP,
    )
    max_upload_bytes: int = option(
        MAX_UPLOAD_BYTES,
        f"largest `bytes` createUpload announces (the file its parts make); more gets a 400 ({MAX_UPLOAD_BYTES})",
        group=GUARD_GROUP,
    )
    rate_limit: int | None = option(
        None,
        "requests a minute each project may make (each replica counts its own); past it a 429 with Retry-After"
        " (default: no limit)",
        metavar="RPM",
        group=GUARD_GROUP,
    )
    max_connections: int = option(
        512, "open connections served at once; a request past them gets a 503 (512)", group=GUARD_GROUP
    )
    header_timeout: float = option(
        10.0, "seconds a request's line and headers may take to arrive, from their first byte (10)", group=GUARD_GROUP
    )
    body_timeout: float = option(
        60.0, "seconds a request's body may take to arrive after its headers (60)", group=GUARD_GROUP
    )
    shutdown_grace: float = option(
        10.0, "on SIGTERM, seconds active runs get to finish before the rest wait for the next start (10)", metavar="S"
    )
    idempotency_ttl: float = option(
        86400.0, "seconds the first answer to an Idempotency-Key is given again (86400: a day)", metavar="S"
    )
    model_backend: str = option(
        "scripted",
        "scripted (default, deterministic, offline) or chat-completions (a real model at --upstream-base-url)",
        choices=MODEL_BACKENDS,
        group=MODEL_GROUP,
    )
    upstream_base_url: str | None = option(
        None, "e.g. http://localhost:11434/v1; runs post to URL/chat/completions", metavar="URL", group=MODEL_GROUP
    )
    upstream_api_key: str | None = option(
        None,
        "bearer key for the upstream (default: $UPSTREAM_API_KEY, else none)",
        metavar="KEY",
        group=MODEL_GROUP,
        secret=True,
    )
    upstream_model: str | None = option(
        None, "model sent upstream (default: the assistant's or run's model)", metavar="NAME", group=MODEL_GROUP
    )
    upstream_timeout: float = option(
        300.0, "seconds the upstream may stay silent, first token included (300)", metavar="S", group=MODEL_GROUP
    )
    embeddings_base_url: str | None = option(
        None,
        "an OpenAI-compatible embeddings endpoint, e.g. http://localhost:11434/v1 (posts to URL/embeddings); "
        "with it, search is hybrid (BM25 and vectors); without it, BM25 only",
        metavar="URL",
        group=SEARCH_GROUP,
    )
    embeddings_model: str | None = option(
        None, "the embedding model's name (text-embedding-3-small)", metavar="NAME", group=SEARCH_GROUP
    )
    embeddings_api_key: str | None = option(
        None,
        "bearer key for the embeddings endpoint (default: $EMBEDDINGS_API_KEY, else none)",
        metavar="KEY",
        group=SEARCH_GROUP,
        secret=True,
    )
    code_sandbox: str = option(
        "bwrap",
        "bwrap (default: each session in a bubblewrap sandbox) or none (code runs as a plain process of the "
        "server's user: unsafe except on a trusted laptop)",
        choices=CODE_SANDBOXES,
        group=CODE_GROUP,
    )
    code_timeout: float = option(60.0, "wall-clock seconds one execution may take (60)", metavar="S", group=CODE_GROUP)
    code_memory_mb: int = option(
        1024, "address space of a session's Python, in MB (1024)", metavar="MB", group=CODE_GROUP
    )
    code_max_sessions: int = option(
        8, "sessions kept at once; past it the least recently used idle one ends (8)", metavar="N", group=CODE_GROUP
    )
    code_session_idle: float = option(
        3600.0, "seconds an unused session lives, as the API's (3600)", metavar="S", group=CODE_GROUP
    )
    code_output_cap: int = option(
        64 * 1024,
        "bytes of logs kept per execution; the rest is cut with a marker (65536)",
        metavar="N",
        group=CODE_GROUP,
    )

    def __post_init__(self) -> None:
        if isinstance(self.faults, dict):
            self.faults = FaultConfig.from_dict(self.faults)
        self.step_delay = float(self.step_delay)
        if self.step_delay < 0:
            # The scripted model's runs pause between states so tests can watch them; a real
            # model's own pace is the run's, so nothing is added to its time to first token.
            self.step_delay = 0.0 if self.model_backend == "chat-completions" else SCRIPTED_STEP_DELAY
        self.run_expiry = float(self.run_expiry)
        if self.run_slots < 0 or self.run_lease_seconds < 1:
            raise ValueError("--run-slots must be at least 0 and --run-lease-seconds at least 1")
        self.file_search_wait = max(0.0, float(self.file_search_wait))
        self.keep_alive = int(self.keep_alive)
        self.shutdown_grace = max(0.0, float(self.shutdown_grace))
        self.idempotency_ttl = float(self.idempotency_ttl)
        url = self.embeddings_base_url
        if url is not None and not url.startswith(("http://", "https://")):
            raise ValueError(f"--embeddings-base-url must be an http(s) URL, not {url!r}")
        if self.rate_limit is not None and self.rate_limit < 1:
            raise ValueError(f"--rate-limit must be at least 1 request a minute, not {self.rate_limit}")
        if bool(self.tls_cert) != bool(self.tls_key):
            raise ValueError("--tls-cert and --tls-key go together: the certificate and its private key")
        if self.tls_self_signed and self.tls_cert:
            raise ValueError("--tls-self-signed makes its own certificate: leave out --tls-cert and --tls-key")
        if self.tls_ca_out and not self.tls_self_signed:
            raise ValueError("--tls-ca-out is where --tls-self-signed writes its CA; it needs --tls-self-signed")
        if self.keep_alive < 1:
            raise ValueError(f"keep_alive must be at least 1 second, not {self.keep_alive}")
        if self.db_pool_max < 1:
            raise ValueError(f"--db-pool-max must be at least 1 connection, not {self.db_pool_max}")
        positive: tuple[str, ...] = ("max_body_bytes", "max_file_bytes", "max_upload_bytes", "max_connections")
        positive += ("code_timeout", "code_memory_mb", "code_max_sessions", "code_session_idle", "code_output_cap")
        for name in (*positive, "header_timeout", "body_timeout"):
            value = getattr(self, name)
            if not 0 < value < float("inf"):
                raise ValueError(f"{name} must be a positive number, not {value}")

    @property
    def scheme(self) -> str:
        """``https`` with a certificate (given or made), else ``http``."""
        return "https" if self.tls_cert or self.tls_self_signed else "http"

    @property
    def url_host(self) -> str:
        """The host as it appears in a URL: an IPv6 address goes in brackets."""
        return f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host

    def with_overrides(self, **fields: Any) -> ServerConfig:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(fields)
        return ServerConfig(**values)
