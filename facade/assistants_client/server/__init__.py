"""The old import path of the local server, now the ``assistants_server`` package."""

from assistants_server import *  # noqa: F403
from assistants_server import __all__  # noqa: F401
