"""``papercli batch`` as users see it: paths from stdin, signals, the progress bar,
the summary line, the JSON report and the exit code."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType, TracebackType
from typing import IO, Any

from papercli.batch import BatchConfig, BatchError, FileResult, Summary, UsageError, run_batch
from papercli.errors import Exit, PaperError
from papercli.io import atomic_output
from papercli.manifest import Entry


def read_path_list(stream: IO[bytes], null: bool = False) -> list[str]:
    """Paths listed on a stream: one a line, or NUL-separated (``find -print0``) with ``null``.

    >>> import io
    >>> read_path_list(io.BytesIO(b"a.txt\\nb c.txt\\n\\n")), read_path_list(io.BytesIO(b"x\\ny\\0z\\0"), null=True)
    (['a.txt', 'b c.txt'], ['x\\ny', 'z'])
    """
    data = stream.read()
    parts = data.split(b"\0") if null else data.splitlines()
    return [os.fsdecode(p) for p in parts if p]


@contextmanager
def stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """While the block runs, SIGINT and SIGTERM set ``stop`` (the batch ends after the
    files in flight); a second signal raises :class:`KeyboardInterrupt` at once."""

    def handler(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    old = {s: signal.signal(s, handler) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for s, h in old.items():
            signal.signal(s, h)


def plain_terminal() -> bool:
    """True when colours are unwanted: ``NO_COLOR`` is set or ``TERM`` is ``dumb``."""
    return bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM", "").lower() in ("dumb", "unknown")


class Display:
    """Messages and, on a terminal, a rich progress bar, all on stderr.

    No bar with ``quiet`` or when stderr is not a terminal; with ``NO_COLOR`` or
    ``TERM=dumb`` the bar stays and only the colours go.
    """

    def __init__(self, quiet: bool = False) -> None:
        self.progress: Any = None
        self.task: Any = None
        self.pages = 0
        if quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        class BarConsole(Console):
            @property
            def is_dumb_terminal(self) -> bool:  # TERM=dumb: keep the bar, drop the colours
                return False

        console = BarConsole(stderr=True, color_system=None if plain_terminal() else "auto")
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TextColumn("files  {task.fields[rate]}"), TimeRemainingColumn(),
                                 console=console, redirect_stdout=False, redirect_stderr=False, transient=True)

    def __enter__(self) -> Display:
        if self.progress is not None:
            self.progress.start()
            self.task = self.progress.add_task("checking", total=None, rate="")
        return self

    def __exit__(self, et: type[BaseException] | None, e: BaseException | None, tb: TracebackType | None) -> None:
        if self.progress is not None:
            self.progress.stop()

    def message(self, text: str) -> None:
        line = f"papercli: {text}"
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def on_event(self, kind: str, value: object) -> None:
        """Follow :func:`papercli.batch.run_batch`: failures as lines, the rest on the bar."""
        if kind == "failed_before" and isinstance(value, Entry):
            self.message(f"{value.source}: {value.error} (failed before and unchanged; --retry-failed tries again)")
        elif kind == "result" and isinstance(value, FileResult):
            if value.error:
                self.message(f"{value.source}: {value.error}")
            self.pages += value.pages
            if self.progress is not None:
                elapsed = self.progress.tasks[0].elapsed or 0.0
                rate = f"{self.pages / elapsed:.1f} pages/s" if elapsed > 0 else ""
                self.progress.update(self.task, advance=1, rate=rate)
        elif kind == "planned" and isinstance(value, int) and self.progress is not None:
            self.progress.reset(self.task, total=value, description="cleaning", rate="")


def format_summary(s: Summary) -> str:
    """The one-line summary printed on stderr at the end of a batch.

    >>> format_summary(Summary("out", files=3, done=2, failed=1, pages=2, articles=5, seconds=0.5))
    'papercli: batch: 3 files: 2 done, 0 skipped, 1 failed; 5 articles from 2 pages in 0.5 s (4.0 pages/s)'
    """
    head = f"{s.files} files: {s.done} done, {s.skipped} skipped, {s.failed + s.failed_before} failed"
    if s.failed_before:
        head += f" ({s.failed_before} unchanged since an earlier run)"
    parts = [head, f"{s.articles} articles from {s.pages} pages in {s.seconds:.1f} s "
                   f"({s.pages_per_second:.1f} pages/s)"]
    if s.aborted:
        parts.append(f"stopped: {s.aborted}")
    if s.not_started:
        parts.append(f"{'interrupted, ' if s.interrupted else ''}{s.not_started} not started: run again to resume")
    return "papercli: batch: " + "; ".join(parts)


def write_report(path: str, summary: Summary) -> None:
    """The summary as a JSON file, replaced atomically."""
    with atomic_output(path) as out:
        json.dump(summary.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")


def batch_main(cfg: BatchConfig, from_stdin: bool = False, null: bool = False, quiet: bool = False,
               report: str | None = None) -> int:
    """Run ``papercli batch`` and return its exit code: 0 all done, 1 some file failed,
    2 usage error, 130 interrupted."""
    def err(msg: str) -> int:
        print(f"papercli: {msg}", file=sys.stderr)
        return Exit.USAGE

    if from_stdin:
        if sys.stdin.isatty():
            return err("--from-stdin: pipe a list of paths into standard input (e.g. find ... -print0 | ... -0)")
        cfg.inputs = [*cfg.inputs, *read_path_list(sys.stdin.buffer, null)]
    if not cfg.inputs:
        return err("no input: name files or folders, or give --from-stdin (see --help)")
    stop = threading.Event()
    try:
        with stop_on_signals(stop), Display(quiet) as display:
            summary = run_batch(cfg, stop, display.on_event)
    except UsageError as e:
        return err(str(e))
    except BatchError as e:
        err(str(e))
        return Exit.FAILED
    except KeyboardInterrupt:  # a second Ctrl-C: typer would turn it into "Aborted!" and exit 1
        err("interrupted at once; run again to resume")
        return Exit.INTERRUPTED
    if not quiet:
        print(format_summary(summary), file=sys.stderr)
    elif summary.interrupted:
        err(f"interrupted; {summary.not_started} files not started: run again to resume")
    if report:
        try:
            write_report(report, summary)
        except (PaperError, OSError) as e:
            print(f"papercli: {e}", file=sys.stderr)
            return Exit.FAILED
    return summary.exit_code
