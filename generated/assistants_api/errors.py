"""Errors the generated functions raise."""


class UnexpectedStatus(Exception):
    """An answer whose HTTP status the operation does not succeed with."""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


class ResponseDecodeError(ValueError):
    """A 2xx body that is not what the spec says the operation answers."""

    def __init__(self, operation: str, model: str, reason: str, path: str = ""):
        self.operation = operation
        self.model = model
        self.reason = reason
        self.path = path
        """Where in the body: a JSON path such as `data[3].content[0].text.value` ("" for the whole body)."""
        where = f" at {path}" if path else ""
        super().__init__(f"{operation}: the response is not a valid {model}{where}: {reason}")


__all__ = ["ResponseDecodeError", "UnexpectedStatus"]
