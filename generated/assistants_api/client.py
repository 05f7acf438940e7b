"""The low-level clients the flat functions take: the hand-written `assistants_core.client`, re-exported under this package."""

from assistants_core.client import (
    AuthenticatedClient,
    UnauthenticatedClient,
)

__all__ = [
    "AuthenticatedClient",
    "UnauthenticatedClient",
]
