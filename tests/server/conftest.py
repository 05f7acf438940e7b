"""Fixtures for the mock server's own tests.

The server fixtures come from the plugin module users enable with
``pytest_plugins = ["assistants_server.pytest_plugin"]``, as the
project's root conftest does.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx2
import pytest

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from assistants_server import Server

BETA = {"OpenAI-Beta": "assistants=v2", "Authorization": "Bearer sk-test"}
BETA_V1 = {"OpenAI-Beta": "assistants=v1", "Authorization": "Bearer sk-test"}


@pytest.fixture
def srv(assistants_server: Server) -> Server:
    return assistants_server


@pytest.fixture
def http(srv: Server) -> Iterator[httpx2.Client]:
    """Raw HTTP against the shared server (v2 beta header, a dummy key)."""
    with httpx2.Client(base_url=srv.base_url, headers=BETA, timeout=10) as client:
        yield client


@pytest.fixture
def sdk(srv: Server):  # type: ignore[no-untyped-def]
    """The official openai SDK pointed at the mock server."""
    openai = pytest.importorskip("openai")
    with openai.OpenAI(base_url=srv.base_url, api_key="sk-test", max_retries=0, timeout=10) as c:
        yield c


def weather_tool() -> dict:
    return {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Current weather for a city.",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}, "unit": {"type": "string", "enum": ["c", "f"]}},
                "required": ["city"],
            },
        },
    }
