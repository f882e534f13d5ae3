"""Exit codes and the one error type the CLI turns into a one-line message."""

from __future__ import annotations

from enum import IntEnum


class Exit(IntEnum):
    OK = 0
    FAILED = 1  # some input could not be processed (its error went to stderr)
    USAGE = 2  # bad command line
    INTERRUPTED = 130  # Ctrl-C (SIGINT)
    TERMINATED = 143  # SIGTERM


class Terminated(BaseException):
    """Raised by the SIGTERM handler so that pending output is discarded cleanly."""


class PaperError(Exception):
    """An input problem reported as ``papercli: SOURCE: message`` with no traceback."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message


class PaperWarning(UserWarning):
    """Something the input got wrong that was repaired; shown as ``papercli: SOURCE: message``."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.message = message
