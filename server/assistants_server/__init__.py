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
