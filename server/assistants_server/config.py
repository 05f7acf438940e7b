"""The server's settings: one object read by the app, the in-thread ``Server`` and the CLI."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .faults import FaultConfig

SCRIPTED_STEP_DELAY = 0.02  # seconds between a scripted run's state changes, by default


@dataclass
class ServerConfig:
    """Every option of the local server.

    ``step_delay``, ``azure_token`` and ``foundry_token`` may change while the server runs
    (``Server.set_step_delay``, ``Server.set_azure_token``, ``POST /_mock/azure_token``).
    """

    host: str = "127.0.0.1"
    port: int = 0
    db: str | None = None  # SQLite file; None keeps state in memory
    api_key: str | None = None  # bearer key demanded on /v1 (None: any key, or none)
    azure_api_key: str | None = None  # api-key header accepted on /openai
    azure_token: str | None = None  # bearer token accepted on /openai
    foundry_token: str | None = None  # bearer token demanded on /api/projects/{project} (None: any bearer)
    step_delay: float = -1.0  # seconds between run state changes; < 0: the backend's own default
    run_expiry: float = 600.0  # seconds a run waits for tool outputs
    faults: FaultConfig = field(default_factory=FaultConfig)
    seed: int | None = None  # seed of the fault generator
    validate_responses: bool = False  # check every answer against openapi.yaml
    validate_requests: bool = True  # check request bodies against openapi.yaml
    require_beta_header: bool = True  # demand OpenAI-Beta on /v1
    spec_path: str | None = None  # another openapi.yaml
    log_level: str = "warning"
    keep_alive: int = 5  # seconds an idle connection is kept open for the client's next request
    model_backend: str = "scripted"  # what answers runs: "scripted" or "chat-completions"
    upstream_base_url: str | None = None  # chat-completions: the endpoint, as OpenAI clients take it
    upstream_api_key: str | None = field(default=None, repr=False)  # else $UPSTREAM_API_KEY; None: no key
    upstream_model: str | None = None  # sent instead of the assistant's or run's model
    upstream_timeout: float = 300.0  # seconds the upstream may stay silent, first token included

    def __post_init__(self) -> None:
        if isinstance(self.faults, dict):
            self.faults = FaultConfig.from_dict(self.faults)
        self.step_delay = float(self.step_delay)
        if self.step_delay < 0:
            # The scripted model's runs pause between states so tests can watch them; a real
            # model's own pace is the run's, so nothing is added to its time to first token.
            self.step_delay = 0.0 if self.model_backend == "chat-completions" else SCRIPTED_STEP_DELAY
        self.run_expiry = float(self.run_expiry)
        self.keep_alive = int(self.keep_alive)
        if self.keep_alive < 1:
            raise ValueError(f"keep_alive must be at least 1 second, not {self.keep_alive}")

    @property
    def url_host(self) -> str:
        """The host as it appears in a URL: an IPv6 address goes in brackets."""
        return f"[{self.host}]" if ":" in self.host and not self.host.startswith("[") else self.host

    def with_overrides(self, **fields: Any) -> ServerConfig:
        values = {name: getattr(self, name) for name in self.__dataclass_fields__}
        values.update(fields)
        return ServerConfig(**values)
