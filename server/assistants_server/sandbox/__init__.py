"""Python code run in a sandbox, one session per thread (code_interpreter's engine).

``Sandboxes`` (one per server) runs code by session key; a session keeps its state between
executions. In ``bwrap`` mode each session is a bubblewrap sandbox with rlimits (launch.py);
``none`` runs the code as a plain subprocess, unsafe except on a trusted laptop.
"""

from .sessions import Sandboxes
from .types import Execution, InputFile, OutputFile, SandboxSettings, SandboxUnavailable

__all__ = ["Execution", "InputFile", "OutputFile", "SandboxSettings", "SandboxUnavailable", "Sandboxes"]
