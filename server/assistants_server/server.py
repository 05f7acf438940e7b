"""``Server``: the app on a loopback port, served from a background thread, with direct access
to its state for tests (``StateAPI``)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine
from dataclasses import replace
from typing import Any, TypeVar

from .backends.base import ModelBackend
from .config import ServerConfig
from .faults import FaultConfig, parse_fault
from .http.app import AssistantsApp
from .http.listener import open_socket, origin, uvicorn_server
from .http.tls import TLSFiles
from .http.tls import prepare as prepare_tls
from .objects import message_input
from .threaded import ThreadedServer

T = TypeVar("T")
JSON = dict[str, Any]


class StateAPI:
    """Direct, thread-safe access to the server's objects (no HTTP, no faults).

    Objects made here are exactly what the HTTP API would have made.
    """

    def __init__(self, app: AssistantsApp) -> None:
        self._domain = app.domain

    def get(self, object_id: str) -> JSON | None:
        found = self._domain.store.find(object_id)
        return found[1] if found else None

    def list(self, kind: str, parent: str | None = None, order: str = "asc", limit: int = 100) -> list[JSON]:
        """kind: assistant, thread, message, run, step, assistant_file, message_file."""
        return self._domain.store.list(kind, parent, limit=limit, order=order).data

    def count(self, kind: str | None = None, parent: str | None = None) -> int:
        return self._domain.store.count(kind, parent)

    def counts(self) -> dict[str, int]:
        return self._domain.store.counts_by_kind()

    def create_assistant(self, **fields: Any) -> JSON:
        fields.setdefault("model", "gpt-4o")
        return self._domain.create_assistant(fields)

    def create_thread(self, **fields: Any) -> JSON:
        return self._domain.create_thread(fields)

    def add_message(self, thread_id: str, text: str, role: str = "user") -> JSON:
        self._domain.thread(thread_id)
        return self._domain.objects.message(thread_id=thread_id, **message_input({"role": role, "content": text}))

    def seed_messages(self, thread_id: str, count: int, text: str = "Seed message {i}", role: str = "user") -> JSON:
        return self._domain.seed_messages(thread_id, count, text=text, role=role)


class Server:
    """The local Assistants API on a free loopback port, served from a background thread.

    >>> with Server() as srv:
    ...     srv.base_url          # 'http://127.0.0.1:PORT/v1'

    Keywords are the fields of ``ServerConfig`` (plus ``latency``, a shortcut for
    ``faults.latency``); ``backend`` is the model that answers runs (default: scripted). The test
    hooks (``/_mock``, ``X-Mock-*``) are on unless ``admin=False`` or a ``config`` says otherwise.
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        config: ServerConfig | None = None,
        backend: ModelBackend | None = None,
        latency: float = 0.0,
        **fields: Any,
    ) -> None:
        config = (config or ServerConfig(admin=True)).with_overrides(host=host, port=port, **fields)
        if latency:
            config.faults = replace(config.faults, latency=latency)
        self.config = config
        self.port = config.port
        self.api = AssistantsApp(config, backend=backend)
        self.state = StateAPI(self.api)
        self._served: ThreadedServer | None = None
        self._tls: TLSFiles | None = None

    # -- addresses -------------------------------------------------------------
    @property
    def host(self) -> str:
        return self.config.host

    @property
    def origin(self) -> str:
        return origin(self.config, self.port)

    @property
    def base_url(self) -> str:
        return self.origin + "/v1"

    @property
    def azure_endpoint(self) -> str:
        """What ``AzureOpenAI(azure_endpoint=...)`` takes; routes live under ``/openai``."""
        return self.origin

    @property
    def azure_base_url(self) -> str:
        return self.origin + "/openai"

    def foundry_endpoint(self, project: str = "local-project") -> str:
        """A Foundry project endpoint: ``ORIGIN/api/projects/PROJECT`` (send ``api-version``)."""
        return f"{self.origin}/api/projects/{project}"

    @property
    def tls_ca_path(self) -> str | None:
        """With ``tls_self_signed=True``, once started: the local CA's certificate (PEM), what
        ``SSL_CERT_FILE`` / ``REQUESTS_CA_BUNDLE`` or ``ssl.create_default_context(cafile=...)`` take."""
        return self._tls.ca_path if self._tls is not None else None

    @property
    def spec_violations(self) -> list[str]:
        return self.api.spec_violations

    # -- start / stop ----------------------------------------------------------
    def start(self) -> Server:
        if self._served is not None:
            return self
        if self._tls is None:
            self._tls = prepare_tls(self.config)  # one CA for the life of this Server
        sock = open_socket(self.config)
        self.port = sock.getsockname()[1]
        served = ThreadedServer(uvicorn_server(self.api, self._tls), sock, name="the local server")
        self._served = served.start()
        return self

    def stop(self) -> None:
        if self._served is not None:
            self._served.stop()
        self._served = None

    def close(self) -> None:
        self.stop()
        self.api.close()
        if self._tls is not None:
            self._tls.cleanup()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- run-time control ------------------------------------------------------
    def call(self, coro: Coroutine[Any, Any, T], timeout: float = 15) -> T:
        """Run a coroutine on the server's loop and wait for its result."""
        if self._served is None:
            return asyncio.run(coro)
        return self._served.call(coro, timeout)

    def set_faults(self, config: FaultConfig | JSON | None = None, *, seed: int | None = None, **fields: Any) -> None:
        """Replace the random-fault settings (keyword fields as in ``FaultConfig``)."""
        if config is None:
            config = FaultConfig.from_dict(fields)
        elif isinstance(config, dict):
            config = FaultConfig.from_dict({**config, **fields})
        self.api.faults.configure(config, seed=seed)

    def queue_fault(self, spec: str, count: int = 1) -> None:
        """Apply the ``X-Mock-Fault`` syntax ``spec`` to the next ``count`` API requests."""
        self.api.faults.queue(parse_fault(spec), count)

    def clear_faults(self) -> None:
        self.api.faults.reset()

    def set_azure_token(self, token: str | None) -> None:
        """Rotate the bearer token Azure-mode requests must carry (None: any)."""
        self.config.azure_token = token

    def set_foundry_token(self, token: str | None) -> None:
        """Rotate the bearer token Foundry requests must carry (None: any bearer token)."""
        self.config.foundry_token = token

    def set_step_delay(self, seconds: float) -> None:
        self.config.step_delay = float(seconds)

    def reset(self) -> None:
        """Forget every object, idempotency key, fault, counter and violation."""
        self.call(self.api.reset())

    def stats(self) -> JSON:
        return self.api.stats_snapshot()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no run task is active."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.api.domain.engine.active_count:
                return True
            time.sleep(0.01)
        return False

    def __repr__(self) -> str:
        return f"Server({self.base_url!r})"
