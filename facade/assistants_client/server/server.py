"""Running the app with uvicorn: in a background thread (``Server``) or in the foreground (CLI)."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from typing import Any

import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import MockAPI
from .faults import FaultConfig, parse_fault
from .spec import Spec


def protocol_for(api: MockAPI) -> type[H11Protocol]:
    """An h11 protocol class that lets ``api`` find (and abort) a request's socket."""

    class _Protocol(H11Protocol):
        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            sock = transport.get_extra_info("socket")
            if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
                # asyncio only sets this for sockets whose proto is IPPROTO_TCP; headers and
                # body are written separately, so without it Nagle adds ~40 ms per response
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            super().connection_made(transport)
            if self.client:
                api.transports[tuple(self.client)] = transport

        def connection_lost(self, exc: Exception | None) -> None:
            if self.client and api.transports.get(tuple(self.client)) is self.transport:
                del api.transports[tuple(self.client)]
            super().connection_lost(exc)

    return _Protocol


def make_config(
    api: MockAPI, sock: socket.socket | None = None, log_level: str = "warning", **kw: Any
) -> uvicorn.Config:
    return uvicorn.Config(
        api,
        http=protocol_for(api),
        ws="none",
        lifespan="on",
        log_level=log_level,
        access_log=False,
        timeout_graceful_shutdown=2,
        **kw,
    )


class StateAPI:
    """Direct, thread-safe access to the server's objects (no HTTP, no faults).

    Objects made here are exactly what the HTTP API would have made.
    """

    def __init__(self, api: MockAPI) -> None:
        self._api = api

    def get(self, object_id: str) -> dict[str, Any] | None:
        found = self._api.store.find(object_id)
        return found[1] if found else None

    def list(self, kind: str, parent: str | None = None, order: str = "asc", limit: int = 100) -> list[dict[str, Any]]:
        """kind: assistant, thread, message, run, step, assistant_file, message_file."""
        return self._api.store.list(kind, parent, limit=limit, order=order).data

    def count(self, kind: str | None = None, parent: str | None = None) -> int:
        return self._api.store.count(kind, parent)

    def counts(self) -> dict[str, int]:
        return self._api.store.counts_by_kind()

    def create_assistant(self, **fields: Any) -> dict[str, Any]:
        fields.setdefault("model", "gpt-4o")
        return self._api.make_assistant(fields)

    def create_thread(self, **fields: Any) -> dict[str, Any]:
        return self._api.make_thread(fields)

    def add_message(self, thread_id: str, text: str, role: str = "user") -> dict[str, Any]:
        self._api._thread(thread_id)
        return self._api.make_message(thread_id=thread_id, **self._api._message_input({"role": role, "content": text}))

    def seed_messages(
        self, thread_id: str, count: int, text: str = "Seed message {i}", role: str = "user"
    ) -> dict[str, Any]:
        return self._api.seed_messages(thread_id, count, text=text, role=role)


class Server:
    """The mock Assistants API on a free loopback port, served from a background thread.

    >>> with Server() as srv:
    ...     srv.base_url          # 'http://127.0.0.1:PORT/v1'
    """

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        db: str | None = None,
        api_key: str | None = None,
        azure_api_key: str | None = None,
        azure_token: str | None = None,
        step_delay: float = 0.02,
        run_expiry: float = 600.0,
        latency: float = 0.0,
        faults: FaultConfig | dict[str, Any] | None = None,
        seed: int | None = None,
        validate_responses: bool = False,
        validate_requests: bool = True,
        require_beta_header: bool = True,
        spec_path: str | None = None,
        log_level: str = "warning",
    ) -> None:
        if isinstance(faults, dict):
            faults = FaultConfig.from_dict(faults)
        faults = faults or FaultConfig()
        if latency:
            faults.latency = latency
        self.host = host
        self.port = port
        self.log_level = log_level
        self.api = MockAPI(
            db=db,
            api_key=api_key,
            azure_api_key=azure_api_key,
            azure_token=azure_token,
            step_delay=step_delay,
            run_expiry=run_expiry,
            faults=faults,
            seed=seed,
            validate_responses=validate_responses,
            validate_requests=validate_requests,
            require_beta_header=require_beta_header,
            spec=_cached_spec(spec_path) if (validate_responses or validate_requests) else None,
        )
        self.state = StateAPI(self.api)
        self._uvicorn: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # -- addresses ---------------------------------------------------------------
    @property
    def origin(self) -> str:
        return f"http://{self.host}:{self.port}"

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

    @property
    def spec_violations(self) -> list[str]:
        return self.api.spec_violations

    # -- start / stop --------------------------------------------------------------
    def start(self) -> Server:
        if self._thread is not None:
            return self
        sock = socket.socket(
            socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP
        )
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        config = make_config(self.api, log_level=self.log_level)
        server = uvicorn.Server(config)
        self._uvicorn = server
        started = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)

            async def main() -> None:
                task = asyncio.ensure_future(server.serve(sockets=[sock]))
                while not server.started and not task.done():
                    await asyncio.sleep(0.005)
                started.set()
                await task

            try:
                loop.run_until_complete(main())
            except BaseException as exc:  # pragma: no cover - reported to start()
                failure.append(exc)
            finally:
                started.set()
                sock.close()
                loop.close()

        self._thread = threading.Thread(target=run, name=f"assistants-mock-{self.port}", daemon=True)
        self._thread.start()
        if not started.wait(15) or failure or not server.started:
            self.stop()
            raise RuntimeError(f"the mock server did not start: {failure[0] if failure else 'timeout'}")
        return self

    def stop(self) -> None:
        if self._uvicorn is not None:
            self._uvicorn.should_exit = True
        if self._thread is not None:
            self._thread.join(15)
        self._thread = None
        self._uvicorn = None
        self._loop = None

    def close(self) -> None:
        self.stop()
        self.api.store.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- run-time control -----------------------------------------------------------
    def call(self, coro: Any, timeout: float = 15) -> Any:
        """Run a coroutine on the server's loop and wait for its result."""
        if self._loop is None:
            return asyncio.run(coro)
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result(timeout)

    def set_faults(
        self, config: FaultConfig | dict[str, Any] | None = None, *, seed: int | None = None, **fields: Any
    ) -> None:
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
        self.api.azure_token = token

    def set_step_delay(self, seconds: float) -> None:
        self.api.step_delay = float(seconds)

    def reset(self) -> None:
        """Forget every object, idempotency key, fault, counter and violation."""
        self.call(self.api.reset())

    def stats(self) -> dict[str, Any]:
        return self.api.stats_snapshot()

    def wait_idle(self, timeout: float = 5.0) -> bool:
        """Wait until no run task is active."""
        import time

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.api.engine.tasks:
                return True
            time.sleep(0.01)
        return False

    def __repr__(self) -> str:
        return f"Server({self.base_url!r})"


_SPECS: dict[str | None, Spec] = {}
_SPECS_LOCK = threading.Lock()


def _cached_spec(path: str | None) -> Spec | None:
    """Parsing the spec takes a moment; servers in one process share it."""
    with _SPECS_LOCK:
        if path not in _SPECS:
            try:
                _SPECS[path] = Spec.load(path)
            except FileNotFoundError:
                logging.getLogger("assistants_client.server").warning("openapi.yaml not found; no spec checks")
                return None
        return _SPECS[path]
