"""UNSET, MISSING and what decoding reports: the hand-written `assistants_core.types`, under this package's name."""

from assistants_core.types import *
from assistants_core.types import __all__ as __all__
