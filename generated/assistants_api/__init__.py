"""A client library for accessing OpenAI Assistants API

The low-level clients are imported on first use, so importing a submodule stays cheap.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, UnauthenticatedClient

__all__ = (
    "AuthenticatedClient",
    "UnauthenticatedClient",
)


if not TYPE_CHECKING:  # type checkers see the import above

    def __getattr__(name: str) -> Any:
        if name in __all__:
            from . import client

            return getattr(client, name)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
