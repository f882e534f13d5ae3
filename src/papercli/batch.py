"""Batch runs: find the inputs, decide what is to do, clean each file to its mirror output.

``run_batch`` is the whole batch as a library call; :func:`process_file` is the work
on one file, the same whichever executor runs it (in this process, a process pool or
a Dask cluster). Outputs mirror the input tree under ``OUT_DIR`` and are written
atomically; the :class:`~papercli.manifest.Manifest` records each input so that a
re-run skips what is done and unchanged.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime

from papercli import __version__
from papercli.discover import Source, UsageError, check_paths, discover, output_rel
from papercli.errors import Exit, PaperError
from papercli.io import atomic_output, read_input
from papercli.manifest import DONE, FAILED, Entry, Manifest, fingerprint
from papercli.pipeline import Options, clean_page, load_pages
from papercli.records import PageWriter

LOCK_NAME = ".papercli.lock"
TMP_PREFIX, TMP_SUFFIX = ".papercli-", ".tmp"  # the temporary files of io.atomic_output


class BatchError(Exception):
    """A batch that cannot go on for a reason outside the inputs (executor, lock); exit code 1."""


@dataclass(frozen=True)
class Task:
    """The work on one file, small and picklable for a process pool or a Dask worker."""

    key: str
    path: str
    source: str
    output: str
    fmt: str
    options: Options


@dataclass
class FileResult:
    """What :func:`process_file` made of one input."""

    key: str
    source: str
    status: str
    pages: int = 0
    articles: int = 0
    encoding: str | None = None
    sha256: str | None = None
    size: int | None = None
    mtime_ns: int | None = None
    error: str | None = None
    version: str = __version__


@dataclass
class BatchConfig:
    """Everything a batch run needs to know (the options of ``papercli batch``)."""

    inputs: list[str]
    out_dir: str
    glob: str = "*.txt"
    fmt: str = "jsonl"
    options: Options = field(default_factory=Options)
    force: bool = False
    retry_failed: bool = False
    fail_fast: bool = False
    jobs: int = 1
    executor: str = "local"
    scheduler: str | None = None


@dataclass
class Summary:
    """The outcome of a batch run (``--report`` writes it as JSON)."""

    out_dir: str
    files: int = 0
    done: int = 0
    skipped: int = 0
    failed: int = 0
    failed_before: int = 0
    not_started: int = 0
    pages: int = 0
    articles: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    aborted: str | None = None
    failures: list[dict[str, str]] = field(default_factory=list)
    version: str = __version__

    @property
    def pages_per_second(self) -> float:
        return self.pages / self.seconds if self.seconds > 0 else 0.0

    @property
    def exit_code(self) -> int:
        """130 when interrupted, 1 when a file failed (now or before, unchanged) or the run
        was aborted, else 0."""
        if self.interrupted:
            return Exit.INTERRUPTED
        if self.failed or self.failed_before or self.aborted:
            return Exit.FAILED
        return Exit.OK

    def to_dict(self) -> dict[str, object]:
        d = asdict(self)
        d["pages_per_second"] = round(self.pages_per_second, 2)
        d["seconds"] = round(self.seconds, 3)
        d["exit_code"] = int(self.exit_code)
        return d


# ---- the work on one file ------------------------------------------------------------

def process_file(task: Task) -> FileResult:
    """Clean one input into ``task.output`` (atomically) and say how it went.

    Never raises for a bad input: read and decode errors come back as a ``failed``
    result naming the cause, so a batch goes on with the other files.
    """
    res = FileResult(task.key, task.source, FAILED)
    try:
        data = read_input(task.path)
        res.size, res.sha256 = len(data), hashlib.sha256(data).hexdigest()
        res.mtime_ns = os.stat(task.path).st_mtime_ns
        os.makedirs(os.path.dirname(task.output), exist_ok=True)
        with atomic_output(task.output) as out:
            writer = PageWriter(out, task.fmt)
            for page in load_pages(data, task.source, task.options):
                page = clean_page(page, task.options)
                writer.write(page)
                res.pages += 1
                res.articles += len(page.articles or [])
                res.encoding = res.encoding or page.encoding
            writer.close()
        res.status = DONE
    except PaperError as e:
        res.error = e.message
    except OSError as e:
        res.error = f"{e.filename or task.output}: {e.strerror or e}"
    except Exception as e:  # a bug on one odd page must not stop an archive's batch
        res.error = f"internal error: {type(e).__name__}: {e}"
    if res.status == FAILED:
        res.pages = res.articles = 0
    return res


# ---- deciding what to do ---------------------------------------------------------------

def file_sha256(path: str) -> str | None:
    """The SHA-256 of a file's bytes, ``None`` when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def unchanged(src: Source, entry: Entry | None, out_dir: str, fp: str, rel: str) -> bool:
    """True when ``entry`` still holds for ``src``: the same fingerprint and output, an
    input of the same size, modification time and checksum, and for a done entry an
    output that exists and is not older than the input."""
    if entry is None or entry.fingerprint != fp or entry.output != rel:
        return False
    try:
        st = os.stat(src.path)
    except OSError:
        return False
    if st.st_size != entry.size or st.st_mtime_ns != entry.mtime_ns:
        return False
    if entry.status == DONE:
        try:
            if os.stat(os.path.join(out_dir, rel)).st_mtime_ns < st.st_mtime_ns:
                return False
        except OSError:
            return False
    return file_sha256(src.path) == entry.sha256


