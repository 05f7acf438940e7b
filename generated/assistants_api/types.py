"""Shared types of the generated code: the UNSET marker."""

from typing import Literal


class Unset:
    """The type of UNSET: a field or parameter that was not given (as opposed to None)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Unset = Unset()


__all__ = ["UNSET", "Unset"]
