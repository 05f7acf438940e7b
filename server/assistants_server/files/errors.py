"""Why an uploaded file gives no text: the one exception of the files wing.

``code`` is what the vector-store file's ``last_error.code`` will say; ``message`` is shown to the
user as it is, so it never names a path or quotes the file's bytes.
"""

from __future__ import annotations

from typing import Literal

UnreadableCode = Literal["unsupported_file", "invalid_file"]


class UnreadableFile(Exception):
    """A file the wing cannot turn into text.

    ``unsupported_file``: a kind of file that holds no text we read (an image, an archive, a
    program). ``invalid_file``: a kind we read, but this one is corrupt, encrypted, binary or empty.
    """

    def __init__(self, code: UnreadableCode, message: str) -> None:
        super().__init__(message)
        self.code: UnreadableCode = code
        self.message = message

    def __repr__(self) -> str:
        return f"UnreadableFile({self.code!r}, {self.message!r})"


def unsupported(message: str) -> UnreadableFile:
    return UnreadableFile("unsupported_file", message)


def invalid(message: str) -> UnreadableFile:
    return UnreadableFile("invalid_file", message)
