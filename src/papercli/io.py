"""Reading inputs and writing outputs safely (atomic files, quiet broken pipes)."""

from __future__ import annotations

import errno
import os
import signal
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from papercli.errors import PaperError

CHUNK = 1 << 20


def read_input(path: str) -> bytes:
    """The bytes of ``path`` (``-`` is stdin), or a :class:`PaperError` saying why not."""
    return b"".join(open_input(path))


def open_input(path: str, chunk: int = CHUNK) -> Iterator[bytes]:
    """The bytes of ``path`` (``-`` is stdin) in chunks of ``chunk`` bytes.

    The file is opened now, so a missing or unreadable file raises a
    :class:`PaperError` here; a read error later raises it from the iteration.
    """
    if path == "-":
        return _chunks(sys.stdin.buffer, path, chunk)
    try:
        if os.path.isdir(path):
            raise PaperError(path, "is a directory, not a file")
        f = open(path, "rb")  # closed by _chunks
    except OSError as e:
        raise _os_error(path, e) from None
    return _chunks(f, path, chunk, close=True)


def _os_error(path: str, e: OSError) -> PaperError:
    if isinstance(e, FileNotFoundError):
        return PaperError(path, "broken symbolic link" if os.path.islink(path) else "no such file")
    if isinstance(e, PermissionError):
        return PaperError(path, "permission denied")
    if isinstance(e, IsADirectoryError):
        return PaperError(path, "is a directory, not a file")
    return PaperError(path, e.strerror or str(e))


def _chunks(f: IO[bytes], path: str, size: int, close: bool = False) -> Iterator[bytes]:
    try:
        while True:
            try:
                data = f.read(size)
            except OSError as e:
                raise _os_error(path, e) from None
            if not data:
                return
            yield data
    finally:
        if close:
            f.close()


@contextmanager
def atomic_output(path: str | None) -> Iterator[IO[str]]:
    """A text stream to ``path`` that replaces it only if the block succeeds.

    ``None`` or ``-`` is stdout. The temporary file lives in the target's folder so
    the final ``os.replace`` is atomic; on any error it is removed.
    """
    if path in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
        return
    assert path is not None
    folder = os.path.dirname(os.path.abspath(path))
    tmp: str | None = None
    try:
        held = hold_signals()  # a SIGTERM right after the file is made, before its name is known, would leave it
        try:
            fd, tmp = tempfile.mkstemp(prefix=".papercli-", suffix=".tmp", dir=folder)
        except OSError as e:
            raise PaperError(path, f"cannot write there: {e.strerror or e}") from None
        finally:
            release_signals(held)  # a signal held off is handled here, the name known: the file is removed
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
        raise


_STOPS = {signal.SIGINT, signal.SIGTERM}


def hold_signals() -> set[int | signal.Signals] | None:
    """Hold off Ctrl-C and SIGTERM (they stay pending) until :func:`release_signals`:
    a step that makes a file and learns its name must not be cut between the two.
    Returns the mask to restore, or None where signals cannot be held (no
    ``pthread_sigmask``, or not the main thread, whose handlers raise).

    >>> release_signals(hold_signals())
    """
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        return None
    return signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)


def release_signals(old: set[int | signal.Signals] | None) -> None:
    """Restore the signal mask that :func:`hold_signals` changed; a signal held off
    meanwhile is handled now."""
    if old is not None:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def is_broken_pipe(e: BaseException) -> bool:
    return isinstance(e, BrokenPipeError) or (isinstance(e, OSError) and e.errno == errno.EPIPE)


def quiet_exit_on_broken_pipe() -> None:
    """After stdout's reader went away (``| head``): silence the final flush and exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except OSError:
        pass
    sys.exit(0)
