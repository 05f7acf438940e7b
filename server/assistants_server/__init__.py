"""A local, stateful Assistants API v2 server speaking the real wire format.

Install with the ``server`` extra of assistants-client (Starlette, uvicorn, PyYAML,
jsonschema). The client package never imports it.

    from assistants_server import Server

    with Server() as srv:
        print(srv.base_url)          # http://127.0.0.1:PORT/v1

Command line: ``python -m assistants_server --port 0`` prints the base URL on its first line,
then serves until killed. See README.md next to this file for the options, fault syntax, admin
routes, the scripted model and the model-backend interface.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backends.base import (
        Finish,
        ModelBackend,
        ModelRequest,
        TextDelta,
        ToolCall,
        ToolCallDelta,
        ToolResult,
        Usage,
    )
    from .backends.scripted import ScriptedModel
    from .config import ServerConfig
    from .faults import Fault, FaultConfig, parse_fault
    from .http.app import AssistantsApp
    from .server import Server, StateAPI

# Each public name and the module it lives in, imported on first use: importing a submodule
# (``assistants_server.runs.lifecycle``, say) loads that module, not Starlette, uvicorn and SQLite.
_HOMES = {
    "AssistantsApp": ".http.app",
    "Fault": ".faults",
    "FaultConfig": ".faults",
    "Finish": ".backends.base",
    "ModelBackend": ".backends.base",
    "ModelRequest": ".backends.base",
    "ScriptedModel": ".backends.scripted",
    "Server": ".server",
    "ServerConfig": ".config",
    "StateAPI": ".server",
    "TextDelta": ".backends.base",
    "ToolCall": ".backends.base",
    "ToolCallDelta": ".backends.base",
    "ToolResult": ".backends.base",
    "Usage": ".backends.base",
    "parse_fault": ".faults",
}

__all__ = [
    "AssistantsApp",
    "Fault",
    "FaultConfig",
    "Finish",
    "ModelBackend",
    "ModelRequest",
    "ScriptedModel",
    "Server",
    "ServerConfig",
    "StateAPI",
    "TextDelta",
    "ToolCall",
    "ToolCallDelta",
    "ToolResult",
    "Usage",
    "parse_fault",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home, __name__), name)
    globals()[name] = value  # found once; later lookups do not come here
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
