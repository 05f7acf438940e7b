"""Every error the client raises: the hand-written `assistants_core.errors`, under this package's name."""

from assistants_core.errors import *
from assistants_core.errors import __all__ as __all__
