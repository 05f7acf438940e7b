"""A local, stateful Assistants API v2 server speaking the real wire format.

Install with the ``server`` extra (Starlette, uvicorn, PyYAML, jsonschema).
The client package never imports this module.

    from assistants_client.server import Server

    with Server() as srv:
        print(srv.base_url)          # http://127.0.0.1:PORT/v1

Command line: ``python -m assistants_client.server --port 0`` prints the base
URL on its first line, then serves until killed.  See README.md next to this
file for the options, fault syntax, admin routes and the scripted model.
"""

from .app import MockAPI
from .faults import Fault, FaultConfig, parse_fault
from .server import Server, StateAPI

__all__ = ["Fault", "FaultConfig", "MockAPI", "Server", "StateAPI", "parse_fault"]