def settings_of(cfg: BatchConfig) -> dict[str, object]:
    """The options that shape an output (what the fingerprint is made of)."""
    return {"format": cfg.fmt, **asdict(cfg.options)}


# ---- the run ---------------------------------------------------------------------------

@contextmanager
def locked(out_dir: str) -> Iterator[None]:
    """Hold an exclusive lock on ``OUT_DIR`` so that two batches never write it at once."""
    import fcntl

    fd = os.open(os.path.join(out_dir, LOCK_NAME), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise BatchError(f"{out_dir}: another papercli batch is writing there") from None
        yield
    finally:
        os.close(fd)


def sweep_temporaries(out_dir: str) -> int:
    """Remove temporary files left in ``OUT_DIR`` by a run that was killed; return how many."""
    n = 0
    for dirpath, _dirs, files in os.walk(out_dir):
        for name in files:
            if name.startswith(TMP_PREFIX) and name.endswith(TMP_SUFFIX):
                try:
                    os.unlink(os.path.join(dirpath, name))
                    n += 1
                except OSError:
                    pass
    return n


def _entry(task: Task, res: FileResult, fp: str) -> Entry:
    return Entry(input=task.key, source=task.source, output=output_rel(task.key, task.fmt),
                 status=res.status, fingerprint=fp, version=res.version, sha256=res.sha256, size=res.size,
                 mtime_ns=res.mtime_ns, encoding=res.encoding, pages=res.pages, articles=res.articles,
                 error=res.error, finished=datetime.now(UTC).isoformat(timespec="seconds"))


Events = Callable[[str, object], None]


def run_batch(cfg: BatchConfig, stop: threading.Event | None = None, on_event: Events | None = None) -> Summary:
    """Run a batch and return its summary.

    ``stop``, once set (by a signal handler, say), ends the run after the files in
    flight: they are finished and recorded, the others are left for the next run.
    ``on_event(kind, value)`` is told ``("planned", number of files to do)``,
    ``("result", FileResult)`` for every file finished and ``("failed_before", Entry)``
    for an unchanged input that failed before. Raises :class:`UsageError` or
    :class:`BatchError` before any work when the batch cannot run.
    """
    from papercli.executors import check_executor, execute

    check_executor(cfg)
    stop = stop or threading.Event()
    first_failure = threading.Event()

    def halt() -> bool:
        return stop.is_set() or first_failure.is_set()

    emit = on_event or (lambda kind, value: None)
    sources = discover(cfg.inputs, cfg.glob)
    check_paths(cfg.inputs, sources, cfg.out_dir, cfg.fmt)
    try:
        os.makedirs(cfg.out_dir, exist_ok=True)
    except OSError as e:
        raise UsageError(f"{cfg.out_dir}: {e.strerror or e}") from None
    summary = Summary(out_dir=cfg.out_dir, files=len(sources))
    fp = fingerprint(__version__, settings_of(cfg))
    with locked(cfg.out_dir):
        sweep_temporaries(cfg.out_dir)
        manifest = Manifest(cfg.out_dir)
        manifest.compact()
        tasks: list[Task] = []
        for src in sources:
            rel = output_rel(src.key, cfg.fmt)
            entry = manifest.entries.get(src.key)
            if not cfg.force and unchanged(src, entry, cfg.out_dir, fp, rel):
                assert entry is not None
                if entry.status == DONE:
                    summary.skipped += 1
                    continue
                if not cfg.retry_failed:
                    summary.failed_before += 1
                    summary.failures.append({"input": src.display, "error": entry.error or "", "when": "before"})
                    emit("failed_before", entry)
                    continue
            tasks.append(Task(src.key, src.path, src.display, os.path.join(os.path.abspath(cfg.out_dir), rel),
                              cfg.fmt, cfg.options))
        emit("planned", len(tasks))
        by_key = {t.key: t for t in tasks}
        start = time.perf_counter()
        try:
            for res in execute(tasks, cfg, halt):
                manifest.record(_entry(by_key[res.key], res, fp))
                if res.status == DONE:
                    summary.done += 1
                    summary.pages += res.pages
                    summary.articles += res.articles
                else:
                    summary.failed += 1
                    summary.failures.append({"input": res.source, "error": res.error or "", "when": "now"})
                    if cfg.fail_fast:
                        first_failure.set()
                emit("result", res)
        except BatchError as e:
            summary.aborted = str(e)
        finally:
            summary.seconds = time.perf_counter() - start
            manifest.compact()
            sweep_temporaries(cfg.out_dir)
    summary.not_started = len(tasks) - summary.done - summary.failed
    summary.interrupted = stop.is_set() and summary.not_started > 0
    return summary
