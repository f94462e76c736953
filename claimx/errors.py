"""Errors the library raises; the CLI maps each to an error record or an exit code."""


class ClaimxError(Exception):
    """Base class; ``code`` is the machine-readable code used in error records."""

    code = "error"


class UsageError(ClaimxError):
    """A bad option value (exit status 2)."""

    code = "usage"


class ModelNotFoundError(ClaimxError):
    """The requested spaCy pipeline is not installed."""

    code = "model_not_found"


class InputError(ClaimxError):
    """One input cannot be read or processed; the batch goes on."""

    code = "bad_input"

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        if code:
            self.code = code
